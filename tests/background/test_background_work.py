"""Background work on the database queue (background/queue.py, django-tasks-db): tasks commit
with the change that needs them, come back after a worker died in the middle of them, retry
with growing delays, periodic tasks come round again, and administrators see the queue.

These run django-tasks-db's own worker loop in the test process; tests/test_faults.py kills
real worker processes.
"""

import subprocess
import time
from datetime import timedelta
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from background import queue
from background.tasks import publish_scheduled_pages
from search.tasks import push_pages_to_elasticsearch
from stories.factories import StoryPageFactory
from stories.models import StoryPage
from toolkits.generated_documents import make_pdf
from toolkits.models import ToolkitDocument

pytestmark = pytest.mark.django_db

CLOSED_PORT_URL = "http://127.0.0.1:9"


@pytest.fixture(autouse=True)
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker():
    """django-tasks-db's worker loop, until no task is ready."""
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id=queue.worker_id(),
        excluded_queue_names=[],
    )
    # Between tasks the worker closes connections that are not in autocommit mode; the test's
    # own transaction is one, and PostgreSQL's connection would be closed under the test
    # (SQLite's in-memory test database is never closed). The real worker runs in autocommit.
    with mock.patch.object(db_worker, "close_old_connections", lambda: None):
        worker.run()


def dead_worker_id():
    process = subprocess.Popen(["true"])
    process.wait()
    return queue.worker_id().rpartition(":")[0] + f":{process.pid}"


def pushes():
    return DBTaskResult.objects.filter(task_path=push_pages_to_elasticsearch.module_path)


def test_the_push_task_commits_with_the_publish_or_not_at_all(site_tree, settings):
    settings.ELASTICSEARCH_URL = CLOSED_PORT_URL
    story = StoryPageFactory(parent=site_tree.story_index, live=False)
    pushes().delete()

    with pytest.raises(RuntimeError), transaction.atomic():
        story.save_revision().publish()
        raise RuntimeError("the editor's request failed after the publish")
    assert not pushes().exists()

    story = StoryPage.objects.get(pk=story.pk)
    story.save_revision().publish()
    assert pushes().get().args_kwargs["args"] == [[story.pk]]


def test_a_task_left_running_by_a_dead_worker_goes_back_to_the_queue_and_runs(db):
    interrupted = DBTaskResult.objects.get(id=publish_scheduled_pages.enqueue().id)
    interrupted.claim(dead_worker_id())
    alive = DBTaskResult.objects.get(id=publish_scheduled_pages.enqueue().id)
    alive.claim(queue.worker_id())  # this very process: alive, left alone

    assert queue.recover_interrupted_tasks() == 1
    run_worker()

    interrupted.refresh_from_db()
    alive.refresh_from_db()
    assert interrupted.status == TaskResultStatus.SUCCESSFUL
    assert len(interrupted.worker_ids) == 2
    assert alive.status == TaskResultStatus.RUNNING


def test_a_task_running_for_too_long_elsewhere_is_deemed_lost(db):
    result = DBTaskResult.objects.get(id=publish_scheduled_pages.enqueue().id)
    result.claim("another-host:123")
    assert queue.recover_interrupted_tasks() == 0
    DBTaskResult.objects.filter(id=result.id).update(
        started_at=timezone.now() - timedelta(seconds=queue.LOST_AFTER_SECONDS + 1)
    )
    assert queue.recover_interrupted_tasks() == 1


def test_a_failed_push_is_retried_later_with_a_growing_delay(site_tree, settings):
    settings.ELASTICSEARCH_URL = CLOSED_PORT_URL
    story = StoryPageFactory(parent=site_tree.story_index)
    pushes().delete()

    push_pages_to_elasticsearch.enqueue([story.pk])
    run_worker()

    first, retry = pushes().order_by("enqueued_at")
    assert first.status == TaskResultStatus.SUCCESSFUL
    assert first.return_value["retry"] == 2
    assert retry.status == TaskResultStatus.READY
    assert retry.args_kwargs["kwargs"] == {"attempt": 2}
    delay = (retry.run_after - timezone.now()).total_seconds()
    assert queue.RETRY_FIRST_DELAY_SECONDS - 2 < delay <= queue.RETRY_FIRST_DELAY_SECONDS
    assert queue.retry_later(
        push_pages_to_elasticsearch, [story.pk], attempt=3, error=RuntimeError()
    ) == {"retry": 4, "after_seconds": 4 * queue.RETRY_FIRST_DELAY_SECONDS, "error": ""}

    with pytest.raises(RuntimeError, match="still down"):
        queue.retry_later(
            push_pages_to_elasticsearch,
            [story.pk],
            attempt=queue.RETRY_MAX_ATTEMPTS,
            error=RuntimeError("still down"),
        )


def test_periodic_tasks_have_one_run_waiting_and_come_round_again(site_tree):
    queue.schedule_periodic_tasks()
    queue.schedule_periodic_tasks()  # a second worker starting: still one each
    waiting = DBTaskResult.objects.filter(task_path=publish_scheduled_pages.module_path)
    assert waiting.count() == 1

    run_worker()

    done, following = waiting.order_by("enqueued_at")
    assert done.status == TaskResultStatus.SUCCESSFUL
    assert following.status == TaskResultStatus.READY
    assert following.run_after > timezone.now() + timedelta(seconds=50)


def test_scheduled_publishing_happens_in_the_worker(site_tree):
    story = StoryPageFactory(parent=site_tree.story_index, live=False, title="Seed library")
    story.go_live_at = timezone.now() - timedelta(minutes=1)
    story.save_revision(approved_go_live_at=story.go_live_at)
    assert not story.live

    publish_scheduled_pages.enqueue()
    run_worker()

    story.refresh_from_db()
    assert story.live


def test_administrators_see_the_queue_on_the_dashboard(client, superuser, editor):
    publish_scheduled_pages.enqueue()
    failed = DBTaskResult.objects.get(id=publish_scheduled_pages.enqueue().id)
    failed.set_failed(RuntimeError("the node is down"))

    client.force_login(superuser)
    page = client.get("/admin/").content.decode()
    assert "Background work" in page
    assert 'data-count="waiting">1<' in page
    assert 'data-count="failed">1<' in page
    assert "RuntimeError" in page

    client.force_login(editor)
    assert "Background work" not in client.get("/admin/").content.decode()


# Text of uploaded files, read by the worker ---------------------------------------------------


def upload(client, title, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": title,
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
            "tags": "",
        },
    )


def test_an_upload_returns_before_its_text_is_read_then_the_worker_reads_it(client, editor):
    client.force_login(editor)
    pdf = make_pdf("Uploaded guide", ["Read by the worker."], pages=6)

    assert upload(client, "Uploaded guide", "guide.pdf", pdf).status_code == 302

    document = ToolkitDocument.objects.get(title="Uploaded guide")
    assert (document.text_status, document.page_count, document.text_content) == (
        "reading",
        None,
        "",
    )
    edit = reverse("wagtaildocs:edit", args=[document.pk])
    assert "Text being read" in client.get(edit).content.decode()

    run_worker()

    document.refresh_from_db()
    assert (document.text_status, document.page_count) == ("read", 6)
    assert "Read by the worker." in document.text_content
    assert "Text read · 6 pages" in client.get(edit).content.decode()


def test_the_editor_sees_the_language_of_the_text_once_read_named_in_their_own_language(
    client, editor
):
    client.force_login(editor)
    text = "Le guide explique comment les membres ont repris leur entreprise en coopérative."
    upload(client, "Guide repris", "guide.pdf", make_pdf("Guide repris", [text], pages=6))
    document = ToolkitDocument.objects.get(title="Guide repris")
    edit = reverse("wagtaildocs:edit", args=[document.pk])
    assert "French" not in client.get(edit).content.decode()  # not read yet

    run_worker()

    document.refresh_from_db()
    assert document.text_language == "fr"
    assert "Text read · 6 pages · French" in client.get(edit).content.decode()
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "es"
    profile.save()
    assert "Texto leído · 6 páginas · francés" in client.get(edit).content.decode()


def test_a_file_whose_reading_hangs_is_marked_unreadable_without_holding_the_upload(
    client, editor, monkeypatch
):
    from toolkits import file_contents

    monkeypatch.setattr(file_contents, "READING_TIMEOUT_SECONDS", 1)
    monkeypatch.setitem(file_contents.READERS, "txt", lambda file: time.sleep(60))
    client.force_login(editor)

    started = time.monotonic()
    assert upload(client, "Endless", "endless.txt", b"plain words").status_code == 302
    assert time.monotonic() - started < 1  # the reading is not the upload's business

    run_worker()

    document = ToolkitDocument.objects.get(title="Endless")
    assert document.text_status == "unreadable"
    edit = reverse("wagtaildocs:edit", args=[document.pk])
    assert "Text unreadable" in client.get(edit).content.decode()
