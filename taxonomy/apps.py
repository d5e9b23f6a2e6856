from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    """The strategic plan's work axes, themes, sectors and target groups (translatable snippets)."""

    name = "taxonomy"

    def ready(self):
        from caching import content_version
        from taxonomy.models import TaxonomyTerm

        # Terms and their translations show on every page (filters, cards, the home page).
        content_version.register(TaxonomyTerm)
