"""On SQLite, the database engine scores each field group in an FTS5 table of its own (issue 12,
point 0): bm25() normalises by the length of the whole row, so in one table a page with long
files scored below a short page holding the query's words in the same fields.

search_fulltext still finds the pages and counts the tokens. The new tables are filled from its
rows, which hold each field's tokens as indexed: no document needs writing again (PostgreSQL
scores with ts_rank_cd, without length, and has nothing to change). The statements are copied,
not imported, so this migration does not change when the engine does.
"""

from django.db import migrations

TOKENIZE = "tokenize = \"unicode61 remove_diacritics 0 tokenchars '_'\""
TABLES = {
    "search_fulltext_page": "title, summary, body, shown",
    "search_fulltext_files": "files, labels, shown",
}


def create_scored_tables(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for table, columns in TABLES.items():
        schema_editor.execute(f"CREATE VIRTUAL TABLE {table} USING fts5({columns}, {TOKENIZE})")
        schema_editor.execute(
            f"INSERT INTO {table} (rowid, {columns}) SELECT rowid, {columns} FROM search_fulltext"
        )


def drop_scored_tables(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP TABLE IF EXISTS {table}")


class Migration(migrations.Migration):
    dependencies = [("search", "0004_fulltext_index")]

    operations = [migrations.RunPython(create_scored_tables, drop_scored_tables)]
