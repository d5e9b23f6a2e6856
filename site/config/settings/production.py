"""Production: everything comes from the environment, and unsafe values refuse to start.

`manage.py check --deploy` reports nothing with these settings (tests/test_deploy_settings.py).
The Content-Security-Policy comes from base.py (django-csp, config/security_headers.py).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from config import checks  # noqa: E402, F401  (warns when no mail can leave)

from .base import *  # noqa: F403

# Django's own deploy check asks for at least this many characters.
MIN_SECRET_KEY_LENGTH = 50

DEBUG = False
if env_bool("DEBUG", False):  # noqa: F405
    raise ImproperlyConfigured("DEBUG must be off in production.")
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if (
    len(SECRET_KEY) < MIN_SECRET_KEY_LENGTH
    or len(set(SECRET_KEY)) < 5
    or SECRET_KEY.startswith(("insecure-", "django-insecure-"))
):
    raise ImproperlyConfigured(
        f"Set SECRET_KEY to a random value of at least {MIN_SECRET_KEY_LENGTH} characters, e.g. "
        '`python3 -c "import secrets; print(secrets.token_urlsafe(64))"`.'
    )
SECRET_KEY_FALLBACKS = [k for k in os.environ.get("SECRET_KEY_FALLBACKS", "").split(",") if k]
if not os.environ.get("DATABASE_URL"):
    raise ImproperlyConfigured("Set DATABASE_URL (postgres://...) in production.")

CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview frames its own pages with SAMEORIGIN
# The public site is served over HTTPS only: pages never load anything over HTTP.
CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True  # noqa: F405

# The renditions of prefetched images: Wagtail writes them back to this cache on every page
# view; in memory that costs nothing, across the network it is a write per image per view.
RENDITIONS_CACHE = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "renditions",
    "OPTIONS": {"MAX_ENTRIES": 2000},
}
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # Shared by every web server. Redis runs with `maxmemory-policy volatile-lru` (README,
    # scripts/redis): pages and fragments expire, so they are what a full cache evicts; the
    # content state (caching/content_version.py) never expires, in a database of its own.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"{REDIS_URL.rstrip('/')}/0",
        },
        "content_state": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"{REDIS_URL.rstrip('/')}/1",
        },
        "renditions": RENDITIONS_CACHE,
    }
else:
    # One machine without Redis: files shared by its worker processes. The content state has a
    # directory of its own, which no number of pages can cull.
    CACHE_DIR = os.environ.get("CACHE_DIR", "/var/tmp/sse-exchange-cache")
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": CACHE_DIR,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
        "content_state": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.path.join(CACHE_DIR, "content-state"),
            "OPTIONS": {"MAX_ENTRIES": 1_000_000},
        },
        "renditions": RENDITIONS_CACHE,
    }
CONTENT_STATE_ALIAS = "content_state"
