"""Regenerate the open data export when what it holds changes: after the transaction of a
publish, unpublish, move or delete commits, once per transaction.

It runs in the process that published, after the commit (so the editor's change is in it and a
rolled-back change never is). OPEN_DATA_REGENERATE_ON_PUBLISH turns it off (the tests do, but
for their own); `manage.py export_open_data` regenerates on demand or from a timer.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished, post_page_move

from base.bulk_changes import defer_page_change, pages_changed_in_bulk

logger = logging.getLogger(__name__)


def regenerate():
    from opendata.export import export_open_data

    try:
        export_open_data()
    except Exception:
        # The export must never undo a publish that has committed: the previous files stay.
        logger.exception("Regenerating the open data export failed")


def schedule_regeneration(**kwargs):
    if not getattr(settings, "OPEN_DATA_REGENERATE_ON_PUBLISH", True):
        return
    instance = kwargs.get("instance")
    if instance is not None and defer_page_change(instance):
        return  # a bulk operation (translate_tree) regenerates once, at its end
    connection = transaction.get_connection()
    pending = connection.in_atomic_block and any(
        func is regenerate for _ids, func, _robust in connection.run_on_commit
    )
    if not pending:
        transaction.on_commit(regenerate)


def _page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page) and getattr(instance, "open_data_dataset", None):
        schedule_regeneration()


def connect_signals():
    page_published.connect(schedule_regeneration, dispatch_uid="opendata_published")
    page_unpublished.connect(schedule_regeneration, dispatch_uid="opendata_unpublished")
    post_page_move.connect(schedule_regeneration, dispatch_uid="opendata_moved")
    post_delete.connect(_page_deleted, dispatch_uid="opendata_deleted")
    pages_changed_in_bulk.connect(schedule_regeneration, dispatch_uid="opendata_bulk")
