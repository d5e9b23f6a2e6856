"""Full-page cache for anonymous visitors, invalidated by one site-wide content version.

Why one version number rather than invalidating page by page: a page shows other pages (the
home page lists the latest stories, a story its toolkits, every page the taxonomy and the
language switcher), so working out which cached pages a change touches is where caches start
to lie. Any publish, unpublish, move, delete, translation, taxonomy or search-index change sets
a new version, which is part of every cache key: old entries are never read again and expire.
A new version is also set after the editor's transaction commits, so a page rendered from the
old data while it was open is stored under a version nobody reads any more.

What is never served from the cache nor stored in it: anything but GET, requests carrying a
session or messages cookie or an Authorization header (editors, previews, the admin), responses
from a logged-in user, responses other than 200, streamed ones, those that set a cookie, hold a
CSRF token or a CSP nonce, say private/no-store/no-cache, or vary on anything but the cookie.
Each worker also keeps the pages it served last in memory (RecentlyUsed), under the same keys,
so a hit costs one read of the version and no unpickling of the page. The search page
and its API have no personal state and are cached per full URL, except when Elasticsearch
answers: it is updated in the background after the commit, so a cached result could outlive
the change (see PAGE_CACHE_SEARCH below).

Settings: PAGE_CACHE_ENABLED (default True), PAGE_CACHE_SECONDS (3600), PAGE_CACHE_ALIAS
("default"; it must be shared by every worker process, e.g. production's file cache),
PAGE_CACHE_SEARCH (None: only when ELASTICSEARCH_URL is unset).
"""

import hashlib
import re
import secrets
import threading
import time
from collections import OrderedDict
from functools import cache

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import cc_delim_re
from wagtail.signals import page_published, page_unpublished, post_page_move

VERSION_KEY = "page_cache:content_version"
STATUS_HEADER = "X-Page-Cache"
CACHED_CONTENT_TYPES = ("text/html", "application/json")
# Cookies that change what a visitor sees, or say they are an editor.
PERSONAL_COOKIES = ("messages",)
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/language/", "/django-admin/")
SEARCH_PATH = re.compile(r"^/[^/]+/search/")
PRIVATE_CACHE_CONTROL = re.compile(r"\b(private|no-store|no-cache)\b", re.IGNORECASE)


def _cache():
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


recent_pages = RecentlyUsed(size=256)


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
    page_cache = _cache()
    version = page_cache.get(VERSION_KEY)
    if version is None:
        page_cache.add(VERSION_KEY, _new_version(), timeout=None)
        version = page_cache.get(VERSION_KEY)
    return version


def _set_new_version():
    _cache().set(VERSION_KEY, _new_version(), timeout=None)


def bump_content_version():
    """Make every cached page stale: now, and again once the current transaction commits.

    The after-commit bump is registered once per transaction: a rebuild of the search index
    saves thousands of rows in one.
    """
    _set_new_version()
    connection = transaction.get_connection()
    # Django drops the callbacks of a rolled-back transaction or savepoint, so a pending one
    # is always one that will run.
    pending = connection.in_atomic_block and any(
        func is _set_new_version for _ids, func, _robust in connection.run_on_commit
    )
    if not pending:
        transaction.on_commit(_set_new_version)


# What changes what visitors see --------------------------------------------------------------


@cache
def _content_models():
    """Models whose saves and deletes change pages; resolved once the apps are loaded."""
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents.models import AbstractDocument
    from wagtail.embeds.models import Embed
    from wagtail.images.models import AbstractImage
    from wagtail.models import Locale, Page, PageViewRestriction, Site

    from search.models import SearchDocument
    from taxonomy.models import TaxonomyTerm

    return (
        Page,  # every save: covers copies and scripts that never send page_published
        TaxonomyTerm,  # work axes, themes, sectors, target groups and their translations
        AbstractImage,
        AbstractDocument,
        Embed,
        Locale,
        Site,
        PageViewRestriction,
        BaseSiteSetting,
        BaseGenericSetting,
        SearchDocument,  # the database engine's index: search results change with it
    )


def _content_saved_or_deleted(sender, instance, **kwargs):
    if isinstance(instance, _content_models()):
        bump_content_version()


def _page_event(sender, **kwargs):
    bump_content_version()


def connect_signals():
    """Connect the invalidation; safe to call more than once (HomeConfig.ready, middleware)."""
    for signal, name in (
        (page_published, "published"),
        (page_unpublished, "unpublished"),
        (post_page_move, "moved"),
    ):
        signal.connect(_page_event, dispatch_uid=f"page_cache_{name}")
    post_save.connect(_content_saved_or_deleted, dispatch_uid="page_cache_saved")
    post_delete.connect(_content_saved_or_deleted, dispatch_uid="page_cache_deleted")


# The middleware -------------------------------------------------------------------------------


@cache
def _file_prefixes():
    """Static files (WhiteNoise) and uploads: never pages."""
    return tuple(prefix for prefix in (settings.STATIC_URL, settings.MEDIA_URL) if prefix)


def _search_is_cached():
    explicit = getattr(settings, "PAGE_CACHE_SEARCH", None)
    return (not settings.ELASTICSEARCH_URL) if explicit is None else explicit


def cache_key(request):
    """The key of this request's page, or None when it must not come from the cache."""
    if not getattr(settings, "PAGE_CACHE_ENABLED", True) or request.method != "GET":
        return None
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or any(name in cookies for name in PERSONAL_COOKIES):
        return None
    if "HTTP_AUTHORIZATION" in request.META:
        return None
    path = request.path
    if path.startswith(SKIPPED_PREFIXES) or path.startswith(_file_prefixes()):
        return None
    if SEARCH_PATH.match(path) and not _search_is_cached():
        return None
    try:
        url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    except DisallowedHost:
        return None  # let Django answer it
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"page_cache:{content_version(request)}:{digest}"


def is_storable(request, response):
    """True when the response is the same for every anonymous visitor."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith(CACHED_CONTENT_TYPES):
        return False
    if PRIVATE_CACHE_CONTROL.search(response.get("Cache-Control", "")):
        return False
    varies = {h.strip().lower() for h in cc_delim_re.split(response.get("Vary", "")) if h.strip()}
    if varies - {"cookie"}:  # the key holds no Accept-Language, Accept-Encoding, ...
        return False
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or b"csrfmiddlewaretoken" in response.content:
        return False
    # django-csp: a page holding a per-request nonce cannot be shared.
    return not isinstance(getattr(request, "_csp_nonce", None), str)


class PageCacheMiddleware:
    """Serve anonymous visitors' pages from the cache; store the pages they may share.

    First in MIDDLEWARE, so a hit runs no other middleware, no view, no template and no query.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        connect_signals()

    def __call__(self, request):
        key = cache_key(request)
        if key is None:
            response = self.get_response(request)
            response[STATUS_HEADER] = "bypass"
            return response
        timeout = getattr(settings, "PAGE_CACHE_SECONDS", 3600)
        cached = recent_pages.get(key)
        if cached is None:
            cached = _cache().get(key)
            if cached is not None:
                recent_pages.set(key, cached, timeout)
        if cached is not None:
            content, headers = cached
            response = HttpResponse(content, headers=headers)
            response[STATUS_HEADER] = "hit"
            return response
        response = self.get_response(request)
        if is_storable(request, response):
            page = (response.content, dict(response.items()))
            _cache().set(key, page, timeout)
            recent_pages.set(key, page, timeout)
            response[STATUS_HEADER] = "miss"
        else:
            response[STATUS_HEADER] = "bypass"
        return response
