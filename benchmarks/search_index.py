"""Fill one exchange search engine with N synthetic documents and say how fast it went.

Run by benchmarks/run.py in its own process (DATABASE_URL, ELASTICSEARCH_URL and
ELASTICSEARCH_INDEX_PREFIX come from the environment); prints one line of JSON.

    python -m benchmarks.search_index --engine elasticsearch --size 10000

Elasticsearch: a new index is created, filled with ElasticsearchEngine.index_documents (the
call `rebuild_exchange_index` makes), refreshed and put behind the alias, as a rebuild does.
Database: DatabaseEngine.index_documents into search_searchdocument / search_searchfacetvalue.
The synthetic documents have no Wagtail page behind them, so the foreign key of
SearchDocument.page is not checked while they are written (SQLite only; nothing reads pages
in a search). Only the engine's calls are timed, not the making of the documents.
"""

import argparse
import itertools
import json
import time

from benchmarks.django_environment import set_up_django
from benchmarks.progress import Progress

CHUNK = 2_000


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=["elasticsearch", "database"], required=True)
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--seed", type=int, default=2021)
    args = parser.parse_args()
    set_up_django()
    from benchmarks.search_corpus import documents

    corpus = documents(args.size, seed=args.seed)
    if args.engine == "elasticsearch":
        result = fill_elasticsearch(corpus, args.size)
    else:
        result = fill_database(corpus, args.size)
    print(json.dumps(result))


def _chunks(iterable, size):
    iterator = iter(iterable)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _timed_fill(label, corpus, total, index):
    indexed, seconds, characters = 0, 0.0, 0
    with Progress(label, total) as progress:
        for chunk in _chunks(corpus, CHUNK):
            characters += sum(len(d["body"]) + len(d["files_text"]) for d in chunk)
            started = time.perf_counter()
            index(chunk)
            seconds += time.perf_counter() - started
            indexed += len(chunk)
            progress.advance(len(chunk))
    return {
        "documents": indexed,
        "seconds": round(seconds, 3),
        "documents_per_second": round(indexed / seconds, 1) if seconds else None,
        "mean_text_characters": round(characters / max(indexed, 1)),
    }


def fill_elasticsearch(corpus, total):
    from django.conf import settings

    from search.engines.elasticsearch import ElasticsearchEngine

    engine = ElasticsearchEngine(
        settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_INDEX_PREFIX, timeout=120
    )
    # Indices left by an earlier run of the benchmark with this prefix.
    for name in engine.client.indices.get(index=f"{engine.alias}_*", ignore_unavailable=True):
        engine.client.indices.delete(index=name)
    new_index = engine.create_index()
    result = _timed_fill(
        f"elasticsearch: {total:,} documents",
        corpus,
        total,
        lambda chunk: engine.index_documents(chunk, index=new_index),
    )
    started = time.perf_counter()
    engine.client.options(request_timeout=300).indices.refresh(index=new_index)
    engine.switch_alias(new_index)
    result["refresh_seconds"] = round(time.perf_counter() - started, 3)
    stats = engine.client.indices.stats(index=new_index, metric="store,docs")
    primaries = stats["indices"][new_index]["primaries"]
    result["index_bytes"] = primaries["store"]["size_in_bytes"]
    result["indexed_count"] = primaries["docs"]["count"]
    return result


def fill_database(corpus, total):
    from django.db import connection

    from search.engines.database import DatabaseEngine
    from search.models import SearchDocument

    engine = DatabaseEngine()
    with connection.constraint_checks_disabled():
        SearchDocument.objects.all().delete()
        result = _timed_fill(
            f"database: {total:,} documents", corpus, total, engine.index_documents
        )
    result["indexed_count"] = SearchDocument.objects.count()
    return result


if __name__ == "__main__":
    main()
