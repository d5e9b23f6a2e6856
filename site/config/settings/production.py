"""Production: everything comes from the environment, and unsafe values refuse to start.

`manage.py check --deploy` reports nothing with these settings (tests/test_deploy_settings.py).
The Content-Security-Policy comes from base.py (django-csp, config/security_headers.py).
"""

import os

from django.core.exceptions import ImproperlyConfigured

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

CACHES = {
    # Shared by every worker process: the page cache (caching/page_cache.py) relies on it.
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("CACHE_DIR", "/var/tmp/sse-exchange-cache"),
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
    # Wagtail writes the renditions of prefetched images back to this cache on every page
    # view; in memory that costs nothing, on disk it is a file write per image per view.
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "renditions",
        "OPTIONS": {"MAX_ENTRIES": 2000},
    },
}
