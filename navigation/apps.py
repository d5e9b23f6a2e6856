from django.apps import AppConfig


class NavigationConfig(AppConfig):
    name = "navigation"

    def ready(self):
        from caching import content_version
        from navigation.models import HeaderAndFooter

        # Every page shows the header and footer: a change to them is a change to every page.
        content_version.register(HeaderAndFooter, tags=["navigation"])
