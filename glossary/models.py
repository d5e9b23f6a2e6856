"""The multilingual SSE glossary: one term per language, tied together by translation_key.

Translators maintain it with wagtail-localize like any translatable snippet. The site search
uses every language's term and synonyms of one entry as one concept (search/query_analysis.py),
so a query in French also finds the English-only toolkit about the same thing.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin


class GlossaryTerm(TranslatableMixin, models.Model):
    # Translators (fr, es, pt) edit their language's version (translations/permissions.py).
    translated_by_translators = True

    term = models.CharField(_("term"), max_length=200)
    synonyms = models.TextField(
        _("synonyms"), blank=True, help_text=_("Other words for the same thing, one per line.")
    )
    definition = models.TextField(_("definition"), blank=True)

    class Meta(TranslatableMixin.Meta):
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")

    def __str__(self):
        return self.term

    def names(self):
        """The term and its synonyms."""
        return [self.term] + [line.strip() for line in self.synonyms.splitlines() if line.strip()]
