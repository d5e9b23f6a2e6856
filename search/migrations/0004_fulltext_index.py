"""The database engine ranks on the database's own full-text index (issue 12, point 0).

SearchToken (a hand-written inverted index) goes; a full-text table takes
their place: SQLite FTS5 (with an fts5vocab table for "did you mean") or a PostgreSQL table of
tsvectors with a GIN index. Django models neither, so it is made here in raw SQL (the statements
are copied, not imported: this migration must not change when the engine does).

The index is derived from the pages. The existing documents are carried over approximately
(title tokens as the title, every other token as labels), so searches answer right after the
upgrade, and their fingerprints are cleared: the next `rebuild_exchange_index --check --repair`
(or the periodic reconciliation) writes every document again, exactly.
"""

from collections import defaultdict

from django.conf import settings
from django.db import migrations

SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE search_fulltext USING fts5(title, summary, body, files, labels, "
    "shown, tokenize = \"unicode61 remove_diacritics 0 tokenchars '_'\")",
    "CREATE VIRTUAL TABLE search_fulltext_vocabulary USING fts5vocab(search_fulltext, 'row')",
]
SQLITE_DROP = [
    "DROP TABLE IF EXISTS search_fulltext_vocabulary",
    "DROP TABLE IF EXISTS search_fulltext",
]
POSTGRES_CREATE = [
    "CREATE TABLE search_fulltext (page_id integer PRIMARY KEY, vector tsvector NOT NULL)",
    "CREATE INDEX search_fulltext_vector ON search_fulltext USING gin (vector)",
]
POSTGRES_DROP = ["DROP TABLE IF EXISTS search_fulltext"]


WORKING_LANGUAGES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def _run(schema_editor, statements):
    for statement in statements:
        schema_editor.execute(statement)


def create_fulltext(apps, schema_editor):
    postgres = schema_editor.connection.vendor == "postgresql"
    _run(schema_editor, POSTGRES_CREATE if postgres else SQLITE_CREATE)
    SearchDocument = apps.get_model("search", "SearchDocument")
    SearchToken = apps.get_model("search", "SearchToken")
    tokens_of = defaultdict(set)
    for page_id, token in SearchToken.objects.values_list("document_id", "token").iterator():
        tokens_of[page_id].add(token)
    rows = SearchDocument.objects.values_list(
        "page_id", "title_searchable", "language", "is_original", "available_languages"
    )
    with schema_editor.connection.cursor() as cursor:
        for page_id, title, language, is_original, available in rows:
            shown = {language}
            if is_original:
                shown |= set(WORKING_LANGUAGES) - set(available.strip(",").split(","))
            shown = " ".join(f"shown_{code}" for code in sorted(shown))
            title_tokens = set(title.split())
            labels = " ".join(sorted(tokens_of[page_id] - title_tokens))
            title = " ".join(sorted(title_tokens))
            if postgres:
                vector = " ".join(
                    [f"'{t}':1A" for t in title.split()] + [f"'{t}':2B" for t in labels.split()]
                )
                cursor.execute(
                    "INSERT INTO search_fulltext (page_id, vector) VALUES (%s, %s::tsvector)",
                    [page_id, vector],
                )
            else:
                cursor.execute(
                    "INSERT INTO search_fulltext (rowid, title, summary, body, files, labels, "
                    "shown) VALUES (%s, %s, '', '', '', %s, %s)",
                    [page_id, title, labels, shown],
                )
    SearchDocument.objects.update(fingerprint="")


def drop_fulltext(apps, schema_editor):
    postgres = schema_editor.connection.vendor == "postgresql"
    _run(schema_editor, POSTGRES_DROP if postgres else SQLITE_DROP)
    # The token table comes back empty: a rebuild fills it.
    apps.get_model("search", "SearchDocument").objects.update(fingerprint="")


class Migration(migrations.Migration):
    dependencies = [("search", "0003_pending_repair")]

    operations = [
        migrations.RunPython(create_fulltext, drop_fulltext),
        migrations.DeleteModel(name="SearchToken"),
    ]
