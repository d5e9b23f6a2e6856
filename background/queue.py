"""Background work on django-tasks' database queue (django-tasks-db), made to lose nothing.

django-tasks-db stores each task in the database (enqueued in the transaction of the change
that needs it, so the change and its task commit together) and `manage.py background_worker`
runs them. What this module adds, because django-tasks leaves it to the project:

- retries: a task that meets a passing failure (a node down) calls `retry_later`, which
  enqueues it again after a growing delay;
- recovery: a task whose worker died while running it stays "running" for ever in
  django-tasks-db; `recover_interrupted_tasks` puts it back in the queue;
- periodic tasks: registered with `register_periodic`, each has one run waiting in the queue;
  when it finishes, the next is enqueued `seconds` later.
"""

import logging
import os
import socket
from datetime import timedelta

from django.utils import timezone
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks.base import TaskResultStatus
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

RETRY_FIRST_DELAY_SECONDS = 5
RETRY_MAX_DELAY_SECONDS = 300
RETRY_MAX_ATTEMPTS = 10  # about half an hour of retries; the reconciliations repair the rest
# A task running longer than this on a worker we cannot see (another host) is deemed lost.
LOST_AFTER_SECONDS = 3600

_periodic = {}  # task module path -> (task, seconds between two runs)


def worker_id():
    """host:pid, so another worker on this host can tell whether this one is still alive."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}"


def uses_database_queue(task=None):
    """False with the ImmediateBackend (tests), which runs a task at once and keeps nothing."""
    backend = task.get_backend() if task is not None else task_backends[DEFAULT_TASK_BACKEND_ALIAS]
    return isinstance(backend, DatabaseBackend)


def retry_later(task, *args, attempt, error, **kwargs):
    """Enqueue `task(*args, attempt=attempt + 1, **kwargs)` after a delay that doubles at each
    attempt; after RETRY_MAX_ATTEMPTS, raise `error` (the task shows as failed)."""
    if attempt >= RETRY_MAX_ATTEMPTS:
        raise error
    if not uses_database_queue(task):  # run at once (tests): nothing to come back to
        logger.warning("%s failed (%s); not retried by this backend", task.name, error)
        return {"retry": None, "error": str(error)}
    delay = min(RETRY_FIRST_DELAY_SECONDS * 2 ** (attempt - 1), RETRY_MAX_DELAY_SECONDS)
    run_after = timezone.now() + timedelta(seconds=delay)
    task.using(run_after=run_after).enqueue(*args, attempt=attempt + 1, **kwargs)
    logger.warning("%s failed (%s); attempt %d in %d s", task.name, error, attempt + 1, delay)
    return {"retry": attempt + 1, "after_seconds": delay, "error": str(error)}


def _is_alive(worker):
    host, _, pid = worker.rpartition(":")
    if host != socket.gethostname()[:40] or not pid.isdigit():
        return None  # not ours to tell
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover_interrupted_tasks():
    """Put back in the queue the tasks whose worker died while running them. Returns how many."""
    lost = []
    stale_before = timezone.now() - timedelta(seconds=LOST_AFTER_SECONDS)
    for result in DBTaskResult.objects.running().only("id", "worker_ids", "started_at"):
        alive = _is_alive(result.worker_ids[-1]) if result.worker_ids else None
        if alive is False or (alive is None and result.started_at < stale_before):
            lost.append(result.id)
    if lost:
        DBTaskResult.objects.running().filter(id__in=lost).update(
            status=TaskResultStatus.READY, started_at=None
        )
        logger.warning("Put %d interrupted task(s) back in the queue", len(lost))
    return len(lost)


def register_periodic(task, seconds):
    _periodic[task.module_path] = (task, seconds)


def _waiting(task):
    return DBTaskResult.objects.filter(
        task_path=task.module_path,
        status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING],
    )


def schedule_periodic_tasks():
    """Give every periodic task one run in the queue (a worker calls this when it starts)."""
    if not uses_database_queue():
        return
    for task, _seconds in _periodic.values():
        if not _waiting(task).exists():
            task.enqueue()


def schedule_next_run(sender, task_result, **kwargs):
    """django-tasks' task_finished signal: a periodic task that finished runs again later."""
    periodic = _periodic.get(task_result.task.module_path)
    if periodic is None or not uses_database_queue(task_result.task):
        return
    task, seconds = periodic
    if not _waiting(task).exclude(id=task_result.id).exists():
        task.using(run_after=timezone.now() + timedelta(seconds=seconds)).enqueue()


def queue_counts(since):
    """What an administrator sees: tasks waiting or running, and failed since `since`."""
    results = DBTaskResult.objects.all()
    return {
        "waiting": results.ready().count(),
        "scheduled": results.filter(status=TaskResultStatus.READY).count(),
        "running": results.running().count(),
        "failed": results.failed().filter(finished_at__gte=since).count(),
    }


def latest_failures(since, limit=5):
    return [
        {
            "task": result.task_name,
            "finished_at": result.finished_at,
            "error": result.exception_class_path.rsplit(".", 1)[-1],
        }
        for result in DBTaskResult.objects.failed()
        .filter(finished_at__gte=since)
        .order_by("-finished_at")[:limit]
    ]
