"""An editor publishing a story every few seconds, for the invalidation benchmark.

    python -m benchmarks.editor INTERVAL_SECONDS DURATION_SECONDS

Runs with the site's environment (the same database and caches as the servers); once set up it
prints "ready" and waits for a line on its input, then publishes a new revision of the next
English story (a changed summary) every INTERVAL_SECONDS, and prints one JSON line: when it
published (Unix times).
"""

import itertools
import json
import sys
import time

from benchmarks.django_environment import set_up_django


def main():
    set_up_django()
    from django.utils import timezone
    from wagtail.models import Page

    interval, duration = float(sys.argv[1]), float(sys.argv[2])
    stories = [
        page.specific
        for page in Page.objects.live()
        .filter(content_type__model="storypage", locale__language_code="en")
        .order_by("pk")[:20]
    ]
    # Ready: the benchmark starts its visitors and says "go" (Django's start-up is not timed).
    print("ready", flush=True)
    sys.stdin.readline()
    published_at = []
    deadline = time.monotonic() + duration
    for story in itertools.cycle(stories):
        next_publish = time.monotonic() + interval
        if next_publish > deadline:
            break
        time.sleep(max(0.0, next_publish - time.monotonic()))
        story.refresh_from_db()
        story.summary = f"{story.summary.split(' · edited')[0]} · edited {timezone.now():%H:%M:%S}"
        story.save_revision().publish()
        published_at.append(time.time())
    print(json.dumps({"published_at": published_at}))


if __name__ == "__main__":
    main()
