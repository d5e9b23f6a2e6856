"""The site-wide content version: every cache layer keys on it, any change visitors would see
renews it. One mechanism, so that nothing stale is ever served.

Why one version number rather than invalidating page by page: a page shows other pages (the
home page lists the latest stories, a story its toolkits, every page the taxonomy and the
language switcher), so working out which cached pages a change touches is where caches start
to lie. A new version is part of every cache key: old entries are never read again and expire.
A new version is also set after the editor's transaction commits, so a page rendered from the
old data while it was open is stored under a version nobody reads any more.

What renews it, without this app importing any of it:
- saving or deleting a row of a registered model: Wagtail's pages, images, documents, embeds,
  locales, sites, privacy restrictions and settings (below), and what other apps register with
  `register(Model)` (the taxonomy registers its terms);
- Wagtail's page_published, page_unpublished and post_page_move signals;
- the `content_changed` signal, sent by whatever changes what visitors see outside those rows
  (the search sends it when its index changes).

Users of the version: the page cache (page_cache.py), page fragments
(templatetags/fragment_cache.py), the site lookup (site_lookup.py), the site sections and the
search's facet labels.
"""

import secrets
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal
from wagtail.signals import page_published, page_unpublished, post_page_move

from compat.django import on_commit_is_pending

VERSION_KEY = "page_cache:content_version"

# Sent (with any sender) when something visitors see changed outside the registered models.
content_changed = Signal()

_registered_models = []


def register(*models):
    """Saving or deleting a row of these models (or of their subclasses) renews the version."""
    for model in models:
        if model not in _registered_models:
            _registered_models.append(model)


def shared_cache():
    """The cache every worker process shares (PAGE_CACHE_ALIAS): versions, pages, fragments."""
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


class RecentlyUsed:
    """What this process used last (pages, fragments, sites), kept in its memory: a page hit
    then needs no unpickling of a 40 kB page.

    Keyed with the content version, so it is exactly as true as the shared cache: a new version
    makes every entry unreachable, and the least recently used fall out.
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

    def set(self, key, page, timeout):
        with self._lock:
            self._pages[key] = (time.monotonic() + timeout, page)
            self._pages.move_to_end(key)
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)


def _new_version():
    # Unique rather than incremented: two bumps racing in two processes still give a new value.
    return f"{time.time_ns():x}{secrets.token_hex(4)}"


def content_version(request=None):
    """The current content version, created on first use (or after the cache lost it).

    Given a visitor's GET request, read once for that request: a page asks for it in every
    cached fragment, and with the production file cache each read opens a file.
    """
    if request is not None and request.method == "GET":
        if "_content_version" not in request.__dict__:
            request._content_version = content_version()
        return request._content_version
    store = shared_cache()
    version = store.get(VERSION_KEY)
    if version is None:
        store.add(VERSION_KEY, _new_version(), timeout=None)
        version = store.get(VERSION_KEY)
    return version


def _set_new_version():
    shared_cache().set(VERSION_KEY, _new_version(), timeout=None)


def bump_content_version():
    """Make every cached page stale: now, and again once the current transaction commits.

    The after-commit bump is registered once per transaction: a rebuild of the search index
    saves thousands of rows in one.
    """
    _set_new_version()
    # Django drops the callbacks of a rolled-back transaction or savepoint, so a pending one
    # is always one that will run.
    if not on_commit_is_pending(_set_new_version):
        transaction.on_commit(_set_new_version)


# What changes what visitors see --------------------------------------------------------------


def register_wagtail_models():
    """Wagtail's models that change what visitors see; called once the apps are loaded."""
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents.models import AbstractDocument
    from wagtail.embeds.models import Embed
    from wagtail.images.models import AbstractImage
    from wagtail.models import Locale, Page, PageViewRestriction, Site

    register(
        Page,  # every save: covers copies and scripts that never send page_published
        AbstractImage,
        AbstractDocument,
        Embed,
        Locale,
        Site,
        PageViewRestriction,
        BaseSiteSetting,
        BaseGenericSetting,
    )


def _content_saved_or_deleted(sender, instance, **kwargs):
    if isinstance(instance, tuple(_registered_models)):
        bump_content_version()


def _content_event(sender, **kwargs):
    bump_content_version()


def connect_signals():
    """Connect the invalidation; safe to call more than once (CachingConfig.ready, middleware)."""
    for signal, name in (
        (page_published, "published"),
        (page_unpublished, "unpublished"),
        (post_page_move, "moved"),
        (content_changed, "content_changed"),
    ):
        signal.connect(_content_event, dispatch_uid=f"page_cache_{name}")
    post_save.connect(_content_saved_or_deleted, dispatch_uid="page_cache_saved")
    post_delete.connect(_content_saved_or_deleted, dispatch_uid="page_cache_deleted")
