"""How well the search answers: a judged set of queries scored on both engines and on
Wagtail's built-in search, over the demo content.

    .venv/bin/python -m benchmarks.relevance [--database db.sqlite3] [--json FILE]
        [--judgements FILE] [--show-queries]

The judged set is benchmarks/relevance_judgements.tsv, or --judgements FILE (for instance
benchmarks/relevance_judgements_holdout.tsv, written before tuning to check that changes
generalise): a category, the visitor's language, the query, and the pages that answer it (a
fragment of the English title, any language version counts as the page) with a grade, 2 (answers
it) or 1 (related). Needs the demo database (`make demo`); it is copied, the text of its files
read (as the background worker does after an upload), its search index rebuilt, and
Elasticsearch (a node answering on ES_PORT, default 9231, or one started with
scripts/elasticsearch) fed the same pages.
Prints recall@10, nDCG@10, MRR and the zero-result rate per category and engine, and writes
them as JSON (benchmarks/results/relevance-latest.json unless --json says otherwise).
"""

import argparse
import csv
import json
import math
import os
import shutil
import subprocess
import sys
import urllib.request
from collections import defaultdict
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
JUDGEMENTS = REPOSITORY / "benchmarks" / "relevance_judgements.tsv"
RESULTS = REPOSITORY / "benchmarks" / "results"
CUTOFF = 10


def read_judgements(path=JUDGEMENTS):
    queries = []
    with open(path, encoding="utf-8") as file:
        for row in csv.reader(file, delimiter="\t"):
            if not row or row[0] == "category":
                continue
            category, language, text, relevant = row
            grades = {}
            for item in relevant.split(";"):
                fragment, _, grade = item.strip().rpartition("=")
                grades[fragment.strip()] = int(grade)
            queries.append(
                {"category": category, "language": language, "text": text, "grades": grades}
            )
    return queries


def scores(ranked_grades, all_grades, answered):
    """recall@10, nDCG@10 and reciprocal rank of one ranked list of grades."""
    ideal = sorted(all_grades, reverse=True)[:CUTOFF]

    def dcg(grades):
        return sum((2**g - 1) / math.log2(rank + 2) for rank, g in enumerate(grades[:CUTOFF]))

    relevant_found = sum(1 for g in ranked_grades[:CUTOFF] if g > 0)
    first = next((rank for rank, g in enumerate(ranked_grades[:CUTOFF]) if g > 0), None)
    return {
        "recall": relevant_found / len(all_grades),
        "ndcg": dcg(ranked_grades) / dcg(ideal),
        "mrr": 0.0 if first is None else 1 / (first + 1),
        "zero": 0.0 if answered else 1.0,
    }


def _environment(database):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ["PAGE_CACHE_ENABLED"] = "0"
    from benchmarks.django_environment import set_up_django

    set_up_django()


def _elasticsearch(port):
    url = f"http://127.0.0.1:{port}"
    try:
        with urllib.request.urlopen(url + "/_cluster/health", timeout=5):
            return url, False
    except OSError:
        pass
    env = {**os.environ, "ES_PORT": str(port)}
    subprocess.run([str(REPOSITORY / "scripts" / "elasticsearch"), "start"], env=env, check=True)
    return url, True


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=str(REPOSITORY / "db.sqlite3"))
    parser.add_argument("--es-port", type=int, default=int(os.environ.get("ES_PORT", 9231)))
    parser.add_argument("--no-elasticsearch", action="store_true")
    parser.add_argument("--json", default=str(RESULTS / "relevance-latest.json"))
    parser.add_argument("--judgements", default=str(JUDGEMENTS), help="the judged queries (TSV)")
    parser.add_argument(
        "--show-queries", action="store_true", help="also print each query's nDCG@10 per engine"
    )
    args = parser.parse_args(argv)

    copy = REPOSITORY / ".cache" / "benchmarks" / "relevance.sqlite3"
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(args.database, copy)
    _environment(copy)

    from django.core.management import call_command
    from django.http import QueryDict
    from django.test import override_settings
    from django.utils import translation
    from wagtail.models import Page

    from search.views import run_search

    call_command("migrate", verbosity=0)
    read_files_text()
    # Wagtail's own index, which the demo leaves to the background worker's queue (its row
    # scored 0 on an index nobody filled).
    call_command("update_index", verbosity=0)
    # The settings under which each engine answers the search views.
    engines = {"database": {"ELASTICSEARCH_URL": ""}}
    started = False
    if not args.no_elasticsearch:
        url, started = _elasticsearch(args.es_port)
        engines["elasticsearch"] = {
            "ELASTICSEARCH_URL": url,
            "ELASTICSEARCH_INDEX_PREFIX": "relevance",
            "ELASTICSEARCH_SEARCH_TIMEOUT": 30,
        }
        with override_settings(**engines["elasticsearch"]):
            call_command("rebuild_exchange_index", verbosity=0)
    else:
        call_command("rebuild_exchange_index", verbosity=0)

    english_title = {
        page.translation_key: page.title
        for page in Page.objects.filter(locale__language_code="en", depth__gte=4)
    }
    key_of = dict(Page.objects.values_list("pk", "translation_key"))

    def grade_of(page_id, grades):
        return grade_of_title(english_title.get(key_of.get(page_id), ""), grades)

    def all_grades(grades):
        # A fragment may name several pages ("guarantee fund": a story and a policy): the ideal
        # ranking and recall count every page it names, or nDCG could pass 1.
        named = [g for title in english_title.values() if (g := grade_of_title(title, grades))]
        return named or list(grades.values())

    def grade_of_title(title, grades):
        return max((g for fragment, g in grades.items() if fragment in title), default=0)

    def ranked_ids(engine_name, query):
        if engine_name == "wagtail":
            return _wagtail_search(query)
        # As the search page and the API answer it: names of countries, regions and kinds
        # become filters, searched as words when nothing passes them.
        params = QueryDict(mutable=True)
        params.update({"q": query["text"], "page_size": str(CUTOFF)})
        with override_settings(**engines[engine_name]):
            _query, results = run_search(params)
        if results.fallback:
            raise SystemExit(f"Elasticsearch failed on {query['text']!r}: the database answered.")
        return [hit.page_id for hit in results.hits]

    queries = read_judgements(args.judgements)
    per_query = []
    for engine_name in [*engines, "wagtail"]:
        for query in queries:
            with translation.override(query["language"]):
                ids = ranked_ids(engine_name, query)
            # Versions of one page in several languages are one answer.
            seen, ranked = set(), []
            for page_id in ids:
                if key_of.get(page_id) not in seen:
                    seen.add(key_of.get(page_id))
                    ranked.append(grade_of(page_id, query["grades"]))
            per_query.append(
                {
                    "engine": engine_name,
                    **query,
                    **scores(ranked, all_grades(query["grades"]), bool(ids)),
                }
            )
    if started:
        env = {**os.environ, "ES_PORT": str(args.es_port)}
        subprocess.run([str(REPOSITORY / "scripts" / "elasticsearch"), "stop"], env=env)

    summary = summarise(per_query)
    if args.show_queries:
        print_queries(per_query)
    print_table(summary)
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps({"summary": summary, "queries": per_query}, indent=1))
    return 0


def read_files_text():
    """Read the text of every file not read yet, as the background worker does after an upload
    (toolkits/tasks.py): without it the "words only inside files" queries find nothing."""
    from django.db.models import F

    from toolkits.models import ToolkitDocument
    from toolkits.tasks import read_document_text

    unread = ToolkitDocument.objects.exclude(contents_hash=F("file_hash"))
    for document_id in unread.values_list("pk", flat=True):
        read_document_text.call(document_id)


def _wagtail_search(query):
    """Wagtail's own search (its database backend) over the live stories and toolkits in the
    visitor's language, as a site without the exchange search would answer."""
    from wagtail.models import Locale, Page

    from stories.models import StoryPage
    from toolkits.models import ToolkitPage

    pages = (
        Page.objects.live()
        .type(StoryPage, ToolkitPage)
        .filter(locale=Locale.objects.get(language_code=query["language"]))
    )
    return [page.pk for page in pages.search(query["text"])[:CUTOFF]]


def summarise(per_query):
    grouped = defaultdict(list)
    for row in per_query:
        grouped[(row["engine"], row["category"])].append(row)
        grouped[(row["engine"], "all")].append(row)
    return {
        f"{engine}/{category}": {
            metric: round(sum(r[metric] for r in rows) / len(rows), 3)
            for metric in ("ndcg", "recall", "mrr", "zero")
        }
        | {"queries": len(rows)}
        for (engine, category), rows in sorted(grouped.items())
    }


def print_queries(per_query):
    """One line per query, its nDCG@10 on each engine, worst first: where to look."""
    by_query = defaultdict(dict)
    for row in per_query:
        by_query[(row["category"], row["language"], row["text"])][row["engine"]] = row["ndcg"]
    engines = list(dict.fromkeys(row["engine"] for row in per_query))
    print(" ".join(f"{engine[:8]:>8}" for engine in engines), "category/language/query")
    for (category, language, text), ndcg in sorted(
        by_query.items(), key=lambda item: min(item[1].values())
    ):
        scores = " ".join(f"{ndcg[engine]:8.2f}" for engine in engines)
        print(scores, f"{category}/{language}/{text}")


def print_table(summary):
    print(f"{'engine/category':32} {'nDCG@10':>8} {'recall':>7} {'MRR':>6} {'zero':>6} {'n':>4}")
    for name, row in summary.items():
        print(
            f"{name:32} {row['ndcg']:8.3f} {row['recall']:7.3f} {row['mrr']:6.3f} "
            f"{row['zero']:6.1%} {row['queries']:4d}"
        )


if __name__ == "__main__":
    sys.exit(main())
