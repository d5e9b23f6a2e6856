"""What a cached page or fragment shows, recorded while it renders, and checked when it is read.

A page type says what it never shows, and so which changes leave its cached pages true:
`cache_independent_of = ["stories.storypage"]` on a story means no story shows another story
(it shows its own page, its translations, its listing, home, toolkits, policies...). A page
then depends on `site`, on itself and its translations, and on the pages of every type but
those (`pages-but:stories.storypage`); a page type that says nothing depends on `any` (every
change), as every page did before. Fragments and other caches add what they show with
`record()` and `record_pages()` (the menus their pages, the search `search`), and any Page
loaded while rendering adds itself; a shown page of a type the entry already depends on as a
whole adds nothing (its changes renew that tag), so an entry keeps a handful of tags.

Entries store the version of each tag they depend on; an entry is used only while every one is
still current. An entry rendered while anything changed is not stored at all: the data it read
may predate the change that its recorded versions already include.
"""

import contextvars
from contextlib import contextmanager

from django.conf import settings
from django.db.models.signals import post_init

from caching import content_version, http_cache
from caching.content_version import ANY, SITE, others_tag, page_label, tag_versions

_active = contextvars.ContextVar("cache_recordings", default=())


class Recording:
    """The tags shown by one rendering (a response, a fragment)."""

    def __init__(self):
        self.tags = set()
        self.declared = False  # a page said what it depends on
        self.independent = None  # the page types its page declared it never shows
        self.shown = {}  # tag of a shown page -> that page's type
        outer = _active.get()
        self.start = outer[-1].start if outer else tag_versions([ANY])[ANY]

    def versions(self):
        """{tag: version} to store with the entry, or None when it must not be stored."""
        tags = self.tags if self.declared else {*self.tags, ANY}
        if ANY in tags:
            tags = {ANY}  # renewed by every change: the other tags add nothing
        elif self.independent is not None:
            # A shown page of a type its `pages-but:` tag covers: already a dependency.
            tags = {t for t in tags if t not in self.shown or self.shown[t] in self.independent}
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


def inherit(rec):
    """Give a nested recording what the enclosing ones recorded until now."""
    for outer in _active.get():
        if outer is not rec:
            rec.tags.update(outer.tags)
            rec.shown.update(outer.shown)


def record_pages(pages):
    """These pages are shown (a menu, a card): a change to any of them makes the entry stale."""
    for page in pages:
        if page is not None and page.pk is not None:
            _record_page(page.pk, page.translation_key, page_label(page))


def _record_page(pk, translation_key, label):
    tags = (f"page:{pk}", f"translations:{translation_key}")
    for rec in _active.get():
        for tag in tags:
            if tag not in rec.tags:
                rec.tags.add(tag)
                rec.shown[tag] = label


def declare(page, recordings=None):
    """The page being served says what it depends on (called before it renders)."""
    tags = page_dependencies(page)
    independent = _independent_of(page)
    for rec in _active.get() if recordings is None else recordings:
        # Its own page and translations are never left out, whatever their type.
        for tag in tags:
            rec.tags.add(tag)
            rec.shown.pop(tag, None)
        rec.declared = True
        rec.independent = independent


def is_current(versions):
    """True when every tag the entry depends on still has the version it was stored with."""
    return bool(versions) and tag_versions(versions) == versions


def _independent_of(page):
    independent = getattr(page, "cache_independent_of", None)
    if independent is None or not getattr(settings, "PAGE_CACHE_DEPENDENCIES", True):
        return None
    return frozenset(label.lower() for label in independent)


def page_dependencies(page):
    """The tags a rendering of this page depends on (see the module's docstring)."""
    independent = _independent_of(page)
    if independent is None:
        return [ANY]
    return [
        SITE,
        f"page:{page.pk}",
        f"translations:{page.translation_key}",
        others_tag(independent),
    ]


def _page_loaded(sender, instance, **kwargs):
    # A safety net: a page shown by its id (a link, a card, a breadcrumb) is a dependency.
    if not _active.get():
        return
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    key = instance.__dict__.get("translation_key")  # never a query for a deferred field
    if isinstance(instance, Page) and instance.pk is not None and key is not None:
        content_type_id = instance.__dict__.get("content_type_id")
        model = None
        if content_type_id is not None:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
        _record_page(instance.pk, key, (model or type(instance))._meta.label_lower)


def connect_signals():
    """The invalidation (content_version.py) and the recording of loaded pages."""
    content_version.connect_signals()
    http_cache.connect_signals()
    post_init.connect(_page_loaded, dispatch_uid="cache_dependencies_page_loaded")
