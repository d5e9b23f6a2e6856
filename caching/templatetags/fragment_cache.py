"""{% page_fragment "name" %}…{% endpage_fragment %}: a part of a page rendered once per content
version, for the page cache's misses (and for visitors the page cache never serves).

Keyed like the page cache (caching/page_cache.py): the site-wide content version, which every
publish, unpublish, move, translation, taxonomy, image, document, site or locale change renews,
so a fragment is never read after what it shows has changed. Also in the key: the fragment's
name, the page, the language, the scheme and host (language links are absolute) and the
LANGUAGES setting. Not used for previews, pages not saved yet, nor anything but a Wagtail page;
the fragment must show nothing personal (no user, no CSRF token, no query parameters).
"""

import hashlib

from django import template
from django.conf import settings
from django.core.cache import caches
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

from caching import content_version

register = template.Library()

FRAGMENT_SECONDS = 60 * 60
recent_fragments = content_version.RecentlyUsed(size=512)


def fragment_key(context, name):
    """The cache key of this fragment, or None when it must be rendered."""
    if not getattr(settings, "FRAGMENT_CACHE_ENABLED", True):
        return None
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page) or page.pk is None:
        return None
    if getattr(request, "is_preview", False) or request.method != "GET":
        return None
    try:
        host = request.get_host()
    except Exception:  # a disallowed host: let Django answer it
        return None
    parts = f"{name}|{page.pk}|{get_language()}|{request.scheme}://{host}|{settings.LANGUAGES}"
    digest = hashlib.sha256(parts.encode()).hexdigest()
    return f"page_fragment:{content_version.content_version(request)}:{digest}"


class PageFragmentNode(template.Node):
    child_nodelists = ("nodelist",)

    def __init__(self, name, nodelist):
        self.name, self.nodelist = name, nodelist

    def render(self, context):
        key = fragment_key(context, self.name.resolve(context))
        if key is None:
            return self.nodelist.render(context)
        html = recent_fragments.get(key)
        if html is None:
            store = caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]
            html = store.get(key)
            if html is None:
                html = self.nodelist.render(context)
                store.set(key, str(html), FRAGMENT_SECONDS)
            recent_fragments.set(key, str(html), FRAGMENT_SECONDS)
        return mark_safe(html)


@register.tag
def page_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(f"{bits[0]} takes one argument: the fragment's name")
    nodelist = parser.parse(("endpage_fragment",))
    parser.delete_first_token()
    return PageFragmentNode(parser.compile_filter(bits[1]), nodelist)
