"""Django set-up for the benchmark's helper processes (run with the environment run.py gives)."""

import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]


def uncompiled_translations(root=REPOSITORY):
    """The .po files whose .mo is missing or older: without them the site's labels (facets,
    the glossary's translated names) are English only, and searches measure another site."""
    return sorted(
        str(po.relative_to(root))
        for po in (root / "locale").glob("*/LC_MESSAGES/*.po")
        if not po.with_suffix(".mo").exists()
        or po.with_suffix(".mo").stat().st_mtime < po.stat().st_mtime
    )


def refuse_uncompiled_translations():
    stale = uncompiled_translations()
    if stale:
        raise SystemExit(
            f"benchmarks: {', '.join(stale)} not compiled; run `make translations` first"
        )


def set_up_django():
    refuse_uncompiled_translations()
    for folder in (REPOSITORY, REPOSITORY / "site"):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    import django

    django.setup()
