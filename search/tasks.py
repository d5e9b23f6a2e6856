"""Background tasks of the exchange search (run by `manage.py background_worker`)."""

from django_tasks import task

from background.queue import retry_later
from search import indexing
from search.engines.base import SearchUnavailable


@task()
def push_pages_to_elasticsearch(page_ids, attempt=1):
    try:
        indexing.push_pages(page_ids)
    except SearchUnavailable as error:
        indexing.mark_repair_pending()
        return retry_later(push_pages_to_elasticsearch, page_ids, attempt=attempt, error=error)
    return {"pushed": len(page_ids)}


@task()
def reconcile_search_index():
    """Periodic: repair each engine's copy from the pages (recreating a lost index)."""
    checks = indexing.reconcile(repair=True)
    return {
        check.engine: {
            "missing": len(check.missing),
            "stale": len(check.stale),
            "extra": len(check.extra),
            "actions": check.actions,
            "error": check.error,
        }
        for check in checks
    }
