"""Template tags about translations, for visitors' pages: {% load translation_tags %}."""

from django import template
from wagtail.models import Locale

from translations.machine import machine_translated as page_is_machine_translated

register = template.Library()


@register.simple_tag
def machine_translated(page):
    """{% machine_translated page as is_machine %}: the page shows unreviewed machine text."""
    return page_is_machine_translated(page)


@register.simple_tag
def source_version(page):
    """{% source_version page as original %}: the live page in the source language, if any."""
    if page is None or page.locale_id == Locale.get_default().pk:
        return None
    return page.get_translations().filter(locale=Locale.get_default()).live().first()
