"""{% search_engine_head %}: what a page's <head> tells search engines and sharers.

The canonical address, `noindex` on a machine translation no translator has reviewed, hreflang
links to the reviewed language versions, Open Graph and Twitter card metadata with a share image,
and the JSON-LD (seo/structured_data.py). Meant inside a page fragment: nothing here depends on
the visitor or the query string.
"""

from babel.core import get_global
from django import template
from django.conf import settings
from wagtail.models import Page

from base.templatetags.site_tags import default_language_url, language_links, versions_of_page
from seo.addresses import page_address, reviewed
from seo.share_cards import share_image
from seo.structured_data import json_ld_script, page_graph
from translations.machine import machine_translated

register = template.Library()

OPEN_GRAPH_TYPES = {"Article": "article"}


def open_graph_locale(language_code):
    """ll_TT as Open Graph wants it, from CLDR's likely territory of the language."""
    likely = get_global("likely_subtags").get(language_code, language_code)
    parts = likely.split("_")
    return f"{parts[0]}_{parts[-1]}" if len(parts) > 1 else language_code


@register.inclusion_tag("seo/head.html", takes_context=True)
def search_engine_head(context):
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page):
        # A Django view (the search): its language versions, as before; no page metadata.
        links = language_links(context)
        return {
            "hreflang": [(link.code, link.target) for link in links if link.exists],
            "x_default": default_language_url(context),
        }
    if page.pk and page.get_view_restrictions().exists():
        # A private page (password, login or groups): its form must not leak the title,
        # summary or share card to a visitor who may not read it, nor to search engines.
        return {"noindex": True}
    versions = versions_of_page(request, page) if page.pk else {}
    indexable = reviewed(versions.values(), request)
    if page.pk in {version.pk for version in versions.values()}:
        # The live page is among its versions: reviewed() already said whether it shows an
        # unreviewed machine translation (no second query).
        noindex = page.pk not in {version.pk for version in indexable}
    else:
        noindex = machine_translated(page)  # a preview, or a page no longer live
    sections = context.get("sections")
    site_name = sections.site_name if sections else settings.WAGTAIL_SITE_NAME
    image = share_image(page, site_name)
    image_url = request.build_absolute_uri(image.url)
    hreflang = [
        (version.locale.language_code, page_address(version, request)) for version in indexable
    ]
    return {
        "canonical": page_address(page, request),
        "noindex": noindex,
        "hreflang": hreflang,
        "x_default": default_language_url(context) if hreflang else "",
        "title": page.seo_title or page.title,
        "description": page.description_text() if hasattr(page, "description_text") else "",
        "site_name": site_name,
        "open_graph_type": OPEN_GRAPH_TYPES.get(getattr(page, "schema_org_type", ""), "website"),
        "locale": open_graph_locale(page.locale.language_code),
        "alternate_locales": [
            open_graph_locale(version.locale.language_code)
            for version in indexable
            if version.pk != page.pk
        ],
        "image": image,
        "image_url": image_url,
        "json_ld": json_ld_script(page_graph(page, request, versions, image_url, indexable))
        if hasattr(page, "schema_org_properties")
        else "",
    }
