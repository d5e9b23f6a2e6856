"""What an editor and a visitor do on the site of tests/test_faults.py, run in a process of its
own with the site's settings (the database queue, a real Elasticsearch node):

    python tests/fault_site.py setup                  -> {"story": <page id>}
    python tests/fault_site.py publish ID TITLE [N]   publish N revisions (TITLE 01 … TITLE N)
    python tests/fault_site.py wait-search WORD TITLE SECONDS
        searches as a visitor until Elasticsearch itself answers with TITLE and no repair is
        pending; prints what the visitor saw along the way and how long it took
    python tests/fault_site.py kill-when-running PID SECONDS   SIGKILL PID when a push runs
    python tests/fault_site.py publish-and-die ID TITLE   publish, then die at once (SIGKILL)
    python tests/fault_site.py tasks                  every task: id, status, how many workers
"""

import json
import logging
import os
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()
logging.disable(logging.WARNING)  # the fall-backs are reported in the answer

from django.db import transaction  # noqa: E402
from django_tasks_db.models import DBTaskResult  # noqa: E402
from wagtail.models import Page, Site  # noqa: E402

from home.factories import HomePageFactory  # noqa: E402
from search import engines  # noqa: E402
from search.engines.base import SearchQuery  # noqa: E402
from stories.factories import StoryIndexPageFactory, StoryPageFactory  # noqa: E402
from stories.models import StoryPage  # noqa: E402


def setup():
    with transaction.atomic():
        home = HomePageFactory(parent=Page.get_first_root_node())
        site = Site.objects.get(is_default_site=True)
        site.root_page = home
        site.save()
        index = StoryIndexPageFactory(parent=home)
        story = StoryPageFactory(parent=index, title="Seed cooperative")
    return {"story": story.pk}


def publish(page_id, title, count=1):
    for number in range(1, count + 1):
        page = StoryPage.objects.get(pk=page_id)
        page.title = f"{title} {number:02d}" if count > 1 else title
        with transaction.atomic():  # one editor's save, as in the admin
            page.save_revision().publish()
    return {"title": page.title, "published_at": time.time()}


def wait_search(word, title, seconds):
    print(json.dumps({"watching": word}), flush=True)  # the test may act now
    started = time.monotonic()
    seen = []  # what the visitor saw, each change once: engine, notice, first title
    while time.monotonic() - started < seconds:
        engines.reset_failure_memory()  # a visitor a while later: the node is tried again
        results = engines.search(SearchQuery(text=word, language="en"))
        titles = [hit.title for hit in results.hits]
        state = {
            "engine": results.engine,
            "fallback": results.fallback,
            "incomplete": results.incomplete,
            "titles": titles,
        }
        if not seen or seen[-1][1] != state:
            seen.append((round(time.monotonic() - started, 1), state))
        if results.engine == "elasticsearch" and titles == [title] and not results.incomplete:
            healed_after = round(time.monotonic() - started, 1)
            return {"healed_after": healed_after, "healed_at": time.time(), "seen": seen}
        time.sleep(0.5)
    return {"healed_after": None, "seen": seen}


PUSH_TASK = "search.tasks.push_pages_to_elasticsearch"


def kill_when_running(worker_pid, seconds):
    """SIGKILL the worker the moment it runs a search push task."""
    print(json.dumps({"watching": PUSH_TASK}), flush=True)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        running = DBTaskResult.objects.running().filter(task_path=PUSH_TASK).first()
        if running is not None:
            os.kill(worker_pid, signal.SIGKILL)
            return {"running": str(running.id)}
        time.sleep(0.05)
    return {"running": None}


def task_history():
    return [
        {"id": str(result.id), "status": result.status, "workers": len(result.worker_ids)}
        for result in DBTaskResult.objects.order_by("enqueued_at")
    ]


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    if command == "setup":
        answer = setup()
    elif command == "publish":
        answer = publish(
            int(arguments[0]), arguments[1], int(arguments[2]) if len(arguments) > 2 else 1
        )
    elif command == "publish-and-die":
        # A web worker killed between the commit and anything after it.
        publish(int(arguments[0]), arguments[1])
        os.kill(os.getpid(), signal.SIGKILL)
    elif command == "wait-search":
        answer = wait_search(arguments[0], arguments[1], float(arguments[2]))
    elif command == "kill-when-running":
        answer = kill_when_running(int(arguments[0]), float(arguments[1]))
    elif command == "tasks":
        answer = task_history()
    else:
        raise SystemExit(f"unknown command {command}")
    print(json.dumps(answer))
