"""Local development: debug on, embedded SQLite and the database search backend."""

from .base import *  # noqa: F403

DEBUG = env_bool("DEBUG", True)  # noqa: F405
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"

# The demo content (`manage.py load_demo`) and the libraries it needs are for development only.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
