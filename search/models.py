"""The database engine's copy of the exchange search documents (see search/documents.py).

Their analysed tokens are in the database's own full-text index (search/engines/fulltext.py),
a table Django does not model, written and cleared with these rows.

Kept in the same transaction as the pages, so it is always true; Elasticsearch is fed the same
documents and can be rebuilt from the pages at any time.
"""

from django.db import models
from wagtail.models import Page

FACET_SEPARATOR = "\n"


def facet_values_text(facets):
    """A document's facets as "facet=value" lines, with a separator before and after each
    (so a value is found by substring search); split in Python far faster than JSON."""
    lines = [f"{facet}={value}" for facet, values in facets.items() for value in values]
    return FACET_SEPARATOR + FACET_SEPARATOR.join(lines) + FACET_SEPARATOR


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
    title_searchable = models.TextField()  # " token token … ": the title's analysed tokens
    title_words = models.TextField(help_text="Folded words of the title, for autocomplete.")
    published = models.DateField()
    facets = models.JSONField()
    facet_values = models.TextField(
        default="", help_text='The facets as "facet=value" lines (facet_values_text).'
    )
    fingerprint = models.CharField(max_length=64)
    # Shown in snippets only, and last in the row: SQLite then scans the columns above without
    # reading these long texts' overflow pages.
    body = models.TextField()
    files_text = models.TextField()

    def __str__(self):
        return self.title


# The longest token the former token table held (imported by migration 0002).
MAX_TOKEN_LENGTH = 200


class PendingRepair(models.Model):
    """One row while Elasticsearch has missed an update (search/indexing.py): its results may be
    incomplete until a reconciliation finds it whole again, and the search page says so."""

    since = models.DateTimeField()

    def __str__(self):
        return f"Elasticsearch repair pending since {self.since:%Y-%m-%d %H:%M:%S}"
