from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"

    def ready(self):
        # Management commands (publish_scheduled, rebuild_exchange_index) change content too.
        from home import page_cache

        page_cache.connect_signals()
