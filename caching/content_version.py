"""The content state: one version per dependency of what visitors see, renewed when that
dependency changes. Every cache layer checks the versions of what its entry showed, so that
nothing stale is ever served, while a publish leaves the rest of the site cached.

The dependencies ("tags", caching/dependencies.py names them):
- `page:<pk>` and `translations:<translation key>`: one page, and the set of its translations
  (language links, "also in", untranslated notices);
- `pages-but:<app.model>,...`: every page of every type but those, as listings, cards and menus
  show them; renewed when a page of another type is saved, published, unpublished or deleted
  (one tag per set of types page types declare themselves independent of);
- `search` and `search:<kind>`: the search index, and its documents of one kind (a listing of
  one kind, a page's related pages of its kind); every change of the index renews `search` and
  the `search:<kind>` of each kind it touched;
- `site`: what every page shows or relies on (sites, locales, images, documents, settings, the
  taxonomy, the glossary, the menus' editor-written parts, moved pages and changed slugs);
- `any`: renewed by every change. `content_version()` is its version: what a cache that cannot
  say what it shows keys on (the site lookup, the site sections, the search's vocabularies), and
  what a page type that declares nothing depends on, as with the one site-wide version before.

A new version is also set after the editor's transaction commits, so a page rendered from the
old data while it was open is stored with a version nobody reads any more.

What renews versions, without this app importing any of it:
- saving or deleting a row of a registered model: Wagtail's pages (page_tags), images,
  documents, embeds, locales, sites, privacy restrictions and settings (`site`), and what other
  apps register with `register(Model, tags=...)`;
- Wagtail's page_published, page_unpublished, post_page_move and page_slug_changed signals;
- the `content_changed` signal (with `tags=`, else `site`), sent by whatever changes what
  visitors see outside those rows (the search sends `search` when its index changes).

The versions live in the content-state cache (CONTENT_STATE_ALIAS, by default the page cache):
in production a Redis database where nothing expires, so eviction of pages never reaches them.
"""

import secrets
import threading
import time
from collections import OrderedDict
from functools import cache

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from compat.django import on_commit_is_pending

ANY = "any"
SITE = "site"
SEARCH = "search"
VERSION_PREFIX = "content_state:"
VERSION_KEY = VERSION_PREFIX + ANY

# Sent (with any sender, optionally tags=[...]) when something visitors see changed outside
# the registered models; without tags it renews `site`.
content_changed = Signal()
# Sent with tags=[...] each time versions are renewed: the HTTP cache in front forgets the
# pages that depend on them (caching/http_cache.py).
tags_renewed = Signal()

_registered_models = {}


def register(*models, tags=None):
    """Saving or deleting a row of these models (or of their subclasses) renews `tags`: a list,
    or a function of the row returning one; by default `site` (everything)."""
    for model in models:
        _registered_models.setdefault(model, tags)


def shared_cache():
    """The cache every worker process shares (PAGE_CACHE_ALIAS): pages and fragments."""
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def state_cache():
    """Where the versions live (CONTENT_STATE_ALIAS): shared, and never evicted."""
    alias = getattr(settings, "CONTENT_STATE_ALIAS", None)
    return caches[alias] if alias else shared_cache()


class RecentlyUsed:
    """What this process used last (pages, fragments, sites), kept in its memory: a page hit
    then needs no unpickling of a 40 kB page.

    Keyed with, or holding, the versions it depends on, so it is exactly as true as the shared
    cache; the least recently used fall out.
    """

    def __init__(self, size):
        self.size = size
        self._pages = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            entry = self._pages.get(key)
            if entry is None:
                return None
            if entry[0] < time.monotonic():
                del self._pages[key]
                return None
            self._pages.move_to_end(key)
            return entry[1]

    def clear(self):
        with self._lock:
            self._pages.clear()

    def set(self, key, page, timeout):
        with self._lock:
            self._pages[key] = (time.monotonic() + timeout, page)
            self._pages.move_to_end(key)
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)


def _new_version():
    # Unique rather than incremented: two bumps racing in two processes still give a new value.
    return f"{time.time_ns():x}{secrets.token_hex(4)}"


def tag_versions(tags):
    """{tag: version} for these tags, creating the versions nobody has asked for yet."""
    store = state_cache()
    keys = {VERSION_PREFIX + tag: tag for tag in tags}
    found = store.get_many(keys)
    for key in keys.keys() - found.keys():
        store.add(key, _new_version(), timeout=None)
        found[key] = store.get(key)
    return {keys[key]: version for key, version in found.items()}


def content_version(request=None):
    """The version of `any`: renewed by every change.

    Given a visitor's GET request, read once for that request: a page asks for it in every
    cached fragment and every per-process cache.
    """
    if request is not None and request.method == "GET":
        if "_content_version" not in request.__dict__:
            request._content_version = content_version()
        return request._content_version
    return tag_versions([ANY])[ANY]


_pending = threading.local()


def _renew(tags):
    tags = {*tags, ANY}
    state_cache().set_many({VERSION_PREFIX + tag: _new_version() for tag in tags}, timeout=None)
    tags_renewed.send(sender=None, tags=sorted(tags))


def _renew_pending():
    tags = getattr(_pending, "tags", set())
    _pending.tags = set()
    _renew(tags)


def invalidate(*tags):
    """Make what depends on these tags (and on `any`) stale: now, and again once the current
    transaction commits.

    The after-commit renewal is registered once per transaction: a rebuild of the search index
    saves thousands of rows in one.
    """
    _renew(tags)
    pending = getattr(_pending, "tags", None)
    if pending is None:
        pending = _pending.tags = set()
    pending.update(tags)
    # Django drops the callbacks of a rolled-back transaction or savepoint, so a pending one
    # is always one that will run (tags left by a rolled-back one are renewed once too many).
    if not on_commit_is_pending(_renew_pending):
        transaction.on_commit(_renew_pending)


def bump_content_version():
    """Make every cached page stale (the `site` tag)."""
    invalidate(SITE)


# What changes what visitors see --------------------------------------------------------------


def search_tag(kind):
    """What a page showing the index's documents of one kind only depends on."""
    return f"{SEARCH}:{kind}"


def search_tags(kinds):
    """What a change of the index's documents of these kinds renews (see the module's docstring)."""
    return [SEARCH, *(search_tag(kind) for kind in sorted(kinds))]


def page_label(page):
    """The page's own type as `app.model`, even for a plain Page loaded by a generic query."""
    model = (page.specific_class if page.content_type_id else None) or type(page)
    return model._meta.label_lower


@cache
def independence_sets():
    """The distinct `cache_independent_of` sets the page types declare (dependencies.py)."""
    from django.apps import apps
    from wagtail.models import Page

    return tuple(
        {
            frozenset(label.lower() for label in model.cache_independent_of)
            for model in apps.get_models()
            if issubclass(model, Page) and getattr(model, "cache_independent_of", None) is not None
        }
    )


def others_tag(independent):
    """The tag of every page type but these: what a page independent of them depends on."""
    return "pages-but:" + ",".join(sorted(independent))


def page_tags(page):
    """The tags a change of this page renews: itself, its translations, the pages of the
    types that are not independent of its type, and what its type adds
    (`cache_tags_renewed()`: a story names the toolkits it used, whose pages list it)."""
    label = page_label(page)
    renews_also = getattr(page, "cache_tags_renewed", None)
    return [
        f"page:{page.pk}",
        f"translations:{page.translation_key}",
        *(others_tag(s) for s in independence_sets() if label not in s),
        *(renews_also() if renews_also else ()),
    ]


def register_wagtail_models():
    """Wagtail's models that change what visitors see; called once the apps are loaded."""
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents.models import AbstractDocument
    from wagtail.embeds.models import Embed
    from wagtail.images.models import AbstractImage
    from wagtail.models import Locale, Page, PageViewRestriction, Site

    # Every save of a page: covers copies and scripts that never send page_published.
    register(Page, tags=page_tags)
    register(
        AbstractImage,
        AbstractDocument,
        Embed,
        Locale,
        Site,
        PageViewRestriction,
        BaseSiteSetting,
        BaseGenericSetting,
    )


def _tags_of(instance):
    for model, tags in _registered_models.items():
        if isinstance(instance, model):
            if tags is None:
                return [SITE]
            return tags(instance) if callable(tags) else tags
    return None


def _content_saved_or_deleted(sender, instance, **kwargs):
    if not _registered_models:
        return
    tags = _tags_of(instance)
    if tags is not None:
        invalidate(*tags)


def _page_event(sender, instance, **kwargs):
    invalidate(*page_tags(instance))


def _page_moved_or_renamed(sender, instance=None, **kwargs):
    # The addresses of the page and all its descendants changed, wherever they are linked.
    invalidate(SITE)


def _content_event(sender, tags=None, **kwargs):
    invalidate(*(tags or [SITE]))


def connect_signals():
    """Connect the invalidation; safe to call more than once (CachingConfig.ready, middleware)."""
    page_published.connect(_page_event, dispatch_uid="page_cache_published")
    page_unpublished.connect(_page_event, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(_page_moved_or_renamed, dispatch_uid="page_cache_moved")
    page_slug_changed.connect(_page_moved_or_renamed, dispatch_uid="page_cache_slug")
    content_changed.connect(_content_event, dispatch_uid="page_cache_content_changed")
    post_save.connect(_content_saved_or_deleted, dispatch_uid="page_cache_saved")
    post_delete.connect(_content_saved_or_deleted, dispatch_uid="page_cache_deleted")
