"""Keep the exchange index true: follow publish, unpublish, move, delete and file replacement.

The database copy is written in the editor's transaction (it is cheap and always right);
Elasticsearch is updated after the commit, in a background thread with a short timeout, so a
slow or dead node never holds up an editor. `manage.py rebuild_exchange_index --check`
finds and repairs whatever Elasticsearch missed.
"""

import logging
import threading

from django.conf import settings
from django.db import transaction

from caching.content_version import content_changed
from search import registry
from search.documents import build_document
from search.engines import database_engine, elasticsearch_engine
from search.engines.base import SearchUnavailable

logger = logging.getLogger(__name__)


def searchable_page_models():
    """The page types registered with the search (search/registry.py)."""
    return registry.indexed_models()


def is_searchable(page):
    return (
        isinstance(page, searchable_page_models())
        and page.live
        and page.alias_of_id is None  # an untranslated synchronised copy: the original counts
        and not page.get_view_restrictions().exists()
    )


def documents_for(pages):
    """(documents to index, ids to remove) for specific pages."""
    documents, removed = [], []
    for page in pages:
        if is_searchable(page):
            documents.append(build_document(page))
        else:
            removed.append(page.pk)
    return documents, removed


def update_pages(pages):
    """Re-index pages and every translation of them (their language lists change too)."""
    related = {}
    for page in pages:
        related[page.pk] = page
        if page.pk is not None:
            for translation in page.get_translations().specific():
                related[translation.pk] = translation
    documents, removed = documents_for(related.values())
    database = database_engine()
    database.index_documents(documents)
    database.delete_pages(removed)
    _push_to_elasticsearch(documents, removed)


def remove_pages(page_ids):
    database_engine().delete_pages(page_ids)
    _push_to_elasticsearch([], page_ids)


def _push_to_elasticsearch(documents, removed):
    engine = elasticsearch_engine(timeout=settings.ELASTICSEARCH_INDEXING_TIMEOUT)
    if engine is None:
        return

    def push():
        try:
            # wait_for: searchable when this returns, so the cache bump below is not too early.
            if documents:
                engine.index_documents(documents, refresh="wait_for")
            if removed:
                engine.delete_pages(removed, refresh="wait_for")
        except SearchUnavailable as error:
            logger.warning(
                "Elasticsearch missed %d page updates (%s); "
                "run `manage.py rebuild_exchange_index --check --repair`.",
                len(documents) + len(removed),
                error,
            )
        # Search results cached while Elasticsearch still had the old documents are stale.
        content_changed.send(sender=type(engine))

    if settings.SEARCH_INDEX_IN_BACKGROUND:
        transaction.on_commit(lambda: threading.Thread(target=push, daemon=True).start())
    else:
        transaction.on_commit(push)
