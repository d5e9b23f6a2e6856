"""JSON-LD (schema.org) for every public page: what search engines show in rich results.

Every page gets its type's node (`SitePage.schema_org_type`, properties of its own from
`schema_org_properties`: a page type joins by implementing them), in its language with links to
its other language versions (translationOfWork from a translation to the original,
workTranslation from the original to the translations), a BreadcrumbList, and on a site's home
page the WebSite with a SearchAction.

The block is a data block (`<script type="application/ld+json">`): browsers never run it, so
the Content-Security-Policy's script-src does not apply and no nonce is needed (a nonce would
also keep the page out of the page cache). The JSON is escaped so that no `<`, `>` or `&` in a
title can close the element or start markup.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.safestring import mark_safe
from wagtail.models import Site

from seo.addresses import page_address, reviewed

HTML_SAFE_JSON = str.maketrans({"<": "\\u003C", ">": "\\u003E", "&": "\\u0026"})


def json_ld_script(data):
    """A <script type="application/ld+json"> element that no text inside `data` can break."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(HTML_SAFE_JSON)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


def page_graph(page, request, versions, share_image_url="", reviewed_versions=None):
    """The JSON-LD of `page`: {"@context", "@graph": [its node, breadcrumbs, website?]}.

    `versions` is {language code: live version} of the page (base.languages.page_versions).
    """

    def address(url):
        return request.build_absolute_uri(url)

    url = page_address(page, request)
    language = page.locale.language_code
    node = {
        "@type": page.schema_org_type,
        "@id": url,
        "url": url,
        "name": page.seo_title or page.title,
        "inLanguage": language,
    }
    description = page.description_text()
    if description:
        node["description"] = description
    if page.first_published_at:
        node["datePublished"] = page.first_published_at.isoformat()
    if page.last_published_at:
        node["dateModified"] = page.last_published_at.isoformat()
    if share_image_url:
        node["image"] = share_image_url
    node.update(page.schema_org_properties(request, address))

    if reviewed_versions is None:  # what the head already asked, or else ask it here
        reviewed_versions = reviewed(versions.values())
    others = [version for version in reviewed_versions if version.pk != page.pk]
    original = min(versions.values(), key=lambda version: version.pk) if versions else page
    if original.pk != page.pk:
        node["translationOfWork"] = {"@id": page_address(original, request)}
    elif others:
        node["workTranslation"] = [
            {"@id": page_address(other, request), "inLanguage": other.locale.language_code}
            for other in others
        ]

    graph = [node, breadcrumbs(page, request)]
    site = Site.find_for_request(request)
    if site is not None and page.translation_key == site.root_page.translation_key:
        graph.append(website(page, request, site, url))
    return {"@context": "https://schema.org", "@graph": graph}


def breadcrumbs(page, request):
    """From the site's home page (in the page's language) down to the page."""
    trail = [
        ancestor.specific_deferred
        for ancestor in page.get_ancestors(inclusive=True).filter(depth__gt=1)
    ]
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": step.title,
                "item": page_address(step, request),
            }
            for position, step in enumerate(trail, start=1)
        ],
    }


def website(home, request, site, home_url):
    """The site itself, with the search engines' site search box (SearchAction)."""
    search = request.build_absolute_uri(reverse("search:search"))
    return {
        "@type": "WebSite",
        "@id": f"{home_url}#website",
        "url": home_url,
        "name": site.site_name or home.title,
        "inLanguage": home.locale.language_code,
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{search}?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        },
    }
