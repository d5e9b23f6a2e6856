"""Visitors browsing while an editor publishes: the page cache's hit ratio and latency.

Visitors (threads) ask the site's pages (its sitemap, every language) in a random order at a
steady total rate (requests per second) for a fixed time, while benchmarks/editor.py publishes
a story at a fixed interval; each answer's X-Page-Cache says whether it came from the cache.
"""

import json
import random
import re
import subprocess
import threading
import time

from benchmarks.http_measurements import fetch, summary


def sitemap_paths(port, limit=2000):
    """The pages of the site, as its sitemap lists them (without the host)."""
    _status, _headers, body, _ms = fetch(port, "/sitemap.xml")
    paths = re.findall(rb"<loc>https?://[^/<]+(/[^<]*)</loc>", body)
    return [path.decode() for path in paths][:limit]


def browse_while_publishing(
    port, paths, duration, interval, editor_command, env, cwd, visitors=4, rate=40, seed=1
):
    """{hit_ratio, requests_per_second, p50/p95 ms, published, errors} of one mixed run."""
    results = []  # (milliseconds, cache state, when)
    errors = []
    lock = threading.Lock()
    deadline = None  # set once the editor is ready

    def visitor(number):
        chooser = random.Random(seed + number)
        next_request = time.monotonic()
        while time.monotonic() < deadline:
            # At a steady rate, whatever the answers' speed: visitors who waited on slow misses
            # would otherwise ask less, and hide the misses (coordinated omission).
            time.sleep(max(0.0, next_request - time.monotonic()))
            next_request += visitors / rate
            path = chooser.choice(paths)
            status, headers, _body, ms = fetch(port, path)
            with lock:
                if status != 200:
                    errors.append(f"{path}: {status}")
                results.append((ms, headers.get("X-Page-Cache", ""), time.time()))

    editor = subprocess.Popen(
        [*editor_command, str(interval), str(duration)],
        env=env,
        cwd=cwd,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    if editor.stdout.readline().strip() != "ready":
        raise RuntimeError("the editor process did not start")
    deadline = time.monotonic() + duration
    started, started_at = time.monotonic(), time.time()
    editor.stdin.write("go\n")
    editor.stdin.flush()
    threads = [threading.Thread(target=visitor, args=(n,)) for n in range(visitors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    output, _ = editor.communicate(timeout=120)
    output = output.strip()
    publishes = json.loads(output.strip().splitlines()[-1])["published_at"] if output else []
    states = [state for _ms, state, _at in results]
    # Misses in the 10 s after each publish returned (it renews versions as it starts, and
    # again as it commits): what one publish costs the cache.
    misses_after = [
        sum(1 for _ms, state, at in results if state == "miss" and moment - 3 <= at < moment + 10)
        for moment in publishes
    ]
    cacheable = [state for state in states if state in ("hit", "miss")]
    return {
        "hit_ratio": round(cacheable.count("hit") / len(cacheable), 3) if cacheable else None,
        "requests_per_second": round(len(results) / elapsed, 1),
        **summary([ms for ms, _state, _at in results]),
        "bypassed": states.count("bypass"),
        "published": len(publishes),
        "published_after_s": [round(moment - started_at, 1) for moment in publishes],
        "misses_around_each_publish": misses_after,
        "rate_asked": rate,
        "errors": len(errors),
        "first_errors": errors[:5],
    }
