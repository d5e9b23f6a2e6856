"""The exchange search: an HTML page for visitors, a JSON API for partner networks, and
autocomplete. All three read the same parameters (search/query_parameters.py)."""

import math
from dataclasses import asdict

from django.core.paginator import Paginator
from django.http import JsonResponse, QueryDict
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation

from base.languages import language_name
from search import engines, registry
from search.applicability import applicability_label, scope_tiers
from search.engines.base import MAX_RESULT_WINDOW
from search.facet_labels import labelled_facets, place_label
from search.query_parameters import BadSearchRequest, parse_search_query
from search.suggestions import as_json
from search.suggestions import suggestions as suggestions_for


def run_search(params, page_size=None, widen=True):
    """(query, results), landing on the last page when asked for one past the end.

    When names in the words became filters and nothing passes them ("catadores Brasil": no
    waste pickers' page applies to Brazil), the names are searched as words instead, as if the
    visitor had removed their chips, and `results.unapplied` names them; unless `widen` is
    false (a feed keeps to what it was asked)."""
    query = parse_search_query(params, page_size)
    results = engines.search(query)
    unapplied = []
    if widen and not results.total and query.understood:
        widened_params = params.copy()
        for names in query.understood:
            widened_params.appendlist("keep", names.words)
        widened = parse_search_query(widened_params, page_size)
        # Names the visitor also chose as filters (a facet, a listing's kind) stay filters.
        unapplied = [
            names.label
            for names in query.understood
            if not set(names.values) <= set(widened.filters.get(names.facet, ()))
        ]
        widened_results = engines.search(widened) if unapplied else None
        if widened_results and widened_results.total:
            params, query, results = widened_params, widened, widened_results
        else:  # nothing either way: the chips stay, to be removed by the visitor
            unapplied = []
    last_page = max(1, math.ceil(results.total / query.page_size))
    if query.page > last_page:
        params = params.copy()
        params["page"] = str(last_page)
        query = parse_search_query(params, page_size)
        results = engines.search(query)
    results.unapplied = unapplied
    tiers = scope_tiers(query.filters)
    if tiers:
        for hit in results.hits:
            hit.applicability = applicability_label(
                hit.facets.get("scope", []), tiers, query.language
            )
    return query, results


def results_context(query, results, params):
    """What the search page and the listings show around the hits: facets, pagination."""
    # Pages past the result window would be refused: the page links stop before them.
    paginator = Paginator(range(min(results.total, MAX_RESULT_WINDOW)), query.page_size)
    parameters = params.copy()
    parameters.pop("page", None)
    for hit in results.hits:
        hit.kind_label = registry.kind_label(hit.kind) or ""
        hit.place_label = place_label(hit.facets.get("scope", []), query.language)
        hit.language_label = language_name(hit.language)
        hit.other_language_labels = [
            language_name(code) for code in hit.available_languages if code != hit.language
        ]
    return {
        "query": query,
        "search_query": query.typed,
        "understood": [
            {"label": names.label, "remove_query": _keeping(params, names.words)}
            for names in query.understood
        ],
        "results": results,
        "facets": labelled_facets(results, query),
        "facets_chosen": bool(query.filters),
        "chosen_count": sum(len(values) for values in query.filters.values()),
        "page_obj": paginator.get_page(query.page),
        "query_without_page": parameters.urlencode(),
        "did_you_mean_query": _with_text(
            params,
            " ".join([results.did_you_mean, *(names.words for names in query.understood)])
            if results.did_you_mean
            else "",
        ),
    }


def _keeping(params, words):
    """The query string of the same search with `words` taken as words, not as a filter."""
    parameters = params.copy()
    parameters.pop("page", None)
    parameters.appendlist("keep", words)
    return parameters.urlencode()


def _with_text(params, text):
    """The query string of the same search with other words ("" without words)."""
    if not text:
        return ""
    parameters = params.copy()
    parameters.pop("page", None)
    parameters["q"] = text
    return parameters.urlencode()


def search(request):
    try:
        query, results = run_search(request.GET)
    except BadSearchRequest as error:
        return TemplateResponse(request, "search/search.html", {"error": str(error)}, status=400)
    return TemplateResponse(
        request, "search/search.html", results_context(query, results, request.GET)
    )


def search_api(request):
    try:
        query, results = run_search(request.GET)
    except BadSearchRequest as error:
        return JsonResponse({"error": str(error)}, status=400)
    return JsonResponse(
        {
            "query": asdict(query),
            "total": results.total,
            "page": query.page,
            "page_size": query.page_size,
            "engine": results.engine,
            "fallback": results.fallback,
            "did_you_mean": results.did_you_mean,
            "any_word": results.any_word,
            "held_enough": results.held_enough,
            "unapplied_filters": results.unapplied,
            "incomplete": results.incomplete,
            "results": [asdict(hit) for hit in results.hits],
            "facets": labelled_facets(results, query),
        },
        json_dumps_params={"ensure_ascii": False},
    )


def autocomplete(request):
    """What the search boxes suggest for what the visitor typed (JSON, or an HTML list for
    pages that fetch it as such): countries, titles and glossary terms in their language."""
    prefix = request.GET.get("q", "")
    found = [as_json(s) for s in suggestions_for(prefix, translation.get_language())]
    for suggestion in found:
        suggestion["search_url"] = _suggestion_url(suggestion)
    if request.GET.get("format") == "html":
        return TemplateResponse(
            request, "search/autocomplete.html", {"prefix": prefix, "suggestions": found}
        )
    return JsonResponse(
        {"q": prefix, "suggestions": found}, json_dumps_params={"ensure_ascii": False}
    )


def _suggestion_url(suggestion):
    """Where choosing a suggestion goes: its page, the search filtered by its country, or the
    search for its words."""
    if suggestion["url"]:
        return suggestion["url"]
    parameters = QueryDict(mutable=True)
    if suggestion["country"]:
        parameters["country"] = suggestion["country"]
    else:
        parameters["q"] = suggestion["label"]
    return f"{reverse('search:search')}?{parameters.urlencode()}"
