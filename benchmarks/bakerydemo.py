"""Optional: wagtail/bakerydemo measured beside the site and `wagtail start` (issue 19's targets).

    .venv/bin/python -m benchmarks.bakerydemo /path/to/bakerydemo [--venv PATH] [--duration 8]

Not part of CI nor of benchmarks.run. Needs a bakerydemo checkout with its own virtualenv
(default CHECKOUT/.venv: `pip install -r requirements/base.txt gunicorn`) and the demo database
of an earlier `python -m benchmarks.run` (.cache/benchmarks/pages.sqlite3).
bakerydemo runs with its base settings plus DEBUG off, SQLite and LocMemCache as its default
cache (Django's default; it has no page cache; its blog index caches a fragment with
{% wagtailcache %}), and a second copy with DummyCache (nothing cached at all). The site runs with
no cache at all (page and fragment caches off), like benchmarks.run's "no cache" rows. All
under gunicorn, 2 sync workers; wrk rows run one after the other, all rows once per round,
so that the other load on the machine falls on every row alike. Then the CPU ms (median of 21)
of bakerydemo's blog post edit view and of the site's story and toolkit edit views, in-process
(benchmarks/view_cpu.py); the same CPU ms of every page row too, as a check on the
requests/s that other load on the machine disturbs less.
Prints a table and writes benchmarks/results/bakerydemo-<time>.json.
"""

import argparse
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from benchmarks import servers
from benchmarks.http_measurements import fetch, fetch_json, wrk
from benchmarks.progress import say

REPOSITORY = servers.REPOSITORY
WORK = REPOSITORY / ".cache" / "benchmarks"
PYTHON = sys.executable
VIEW_CPU = REPOSITORY / "benchmarks" / "view_cpu.py"
EDIT_VIEWS = {
    "bakerydemo": ["edit:blogpage"],
    "site, no cache": ["edit:storypage", "edit:toolkitpage"],
}
PORTS = {"bakerydemo": 8741, "bakerydemo_dummy_cache": 8742, "site": 8743, "wagtail_start": 8744}
SETTINGS = """import os

from .base import *  # noqa: F403

# Written by the SSE Policy Exchange's benchmarks/bakerydemo.py.
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
DATABASES["default"]["NAME"] = os.environ["BAKERY_DATABASE"]  # noqa: F405
CACHES = {"default": {"BACKEND": os.environ["BAKERY_CACHE_BACKEND"]}}
"""
LOCMEM = "django.core.cache.backends.locmem.LocMemCache"
DUMMY = "django.core.cache.backends.dummy.DummyCache"


def bakerydemo_env(checkout, database, cache_backend):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    return env | {
        "DJANGO_SETTINGS_MODULE": "bakerydemo.settings.benchmark",
        "BAKERY_DATABASE": str(database),
        "BAKERY_CACHE_BACKEND": cache_backend,
        "PYTHONPATH": str(checkout),
    }


def prepare_bakerydemo(checkout, python, database, log):
    (checkout / "bakerydemo" / "settings" / "benchmark.py").write_text(SETTINGS)
    env = bakerydemo_env(checkout, database, LOCMEM)
    if not database.exists():
        say("bakerydemo: migrate, load_initial_data, collectstatic…")
        for command in (["migrate", "--no-input"], ["load_initial_data"]):
            servers.run_quietly([python, "manage.py", *command], env, checkout, log)
        servers.run_quietly(
            [python, "manage.py", "collectstatic", "--no-input"], env, checkout, log
        )
    return env


def prepare_site(log):
    demo = WORK / "pages.sqlite3"
    if not demo.exists():
        raise SystemExit(f"{demo} is missing: run `python -m benchmarks.run` once first.")
    database = WORK / "bakerydemo-comparison.sqlite3"
    shutil.copy(demo, database)
    cache_dir = WORK / "cache" / "bakerydemo-comparison"
    shutil.rmtree(cache_dir, ignore_errors=True)
    env = servers.site_environment(
        WORK, database=database, cache_dir=cache_dir, page_cache=False, fragment_cache=False
    )
    servers.run_quietly([PYTHON, "manage.py", "migrate", "--no-input"], env, REPOSITORY, log)
    if not (WORK / "static").exists():
        servers.run_quietly(
            [PYTHON, "manage.py", "collectstatic", "--no-input"], env, REPOSITORY, log
        )
    return env


def first_link(port, path, pattern):
    status, _headers, body, _ms = fetch(port, path)
    found = re.search(pattern, body if isinstance(body, str) else body.decode())
    if status != 200 or not found:
        raise RuntimeError(f"no link matching {pattern} on {path} ({status})")
    return found.group(1)


def view_cpu(python, env, cwd, arguments):
    result = subprocess.run(
        [python, str(VIEW_CPU), *arguments],
        env=env,
        cwd=cwd,
        stdout=subprocess.PIPE,
        text=True,
        check=True,
        timeout=600,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def options():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkout", type=Path, help="a wagtail/bakerydemo checkout")
    parser.add_argument("--venv", type=Path, help="bakerydemo's virtualenv (CHECKOUT/.venv)")
    parser.add_argument("--duration", type=int, default=8, help="seconds of each wrk run")
    parser.add_argument("--connections", type=int, default=4, help="wrk connections")
    parser.add_argument("--rounds", type=int, default=2, help="passes over all the rows")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    return parser.parse_args()


def main():
    args = options()
    checkout = args.checkout.resolve()
    venv_bin = (args.venv or checkout / ".venv").resolve() / "bin"
    bakery_python = str(venv_bin / "python")
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    WORK.mkdir(parents=True, exist_ok=True)
    log = WORK / f"bakerydemo-{stamp}.log"
    bakery_database = WORK / "bakerydemo.sqlite3"
    bakery_env = prepare_bakerydemo(checkout, bakery_python, bakery_database, log)
    site_env = prepare_site(log)
    fresh_env = servers.make_wagtail_start(WORK / "reference-projects" / "wagtail-start", log)
    versions = subprocess.run(
        [
            bakery_python,
            "-c",
            "import django, wagtail; print(wagtail.__version__, django.__version__)",
        ],
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    ).stdout.split()

    def bakery_server(name, port, cache_backend):
        env = bakerydemo_env(checkout, bakery_database, cache_backend)
        app = "bakerydemo.wsgi:application"
        return servers.GunicornServer(
            name, app, port, env, checkout, args.workers, log, venv_bin=venv_bin
        )

    running = []
    try:
        bakery = bakery_server("bakerydemo", PORTS["bakerydemo"], LOCMEM)
        bakery_dummy = bakery_server(
            "bakerydemo, DummyCache", PORTS["bakerydemo_dummy_cache"], DUMMY
        )
        site = servers.site_server("site, no cache", PORTS["site"], site_env, args.workers, log)
        fresh = servers.reference_server(
            "wagtail start",
            WORK / "reference-projects" / "wagtail-start",
            "freshsite.wsgi:application",
            PORTS["wagtail_start"],
            fresh_env,
            args.workers,
            log,
        )
        for server, ready in ((bakery, "/"), (bakery_dummy, "/"), (site, "/en/"), (fresh, "/")):
            server.start(ready)
            running.append(server)
        blog_post = first_link(bakery.port, "/blog/", r'href="(/blog/[\w-]+/)"')
        bread = first_link(bakery.port, "/breads/", r'href="(/breads/[\w-]+/)"')

        def first(kind):
            return fetch_json(site.port, f"/en/search/api/?kind={kind}&page_size=1")["results"][0][
                "url"
            ]

        rows = {
            "wagtail start home": (fresh, "/"),
            "bakerydemo home": (bakery, "/"),
            "bakerydemo blog post": (bakery, blog_post),
            "bakerydemo blog index": (bakery, "/blog/"),
            "bakerydemo bread page": (bakery, bread),
            "bakerydemo blog index, DummyCache": (bakery_dummy, "/blog/"),
            "bakerydemo blog post, DummyCache": (bakery_dummy, blog_post),
            "site story, no cache": (site, first("story")),
            "site toolkit, no cache": (site, first("toolkit")),
            "site home, no cache": (site, "/en/"),
            "site story listing, no cache": (site, "/en/stories/"),
        }
        for server, path in rows.values():
            for _view in range(args.workers + 1):
                status, _headers, _body, _ms = fetch(server.port, path)
                if status != 200:
                    raise RuntimeError(f"{server.name} {path} answered {status}")
        measured = {name: [] for name in rows}
        for round_number in range(1, args.rounds + 1):
            for name, (server, path) in rows.items():
                say(f"  round {round_number}: {name} ({args.duration} s)")
                result = wrk(server.base_url, path, args.duration, args.connections)
                result["load_average_1min"] = os.getloadavg()[0]
                measured[name].append(result)
    finally:
        for server in running:
            server.stop()

    results = {
        "started": stamp,
        "bakerydemo": {"wagtail": versions[0], "django": versions[1]},
        "cpus": os.cpu_count(),
        "wrk": {"seconds": args.duration, "connections": args.connections, "rounds": args.rounds},
        "throughput": {},
    }
    fresh_rates = [r.get("requests_per_second") for r in measured["wagtail start home"]]
    for name, (_server, path) in rows.items():
        rates = [r.get("requests_per_second") for r in measured[name]]
        results["throughput"][name] = {
            "path": path,
            "requests_per_second": rates,
            # Each round against the `wagtail start` rate of the same round.
            "vs_wagtail_start": [
                round(rate / fresh, 2) if rate and fresh else None
                for rate, fresh in zip(rates, fresh_rates, strict=True)
            ],
            "p50_ms": [r.get("p50_ms") for r in measured[name]],
            "non_2xx": sum(r.get("non_2xx", 0) for r in measured[name]),
            "load_average_1min": [r["load_average_1min"] for r in measured[name]],
        }
    say("CPU ms in-process (median of 21 views): the same pages, then the edit views…")
    processes = {  # server name: (python, environment, working folder)
        bakery.name: (bakery_python, bakery_env, checkout),
        bakery_dummy.name: (bakery_python, bakery_dummy.env, checkout),
        site.name: (PYTHON, site_env, REPOSITORY),
        fresh.name: (PYTHON, fresh_env, fresh.chdir),
    }
    cpu = {}
    for server_name, (python, env, cwd) in processes.items():
        paths = [path for server, path in rows.values() if server.name == server_name]
        edits = EDIT_VIEWS.get(server_name, [])
        cpu[server_name] = view_cpu(python, env, cwd, [*paths, *edits])
    for name, (server, path) in rows.items():
        row = results["throughput"][name]
        row["cpu_ms_in_process"] = cpu[server.name][path]["cpu_ms_median"]
        row["cpu_vs_wagtail_start"] = round(
            cpu[fresh.name]["/"]["cpu_ms_median"] / row["cpu_ms_in_process"], 2
        )
    results["edit_view_cpu_ms"] = {
        f"{server_name}: {edit.removeprefix('edit:')}": cpu[server_name][edit]
        for server_name, edits in EDIT_VIEWS.items()
        for edit in edits
    }
    results["load_average_at_end"] = os.getloadavg()
    out = REPOSITORY / "benchmarks" / "results" / f"bakerydemo-{stamp}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    for name, row in results["throughput"].items():
        rates = ", ".join(f"{r}" for r in row["requests_per_second"])
        ratios = ", ".join(f"{r}" for r in row["vs_wagtail_start"])
        say(
            f"{name:36} req/s {rates:12} x wagtail start {ratios:10}"
            f" CPU {row['cpu_ms_in_process']} ms = x {row['cpu_vs_wagtail_start']}"
        )
    for name, row in results["edit_view_cpu_ms"].items():
        say(f"{name:40} edit view CPU {row['cpu_ms_median']} ms")
    say(f"written {out}")


if __name__ == "__main__":
    main()
