"""Periodic upkeep of the queue and of Wagtail: run by the worker (background/queue.py)."""

from django.core.management import call_command
from django_tasks import task

from background import queue


@task()
def recover_interrupted_tasks():
    return queue.recover_interrupted_tasks()


@task()
def publish_scheduled_pages():
    """Wagtail's go-live and expiry dates take effect only when this runs."""
    call_command("publish_scheduled", verbosity=0)
