"""A mail server that is down loses nothing: the contribution is saved and its notices wait in
the database queue (background/mail.py), retried by the worker until the server answers."""

import pytest
from aiosmtpd.controller import Controller
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from background.mail import deliver_email
from contributions.models import Contribution
from tests.background.test_background_work import run_worker
from tests.contributions.conftest import Inbox, free_port
from tests.contributions.test_contributions import submit_toolkit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


def deliveries():
    return DBTaskResult.objects.filter(task_path=deliver_email.module_path)


def test_a_contribution_survives_a_mail_outage_and_its_notice_leaves_later(
    site_tree, settings, member, member_client, moderator
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_BACKEND = "background.mail.QueuedEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nothing listens
    settings.EMAIL_TIMEOUT = 2

    assert submit_toolkit(member_client).status_code == 302
    contribution = Contribution.objects.get()
    assert deliveries().filter(status=TaskResultStatus.READY).exists()

    run_worker()  # the server refuses: each notice is put back for later
    contribution.refresh_from_db()
    assert contribution.state == Contribution.State.RECEIVED
    waiting = deliveries().filter(status=TaskResultStatus.READY)
    assert waiting.exists()
    assert all(result.args_kwargs["kwargs"]["attempt"] == 2 for result in waiting)
    assert waiting.first().run_after > timezone.now()

    inbox = Inbox()
    server = Controller(inbox, hostname="127.0.0.1", port=settings.EMAIL_PORT)
    server.start()
    try:
        waiting.update(run_after=timezone.now())  # the retry's time has come
        run_worker()
    finally:
        server.stop()
    assert any("Guía para consejos municipales" in m["Subject"] for m in inbox.to("moderator@"))
    assert not deliveries().filter(status=TaskResultStatus.READY).exists()
