"""Rebuild the exchange search from the pages, or check it and repair what differs.

Rebuild: the database copy is rewritten in one transaction; Elasticsearch gets a new index,
filled while the old one keeps answering, then the alias is switched (no downtime).
--check: list pages missing, stale or left over in each engine; --repair fixes just those.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from search import indexing
from search.documents import build_document
from search.engines import database_engine, elasticsearch_engine, reset_failure_memory
from search.engines.base import SearchUnavailable

BATCH_SIZE = 200


def live_pages():
    for model in indexing.searchable_page_models():
        pages = model.objects.live().public().filter(alias_of__isnull=True)
        pages = pages.select_related("locale", "work_axis")
        yield from pages.prefetch_related("themes", "sectors", "target_groups").iterator(
            chunk_size=BATCH_SIZE
        )


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Report differences only.")
        parser.add_argument(
            "--repair", action="store_true", help="With --check: fix the differences found."
        )

    def handle(self, *args, check=False, repair=False, **options):
        started = time.monotonic()
        expected = {}
        for count, page in enumerate(live_pages(), start=1):
            document = build_document(page)
            expected[page.pk] = document
            if count % 100 == 0:
                self.stdout.write(f"  read {count} pages…")
        self.stdout.write(f"{len(expected)} searchable pages in the database.")

        engines = [database_engine()]
        elasticsearch = elasticsearch_engine(timeout=30)
        if elasticsearch is not None:
            engines.append(elasticsearch)

        failures = 0
        for engine in engines:
            try:
                if check:
                    failures += self.check_engine(engine, expected, repair)
                else:
                    self.rebuild_engine(engine, expected)
            except SearchUnavailable as error:
                failures += 1
                self.stderr.write(f"{engine.name}: unavailable ({error})")
        reset_failure_memory()
        self.stdout.write(f"Done in {time.monotonic() - started:.1f} s.")
        if failures and not repair:
            raise CommandError(f"{failures} problem(s) found.")

    def rebuild_engine(self, engine, expected):
        if engine.name == "database":
            with transaction.atomic():
                engine.clear()
                engine.index_documents(expected.values())
        else:
            new_index = engine.create_index()
            indexed = engine.index_documents(expected.values(), index=new_index)
            engine.refresh(new_index)
            engine.switch_alias(new_index)
            self.stdout.write(f"elasticsearch: {indexed} documents in {new_index}.")
        self.stdout.write(self.style.SUCCESS(f"{engine.name}: rebuilt."))

    def check_engine(self, engine, expected, repair):
        if engine.name == "elasticsearch":
            engine.ensure_index()
        indexed = engine.fingerprints()
        missing = sorted(set(expected) - set(indexed))
        extra = sorted(set(indexed) - set(expected))
        stale = sorted(
            pk for pk in set(expected) & set(indexed) if indexed[pk] != expected[pk]["fingerprint"]
        )
        for label, ids in (("missing", missing), ("stale", stale), ("not live", extra)):
            if ids:
                shown = ", ".join(map(str, ids[:20])) + (" …" if len(ids) > 20 else "")
                self.stdout.write(f"{engine.name}: {len(ids)} {label}: {shown}")
        problems = len(missing) + len(stale) + len(extra)
        if not problems:
            self.stdout.write(self.style.SUCCESS(f"{engine.name}: up to date."))
        elif repair:
            engine.index_documents([expected[pk] for pk in missing + stale])
            engine.delete_pages(extra)
            self.stdout.write(self.style.SUCCESS(f"{engine.name}: repaired {problems}."))
        return problems
