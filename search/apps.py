from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"

    def ready(self):
        from django.conf import settings

        from background.queue import register_periodic
        from search import checks  # noqa: F401 (registers them)
        from search.facet_labels import facet_label_concepts
        from search.query_analysis import register_concept_source
        from search.signal_handlers import register_signal_handlers
        from search.tasks import reconcile_search_index

        register_signal_handlers()
        register_concept_source(facet_label_concepts)
        if settings.ELASTICSEARCH_URL:
            register_periodic(reconcile_search_index, settings.SEARCH_RECONCILIATION_SECONDS)
