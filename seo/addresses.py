"""Absolute addresses of pages as visitors and crawlers reach the site.

Wagtail builds a page's full URL from its Site record (hostname and port), which on many
installs still says localhost:80: the host and scheme of the request are the real ones (Django
checks the host against ALLOWED_HOSTS; behind a proxy SECURE_PROXY_SSL_HEADER gives the scheme).
A page of another Site keeps that Site's own root URL.
"""

from translations.machine import machine_translated_versions_in_request


def page_address(page, request):
    return request.build_absolute_uri(page.get_url(request))


def reviewed(pages, request=None):
    """Those of `pages` that show no unreviewed machine translation: what search engines may
    index (one query, once per request when it is given)."""
    pages = list(pages)
    machine = machine_translated_versions_in_request(request, pages)
    return [page for page in pages if (page.translation_key, page.locale_id) not in machine]
