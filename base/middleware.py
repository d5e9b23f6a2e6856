"""The language of a request, and which addresses get one.

Django's LocaleMiddleware answers every 404 that has no language prefix with a redirect to the
same path under one, as long as that path resolves. Wagtail serves any path under a language
prefix, so every 404 of the admin (and its API), of documents and of static files became a 302
to `/en/admin/...` and then a public 404 page: wagtail-localize's editor, which reads
`/admin/api/main/pages/<id>/` as JSON, waited forever. Here the redirect only applies to the
addresses of the public pages; the others keep their own 404.
"""

import functools
import re

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.urls import LocalePrefixPattern, get_resolver
from django.utils import translation
from django.utils.cache import patch_vary_headers

# The start of a route up to its first variable part: `<int:pk>/`, `(?P<path>.*)`, `\d+`.
VARIABLE_PART = re.compile(r"[<(\\\[.*+?$]")


@functools.cache
def language_free_prefixes(urlconf):
    """The address prefixes of the routes declared outside i18n_patterns (the admin, documents,
    the sitemap, the language chooser), and of static and media files."""
    prefixes = {settings.STATIC_URL, settings.MEDIA_URL}
    for pattern in get_resolver(urlconf).url_patterns:
        if isinstance(pattern.pattern, LocalePrefixPattern):
            continue
        route = str(pattern.pattern).lstrip("^")
        first_segment = route.split("/", 1)[0]
        if "/" not in route:
            prefixes.add("/" + route)  # a single address, such as sitemap.xml
        elif first_segment and not VARIABLE_PART.search(first_segment):
            prefixes.add(f"/{first_segment}/")
    return tuple(prefix for prefix in prefixes if prefix and prefix != "/")


class LanguagePrefixMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, whose missing-prefix redirect applies to public pages only."""

    def process_response(self, request, response):
        urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
        if response.status_code == 404 and request.path_info.startswith(
            language_free_prefixes(urlconf)
        ):
            # What LocaleMiddleware adds to every response it does not redirect.
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
