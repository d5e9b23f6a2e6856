"""Django set-up for the benchmark's helper processes (run with the environment run.py gives)."""

import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]


def set_up_django():
    for folder in (REPOSITORY, REPOSITORY / "site"):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    import django

    django.setup()
