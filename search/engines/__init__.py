"""Which engine answers: Elasticsearch when ELASTICSEARCH_URL is set, the database otherwise.

When Elasticsearch fails (down, hung, broken), the database answers instead and Elasticsearch is
left alone for a short while, so visitors never wait for a dead node twice.
"""

import functools
import logging
import time

from django.conf import settings

from caching import dependencies
from caching.content_version import SEARCH, search_tag
from search.engines.base import SearchUnavailable
from search.engines.database import DatabaseEngine

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30
_elasticsearch_failed_at = None


def database_engine():
    return DatabaseEngine()


def elasticsearch_engine(timeout=None):
    """The Elasticsearch engine, or None when none is configured."""
    if not settings.ELASTICSEARCH_URL:
        return None
    return _elasticsearch_engine(
        settings.ELASTICSEARCH_URL,
        settings.ELASTICSEARCH_INDEX_PREFIX,
        timeout or settings.ELASTICSEARCH_SEARCH_TIMEOUT,
        settings.ELASTICSEARCH_INDEXING_TIMEOUT,
    )


@functools.lru_cache(maxsize=8)
def _elasticsearch_engine(url, index_prefix, timeout, indexing_timeout):
    # One client per process and configuration: its connections are kept alive and reused
    # (the client is thread-safe), rather than a new connection for every search.
    from search.engines.elasticsearch import ElasticsearchEngine

    return ElasticsearchEngine(
        url, index_prefix, timeout=timeout, indexing_timeout=indexing_timeout
    )


def _answer(method_name, *args):
    global _elasticsearch_failed_at
    engine = elasticsearch_engine()
    recently_failed = (
        _elasticsearch_failed_at is not None
        and time.monotonic() - _elasticsearch_failed_at < RETRY_AFTER_SECONDS
    )
    if engine is not None and not recently_failed:
        try:
            result = getattr(engine, method_name)(*args)
            _elasticsearch_failed_at = None
            return result, False
        except SearchUnavailable as error:
            logger.warning("Elasticsearch unavailable, the database answers: %s", error)
            _elasticsearch_failed_at = time.monotonic()
    return getattr(database_engine(), method_name)(*args), engine is not None


def search(query):
    # A cached page showing results is stale once the index changes: a listing of one kind
    # with no words (its facets counted over that kind alone) only when that kind changes.
    kinds = query.filters.get("kind", [])
    one_kind = not query.text and not query.typed and len(kinds) == 1
    dependencies.record(search_tag(kinds[0]) if one_kind else SEARCH)
    results, fell_back = _answer("search", query)
    results.fallback = fell_back
    if results.engine == "elasticsearch":
        from search.models import PendingRepair

        results.incomplete = PendingRepair.objects.exists()
    return results


def autocomplete(prefix, language):
    dependencies.record(SEARCH)
    suggestions, _fell_back = _answer("autocomplete", prefix, language)
    return suggestions


def related(page_id, language, kind, limit=4):
    """Ids of the pages of `kind` most like page `page_id` (content, taxonomy, places)."""
    # The index answers: stale once its documents of that kind change (Elasticsearch's
    # more_like_this weighs words by their frequency in the whole index: any change).
    dependencies.record(SEARCH if elasticsearch_engine() else search_tag(kind))
    page_ids, _fell_back = _answer("related", page_id, language, kind, limit)
    return page_ids


def reset_failure_memory():
    """Forget a past failure (tests, and the index command after a successful rebuild)."""
    global _elasticsearch_failed_at
    _elasticsearch_failed_at = None
