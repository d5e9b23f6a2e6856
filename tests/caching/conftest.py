"""The caches the page-cache tests run against: local memory, and the real Redis that
scripts/test starts (REDIS_TEST_URL), as production shares it between web servers."""

import os
import uuid

import pytest

REDIS_URL = os.environ.get("REDIS_TEST_URL", "")
# Without a Redis server the Redis variant is not collected (rather than skipped): scripts/test
# always starts one, unless NO_REDIS=1 says to run without it.
BACKENDS = ["locmem", "redis"] if REDIS_URL else ["locmem"]


def cache_settings(backend):
    """CACHES for one test: pages and the content state apart, as in production."""
    if backend == "redis":
        prefix = f"test-{uuid.uuid4().hex}"
        redis = "django.core.cache.backends.redis.RedisCache"
        return {
            "default": {"BACKEND": redis, "LOCATION": f"{REDIS_URL}/0", "KEY_PREFIX": prefix},
            "content_state": {
                "BACKEND": redis,
                "LOCATION": f"{REDIS_URL}/1",
                "KEY_PREFIX": prefix,
            },
        }
    location = f"page-cache-test-{uuid.uuid4().hex}"
    locmem = "django.core.cache.backends.locmem.LocMemCache"
    return {
        "default": {"BACKEND": locmem, "LOCATION": location},
        "content_state": {"BACKEND": locmem, "LOCATION": f"{location}-state"},
    }


@pytest.fixture(params=BACKENDS)
def cache_backend(request):
    return request.param


@pytest.fixture
def fresh_page_cache(settings, cache_backend):
    """The page cache on, in empty caches of its own, with the database search."""
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_DEPENDENCIES = True
    settings.PAGE_CACHE_ALIAS = "default"
    settings.CONTENT_STATE_ALIAS = "content_state"
    settings.PAGE_CACHE_SEARCH = None
    settings.ELASTICSEARCH_URL = ""
    settings.CACHES = cache_settings(cache_backend)
    yield
    from caching import page_cache
    from caching.templatetags import fragment_cache

    # This process's memory of pages holds entries keyed like another test's.
    page_cache.recent_pages.clear()
    fragment_cache.recent_fragments.clear()
