from django.apps import AppConfig


class CachingConfig(AppConfig):
    """The content version, the page cache, page fragments and the site lookup."""

    name = "caching"

    def ready(self):
        # Management commands (publish_scheduled, rebuild_exchange_index) change content too.
        from caching import content_version, dependencies

        content_version.register_wagtail_models()
        dependencies.connect_signals()
