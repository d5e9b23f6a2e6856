"""Test runs: fast password hashing, a throw-away media folder, no manifest for static files."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="sse-test-media-"))  # noqa: F405
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["*"]
# Tasks run at once, in the test's transaction; the tests of durability (tests/test_faults.py)
# run the database queue and a real worker process.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Tests measure the views (query counts, response.context); tests/caching/test_page_cache.py turns
# the page cache on for itself.
PAGE_CACHE_ENABLED = False
# No collected static files in tests (WhiteNoise would warn about a missing folder).
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="sse-test-static-"))  # noqa: F405
# Every publish would rewrite the open data export: tests/test_open_data.py turns it on.
OPEN_DATA_REGENERATE_ON_PUBLISH = False
OPEN_DATA_ROOT = MEDIA_ROOT / "open-data"

# The demo content (`manage.py load_demo`) and the libraries it needs are for development only.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
