from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The home page of each language."""

    name = "home"

    def ready(self):
        from home.models import HomePage
        from translations import status as translation_status

        translation_status.register_section("home", _("Home page"), (HomePage,), order=30)
