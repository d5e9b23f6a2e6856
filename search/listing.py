"""The story and toolkit listings: the exchange search restricted to one kind of page.

A listing is the search page without its "type of content" facet: the same free text, counted
facets, sorting and pagination, so a visitor who filters the toolkits by country sees exactly
what the search page would show. Its cards are the pages themselves (fetched in bulk from the
database, the source of truth: a page the index still holds but that is no longer live or
public is left out).
"""

from django.conf import settings
from django.core.paginator import Page

from base.models import ListingPage
from search.engines.base import MAX_RESULT_WINDOW
from search.query_parameters import BadSearchRequest
from search.views import results_context, run_search


def listing_context(params, kind, page_model):
    """The template context of a listing of `kind` ("story" or "toolkit") pages."""
    search_params = params.copy()
    search_params.setlist("kind", [kind])
    # A listing is browsed more than searched: a bad page number shows the first page, one
    # past the end the last (run_search), and without words to rank by, the newest come first.
    page = search_params.get("page", "")
    if not page.isdigit() or page == "0":
        search_params.pop("page", None)
    elif int(page) * settings.LISTING_PAGE_SIZE > MAX_RESULT_WINDOW:
        search_params["page"] = str(MAX_RESULT_WINDOW // settings.LISTING_PAGE_SIZE)
    if not search_params.get("sort") and not search_params.get("q", "").strip():
        search_params["sort"] = "newest"
    try:
        query, results = run_search(search_params, page_size=settings.LISTING_PAGE_SIZE)
    except BadSearchRequest as error:
        return {"search_error": str(error)}
    context = results_context(query, results, params)
    context["facets"] = [facet for facet in context["facets"] if facet["name"] != "kind"]
    context["facets_chosen"] = bool(set(query.filters) - {"kind"})
    context["chosen_count"] = sum(len(v) for f, v in query.filters.items() if f != "kind")
    pages = page_model.objects.live().public().for_listing()
    pages = pages.in_bulk([hit.page_id for hit in results.hits])
    listed = []
    for hit in results.hits:
        if hit.page_id in pages:
            page = pages[hit.page_id]
            page.search_highlights = hit.highlights
            listed.append(page)
    found = context["page_obj"]
    context["page_obj"] = Page(listed, found.number, found.paginator)
    return context


class SearchListingPage(ListingPage):
    """A listing page whose list is the exchange search restricted to its `listed_kind`."""

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(request.GET, self.listed_kind, self.listed_model))
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if "search_error" in response.context_data:
            response.status_code = 400
        return response
