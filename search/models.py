"""The database engine's copy of the exchange search documents (see search/documents.py).

Kept in the same transaction as the pages, so it is always true; Elasticsearch is fed the same
documents and can be rebuilt from the pages at any time.
"""

from django.db import models
from wagtail.models import Page


class SearchDocument(models.Model):
    page = models.OneToOneField(
        Page, on_delete=models.CASCADE, primary_key=True, related_name="search_document"
    )
    kind = models.CharField(max_length=16)
    language = models.CharField(max_length=8, db_index=True)
    # ",en,fr," so that one language can be looked up with a `contains` filter.
    available_languages = models.CharField(max_length=100)
    is_original = models.BooleanField()
    title = models.CharField(max_length=255)
    summary = models.TextField()
    url = models.CharField(max_length=500)
    body = models.TextField()
    files_text = models.TextField()
    searchable = models.TextField(help_text="Space-separated index tokens (search/analysis.py).")
    title_searchable = models.TextField()
    title_words = models.TextField(help_text="Folded words of the title, for autocomplete.")
    published = models.DateField()
    facets = models.JSONField()
    fingerprint = models.CharField(max_length=64)

    def __str__(self):
        return self.title


class SearchFacetValue(models.Model):
    document = models.ForeignKey(
        SearchDocument, on_delete=models.CASCADE, related_name="facet_values"
    )
    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=40)

    class Meta:
        indexes = [models.Index(fields=["facet", "value", "document"])]

    def __str__(self):
        return f"{self.facet}={self.value}"
