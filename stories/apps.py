from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    """Stories of local SSE work and their listing."""

    name = "stories"

    def ready(self):
        # The shared services never import this app: it registers its page types with them.
        from search import registry as search
        from stories.models import StoryIndexPage, StoryPage
        from translations import status as translation_status

        search.register(StoryPage, kind="story", label=_("Story"))
        translation_status.register_section(
            "stories", _("Stories"), (StoryIndexPage, StoryPage), order=10
        )
