from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GeneralConfig(AppConfig):
    """The pages every organisation needs (About, Join, Contact…)."""

    name = "general"

    def ready(self):
        # The shared services never import this app: it registers its page type with them.
        from general.models import GeneralPage
        from search import registry as search
        from translations import status as translation_status

        search.register(GeneralPage, kind="page", label=_("Page"))
        translation_status.register_section("general", _("General pages"), (GeneralPage,), order=60)
