"""The site search page: stories and toolkits matching the visitor's words."""

from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results = pages.search(query)
    paginator = Paginator(results, settings.LISTING_PAGE_SIZE)
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "page_obj": paginator.get_page(request.GET.get("page"))},
    )
