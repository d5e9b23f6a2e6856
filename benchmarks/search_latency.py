"""How long the database engine takes to answer, in-process (no web server), on an index
filled by benchmarks/search_index.py. A quick check of the engine alone; benchmarks/run.py
measures the whole API under gunicorn.

    DATABASE_URL=sqlite:///filled.sqlite3 python -m benchmarks.search_latency [--rounds 5]

Prints one line of JSON: p50/p95/max in ms over the mix, and each query's p95.
"""

import argparse
import json
import statistics
import time

from benchmarks.django_environment import set_up_django

# The mix of benchmarks/run.py's search_mix, plus longer questions.
MIX = {
    "free text": ("en", {"q": "cooperative housing"}),
    "free text, rare words": ("en", {"q": "agroecology seeds"}),
    "country filter": ("en", {"q": "cooperative", "country": "BR"}),
    "several facets": ("en", {"q": "finance", "continent": "002", "kind": "toolkit"}),
    "cross-language (fr words, en)": ("en", {"q": "économie solidaire"}),
    "cross-language (en words, fr)": ("fr", {"q": "waste pickers"}),
    "question": ("en", {"q": "how do we set up a cooperative bank for women farmers"}),
    "empty query, facets": ("en", {"country": "BR"}),
    "empty query, facets (pt)": ("pt", {"continent": "019", "kind": "story"}),
    "question (es), its words new to the process": (
        "es",
        {"q": "cómo pueden las pescadoras vender su pescado al comedor escolar del municipio"},
    ),
}
# Queries whose words Apertium translates anew each time (search/word_translation.py keeps a
# process's translations): the cost of a question no visitor asked before.
UNCACHED_TRANSLATIONS = {"question (es), its words new to the process"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    set_up_django()
    from django.http import QueryDict
    from django.utils import translation

    from search.engines.database import DatabaseEngine
    from search.query_parameters import parse_search_query
    from search.word_translation import forget_translations

    engine = DatabaseEngine()
    timings = {name: [] for name in MIX}
    totals = {}
    for round_number in range(args.rounds + 1):
        for name, (language, params) in MIX.items():
            query_dict = QueryDict(mutable=True)
            query_dict.update(params)
            if name in UNCACHED_TRANSLATIONS:
                forget_translations()
            with translation.override(language):
                started = time.perf_counter()
                results = engine.search(parse_search_query(query_dict))
                elapsed = (time.perf_counter() - started) * 1000
            totals[name] = results.total
            if round_number:  # the first round warms caches (stemmers, vocabulary)
                timings[name].append(elapsed)
    every = sorted(ms for values in timings.values() for ms in values)

    def p95(values):
        values = sorted(values)
        return round(values[min(len(values) - 1, int(0.95 * len(values)))], 1)

    print(
        json.dumps(
            {
                "p50_ms": round(statistics.median(every), 1),
                "p95_ms": p95(every),
                "max_ms": round(every[-1], 1),
                "queries": {
                    name: {"p95_ms": p95(values), "total": totals[name]}
                    for name, values in timings.items()
                },
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
