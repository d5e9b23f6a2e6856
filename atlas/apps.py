from django.apps import AppConfig


class AtlasConfig(AppConfig):
    """The countries index with its world map, and a dossier for every country."""

    name = "atlas"

    def ready(self):
        from atlas.models import CountryIntroduction
        from caching import content_version

        # An introduction shows in cached dossiers: changing it must renew them.
        content_version.register(CountryIntroduction)

        from base import page_sections

        # The map on the home page, whose pages (like the atlas's) depend on every change, so
        # a page published or withdrawn in a country renews it.
        page_sections.register(
            "home.HomePage", "world_map", "atlas/home_world_map.html", home_world_map, order=10
        )


def home_world_map(home, language):
    """The map of the home page's countries index (shaded as the index shades it by default),
    or None when the home page has no countries index."""
    from atlas import dossier
    from atlas.models import CountryIndexPage

    index = CountryIndexPage.objects.child_of(home).live().first()
    if index is None:
        return None
    return {"atlas": index.atlas_context(dossier.MEASURES[0]), "index": index}
