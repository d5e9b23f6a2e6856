"""Template tags about translations, for visitors' pages: {% load translation_tags %}."""

from django import template
from wagtail.models import Locale

from base.templatetags.site_tags import versions_of_page
from translations.machine import machine_translated as page_is_machine_translated
from translations.machine import machine_translated_versions_in_request

register = template.Library()


@register.simple_tag(takes_context=True)
def machine_translated(context, page):
    """{% machine_translated page as is_machine %}: the page shows unreviewed machine text.

    A live page is answered with its language versions, as the search engines' head asks
    (one query for both per request); a preview or a page no longer live on its own."""
    request = context.get("request")
    if request is not None and page is not None and page.pk:
        versions = versions_of_page(request, page).values()
        if page.pk in {version.pk for version in versions}:
            machine = machine_translated_versions_in_request(request, versions)
            return (page.translation_key, page.locale_id) in machine
    return page_is_machine_translated(page)


@register.simple_tag
def source_version(page):
    """{% source_version page as original %}: the live page in the source language, if any."""
    if page is None or page.locale_id == Locale.get_default().pk:
        return None
    return page.get_translations().filter(locale=Locale.get_default()).live().first()
