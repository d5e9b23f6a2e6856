"""The open data export at 100,000 rows: time and peak memory of writing them.

Rows are made in the shape page_rows() gives for stories (every column, titles and addresses in
two to four languages, realistic text lengths) and written by the export's own writer
(opendata.export.write_dataset: CSV and JSON in one pass, each hashed): creating 100,000 Wagtail
pages would take hours and measure the page tree. Peak memory is Python's (tracemalloc) and the
process's maximum RSS; a streamed export keeps both flat whatever the number of rows.

    python -m benchmarks.open_data_export [--rows 100000]   # prints one JSON line
"""

import argparse
import datetime
import json
import os
import random
import resource
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

from benchmarks.django_environment import set_up_django

LANGUAGES = ["en", "fr", "es", "pt"]


def synthetic_rows(count, seed=2021):
    chance = random.Random(seed)
    published = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    for number in range(count):
        languages = LANGUAGES[: chance.randint(1, 4)]
        key = uuid.UUID(int=chance.getrandbits(128))
        urls = {code: f"https://sse.example.org/{code}/stories/{number}/" for code in languages}
        yield {
            "id": str(key),
            "kind": "stories",
            "original_language": "en",
            "languages": languages,
            "title": f"A cooperative that feeds its town {number}",
            "url": urls["en"],
            "titles": {code: f"Story {number} ({code})" for code in languages},
            "urls": urls,
            "description": "Farmers and a municipality built a public market run as a "
            "cooperative; " * 3,
            "first_published": published + datetime.timedelta(minutes=number),
            "last_published": published + datetime.timedelta(minutes=number, days=2),
            "work_axis": "public-policy",
            "themes": ["women", "environment"][: chance.randint(0, 2)],
            "sectors": ["agriculture"],
            "target_groups": [],
            "countries": [chance.choice(["SN", "BR", "FR", "MA", "MX", "PH"])],
            "locality": "Thiès",
            "organisation": "Réseau national de l'ESS",
            "date": datetime.date(2023, 5, 4),
        }


def write(rows, trace):
    """(seconds, tracemalloc peak or None, manifest entry) of writing `rows` synthetic rows."""
    from opendata.export import COMMON_COLUMNS, write_dataset

    columns = COMMON_COLUMNS + (
        "work_axis", "themes", "sectors", "target_groups", "countries",
        "locality", "organisation", "date",
    )  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        if trace:
            tracemalloc.start()
        started = time.perf_counter()
        entry = write_dataset("stories", columns, synthetic_rows(rows), Path(folder))
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] if trace else None
        tracemalloc.stop()
    return seconds, peak, entry


def measure(rows):
    """Time without tracing (tracemalloc slows Python down several times), then memory."""
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    seconds, _peak, entry = write(rows, trace=False)
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    _seconds, peak, _entry = write(rows, trace=True)
    return {
        "rows": entry["rows"],
        "seconds": round(seconds, 2),
        "rows_per_second": round(entry["rows"] / seconds),
        "python_peak_mb": round(peak / 2**20, 2),
        "max_rss_mb": round(rss_after / 1024, 1),
        "max_rss_growth_mb": round((rss_after - rss_before) / 1024, 1),
        "csv_mb": round(entry["files"]["csv"]["bytes"] / 2**20, 1),
        "json_mb": round(entry["files"]["json"]["bytes"] / 2**20, 1),
        "load_average_1min": os.getloadavg()[0],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    set_up_django()
    print(json.dumps(measure(args.rows)))


if __name__ == "__main__":
    main()
