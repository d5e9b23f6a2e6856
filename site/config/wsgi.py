"""WSGI entry point for gunicorn: `gunicorn --chdir site config.wsgi`."""

import os
import sys
from pathlib import Path

# Make the apps at the repository root importable next to site/config.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from django.core.wsgi import get_wsgi_application  # noqa: E402

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
application = get_wsgi_application()
