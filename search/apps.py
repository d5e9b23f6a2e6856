from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"

    def ready(self):
        from django.conf import settings

        from background.queue import register_periodic
        from search.signal_handlers import register_signal_handlers
        from search.tasks import reconcile_search_index

        register_signal_handlers()
        if settings.ELASTICSEARCH_URL:
            register_periodic(reconcile_search_index, settings.SEARCH_RECONCILIATION_SECONDS)
