from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GlossaryConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "glossary"
    verbose_name = _("Glossary")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from glossary.concepts import glossary_concepts, translation_memory_concepts
        from glossary.models import GlossaryTerm
        from search.query_analysis import register_concept_source

        register_concept_source(glossary_concepts)
        register_concept_source(translation_memory_concepts)
        post_save.connect(_glossary_changed, sender=GlossaryTerm, dispatch_uid="glossary_saved")
        post_delete.connect(_glossary_changed, sender=GlossaryTerm, dispatch_uid="glossary_deleted")


def _glossary_changed(**kwargs):
    # The search reads the glossary again at the next content version.
    from caching import page_cache

    page_cache.bump_content_version()
