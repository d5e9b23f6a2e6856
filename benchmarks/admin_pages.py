"""The admin step's large size: the demo database grown to N pages, built once and reused.

    python -m benchmarks.admin_pages DEMO.sqlite3 LARGE.sqlite3 --pages 10000

Copies the demo's English stories and toolkits (with their taxonomy terms and their entries in
Wagtail's search index) under their listings until the database holds N pages. Rows are
copied in SQL, the page tree's paths written here as Wagtail's tree (treebeard) writes them:
creating 10,000 pages through Wagtail takes most of an hour on this machine, and the editor's
views only read the tables. The copies have no revisions and no translations: the translation
status report lists each as a page not yet translated. The caller runs Wagtail's
`update_index` on the demo database first, so that the copied search entries exist.
"""

import argparse
import functools
import sqlite3
import uuid
from pathlib import Path

# Wagtail's page tree (treebeard's materialised path): 4 characters a level, in base 36.
STEP_LENGTH = 4
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# Each page type copied: its table, and its many-to-many tables to the taxonomy.
PAGE_TYPES = {
    "storypage": ("stories_storypage", "stories_storypage_{}"),
    "toolkitpage": ("toolkits_toolkitpage", "toolkits_toolkitpage_{}"),
}
TERMS = ("themes", "sectors", "target_groups")


def path_step(number):
    digits = ""
    while number:
        number, digit = divmod(number, len(ALPHABET))
        digits = ALPHABET[digit] + digits
    return digits.rjust(STEP_LENGTH, "0")


@functools.cache
def columns(database, table):
    return [row[1] for row in database.execute(f'PRAGMA table_info("{table}")')]


def copy_rows(database, table, match, changes):
    """Insert a copy of the table's rows that match (column: value), with `changes` applied."""
    names = [name for name in columns(database, table) if name != "id" or "id" in changes]
    values = [f":new_{name}" if name in changes else f'"{name}"' for name in names]
    quoted = ", ".join(f'"{name}"' for name in names)
    where = " AND ".join(f'"{name}" = :old_{name}' for name in match)
    database.execute(
        f'INSERT INTO "{table}" ({quoted}) SELECT {", ".join(values)} FROM "{table}" WHERE {where}',
        {f"new_{k}": v for k, v in changes.items()} | {f"old_{k}": v for k, v in match.items()},
    )


def grow(database, pages):
    """Copy English stories and toolkits until the database holds `pages` pages."""
    templates = database.execute(
        """SELECT page.id, page.path, page.slug, page.title, type.model, page.content_type_id
           FROM wagtailcore_page page
           JOIN django_content_type type ON type.id = page.content_type_id
           JOIN wagtailcore_locale locale ON locale.id = page.locale_id
           WHERE type.model IN ('storypage', 'toolkitpage') AND locale.language_code = 'en'
           ORDER BY page.id"""
    ).fetchall()
    missing = pages - database.execute("SELECT COUNT(*) FROM wagtailcore_page").fetchone()[0]
    next_id = database.execute("SELECT MAX(id) FROM wagtailcore_page").fetchone()[0] + 1
    next_child = {}  # parent path -> number of the next child
    for copy in range(max(missing, 0)):
        page_id, path, slug, title, model, content_type = templates[copy % len(templates)]
        parent = path[:-STEP_LENGTH]
        if parent not in next_child:
            last = database.execute(
                "SELECT MAX(path) FROM wagtailcore_page WHERE path LIKE ? AND depth = ?",
                (parent + "_" * STEP_LENGTH, len(path) // STEP_LENGTH),
            ).fetchone()[0]
            next_child[parent] = int(last[-STEP_LENGTH:], 36) + 1
        number = copy // len(templates) + 1
        new_title = f"{title} ({number})"
        new_slug = f"{slug}-{number}"
        url_path = database.execute(
            "SELECT url_path FROM wagtailcore_page WHERE id = ?", (page_id,)
        ).fetchone()[0]
        copy_rows(
            database,
            "wagtailcore_page",
            {"id": page_id},
            {
                "id": next_id,
                "path": parent + path_step(next_child[parent]),
                "numchild": 0,
                "title": new_title,
                "draft_title": new_title,
                "slug": new_slug,
                "url_path": url_path.rstrip("/").rsplit("/", 1)[0] + f"/{new_slug}/",
                "translation_key": str(uuid.uuid4()),
                "latest_revision_id": None,
                "live_revision_id": None,
            },
        )
        next_child[parent] += 1
        table, terms_table = PAGE_TYPES[model]
        copy_rows(database, table, {"page_ptr_id": page_id}, {"page_ptr_id": next_id})
        for terms in TERMS:
            key = f"{model}_id"
            copy_rows(database, terms_table.format(terms), {key: page_id}, {key: next_id})
        copy_rows(
            database,
            "wagtailsearch_indexentry",
            {"content_type_id": content_type, "object_id": str(page_id)},
            {"object_id": str(next_id), "title": new_title},
        )
        next_id += 1
    for parent in next_child:  # treebeard keeps each page's number of children
        database.execute(
            "UPDATE wagtailcore_page SET numchild = "
            "(SELECT COUNT(*) FROM wagtailcore_page child WHERE child.path LIKE ? || '____') "
            "WHERE path = ?",
            (parent, parent),
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("demo", type=Path)
    parser.add_argument("large", type=Path)
    parser.add_argument("--pages", type=int, default=10_000)
    args = parser.parse_args()
    partial = args.large.with_suffix(".partial")
    partial.write_bytes(args.demo.read_bytes())
    database = sqlite3.connect(partial)
    database.execute("PRAGMA journal_mode=DELETE")  # one file, whole when closed
    with database:
        grow(database, args.pages)
    database.close()
    partial.replace(args.large)  # only a finished copy is ever reused


if __name__ == "__main__":
    main()
