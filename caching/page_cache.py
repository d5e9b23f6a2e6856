"""Full-page cache for anonymous visitors, invalidated by dependency (dependencies.py): each
page is stored with the versions of what it shows (itself, its translations, the page types it
lists, the site) and served only while they are all current; a publish renews the versions of
that page, its translations and its type, a move or a site-wide change renews all.

What is never served from the cache nor stored in it: anything but GET, requests carrying a
real session (a cookie naming a session that exists), a messages cookie or an Authorization
header (editors, previews, the admin; a made-up session cookie is an anonymous visitor), responses
from a logged-in user, responses other than 200, streamed ones, those that set a cookie, hold a
CSRF token or a CSP nonce, say private/no-store/no-cache, or vary on anything but the cookie.
Each worker also keeps the pages it served last in memory (RecentlyUsed), under the same keys,
so a hit costs one read of the versions it depends on and no unpickling of the page. The search page
and its API have no personal state and are cached per full URL, except when Elasticsearch
answers: it is updated in the background after the commit, so a cached result could outlive
the change (see PAGE_CACHE_SEARCH below).

Keys hold the release of the code (caching/release.py): after a deploy, no page the code
before it rendered is served.

Settings: PAGE_CACHE_ENABLED (default True), PAGE_CACHE_SECONDS (3600), PAGE_CACHE_ALIAS
("default"; it must be shared by every worker process, e.g. production's file cache),
PAGE_CACHE_SEARCH (None: only when ELASTICSEARCH_URL is unset).
"""

import hashlib
import re
from functools import cache
from importlib import import_module

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.cache import cc_delim_re

from caching import dependencies, http_cache
from caching.content_version import RecentlyUsed, shared_cache
from caching.release import release
from compat.django_csp import nonce_was_used

STATUS_HEADER = "X-Page-Cache"
CACHED_CONTENT_TYPES = ("text/html", "application/json")
# Cookies that change what a visitor sees, or say they are an editor.
PERSONAL_COOKIES = ("messages",)
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/language/", "/django-admin/")
SEARCH_PATH = re.compile(r"^/[^/]+/search/")
PRIVATE_CACHE_CONTROL = re.compile(r"\b(private|no-store|no-cache)\b", re.IGNORECASE)

recent_pages = RecentlyUsed(size=256)


# The middleware -------------------------------------------------------------------------------


@cache
def _file_prefixes():
    """Static files (WhiteNoise) and uploads: never pages."""
    return tuple(prefix for prefix in (settings.STATIC_URL, settings.MEDIA_URL) if prefix)


def _search_is_cached():
    explicit = getattr(settings, "PAGE_CACHE_SEARCH", None)
    return (not settings.ELASTICSEARCH_URL) if explicit is None else explicit


@cache
def _session_store():
    return import_module(settings.SESSION_ENGINE).SessionStore


def has_session(request):
    """True when the request's session cookie names a session that exists (an editor, or a
    visitor something was kept for); a made-up or expired one is an anonymous visitor."""
    session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if not session_key:
        return False
    store = _session_store()
    try:
        return store().exists(session_key)
    except Exception:  # a malformed key the engine refuses: not a session either
        return False


def may_be_personal(request):
    """Messages, credentials or a session cookie: what this visitor sees may be theirs alone."""
    cookies = request.COOKIES
    return (
        any(name in cookies for name in (*PERSONAL_COOKIES, settings.SESSION_COOKIE_NAME))
        or "HTTP_AUTHORIZATION" in request.META
    )


def cache_key(request):
    """The key of this request's page, or None when it must not come from the cache."""
    if not getattr(settings, "PAGE_CACHE_ENABLED", True) or request.method != "GET":
        return None
    if any(name in request.COOKIES for name in PERSONAL_COOKIES):
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
    if has_session(request):
        return None
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"page_cache:{release()}:{digest}"


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
    return not nonce_was_used(request)


class PageCacheMiddleware:
    """Serve anonymous visitors' pages from the cache; store the pages they may share.

    First in MIDDLEWARE, so a hit runs no other middleware, no view, no template and no query.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        dependencies.connect_signals()

    def __call__(self, request):
        key = cache_key(request)
        if key is None:
            with dependencies.recording():  # for the fragments it renders
                response = self.get_response(request)
            if may_be_personal(request):
                http_cache.mark_private(response)
            response[STATUS_HEADER] = "bypass"
            return response
        timeout = getattr(settings, "PAGE_CACHE_SECONDS", 3600)
        cached = recent_pages.get(key)
        if cached is None:
            cached = shared_cache().get(key)
            if cached is not None:
                recent_pages.set(key, cached, timeout)
        if cached is not None and dependencies.is_current(cached[0]):
            _versions, content, headers = cached
            response = HttpResponse(content, headers=headers)
            response[STATUS_HEADER] = "hit"
            return response
        with dependencies.recording() as shown:
            response = self.get_response(request)
        versions = shown.versions() if is_storable(request, response) else None
        if versions is not None:
            http_cache.mark_shared(response, versions)
            page = (versions, response.content, dict(response.items()))
            shared_cache().set(key, page, timeout)
            recent_pages.set(key, page, timeout)
            response[STATUS_HEADER] = "miss"
        else:
            http_cache.mark_private(response)
            response[STATUS_HEADER] = "bypass"
        return response
