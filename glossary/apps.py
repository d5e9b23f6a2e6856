from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GlossaryConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "glossary"
    verbose_name = _("Glossary")

    def ready(self):
        from caching import content_version
        from glossary.concepts import (
            glossary_concepts,
            skos_concepts,
            translation_memory_concepts,
            translation_memory_word_concepts,
        )
        from glossary.models import GlossaryTerm
        from glossary.terms import glossary_suggestions
        from opendata.vocabularies import register_vocabulary
        from search.query_analysis import register_concept_source
        from search.suggestions import register_suggestion_source

        register_concept_source(glossary_concepts)
        register_concept_source(translation_memory_concepts)
        register_concept_source(translation_memory_word_concepts)
        register_suggestion_source(glossary_suggestions)
        # The search reads the glossary again at the next content version.
        content_version.register(GlossaryTerm)
        register_vocabulary("glossary", "SSE glossary", skos_concepts)
