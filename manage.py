#!/usr/bin/env python
"""Django's command-line utility for the SSE Policy Exchange."""

import os
import sys
from pathlib import Path

# The project configuration lives in site/config: site/ is a source folder, not a package,
# because the stdlib module `site` shadows any package of that name.
sys.path.insert(0, str(Path(__file__).resolve().parent / "site"))

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
