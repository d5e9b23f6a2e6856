"""The stories that used a toolkit, for the toolkit's page: the link is held by the story, so
the toolkits app never imports this one."""

from django import template
from django.utils.translation import get_language

from stories.models import stories_using

register = template.Library()


@register.simple_tag
def stories_that_used(toolkit):
    return stories_using(toolkit, get_language())
