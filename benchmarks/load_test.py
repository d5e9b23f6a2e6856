"""Load test: visitors reading pages, searching and downloading, against gunicorn on loopback.

    .venv/bin/python benchmarks/load_test.py                  # 30 s, 20 visitors, 3 workers
    .venv/bin/python benchmarks/load_test.py --duration 60 --users 40 --json report.json

What it does, all on 127.0.0.1 and bounded in time:
1. copies the demo database (db.sqlite3, or --demo-db) and its media into a temporary folder;
   when the copy has no demo content, builds it there (migrate, load_demo --skip-users);
2. prepares it as production would (collectstatic, rebuild_exchange_index) and starts gunicorn
   with config.settings.production, a throw-away SECRET_KEY and DATABASE_URL on the copy;
   requests carry X-Forwarded-Proto: https, as the TLS proxy in front of it would send;
3. finds the pages (sitemap.xml) and the files (links on the toolkit pages), asks each once
   (warm-up), reads the workers' memory (VmRSS in /proc), then runs Locust headless for
   --duration seconds: page views (60 %), searches (30 %: page, API, autocomplete, filters)
   and downloads (10 %);
4. reads the workers' memory again, stops gunicorn, and reports errors (any error fails the
   run: exit status 1), latency percentiles per kind of request, throughput and memory growth.

Locust runs in a child process that loads this same file as its locustfile (ExchangeVisitor
below), so gevent's monkey-patching never touches the process that runs gunicorn.
"""

import argparse
import csv
import json
import os
import random
import re
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
MAX_DURATION_SECONDS = 600
SEARCH_WORDS = [
    "cooperative",
    "finance",
    "public policy",
    "économie solidaire",
    "economía social",
    "mutual",
    "women",
    "law",
    "municipal council",
    "brasil",
    "sénégal",
    "seed",
]
SEARCH_FILTERS = [
    {},
    {"continent": "002"},
    {"country": "BR"},
    {"kind": "toolkit"},
    {"sort": "newest"},
    {"type": "advocacy-guide", "page": "2"},
]
LANGUAGES = ["en", "fr", "es", "pt"]
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}


# The visitors (loaded by Locust in its own process) -------------------------------------------

if __name__ != "__main__":
    from locust import HttpUser, between, task

    class ExchangeVisitor(HttpUser):
        """Reads pages, searches and downloads, with a short pause between requests."""

        wait_time = between(0.1, 0.5)
        targets = json.loads(
            Path(os.environ.get("LOAD_TEST_TARGETS", "/dev/null")).read_text() or "{}"
        )

        def on_start(self):
            self.client.headers.update(PROXY_HEADERS)

        @task(6)
        def view_page(self):
            self.client.get(random.choice(self.targets["pages"]), name="page")

        @task(1)
        def search_page(self):
            language = random.choice(LANGUAGES)
            params = {"q": random.choice(SEARCH_WORDS), **random.choice(SEARCH_FILTERS)}
            self.client.get(f"/{language}/search/", params=params, name="search page")

        @task(1)
        def search_api(self):
            language = random.choice(LANGUAGES)
            params = {"q": random.choice(SEARCH_WORDS), **random.choice(SEARCH_FILTERS)}
            self.client.get(f"/{language}/search/api/", params=params, name="search API")

        @task(1)
        def autocomplete(self):
            prefix = random.choice(SEARCH_WORDS)[: random.randint(2, 5)]
            self.client.get("/en/search/autocomplete/", params={"q": prefix}, name="autocomplete")

        @task(1)
        def download(self):
            with self.client.get(
                random.choice(self.targets["documents"]), name="download", stream=True
            ) as response:
                for _chunk in response.iter_content(64 * 1024):
                    pass


# Preparing and serving the site ---------------------------------------------------------------


def run(command, env, **kwargs):
    subprocess.run(command, cwd=ROOT, env=env, check=True, **kwargs)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def has_demo(database):
    try:
        with sqlite3.connect(database) as connection:
            return connection.execute("SELECT COUNT(*) FROM toolkits_toolkitpage").fetchone()[0]
    except sqlite3.Error:
        return 0


def prepare_site(folder, demo_db, demo_media):
    """A production environment on a copy of the demo database and media."""
    database, media = folder / "db.sqlite3", folder / "media"
    if demo_db.exists():
        shutil.copy(demo_db, database)
    if demo_media.exists():
        shutil.copytree(demo_media, media)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "ELASTICSEARCH"))},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "DATABASE_URL": f"sqlite:///{database}",
        "MEDIA_ROOT": str(media),
        "STATIC_ROOT": str(folder / "static"),
        "CACHE_DIR": str(folder / "cache"),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SEARCH_INDEX_IN_BACKGROUND": "0",
        "LOG_LEVEL": "ERROR",
    }
    manage = [sys.executable, "manage.py"]
    run([*manage, "migrate", "--no-input", "-v", "0"], env)
    if has_demo(database) < 32:
        print("The database copy has no demo content: building it (load_demo).", flush=True)
        # The demo app is installed in the development settings only.
        demo_env = {**env, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
        run([*manage, "load_demo", "--skip-users", "-v", "0"], demo_env)
    run([*manage, "collectstatic", "--no-input", "-v", "0"], env)
    run([*manage, "rebuild_exchange_index"], env, stdout=subprocess.DEVNULL)
    return env


def start_gunicorn(env, port, workers):
    server = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            "--chdir",
            "site",
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            fetch(port, "/en/")
            return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise SystemExit("gunicorn did not answer within 60 s")


def fetch(port, path):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=PROXY_HEADERS)
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read()


def worker_pids(master_pid):
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    return sorted(int(pid) for pid in children)


def rss_bytes(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def find_targets(port):
    """Page paths from the sitemap, and document paths linked from the toolkit pages."""
    sitemap = fetch(port, "/sitemap.xml").decode()
    pages = sorted(
        {re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>([^<]+)", sitemap)}
    )
    documents = set()
    for path in pages:
        if "/toolkits/" in path and path.count("/") > 3:
            documents |= set(re.findall(r'href="(/documents/[^"]+)"', fetch(port, path).decode()))
    return {"pages": pages, "documents": sorted(documents)}


def warm_up(port, targets):
    for path in targets["pages"] + targets["documents"]:
        fetch(port, path)
    for language in LANGUAGES:
        fetch(port, f"/{language}/search/?q=cooperative")
        fetch(port, f"/{language}/search/api/?q=cooperative")


def run_locust(port, targets_file, users, duration, folder):
    env = {**os.environ, "LOAD_TEST_TARGETS": str(targets_file)}
    prefix = folder / "locust"
    subprocess.run(
        [
            str(VENV_BIN / "locust"),
            "--locustfile",
            __file__,
            "--headless",
            "--host",
            f"http://127.0.0.1:{port}",
            "--users",
            str(users),
            "--spawn-rate",
            str(users),
            "--run-time",
            f"{duration}s",
            "--stop-timeout",
            "10",
            "--csv",
            str(prefix),
            "--only-summary",
            "--loglevel",
            "WARNING",
        ],
        cwd=ROOT,
        env=env,
        check=False,
        timeout=duration + 120,
    )
    with open(f"{prefix}_stats.csv") as stats:
        return list(csv.DictReader(stats))


# Report -----------------------------------------------------------------------------------------


def report(rows, memory, duration, users, workers):
    print(f"\nLoad test: {users} visitors for {duration} s against {workers} gunicorn workers\n")
    print(
        f"{'request':<14}{'count':>7}{'errors':>7}{'req/s':>8}"
        + "".join(f"{p:>8}" for p in ("p50", "p90", "p95", "p99", "max"))
        + "   (milliseconds)"
    )
    for row in rows:
        print(
            f"{row['Name']:<14}{row['Request Count']:>7}{row['Failure Count']:>7}"
            f"{float(row['Requests/s']):>8.1f}"
            + "".join(
                f"{float(row[c]):>8.0f}" for c in ("50%", "90%", "95%", "99%", "Max Response Time")
            )
        )
    print("\nWorker memory (RSS, MiB): after warm-up -> after the run")
    for pid, (before, after) in memory.items():
        growth = (after - before) / 2**20
        print(f"  worker {pid}: {before / 2**20:.1f} -> {after / 2**20:.1f} ({growth:+.1f})")
    total_before = sum(b for b, _a in memory.values())
    total_after = sum(a for _b, a in memory.values())
    print(
        f"  all workers: {total_before / 2**20:.1f} -> {total_after / 2**20:.1f} "
        f"({(total_after - total_before) / 2**20:+.1f})"
    )
    total = next(row for row in rows if row["Name"] == "Aggregated")
    errors = int(total["Failure Count"])
    print(f"\nErrors: {errors}" + ("" if errors == 0 else " (see locust_failures.csv)"))
    return errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=30, help="seconds of load (default 30)")
    parser.add_argument("--users", type=int, default=20, help="simultaneous visitors (default 20)")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (default 3)")
    parser.add_argument("--demo-db", type=Path, default=ROOT / "db.sqlite3")
    parser.add_argument("--demo-media", type=Path, default=ROOT / "media")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    arguments = parser.parse_args()
    duration = min(arguments.duration, MAX_DURATION_SECONDS)

    folder = Path(tempfile.mkdtemp(prefix="sse-load-test-"))
    server = None
    try:
        env = prepare_site(folder, arguments.demo_db, arguments.demo_media)
        port = free_port()
        server = start_gunicorn(env, port, arguments.workers)
        cold = {pid: rss_bytes(pid) for pid in worker_pids(server.pid)}
        targets = find_targets(port)
        warm_up(port, targets)
        print(f"{len(targets['pages'])} pages and {len(targets['documents'])} files to visit.")
        targets_file = folder / "targets.json"
        targets_file.write_text(json.dumps(targets))
        pids = worker_pids(server.pid)
        before = {pid: rss_bytes(pid) for pid in pids}
        rows = run_locust(port, targets_file, arguments.users, duration, folder)
        after = {pid: rss_bytes(pid) for pid in pids}
        memory = {pid: (before[pid], after[pid]) for pid in pids}
        errors = report(rows, memory, duration, arguments.users, arguments.workers)
        if errors:
            failures = folder / "locust_failures.csv"
            if failures.exists():
                print(failures.read_text())
        if arguments.json:
            arguments.json.write_text(
                json.dumps(
                    {
                        "duration": duration,
                        "users": arguments.users,
                        "workers": arguments.workers,
                        "requests": rows,
                        "rss_cold": cold,
                        "rss_before": before,
                        "rss_after": after,
                    },
                    indent=1,
                )
            )
        return 1 if errors else 0
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
        if arguments.keep:
            print(f"Kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
