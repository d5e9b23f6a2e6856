"""What a cached page or fragment shows, recorded while it renders, and checked when it is read.

A page type says what it never shows, and so which changes leave its cached pages true:
`cache_independent_of = ["stories.storypage"]` on a story means no story shows another story
(it shows its own page, its translations, its listing, home, toolkits, policies...). A page
then depends on `site`, on itself and its translations, and on every page type but those; a
page type that says nothing depends on `any` (every change), as every page did before.
Fragments and other caches add what they show with `record()` (the menus their pages, the
search `search`), and any Page loaded while rendering adds itself.

Entries store the version of each tag they depend on; an entry is used only while every one is
still current. An entry rendered while anything changed is not stored at all: the data it read
may predate the change that its recorded versions already include.
"""

import contextvars
from contextlib import contextmanager
from functools import cache

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_init

from caching import content_version, http_cache
from caching.content_version import ANY, SITE, page_tags, tag_versions, type_tag

_active = contextvars.ContextVar("cache_recordings", default=())


class Recording:
    """The tags shown by one rendering (a response, a fragment)."""

    def __init__(self):
        self.tags = set()
        self.declared = False  # a page said what it depends on
        outer = _active.get()
        self.start = outer[-1].start if outer else tag_versions([ANY])[ANY]

    def versions(self):
        """{tag: version} to store with the entry, or None when it must not be stored."""
        tags = self.tags if self.declared else {*self.tags, ANY}
        if ANY in tags:
            tags = {ANY}  # renewed by every change: the other tags add nothing
        versions = tag_versions(tags)
        if tag_versions([ANY])[ANY] != self.start:
            return None  # something changed while it rendered
        return versions


@contextmanager
def recording():
    rec = Recording()
    token = _active.set((*_active.get(), rec))
    try:
        yield rec
    finally:
        _active.reset(token)


def record(*tags):
    """Add tags to what the current renderings show (nothing when none is recording)."""
    for rec in _active.get():
        rec.tags.update(tags)


def recorded_so_far():
    """The tags the enclosing renderings recorded until now."""
    return {tag for rec in _active.get() for tag in rec.tags}


def declare(page):
    """The page being served says what it depends on (called before it renders)."""
    tags = page_dependencies(page)
    for rec in _active.get():
        rec.tags.update(tags)
        rec.declared = True


def is_current(versions):
    """True when every tag the entry depends on still has the version it was stored with."""
    return bool(versions) and tag_versions(versions) == versions


@cache
def _page_models():
    from wagtail.models import Page

    return tuple(model for model in apps.get_models() if issubclass(model, Page))


def page_dependencies(page):
    """The tags a rendering of this page depends on (see the module's docstring)."""
    independent = getattr(page, "cache_independent_of", None)
    if independent is None or not getattr(settings, "PAGE_CACHE_DEPENDENCIES", True):
        return [ANY]
    independent = {label.lower() for label in independent}
    own = page_tags(page)
    return [
        SITE,
        *own[:2],  # the page and its translations: its own type may be independent
        *(type_tag(m) for m in _page_models() if m._meta.label_lower not in independent),
    ]


def _page_loaded(sender, instance, **kwargs):
    # A safety net: a page shown by its id (a link, a card, a breadcrumb) is a dependency.
    if not _active.get():
        return
    from wagtail.models import Page

    key = instance.__dict__.get("translation_key")  # never a query for a deferred field
    if isinstance(instance, Page) and instance.pk is not None and key is not None:
        record(f"page:{instance.pk}", f"translations:{key}")


def connect_signals():
    """The invalidation (content_version.py) and the recording of loaded pages."""
    content_version.connect_signals()
    http_cache.connect_signals()
    post_init.connect(_page_loaded, dispatch_uid="cache_dependencies_page_loaded")
