"""Stories of local SSE work, told by the network's editors, and the listing that holds them."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from base import geography
from base.blocks import BodyBlock
from base.models import ClassifiedPage, editor_tabs
from base.widgets import LongSelect
from caching import dependencies
from search.documents import streamfield_text
from search.listing import SearchListingPage
from search.registry import SearchContent


class StoryIndexPage(SearchListingPage):
    listed_page_type = "stories.StoryPage"
    listed_kind = "story"
    section = "stories"
    search_words_label = _("Words to look for in stories")
    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.StoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("story listing")


class StoryRelatedToolkit(Orderable):
    page = ParentalKey(
        "stories.StoryPage", on_delete=models.CASCADE, related_name="related_toolkits"
    )
    toolkit = models.ForeignKey(
        "toolkits.ToolkitPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("toolkit"),
    )

    panels = [FieldPanel("toolkit")]


class StoryPage(ClassifiedPage):
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero image"),
        help_text=_("A landscape photo of the people or place; shown at the top and on cards."),
    )
    # On the page, not the image: the image is shared by every language, the page is translated.
    hero_image_alt = models.CharField(
        _("hero image alt text"),
        max_length=255,
        blank=True,
        help_text=_(
            "What the photo shows, for people who cannot see it. Empty: the image's own "
            "description is used."
        ),
    )
    body = StreamField(BodyBlock(), verbose_name=_("story"))
    country = CountryField(
        _("country"), help_text=_("The country where this work happens. A story needs a country.")
    )
    locality = models.CharField(
        _("locality"),
        max_length=200,
        blank=True,
        help_text=_("Town, municipality or region, e.g. “Chefchaouen”."),
    )
    organisation = models.CharField(
        _("organisation or network"),
        max_length=200,
        help_text=_("Who does the work the story tells about."),
    )
    date = models.DateField(
        _("date"), help_text=_("When the work happened or the story was gathered.")
    )

    content_panels = ClassifiedPage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
        FieldPanel("body"),
        InlinePanel("related_toolkits", label=_("Related toolkits"), heading=_("Related toolkits")),
    ]
    classification_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country", widget=LongSelect), FieldPanel("locality")]),
                FieldPanel("organisation"),
                FieldPanel("date"),
            ],
            heading=_("Where, who and when"),
        ),
        *ClassifiedPage.taxonomy_panels,
    ]

    edit_handler = editor_tabs(content_panels, classification_panels)

    search_fields = ClassifiedPage.search_fields + [
        index.SearchField("body"),
        index.SearchField("organisation"),
        index.SearchField("locality"),
        index.FilterField("country"),
        index.FilterField("date"),
    ]

    card_select_related = [*ClassifiedPage.card_select_related, "hero_image"]
    card_prefetch_related = [*ClassifiedPage.card_prefetch_related, "hero_image__renditions"]
    listing_ordering = ["-date", "-pk"]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    @property
    def country_codes(self):
        return [self.country.code] if self.country else []

    card_template = "components/story_card.html"
    # A story shows no other story: another story's publish leaves its cached renderings true
    # (caching/dependencies.py; tests/caching/test_dependencies.py holds it to that).
    cache_independent_of = ["stories.storypage"]

    def cache_tags_renewed(self):
        """Its publish renews the pages of the toolkits it says it used ("Stories of its use"
        lists it there, though toolkits depend on no story otherwise)."""
        toolkit_ids = [link.toolkit_id for link in self.related_toolkits.all()]
        if not toolkit_ids:
            return []
        keys = Page.objects.filter(pk__in=toolkit_ids).values_list("translation_key", flat=True)
        return [stories_using_tag(key) for key in keys]

    def search_content(self):
        extra = " ".join(filter(None, [self.organisation, self.locality]))
        return SearchContent(
            body=f"{streamfield_text(self, 'body')} {extra}",
            published=self.date.isoformat(),
            facets={"year": [str(self.date.year)]},
        )

    schema_org_type = "Article"
    open_data_dataset = "stories"
    open_data_columns = (
        *ClassifiedPage.open_data_columns,
        "locality",
        "organisation",
        "date",
    )

    def open_data_values(self, base_url):
        values = super().open_data_values(base_url)
        values.update(locality=self.locality, organisation=self.organisation, date=self.date)
        return values

    def schema_org_properties(self, request, address):
        properties = super().schema_org_properties(request, address)
        properties.update(
            {
                "headline": self.title[:110],
                "author": {"@type": "Organization", "name": self.organisation},
                "contentLocation": {
                    "@type": "Place",
                    "name": ", ".join(filter(None, [self.locality, self.country.name])),
                    "address": {"@type": "PostalAddress", "addressCountry": self.country.code},
                },
                "temporalCoverage": self.date.isoformat(),
            }
        )
        return properties

    def share_image(self):
        return self.hero_image

    @property
    def continent_name(self):
        return geography.region_name(geography.continent_of(self.country.code))

    def live_related_toolkits(self):
        """The related toolkits that are live, in the editor's order, fetched as for a card:
        each in the visitor's language when translated, otherwise in its original language."""
        # Named by the link's foreign key, as the models name each other: no import of toolkits.
        ToolkitPage = StoryRelatedToolkit._meta.get_field("toolkit").related_model  # noqa: N806

        ids = [link.toolkit_id for link in self.related_toolkits.all()]
        keys = dict(ToolkitPage.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
        versions = (
            ToolkitPage.objects.filter(translation_key__in=keys.values())
            .live()
            .public()
            .in_language(get_language())
            .for_listing()
        )
        by_key = {toolkit.translation_key: toolkit for toolkit in versions}
        return [by_key[keys[pk]] for pk in ids if keys.get(pk) in by_key]


def stories_using_tag(toolkit_translation_key):
    """The dependency of a list of the stories using a toolkit (caching/dependencies.py)."""
    return f"stories-using:{toolkit_translation_key}"


def stories_using(toolkit, language):
    """The live stories that say they used this toolkit (any language version of it), one
    version each, in the visitor's language when translated."""
    from base.languages import visitor_versions

    # A story that starts using it was not shown before: its publish renews this tag.
    dependencies.record(stories_using_tag(toolkit.translation_key))
    stories = (
        StoryPage.objects.live()
        .public()
        .filter(related_toolkits__toolkit__translation_key=toolkit.translation_key)
        .order_by("pk")
        .distinct()
    )
    originals = {}
    for story in stories:
        originals.setdefault(story.translation_key, story)
    versions = visitor_versions(list(originals.values()), language)
    ids = [version.pk for version in versions.values()]
    return list(StoryPage.objects.filter(pk__in=ids).for_listing().order_by("-date", "pk"))
