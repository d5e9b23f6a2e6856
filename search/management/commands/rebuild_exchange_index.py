"""Rebuild the exchange search from the pages, or check it and repair what differs.

Rebuild: the database copy is rewritten in one transaction; Elasticsearch gets a new index,
filled while the old one keeps answering, then the alias is switched (no downtime); an index
wrongly created at the alias name, and indices left by failed rebuilds, are removed.
--check: list pages missing, stale or left over in each engine; --repair fixes just those (the
background worker does this every SEARCH_RECONCILIATION_SECONDS, search/indexing.py).
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from search import indexing
from search.engines import reset_failure_memory
from search.engines.base import SearchUnavailable

# Per request to Elasticsearch (bulk requests use ELASTICSEARCH_INDEXING_TIMEOUT per chunk).
COMMAND_TIMEOUT_SECONDS = 30


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Report differences only.")
        parser.add_argument(
            "--repair", action="store_true", help="With --check: fix the differences found."
        )

    def handle(self, *args, check=False, repair=False, **options):
        started = time.monotonic()
        failures = self.check_index(repair) if check else self.rebuild()
        reset_failure_memory()
        self.stdout.write(f"Done in {time.monotonic() - started:.1f} s.")
        if failures and not repair:
            raise CommandError(f"{failures} problem(s) found.")

    def check_index(self, repair):
        failures = 0
        for check in indexing.reconcile(
            repair=repair, progress=self.stdout.write, timeout=COMMAND_TIMEOUT_SECONDS
        ):
            failures += check.problems
            if check.error:
                self.stderr.write(f"{check.engine}: unavailable ({check.error})")
            for label, ids in (
                ("missing", check.missing),
                ("stale", check.stale),
                ("not live", check.extra),
            ):
                if ids:
                    shown = ", ".join(map(str, ids[:20])) + (" …" if len(ids) > 20 else "")
                    self.stdout.write(f"{check.engine}: {len(ids)} {label}: {shown}")
            for action in check.actions:
                self.stdout.write(self.style.SUCCESS(f"{check.engine}: {action}."))
            if not check.problems:
                self.stdout.write(self.style.SUCCESS(f"{check.engine}: up to date."))
        return failures

    def rebuild(self):
        version = indexing.new_version()
        expected = indexing.expected_documents(progress=self.stdout.write)
        self.stdout.write(f"{len(expected)} searchable pages in the database.")
        failures = 0
        for engine in indexing.engines(timeout=COMMAND_TIMEOUT_SECONDS):
            try:
                if engine.name == "database":
                    with transaction.atomic():
                        engine.clear()
                        engine.index_documents(expected.values())
                else:
                    if engine.remove_index_under_alias_name():
                        self.stdout.write(f"elasticsearch: removed the index at {engine.alias}.")
                    index = indexing.rebuild_elasticsearch(engine, expected.values(), version)
                    self.stdout.write(f"elasticsearch: {len(expected)} documents in {index}.")
                    orphans = engine.remove_orphan_indices(indexing.ORPHAN_INDEX_MIN_AGE_SECONDS)
                    if orphans:
                        self.stdout.write(f"elasticsearch: removed orphans {', '.join(orphans)}.")
                self.stdout.write(self.style.SUCCESS(f"{engine.name}: rebuilt."))
            except SearchUnavailable as error:
                failures += 1
                self.stderr.write(f"{engine.name}: unavailable ({error})")
        return failures
