from django.apps import AppConfig


class BaseConfig(AppConfig):
    """What every page shares: abstract pages, blocks, geography, language versions, sitemap."""

    name = "base"
