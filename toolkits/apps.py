from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ToolkitsConfig(AppConfig):
    """Advocacy toolkits, their files in several languages, and the documents behind them."""

    name = "toolkits"

    def ready(self):
        # The shared services never import this app: it registers its page types with them.
        from search import registry as search
        from toolkits.models import ToolkitIndexPage, ToolkitPage, ToolkitType, pages_showing
        from translations import status as translation_status

        search.register(
            ToolkitPage,
            kind="toolkit",
            label=_("Toolkit"),
            facet_choices={"type": ToolkitType},
            pages_using_documents=pages_showing,
        )
        translation_status.register_section(
            "toolkits", _("Toolkits"), (ToolkitIndexPage, ToolkitPage), order=20
        )
