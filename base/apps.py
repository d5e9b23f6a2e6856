from django.apps import AppConfig


class BaseConfig(AppConfig):
    """What every page shares: abstract pages, blocks, geography, language versions, sitemap."""

    name = "base"

    def ready(self):
        from django.conf import settings

        from compat.django import load_catalogues_of

        load_catalogues_of(getattr(settings, "CATALOGUE_LOCALES", {}))
