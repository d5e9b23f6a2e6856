"""Compare two SQLite databases row by row: the one before an upgrade and the same migrated.

    python scripts/compare_databases.py before.sqlite3 after.sqlite3

Every row of every table of `before` must still be in `after`, column for column, but for what
an upgrade is expected to change: the content types of models that moved app (EXPECTED_MOVES),
whose ids stay, so that every row pointing at them (permissions, revisions, log entries,
wagtail-localize's sources) still does. What new migrations add (columns, tables, rows such as
the permissions of new page types or a seeded glossary) is listed, not refused: it loses
nothing. Prints the counts of what editors care about; exits with 1 on anything lost or changed.
"""

import sqlite3
import sys
from collections import Counter

# (old app label, model) -> new app label: the models issue 11 moved out of `home`.
EXPECTED_MOVES = {
    ("home", "workaxis"): "taxonomy",
    ("home", "theme"): "taxonomy",
    ("home", "sector"): "taxonomy",
    ("home", "targetgroup"): "taxonomy",
}
# The database engine's search index, derived from the pages (search/0004 replaced the token
# table by the database's full-text index and cleared the fingerprints so the next
# reconciliation rewrites every document): rebuilt, not kept.
DERIVED_TABLES = {"search_searchtoken", "search_searchdocument"}
REPORTED = {
    "pages": "wagtailcore_page",
    "revisions": "wagtailcore_revision",
    "translation sources": "wagtail_localize_translationsource",
    "translations": "wagtail_localize_translation",
    "string translations": "wagtail_localize_stringtranslation",
    "documents": "toolkits_toolkitdocument",
    "images": "wagtailimages_image",
    "users": "auth_user",
    "group permissions": "auth_group_permissions",
    "taxonomy terms": "home_theme",
}


def tables(connection):
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {name for (name,) in rows if not name.startswith("sqlite_")}


def rows(connection, table, columns=None):
    if columns is None:
        columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
    ordered = ", ".join(f'"{column}"' for column in columns)
    return columns, Counter(connection.execute(f'SELECT {ordered} FROM "{table}"'))


def expected_after(table, columns, before_rows):
    if table != "django_content_type":
        return before_rows
    app, model = columns.index("app_label"), columns.index("model")
    moved = Counter()
    for row, count in before_rows.items():
        row = list(row)
        row[app] = EXPECTED_MOVES.get((row[app], row[model]), row[app])
        moved[tuple(row)] += count
    return moved


def compare(before_path, after_path):
    before, after = sqlite3.connect(before_path), sqlite3.connect(after_path)
    problems, additions = [], []
    missing = tables(before) - tables(after) - DERIVED_TABLES
    problems += [f"table {name} is gone" for name in sorted(missing)]
    for table in sorted(tables(before) & tables(after) - DERIVED_TABLES):
        columns, before_rows = rows(before, table)
        after_columns = [row[1] for row in after.execute(f'PRAGMA table_info("{table}")')]
        if not set(columns) <= set(after_columns):
            problems.append(f"{table}: columns {columns} became {after_columns}")
            continue
        if after_columns != columns:
            additions.append(f"{table}: new columns {sorted(set(after_columns) - set(columns))}")
        _, after_rows = rows(after, table, columns)  # the columns it had before, in their order
        if table == "django_migrations":
            lost = before_rows - after_rows
            if lost:
                problems.append(f"{table}: {sum(lost.values())} applied migrations forgotten")
            continue
        wanted = expected_after(table, columns, before_rows)
        lost, gained = wanted - after_rows, after_rows - wanted
        if lost:
            problems.append(
                f"{table}: {sum(lost.values())} rows lost or changed, "
                f"e.g. {str(next(iter(lost)))[:200]}"
            )
        elif gained:
            additions.append(f"{table}: {sum(gained.values())} new rows")
    for table in sorted(tables(after) - tables(before)):
        count = after.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        if count:
            additions.append(f"new table {table} holds {count} rows")
    return problems, additions, before


def main(before_path, after_path):
    problems, additions, before = compare(before_path, after_path)
    for label, table in REPORTED.items():
        count = before.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        print(f"  {label:20} {count:6} kept")
    if additions:
        print("upgrade-check: added by the new migrations:", *additions, sep="\n  ")
    if problems:
        print("upgrade-check: the upgrade changed data:", *problems, sep="\n  ")
        return 1
    print("upgrade-check: every row of every table is still there after the upgrade")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
