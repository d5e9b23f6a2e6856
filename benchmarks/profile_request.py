"""Where the time of one request goes: pyinstrument over repeated requests, in-process.

Run by benchmarks/run.py for the rows that miss their target (or by hand, with the same
environment as the server it profiles):

    python -m benchmarks.profile_request /en/stories/x/ --repeat 50 --output profile.txt

Writes a text profile (and an HTML one next to it) and prints the mean milliseconds per request.
"""

import argparse
import json
import time
from pathlib import Path

from benchmarks.django_environment import set_up_django


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--output", type=Path, required=True)
    args = parser.parse_args()
    set_up_django()
    from django.test import Client
    from pyinstrument import Profiler

    client = Client()
    first = client.get(args.url)  # first-view work (renditions, caches) is not profiled
    if first.status_code != 200:
        raise SystemExit(f"{args.url} answered {first.status_code}")
    profiler = Profiler(interval=0.0005)
    started = time.perf_counter()
    profiler.start()
    for _ in range(args.repeat):
        client.get(args.url)
    profiler.stop()
    elapsed = time.perf_counter() - started
    tree = profiler.output_text(unicode=True, color=False, show_all=False)
    flat = profiler.output_text(unicode=True, color=False, flat=True)
    args.output.write_text(f"{tree}\n\nSelf time by function:\n{flat}")
    args.output.with_suffix(".html").write_text(profiler.output_html())
    print(json.dumps({"url": args.url, "mean_ms": round(1000 * elapsed / args.repeat, 2)}))


if __name__ == "__main__":
    main()
