"""System checks of the production settings (imported by production.py only)."""

from django.conf import settings
from django.core import checks

SENDS_NOTHING = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
}


@checks.register("mail")
def check_mail_is_configured(app_configs, **kwargs):
    """Password resets and moderation notices must leave the server."""
    if settings.EMAIL_DELIVERY_BACKEND in SENDS_NOTHING or not settings.EMAIL_URL:
        return [
            checks.Warning(
                "No outgoing mail: set EMAIL_URL (e.g. submission://user:password@host:587), "
                "or password resets and moderation notices are never sent.",
                id="config.W001",
            )
        ]
    return []
