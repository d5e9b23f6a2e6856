from urllib.parse import urlsplit

from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from base import geography
from base.languages import find_in_any_language, version_in_locale, visitor_address
from base.models import SitePage, listing_page_models
from navigation.blocks import CallsToActionBlock
from taxonomy.models import WorkAxis

LATEST_COUNT = 3


class HomeFeaturedStory(Orderable):
    page = ParentalKey("home.HomePage", on_delete=models.CASCADE, related_name="featured_stories")
    story = models.ForeignKey("stories.StoryPage", on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("story")]


class HomeFeaturedToolkit(Orderable):
    page = ParentalKey("home.HomePage", on_delete=models.CASCADE, related_name="featured_toolkits")
    toolkit = models.ForeignKey("toolkits.ToolkitPage", on_delete=models.CASCADE, related_name="+")
    panels = [FieldPanel("toolkit")]


class HomePage(SitePage):
    introduction = RichTextField(
        _("introduction"),
        features=["bold", "italic", "link"],
        help_text=_("Who the network is and what visitors find here, in a few sentences."),
    )

    calls_to_action = StreamField(
        CallsToActionBlock(),
        verbose_name=_("calls to action"),
        blank=True,
        max_num=4,
        help_text=_("Join, contribute, subscribe, see the map: shown under the mission."),
    )

    content_panels = SitePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("calls_to_action"),
        InlinePanel("featured_stories", label=_("Featured stories"), max_num=6),
        InlinePanel("featured_toolkits", label=_("Featured toolkits"), max_num=6),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "stories.StoryIndexPage",
        "toolkits.ToolkitIndexPage",
        "policies.PolicyIndexPage",
        "atlas.CountryIndexPage",
        "general.GeneralPage",
        "workinggroups.WorkingGroupIndexPage",
        "organisations.OrganisationIndexPage",
        "events.EventIndexPage",
        "campaigns.CampaignIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """The page a URL names, found by its URL path in one query (and one for its type),
        where Wagtail's own route walks down the tree with two queries per level.

        This finds the page Wagtail's walk would, with the same answer for drafts (404); a URL
        that names no page (such as an event listing's calendar/, a route of its own) is left
        to that walk. The slug narrows the lookup to its index.
        """
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            named = Page.objects.filter(slug=path_components[-1], url_path=url_path)
            # Its locale with it: every page's head and language links read it.
            page = named.specific().select_related("locale", for_specific_subqueries=True).first()
            if page is not None:
                return page.route(request, [])
        try:
            return super().route(request, path_components)
        except Http404:
            return self.route_to_another_language(request, path_components)

    def route_to_another_language(self, request, path_components):
        """A page this language's tree does not hold, found in another language's tree: never a
        404 for a page that exists in some language.

        The visitor keeps the interface of this home page's language; the page's own text is
        marked with its language (see SitePage). When the page has a version in this language
        (an address with another language's slugs, or its old English slugs), the visitor is
        sent to it instead, permanently; likewise to the address with this language's section
        slugs when it has none.
        """
        page = find_in_any_language(self, path_components)
        if page is None:
            raise Http404
        if page.locale_id == self.locale_id:
            version = page
        else:
            version = version_in_locale(page, self.locale_id)
        if version is not None:
            address = version.get_url(request)
        else:
            # Under this language's section slugs (/fr/recits/, not /fr/stories/).
            address = visitor_address(page.get_url(request), self.locale.language_code, request)
        if address and urlsplit(address).path != request.path:
            request.address_in_visitor_language = address
        return page.route(request, [])

    @cached_property
    def related_lists(self):
        """What other apps list on the home page (upcoming events, featured working groups)."""
        from base.related_pages import lists_for

        return lists_for(self, self.locale.language_code)

    @cached_property
    def registered_sections(self):
        """What other apps draw on the home page (the atlas's world map)."""
        from base.page_sections import sections_for

        return sections_for(self, self.locale.language_code)

    @cached_property
    def front_page_lists(self):
        """What the home page lists: featured and latest stories and toolkits (each in the
        page's language when translated), the two listings, the work axes and the continents.

        Worked out when the template's fragment renders, so a home page whose lists come from
        the fragment cache runs none of these queries.
        """
        # The page types are named by the featured links' foreign keys and the listings' section
        # names, as the models name each other: the home page imports no other page app.
        StoryPage = HomeFeaturedStory._meta.get_field("story").related_model  # noqa: N806
        ToolkitPage = HomeFeaturedToolkit._meta.get_field("toolkit").related_model  # noqa: N806
        listings = {model.section: model for model in listing_page_models()}

        language = self.locale.language_code
        site_trees = Q()
        for home in self.get_translations(inclusive=True):
            site_trees |= Q(path__startswith=home.path)
        stories = StoryPage.objects.live().public().filter(site_trees).in_language(language)
        toolkits = ToolkitPage.objects.live().public().filter(site_trees).in_language(language)
        stories, toolkits = stories.for_listing(), toolkits.for_listing()
        featured_stories = _in_order(
            stories, [link.story for link in self.featured_stories.select_related("story")]
        )
        featured_toolkits = _in_order(
            toolkits, [link.toolkit for link in self.featured_toolkits.select_related("toolkit")]
        )
        indexes = _first_child_of_each(self, [listings["stories"], listings["toolkits"]])
        return {
            "featured_stories": featured_stories,
            "featured_toolkits": featured_toolkits,
            "latest_stories": _latest(stories, featured_stories),
            "latest_toolkits": _latest(toolkits, featured_toolkits),
            "story_index": indexes[listings["stories"]],
            "toolkit_index": indexes[listings["toolkits"]],
            "work_axes": WorkAxis.objects.filter(locale=self.locale),
            "continents": geography.continent_choices(),
        }


def _first_child_of_each(parent, models):
    """{model: the first live child of `parent` of that type, or None}, in one query. Generic
    pages: the home page shows only their addresses."""
    found = dict.fromkeys(models)
    for child in Page.objects.child_of(parent).live().type(*models).order_by("path"):
        for model in models:
            if found[model] is None and issubclass(child.specific_class, model):
                found[model] = child
    return found


def _in_order(pages, chosen):
    """The visitor's version of each page an editor chose, in the editor's order."""
    keys = [page.translation_key for page in chosen]
    by_key = {page.translation_key: page for page in pages.filter(translation_key__in=keys)}
    return [by_key[key] for key in keys if key in by_key]


def _latest(pages, featured):
    shown = [page.translation_key for page in featured]
    latest = pages.exclude(translation_key__in=shown)
    return latest.order_by(*pages.model.listing_ordering)[:LATEST_COUNT]
