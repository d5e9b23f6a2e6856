"""Keep the exchange index true: follow publish, unpublish, move, delete and file replacement,
and repair by itself whatever Elasticsearch missed.

The database copy is written in the editor's transaction (it is cheap and always right).
Elasticsearch is updated by a background task (search/tasks.py) enqueued in that same
transaction, so the change and the task to push it commit together and a dead web worker
loses nothing; the task reads the pages when it runs and retries with backoff while the node
is down. Every document carries a version taken before its page was read (external
versioning), so an older copy never overwrites a newer one, whatever order writes arrive in.
A periodic reconciliation (`reconcile`, also `manage.py rebuild_exchange_index --check
--repair`) compares fingerprints and repairs what is missing, stale or left over, recreating
the index when the node lost it and rebuilding it when an older version of the site made it
with other fields (an upgrade heals without anyone running a command).
"""

import logging
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from caching.content_version import content_changed, search_tags
from search import registry
from search.documents import build_document
from search.engines import database_engine, elasticsearch_engine
from search.engines.base import SearchUnavailable
from search.models import PendingRepair

logger = logging.getLogger(__name__)

BATCH_SIZE = 200
# Indices the alias does not point at are removed once this old: a younger one may be a
# rebuild still filling its new index.
ORPHAN_INDEX_MIN_AGE_SECONDS = 600


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


def new_version():
    """An Elasticsearch external version: microseconds since the epoch, taken *before* the
    pages are read, so a higher version always holds what was read later."""
    return time.time_ns() // 1000


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
    _enqueue_push(related)


def remove_pages(page_ids):
    database_engine().delete_pages(page_ids)
    _enqueue_push(page_ids)


def _enqueue_push(page_ids):
    if not settings.ELASTICSEARCH_URL:
        return
    from search.tasks import push_pages_to_elasticsearch

    # In the caller's transaction: the task exists exactly when the change does.
    push_pages_to_elasticsearch.enqueue(sorted(page_ids))


def push_pages(page_ids):
    """Send the pages as they are now to Elasticsearch (removing those no longer searchable).
    Raises SearchUnavailable when the node cannot take them."""
    engine = elasticsearch_engine(settings.ELASTICSEARCH_INDEXING_TIMEOUT)
    if engine is None:
        return
    version = new_version()
    from wagtail.models import Page

    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()}
    documents, removed = documents_for(pages.values())
    removed += [pk for pk in page_ids if pk not in pages]
    # wait_for: searchable when this returns, so the cache bump below is not too early.
    if documents:
        engine.index_documents(documents, refresh="wait_for", version=version)
    if removed:
        engine.delete_pages(removed, refresh="wait_for", version=version)
    # Search results cached while Elasticsearch still had the old documents are stale (a
    # removed page's kind is no longer known: every kind).
    kinds = registry.kinds() if removed else {d["facets"]["kind"][0] for d in documents}
    content_changed.send(sender=type(engine), tags=search_tags(kinds))


# Repair ----------------------------------------------------------------------------------


def mark_repair_pending():
    """Elasticsearch missed an update: its results may be incomplete until a repair."""
    PendingRepair.objects.get_or_create(pk=1, defaults={"since": timezone.now()})


def repair_pending():
    return PendingRepair.objects.filter(pk=1).exists()


def live_pages():
    for model in searchable_page_models():
        pages = model.objects.live().public().filter(alias_of__isnull=True)
        fields = {field.name for field in model._meta.get_fields()}
        pages = pages.select_related("locale", *({"work_axis"} & fields))
        terms = [name for name in ("themes", "sectors", "target_groups") if name in fields]
        yield from pages.prefetch_related(*terms).iterator(chunk_size=BATCH_SIZE)


def expected_documents(progress=None):
    """page id -> search document of every searchable page."""
    expected = {}
    for count, page in enumerate(live_pages(), start=1):
        expected[page.pk] = build_document(page)
        if progress and count % 100 == 0:
            progress(f"  read {count} pages…")
    return expected


@dataclass
class EngineCheck:
    """What one engine's copy lacks or holds wrongly (page ids), and what was done about it."""

    engine: str
    missing: list = field(default_factory=list)
    stale: list = field(default_factory=list)
    extra: list = field(default_factory=list)
    actions: list = field(default_factory=list)  # e.g. "recreated the index"
    error: str = ""

    @property
    def problems(self):
        return len(self.missing) + len(self.stale) + len(self.extra) + bool(self.error)


def engines(timeout=None):
    found = [database_engine()]
    elasticsearch = elasticsearch_engine(timeout or settings.ELASTICSEARCH_INDEXING_TIMEOUT)
    if elasticsearch is not None:
        found.append(elasticsearch)
    return found


def reconcile(repair=False, progress=None, timeout=None):
    """Compare each engine's copy with the pages (by fingerprint); with `repair`, fix it.
    Returns one EngineCheck per engine."""
    started = timezone.now()
    version = new_version()
    expected = expected_documents(progress)
    if progress:
        progress(f"{len(expected)} searchable pages in the database.")
    checks = []
    for engine in engines(timeout):
        check = EngineCheck(engine.name)
        try:
            if engine.name == "elasticsearch":
                _check_elasticsearch(engine, expected, repair, version, check)
            else:
                _check_database(engine, expected, repair, check)
        except SearchUnavailable as error:
            check.error = str(error)
        checks.append(check)
    if repair and not any(check.error for check in checks):
        # Whatever was missed before this check started is repaired now.
        PendingRepair.objects.filter(since__lte=started).delete()
        if any(check.problems for check in checks):
            content_changed.send(sender=type(engine), tags=search_tags(registry.kinds()))
    return checks


def _differences(check, expected, indexed):
    check.missing = sorted(set(expected) - set(indexed))
    check.extra = sorted(set(indexed) - set(expected))
    check.stale = sorted(
        pk for pk in set(expected) & set(indexed) if indexed[pk] != expected[pk]["fingerprint"]
    )


def _check_database(engine, expected, repair, check):
    _differences(check, expected, engine.fingerprints())
    if repair and check.problems:
        with transaction.atomic():
            engine.index_documents([expected[pk] for pk in check.missing + check.stale])
            engine.delete_pages(check.extra)
        check.actions.append(f"repaired {check.problems}")


def _check_elasticsearch(engine, expected, repair, version, check):
    if repair and engine.remove_index_under_alias_name():
        check.actions.append(f"removed the index created by mistake at {engine.alias}")
    if engine.current_index() is None and repair:
        adopted = engine.adopt_orphan_index()
        if adopted:
            check.actions.append(f"put the alias back on {adopted}")
        else:
            name = rebuild_elasticsearch(engine, expected.values(), version)
            check.missing = sorted(expected)
            check.actions.append(f"recreated the index ({name})")
    if engine.current_index() is None:
        check.missing = sorted(expected)
    elif engine.has_outdated_fields():
        check.stale = sorted(expected)
        if repair:
            name = rebuild_elasticsearch(engine, expected.values(), version)
            check.actions.append(f"rebuilt the index with today's fields ({name})")
    elif not check.missing:
        _differences(check, expected, engine.fingerprints())
        if repair and check.problems:
            documents = [expected[pk] for pk in check.missing + check.stale]
            engine.index_documents(documents, version=version)
            engine.delete_pages(check.extra, version=version)
            check.actions.append(f"repaired {check.problems}")
    if repair:
        orphans = engine.remove_orphan_indices(ORPHAN_INDEX_MIN_AGE_SECONDS)
        if orphans:
            check.actions.append(f"removed {len(orphans)} orphan indices: {', '.join(orphans)}")


def rebuild_elasticsearch(engine, documents, version=None):
    """Fill a new index while the old one answers, then move the alias to it. A failure
    removes the half-filled index rather than leaving an orphan."""
    new_index = engine.create_index()
    try:
        engine.index_documents(documents, index=new_index, version=version or new_version())
        engine.refresh(new_index)
        engine.switch_alias(new_index)
    except BaseException:
        try:
            engine.client.indices.delete(index=new_index, ignore_unavailable=True)
        except Exception:  # the node is gone: the next reconciliation removes the orphan
            logger.warning("Could not remove the half-built index %s", new_index)
        raise
    return new_index
