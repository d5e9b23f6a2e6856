"""{% page_fragment "name" %}…{% endpage_fragment %}: a part of a page rendered once while what
it shows is unchanged, for the page cache's misses (and for visitors the page cache never serves).

Checked like the page cache (caching/page_cache.py, dependencies.py): a fragment is stored with
the versions of what its page depends on and of what it recorded while rendering, and read
only while they are all current; when read, those tags become the enclosing page's too. In the
key: the fragment's name, the page, the language, the scheme and host (language links are
absolute), the LANGUAGES setting and the release of the code (caching/release.py). Not used
for previews, pages not saved yet, nor anything but a Wagtail page; the fragment must show
nothing personal (no user, no CSRF token, no query parameters).
"""

import hashlib

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

from caching import content_version, dependencies
from caching.release import release

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
    parts = (
        f"{name}|{page.pk}|{get_language()}|{request.scheme}://{host}|{settings.LANGUAGES}"
        f"|{release()}"
    )
    digest = hashlib.sha256(parts.encode()).hexdigest()
    return f"page_fragment:{digest}"


class PageFragmentNode(template.Node):
    child_nodelists = ("nodelist",)

    def __init__(self, name, nodelist):
        self.name, self.nodelist = name, nodelist

    def render(self, context):
        key = fragment_key(context, self.name.resolve(context))
        if key is None:
            return self.nodelist.render(context)
        entry = recent_fragments.get(key)
        store = content_version.shared_cache()
        if entry is None:
            entry = store.get(key)
        if entry is not None and dependencies.is_current(entry[0]):
            recent_fragments.set(key, entry, FRAGMENT_SECONDS)
            dependencies.record(*entry[0])
            return mark_safe(entry[1])
        with dependencies.recording() as shown:
            # What the page read before (the menus, the sections) may be shown in here too.
            dependencies.inherit(shown)
            dependencies.declare(context["page"], recordings=[shown])
            html = str(self.nodelist.render(context))
        dependencies.record(*shown.tags)
        versions = shown.versions()
        if versions is not None:
            store.set(key, (versions, html), FRAGMENT_SECONDS)
            recent_fragments.set(key, (versions, html), FRAGMENT_SECONDS)
        return mark_safe(html)


@register.tag
def page_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(f"{bits[0]} takes one argument: the fragment's name")
    nodelist = parser.parse(("endpage_fragment",))
    parser.delete_first_token()
    return PageFragmentNode(parser.compile_filter(bits[1]), nodelist)
