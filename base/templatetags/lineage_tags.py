"""`{% lineage page as lineage %}`: where a toolkit or a policy was adapted from, and where it
was adapted since (base/lineage.py), for components/lineage.html."""

from django import template
from django.utils.translation import get_language

from base import lineage as lineage_of

register = template.Library()


@register.simple_tag
def lineage(page):
    language = get_language()
    return {
        "source": lineage_of.adapted_from(page, language),
        "adaptations": lineage_of.adaptations_of(page, language),
    }
