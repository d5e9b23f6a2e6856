"""RSS 2.0 and Atom feeds of the exchange: what a listing shows, newest first.

A feed takes the search's parameters (search/query_parameters.py): `kind`, `country`,
`continent`, `theme`, `axis`, `sector`, `group`, `type`, `q`… in the language of its address
(/fr/feeds/rss/?kind=story&country=SN). So every listing, and every filter of it, has its feed,
and a page type that joins the search (a new `kind`, a new facet) joins the feeds with no change
here. Items are read from the database after the search: a page no longer live or public, or a
draft, is never in a feed.

What a page gathers that the search's filters cannot say (a working group's stories and
toolkits: those sharing any of its themes, sectors or target groups) has its feed too, at
?<parameter>=<value> (/fr/feeds/rss/?working_group=youth): its app registers how to find the
pages (register_source, in its AppConfig.ready), since the feeds import no page app.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponseBadRequest, QueryDict
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from search.documents import FACET_NAMES
from search.facet_labels import facet_labeller
from search.query_parameters import BadSearchRequest
from search.views import run_search
from seo.addresses import page_address

FEED_SIZE = 30
# Words and facets choose what a feed holds; page, sort and size are the feed's own.
FEED_PARAMETERS = ("q", *FACET_NAMES)


def feed_parameters(params):
    """The parameters of `params` that choose what a feed holds (not page, sort or size)."""
    kept = QueryDict(mutable=True)
    for name in FEED_PARAMETERS:
        values = [value for value in params.getlist(name) if value.strip()]
        if values:
            kept.setlist(name, values)
    return kept


class FeedContent:
    def __init__(self, request, query, pages, params, source=None):
        self.request, self.query, self.pages, self.params = request, query, pages, params
        self.source = source  # a registered source's PageSource, or None for a search's feed


@dataclass
class PageSource:
    title: str
    link: str  # the page gathering the feed's pages
    pages: list


# parameter -> source(value, language) -> a PageSource, or None when no page answers to value.
_sources = {}


def register_source(parameter, source):
    _sources[parameter] = source


def source_parameters():
    return list(_sources)


class ExchangeRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        try:
            return super().__call__(request, *args, **kwargs)
        except BadSearchRequest as error:
            return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")

    def get_object(self, request):
        for parameter, source in _sources.items():
            value = request.GET.get(parameter, "").strip()
            if value:
                return self.source_content(request, parameter, value, source)
        params = feed_parameters(request.GET)
        search_params = params.copy()
        search_params["sort"] = "newest"
        search_params["page_size"] = str(FEED_SIZE)
        query, results = run_search(search_params, widen=False)
        ids = [hit.page_id for hit in results.hits]
        found = Page.objects.live().public().filter(pk__in=ids).specific().in_bulk()
        pages = [found[pk] for pk in ids if pk in found]
        _add_addresses(pages, request)
        return FeedContent(request, query, pages, params)

    def source_content(self, request, parameter, value, source):
        found = source(value, get_language())
        if found is None:
            raise Http404(f"No {parameter} {value}")
        pages = list(found.pages)[:FEED_SIZE]
        _add_addresses(pages, request)
        params = QueryDict(mutable=True)
        params[parameter] = value
        return FeedContent(request, None, pages, params, source=found)

    def title(self, content):
        site = Site.find_for_request(content.request)
        site_name = (site and site.site_name) or settings.WAGTAIL_SITE_NAME
        if content.source is not None:
            return f"{site_name} · {content.source.title}"
        label = facet_labeller(content.query.language)
        kinds = content.query.filters.get("kind", [])
        what = ", ".join(label("kind", kind) for kind in kinds) or _("Stories and toolkits")
        chosen = [
            label(name, value)
            for name, values in content.query.filters.items()
            if name != "kind"
            for value in values
        ]
        if content.query.text:
            chosen.insert(0, f"“{content.query.text}”")
        return " · ".join([site_name, what, *chosen])

    def link(self, content):
        if content.source is not None:
            return content.source.link
        query = content.params.urlencode()
        return reverse("search:search") + (f"?{query}" if query else "")

    def feed_url(self, content):
        query = content.params.urlencode()
        return content.request.path + (f"?{query}" if query else "")

    def description(self, content):
        return _("The newest pages of the exchange that match, in its language when translated.")

    def subtitle(self, content):
        return self.description(content)

    def items(self, content):
        return content.pages

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        return page.description_text() if hasattr(page, "description_text") else ""

    def item_link(self, page):
        return page.feed_address

    def item_guid(self, page):
        return self.item_link(page)

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at or page.first_published_at

    def item_categories(self, page):
        themes = getattr(page, "themes", None)
        return [theme.name for theme in themes.all()] if themes is not None else []


def _add_addresses(pages, request):
    for page in pages:
        page.feed_address = page_address(page, request)


class ExchangeAtomFeed(ExchangeRssFeed):
    feed_type = Atom1Feed
