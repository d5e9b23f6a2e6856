"""The policies that relate to a toolkit or a story, for their pages: the link is held by the
policy, so this tag lets the toolkit and story templates show it without their apps knowing
about policies."""

from django import template
from django.utils.translation import get_language

from policies.models import policies_related_to

register = template.Library()


@register.simple_tag
def related_policies(page):
    return policies_related_to(page, get_language())
