from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    """The strategic plan's work axes, themes, sectors and target groups (translatable snippets)."""

    name = "taxonomy"
