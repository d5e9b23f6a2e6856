from django.apps import AppConfig


class CachingConfig(AppConfig):
    """The content version, the page cache, page fragments, the site lookup and the private
    sections."""

    name = "caching"

    def ready(self):
        # Management commands (publish_scheduled, rebuild_exchange_index) change content too.
        from caching import content_version, dependencies, release, view_restrictions

        content_version.register_wagtail_models()
        # Fixed now: files changed under a running process are not the code it runs.
        release.release()
        dependencies.connect_signals()
        view_restrictions.use_kept_sections()
