"""modelsearch internals the site relies on (modelsearch, Wagtail 8.0's search backends)."""

from django.db.models import IntegerField
from django.db.models.functions import Cast
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

# The SQLite backend's own _do_search, once replaced (None on other databases: the SQLite
# backend's module defines models that exist only on SQLite, so it is imported only there).
_ORIGINAL_DO_SEARCH = None


def _rank_once(results):
    """One page of results ranked by one query over the matches, then fetched by their keys."""
    from modelsearch.backends.database.sqlite import sqlite as sqlite_backend

    compiler = results.query_compiler
    query = sqlite_backend.normalize(compiler.query)
    if (
        not compiler.order_by_relevance
        or results.stop is None
        or isinstance(query, (MatchAll, Not))
    ):
        return _ORIGINAL_DO_SEARCH(results)
    config = compiler.get_config(results.backend)
    # What modelsearch's search() builds, up to the matches with their score.
    match = sqlite_backend.MatchExpression(
        compiler.fields or compiler.FTS_TABLE_FIELDS,
        compiler.build_search_query(query, config=config),
    )
    content_types = get_descendants_content_types_pks(compiler.queryset.model)
    ranked = list(
        sqlite_backend.SQLiteFTSIndexEntry.objects.filter(match)
        .filter(index_entry__content_type__in=content_types)
        # The caller's queryset only filters here (IN, computed once): its annotations are
        # computed below, for the page of results alone.
        .filter(index_entry__object_id__in=compiler.queryset.values("pk"))
        .annotate(
            score=compiler._build_rank_expression(compiler.get_search_vectors(), config),
            key=Cast("index_entry__object_id", IntegerField()),
        )
        .order_by("score", "-key")
        .values_list("key", "score")[results.start : results.stop]
    )
    objects = compiler.queryset.in_bulk([key for key, _score in ranked])
    found = []
    for key, score in ranked:
        if key in objects:
            if results._score_field:
                setattr(objects[key], results._score_field, score)
            found.append(objects[key])
    return found


def rank_sqlite_search_once():
    """Make the SQLite search backend rank a page of results without re-running the full-text
    match for every matching row.

    Patched: modelsearch.backends.database.sqlite.sqlite.SQLiteSearchResults._do_search. Why:
    it orders the caller's queryset by a correlated subquery (the match's bm25 score for each
    row), which SQLite evaluates by scanning every match for every matching row: the admin's
    page search for "cooperative" over 10,000 pages (8,700 matches) took 3 s, quadratic in the
    matches. Here the scores come from one pass over the matches, ordered and sliced, and the
    caller's queryset (the admin's annotations) is evaluated for that page of results only.
    Goes when modelsearch ranks with a join (PostgreSQL's backend is not affected, and left
    alone).
    """
    global _ORIGINAL_DO_SEARCH
    from django.db import connection

    if connection.vendor != "sqlite" or _ORIGINAL_DO_SEARCH is not None:
        return
    from modelsearch.backends.database.sqlite import sqlite as sqlite_backend

    _ORIGINAL_DO_SEARCH = sqlite_backend.SQLiteSearchResults._do_search
    sqlite_backend.SQLiteSearchResults._do_search = _rank_once
