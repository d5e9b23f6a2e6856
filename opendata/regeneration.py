"""Regenerate the open data export when what it holds changes: on publish, unpublish, move or
delete, a background task (opendata/tasks.py) is enqueued once per transaction.

The task is enqueued in the editor's transaction (django-tasks' database queue), so it exists
exactly when the change does: a rolled-back change enqueues nothing, and a web process that dies
after the commit loses nothing. The worker writes the files, not the editor's request.
OPEN_DATA_REGENERATE_ON_PUBLISH turns it off (the tests do, but for their own);
`manage.py export_open_data` regenerates on demand or from a timer.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished, post_page_move


def _enqueued_in_this_transaction():
    """A marker among the transaction's on-commit callbacks: one task per transaction (it is
    dropped with the task when a savepoint rolls back)."""


def schedule_regeneration(**kwargs):
    if not getattr(settings, "OPEN_DATA_REGENERATE_ON_PUBLISH", True):
        return
    from opendata.tasks import regenerate_open_data

    connection = transaction.get_connection()
    if connection.in_atomic_block:
        if any(
            func is _enqueued_in_this_transaction
            for _ids, func, _robust in connection.run_on_commit
        ):
            return
        transaction.on_commit(_enqueued_in_this_transaction)
    regenerate_open_data.enqueue()


def _page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page) and getattr(instance, "open_data_dataset", None):
        schedule_regeneration()


def connect_signals():
    page_published.connect(schedule_regeneration, dispatch_uid="opendata_published")
    page_unpublished.connect(schedule_regeneration, dispatch_uid="opendata_unpublished")
    post_page_move.connect(schedule_regeneration, dispatch_uid="opendata_moved")
    post_delete.connect(_page_deleted, dispatch_uid="opendata_deleted")
