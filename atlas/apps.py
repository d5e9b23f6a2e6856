from django.apps import AppConfig


class AtlasConfig(AppConfig):
    """The countries index with its world map, and a dossier for every country."""

    name = "atlas"

    def ready(self):
        from atlas.models import CountryIntroduction
        from caching import content_version

        # An introduction shows in cached dossiers: changing it must renew them.
        content_version.register(CountryIntroduction)
