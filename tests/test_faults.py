"""Faults tried for real: nothing lost, nothing stale, and the search heals by itself.

Each test runs the site as it runs in production: the database queue of django-tasks-db, a
real worker process (`manage.py background_worker`), and an Elasticsearch node of this module's
own (on FAULT_ES_PORT, default 9213, started and stopped here through scripts/elasticsearch,
so the shared node of the other tests is never disturbed). What an editor and a visitor do is
run by tests/fault_site.py in processes of their own, against an SQLite file.

Slow (a node restart, a minute of waiting): marked `fault`; CI runs them once, in its SQLite
phase (.ci/run deselects them in the PostgreSQL one).
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.fault

ROOT = Path(__file__).resolve().parents[1]
PORT = os.environ.get("FAULT_ES_PORT", "9213")
NODE_URL = f"http://127.0.0.1:{PORT}"
RECONCILIATION_SECONDS = 15
# Long enough for the test to kill the worker while a push waits for the paused node.
INDEXING_TIMEOUT_SECONDS = 8
# Heal within one reconciliation period, plus the time the worker takes to run it.
HEAL_SECONDS = RECONCILIATION_SECONDS + 30
REPORT = []  # the numbers of the README's reliability table, printed at the end


def node(command):
    result = subprocess.run(
        [ROOT / "scripts" / "elasticsearch", command],
        env=os.environ | {"ES_PORT": PORT},
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode:
        pytest.fail(f"scripts/elasticsearch {command} on port {PORT} failed:\n{result.stderr}")


def node_pid():
    return int(
        (ROOT / ".cache" / "elasticsearch" / f"run-{PORT}" / "elasticsearch.pid").read_text()
    )


@pytest.fixture(scope="module")
def fault_node():
    node("start")
    yield NODE_URL
    node("stop")


@pytest.fixture(scope="module")
def migrated_database(tmp_path_factory):
    """Migrated once; each test works on a copy."""
    database = tmp_path_factory.mktemp("fault-template") / "db.sqlite3"
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"],
        cwd=ROOT,
        env=site_environment(database, database.parent / "media", "unused"),
        check=True,
        timeout=600,
    )
    return database


def site_environment(database, media, prefix):
    return {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "ELASTICSEARCH"))
    } | {
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "0",
        "DATABASE_URL": f"sqlite:///{database}",
        "MEDIA_ROOT": str(media),
        "ELASTICSEARCH_URL": NODE_URL,
        "ELASTICSEARCH_INDEX_PREFIX": prefix,
        "ELASTICSEARCH_INDEXING_TIMEOUT": str(INDEXING_TIMEOUT_SECONDS),
        "SEARCH_RECONCILIATION_SECONDS": str(RECONCILIATION_SECONDS),
        "LOG_LEVEL": "ERROR",
    }


class Site:
    def __init__(self, folder, migrated_database):
        self.folder = folder
        self.prefix = f"fault_{uuid.uuid4().hex[:8]}"
        database = folder / "db.sqlite3"
        shutil.copy(migrated_database, database)
        self.env = site_environment(database, folder / "media", self.prefix)
        self.worker = None
        self.story = self.run("setup")["story"]

    def run(self, *arguments):
        result = subprocess.run(
            [sys.executable, "tests/fault_site.py", *map(str, arguments)],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout.splitlines()[-1])

    def start(self, *arguments):
        return subprocess.Popen(
            [sys.executable, "tests/fault_site.py", *map(str, arguments)],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.PIPE,
            text=True,
        )

    def start_worker(self):
        log = open(self.folder / "worker.log", "a")  # noqa: SIM115 (closed with the process)
        self.worker = subprocess.Popen(
            [sys.executable, "manage.py", "background_worker", "--no-reload", "--interval", "0.2"],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )

    def kill_worker(self):
        self.worker.kill()
        self.worker.wait(timeout=30)

    def stop_worker(self):
        if self.worker and self.worker.poll() is None:
            self.worker.terminate()
            try:
                self.worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill_worker()

    def watch_search(self, word, title):
        """A visitor searching `word` every half second until Elasticsearch serves `title`,
        started before the fault so that the time it took is measured from it."""
        watcher = self.start("wait-search", word, title, HEAL_SECONDS + 60)
        watcher.stdout.readline()  # {"watching": …}: its Django is up
        return watcher

    def answer(self, watcher):
        answer = json.loads(watcher.communicate(timeout=HEAL_SECONDS + 120)[0].splitlines()[-1])
        print(f"{json.dumps(answer)}")
        return answer

    def wait_search(self, word, title):
        return self.answer(self.watch_search(word, title))

    def indices(self):
        """(alias -> index, every index name) of this site's prefix on the node."""

        def read(path):
            with urllib.request.urlopen(f"{NODE_URL}/{path}?format=json", timeout=30) as answer:
                return json.load(answer)

        aliases = {row["alias"]: row["index"] for row in read(f"_cat/aliases/{self.prefix}_*")}
        names = sorted(row["index"] for row in read(f"_cat/indices/{self.prefix}_*"))
        return aliases, names


@pytest.fixture
def site(tmp_path, fault_node, migrated_database):
    site = Site(tmp_path, migrated_database)
    site.start_worker()
    answer = site.wait_search("seed", "Seed cooperative")
    assert answer["healed_after"] is not None, "the first publish never reached Elasticsearch"
    yield site
    site.stop_worker()


def assert_one_index_behind_the_alias(site):
    aliases, names = site.indices()
    alias = f"{site.prefix}_exchange"
    assert alias in aliases, f"no alias {alias}: {names}"
    assert names == [aliases[alias]], f"orphan or wrong indices: {names}"


def test_node_restarted_empty_then_publish_heals_within_one_reconciliation(site):
    node("stop")
    node("start")  # scripts/elasticsearch starts every node on empty data
    watcher = site.watch_search("tidal", "Tidal cooperative")
    published = site.run("publish", site.story, "Tidal cooperative")

    answer = site.answer(watcher)

    assert answer["healed_after"] is not None, answer
    healed = answer["healed_at"] - published["published_at"]
    assert healed <= HEAL_SECONDS
    # Meanwhile the visitor got the database's complete answer, never an error nor an old title.
    for _at, seen in answer["seen"]:
        assert seen["titles"] in (["Tidal cooperative"], []) or seen["engine"] == "database"
    assert_one_index_behind_the_alias(site)
    REPORT.append(("node restarted empty, then a publish", answer, round(healed, 1)))


def test_paused_node_during_ten_publishes_serves_the_last_after_resume(site):
    watcher = site.watch_search("tide", "Tide cooperative 10")
    os.kill(node_pid(), signal.SIGSTOP)
    try:
        site.run("publish", site.story, "Tide cooperative", 10)
        time.sleep(INDEXING_TIMEOUT_SECONDS)  # pushes time out and wait for their retry
    finally:
        os.kill(node_pid(), signal.SIGCONT)
    resumed_at = time.time()

    answer = site.answer(watcher)

    assert answer["healed_after"] is not None, answer
    healed = answer["healed_at"] - resumed_at
    assert healed <= HEAL_SECONDS
    assert_one_index_behind_the_alias(site)
    REPORT.append(("node paused (SIGSTOP) during 10 publishes", answer, round(healed, 1)))


def test_worker_killed_mid_task_the_update_lands(site):
    os.kill(node_pid(), signal.SIGSTOP)  # so the push is still running when the worker dies
    try:
        # The watcher kills the worker (SIGKILL: no clean-up) the moment it runs the push.
        watcher = site.start("kill-when-running", site.worker.pid, 120)
        watcher.stdout.readline()  # {"watching": …}: up before the publish
        site.run("publish", site.story, "Harbour cooperative")
        running = json.loads(watcher.communicate(timeout=180)[0].splitlines()[-1])["running"]
        assert running, "no push task ever ran"
        site.worker.wait(timeout=30)
    finally:
        os.kill(node_pid(), signal.SIGCONT)
    watcher = site.watch_search("harbour", "Harbour cooperative")
    restarted_at = time.time()
    site.start_worker()

    answer = site.answer(watcher)

    assert answer["healed_after"] is not None, answer
    healed = round(answer["healed_at"] - restarted_at, 1)
    # The killed worker's request, held by the paused node, may land on its own once the node
    # resumes: the search can heal before the new worker has run the interrupted task again.
    deadline = time.time() + HEAL_SECONDS
    while True:
        interrupted = [task for task in site.run("tasks") if task["id"] == running]
        if interrupted[0]["status"] not in ("READY", "RUNNING") or time.time() > deadline:
            break
        time.sleep(1)
    assert interrupted == [{"id": running, "status": "SUCCESSFUL", "workers": 2}]
    REPORT.append(("worker killed (SIGKILL) mid-task, then restarted", answer, healed))


def test_web_process_killed_right_after_the_commit_loses_nothing(site):
    site.stop_worker()
    result = subprocess.run(
        [
            sys.executable,
            "tests/fault_site.py",
            "publish-and-die",
            str(site.story),
            "Quarry cooperative",
        ],
        cwd=ROOT,
        env=site.env,
        timeout=300,
    )
    assert result.returncode == -signal.SIGKILL
    watcher = site.watch_search("quarry", "Quarry cooperative")
    restarted_at = time.time()
    site.start_worker()

    answer = site.answer(watcher)

    assert answer["healed_after"] is not None, answer
    healed = round(answer["healed_at"] - restarted_at, 1)
    REPORT.append(("web process killed right after the commit", answer, healed))


def teardown_module():
    for fault, answer, healed in REPORT:
        print(f"REPORT | {fault} | seen: {answer['seen']} | healed in {healed} s")
