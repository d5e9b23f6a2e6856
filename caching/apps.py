from django.apps import AppConfig


class CachingConfig(AppConfig):
    """The content version, the page cache, page fragments, the site lookup and the private
    sections."""

    name = "caching"

    def ready(self):
        # Management commands (publish_scheduled, rebuild_exchange_index) change content too.
        from caching import content_version, dependencies, view_restrictions

        content_version.register_wagtail_models()
        dependencies.connect_signals()
        view_restrictions.use_kept_sections()
