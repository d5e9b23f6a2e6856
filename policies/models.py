"""Public policies on the SSE (laws, decrees, strategies, programmes, funds, local ordinances)
and how networks co-constructed them with governments, with the listing that holds them.

A policy links to the toolkits and stories that helped pass it; the toolkit and story pages
show those links in the other direction through `policies.templatetags.policy_tags`, so the
toolkits and stories apps never import this one.
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries as all_countries
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from base import geography
from base.blocks import BodyBlock
from base.models import ClassifiedPage, editor_tabs
from policies.blocks import ParticipantsBlock, TimelineBlock
from search.documents import streamfield_text
from search.listing import SearchListingPage
from search.registry import SearchContent
from search.related import related_pages
from toolkits.models import language_choices


class PolicyType(models.TextChoices):
    FRAMEWORK_LAW = "framework-law", _("Framework law")
    LAW = "law", _("Law")
    DECREE = "decree", _("Decree or regulation")
    STRATEGY = "strategy", _("Strategy or plan")
    PROGRAMME = "programme", _("Programme")
    FUND = "fund", _("Fund")
    LOCAL_ORDINANCE = "local-ordinance", _("Local ordinance")
    PROCUREMENT_RULE = "procurement-rule", _("Public procurement rule")
    OTHER = "other", _("Other")


class PolicyStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    UNDER_DEBATE = "under-debate", _("Under debate")
    ADOPTED = "adopted", _("Adopted")
    IN_FORCE = "in-force", _("In force")
    REPEALED = "repealed", _("Repealed")


class PolicyLevel(models.TextChoices):
    NATIONAL = "national", _("National")
    REGIONAL = "regional", _("Regional")
    LOCAL = "local", _("Local")


class PolicyIndexPage(SearchListingPage):
    listed_page_type = "policies.PolicyPage"
    listed_kind = "policy"
    section = "policies"
    search_words_label = _("Words to look for in public policies")
    # Shows no story (a listing of policies):
    # a story's publish leaves its cached pages true (caching/dependencies.py).
    cache_independent_of = ["stories.storypage"]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["policies.PolicyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("public policy listing")


class PolicyRelatedToolkit(Orderable):
    page = ParentalKey(
        "policies.PolicyPage", on_delete=models.CASCADE, related_name="related_toolkits"
    )
    toolkit = models.ForeignKey(
        "toolkits.ToolkitPage",
        on_delete=models.CASCADE,
        related_name="policy_links",
        verbose_name=_("toolkit"),
    )

    panels = [FieldPanel("toolkit")]


class PolicyRelatedStory(Orderable):
    page = ParentalKey(
        "policies.PolicyPage", on_delete=models.CASCADE, related_name="related_stories"
    )
    story = models.ForeignKey(
        "stories.StoryPage",
        on_delete=models.CASCADE,
        related_name="policy_links",
        verbose_name=_("story"),
    )

    panels = [FieldPanel("story")]


class PolicyPage(ClassifiedPage):
    # The page title is the title in the page's language; this one is never translated.
    original_title = models.CharField(
        _("official title"),
        max_length=400,
        help_text=_("The title as the official text has it, in its own language."),
    )
    original_language = models.CharField(
        _("language of the official text"), max_length=8, choices=language_choices
    )
    policy_type = models.CharField(_("kind of policy"), max_length=32, choices=PolicyType.choices)
    status = models.CharField(_("status"), max_length=16, choices=PolicyStatus.choices)
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    in_force_on = models.DateField(_("in force since"), null=True, blank=True)
    repealed_on = models.DateField(_("repealed on"), null=True, blank=True)
    government_level = models.CharField(
        _("level of government"), max_length=16, choices=PolicyLevel.choices
    )
    country = CountryField(_("country"))
    place = models.CharField(
        _("region or city"),
        max_length=200,
        blank=True,
        help_text=_("For a regional or local policy: the region or city that adopted it."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), help_text=_("The year of adoption, or of the proposal when not adopted.")
    )
    official_text_url = models.URLField(_("official text (link)"), blank=True)
    official_text_document = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("official text (file)"),
        help_text=_("A PDF, DOCX or ODT copy; its words are found by the site search."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("about this policy"),
        help_text=_("What the policy does and why it matters for the SSE."),
    )
    participants = StreamField(
        ParticipantsBlock(),
        blank=True,
        verbose_name=_("who co-constructed it"),
        help_text=_("The networks, governments and others that shaped it."),
    )
    timeline = StreamField(
        TimelineBlock(),
        blank=True,
        verbose_name=_("timeline"),
        help_text=_("The dated steps from the first proposal to today."),
    )

    # Lineage (base/lineage.py): the policy this one adapts, and what changed.
    adapted_from = models.ForeignKey(
        "policies.PolicyPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="adaptations",
        verbose_name=_("adapted from"),
        help_text=_("The policy, from another country, that inspired or served as model."),
    )
    adaptation_notes = models.TextField(
        _("what changed"),
        blank=True,
        help_text=_("What was changed from the original for this country."),
    )

    content_panels = ClassifiedPage.content_panels + [
        FieldPanel("original_title"),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("participants"), FieldPanel("timeline")],
            heading=_("Co-construction"),
        ),
        MultiFieldPanel(
            [FieldPanel("official_text_url"), FieldPanel("official_text_document")],
            heading=_("Official text"),
        ),
        InlinePanel("related_toolkits", label=_("Related toolkits"), heading=_("Related toolkits")),
        InlinePanel("related_stories", label=_("Related stories"), heading=_("Related stories")),
        MultiFieldPanel(
            [FieldPanel("adapted_from"), FieldPanel("adaptation_notes")],
            heading=_("Adapted from"),
        ),
    ]
    classification_panels = [
        FieldRowPanel([FieldPanel("policy_type"), FieldPanel("original_language")]),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel(
                    [
                        FieldPanel("adopted_on"),
                        FieldPanel("in_force_on"),
                        FieldPanel("repealed_on"),
                    ]
                ),
                FieldPanel("year"),
            ],
            heading=_("Status"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("government_level"),
                FieldRowPanel([FieldPanel("country"), FieldPanel("place")]),
            ],
            heading=_("Where"),
        ),
        *ClassifiedPage.taxonomy_panels,
    ]
    edit_handler = editor_tabs(content_panels, classification_panels)

    override_translatable_fields = [
        SynchronizedField("original_title", overridable=False),
        SynchronizedField("official_text_url"),
    ]

    search_fields = ClassifiedPage.search_fields + [
        index.SearchField("original_title"),
        index.SearchField("body"),
        index.FilterField("policy_type"),
        index.FilterField("status"),
        index.FilterField("country"),
        index.FilterField("year"),
    ]

    listing_ordering = ["-year", "-first_published_at", "-pk"]
    card_template = "components/policy_card.html"

    # Shows no story (the stories it links to are loaded, published or not, and so recorded):
    # a story's publish leaves its cached pages true (caching/dependencies.py).
    cache_independent_of = ["stories.storypage"]
    parent_page_types = ["policies.PolicyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("public policy")
        verbose_name_plural = _("public policies")

    @property
    def country_codes(self):
        return [self.country.code] if self.country else []

    # Structured data (seo/) and open data (opendata/).
    schema_org_type = "Legislation"
    open_data_dataset = "policies"
    OWN_OPEN_DATA_COLUMNS = (
        "original_title",
        "original_language",
        "policy_type",
        "status",
        "adopted_on",
        "in_force_on",
        "repealed_on",
        "government_level",
        "place",
        "year",
        "official_text_url",
    )
    open_data_columns = (*ClassifiedPage.open_data_columns, *OWN_OPEN_DATA_COLUMNS)

    def open_data_values(self, base_url):
        values = super().open_data_values(base_url)
        values.update({name: getattr(self, name) for name in self.OWN_OPEN_DATA_COLUMNS})
        return values

    def schema_org_properties(self, request, address):
        """schema.org's Legislation: its kind, jurisdiction, date and legal force."""
        properties = super().schema_org_properties(request, address)
        jurisdiction = {"@type": "Country", "name": str(self.country_name)}
        if self.place:
            jurisdiction = {"@type": "AdministrativeArea", "name": self.place}
            jurisdiction["containedInPlace"] = {"@type": "Country", "name": str(self.country_name)}
        properties.update(
            {
                "alternateName": self.original_title,
                "legislationType": str(self.get_policy_type_display()),
                "legislationJurisdiction": jurisdiction,
                "legislationDate": (
                    (self.adopted_on or self.in_force_on).isoformat()
                    if self.adopted_on or self.in_force_on
                    else str(self.year)
                ),
                "temporalCoverage": str(self.year),
                "creativeWorkStatus": str(self.get_status_display()),
            }
        )
        force = {PolicyStatus.IN_FORCE: "InForce", PolicyStatus.REPEALED: "NotInForce"}
        if self.status in force:
            properties["legislationLegalForce"] = f"https://schema.org/{force[self.status]}"
        if self.official_text_url:
            properties["sameAs"] = self.official_text_url
        return properties

    @property
    def country_name(self):
        return all_countries.name(self.country.code) if self.country else ""

    @property
    def lineage_year(self):
        return self.year

    @property
    def lineage_place(self):
        return ", ".join(filter(None, [self.place, str(self.country_name)]))

    @property
    def continent_name(self):
        return geography.region_name(geography.continent_of(self.country.code))

    def search_content(self):
        """Its words (titles, body, participants, timeline, place), its official text's words
        unless that file is private, and its own facets (search/registry.py)."""
        body = " ".join(
            [
                self.original_title,
                self.place,
                *(streamfield_text(self, name) for name in ("body", "participants", "timeline")),
            ]
        )
        document = self.official_text_document
        files_text = {}
        if document is not None and not document.collection.get_view_restrictions().exists():
            files_text[self.original_language] = f"{document.title} {document.text_content}"
        return SearchContent(
            body=body,
            published=f"{self.year:04d}-12-31",
            facets={
                "year": [str(self.year)],
                "policy_type": [self.policy_type],
                "status": [self.status],
                "level": [self.government_level],
            },
            files_text=files_text,
        )

    def _visitor_versions(self, links, model, field):
        keys = [getattr(link, field).translation_key for link in links]
        versions = (
            model.objects.filter(translation_key__in=keys)
            .live()
            .public()
            .in_language(get_language())
            .for_listing()
        )
        by_key = {page.translation_key: page for page in versions}
        return [by_key[key] for key in keys if key in by_key]

    def live_related_toolkits(self):
        """The related toolkits that are live, in the editor's order, each in the visitor's
        language when translated, otherwise in its original language."""
        from toolkits.models import ToolkitPage

        links = self.related_toolkits.select_related("toolkit")
        return self._visitor_versions(links, ToolkitPage, "toolkit")

    def similar_policies(self, limit=4):
        """The policies most like this one in content, themes and where they apply (the site
        search's likeness, search/related.py): what other places did."""
        return related_pages(self, limit)

    def live_related_stories(self):
        from stories.models import StoryPage

        links = self.related_stories.select_related("story")
        return self._visitor_versions(links, StoryPage, "story")


def pages_showing(documents):
    """The policies whose official text is one of these documents (a queryset)."""
    return set(PolicyPage.objects.filter(official_text_document__in=documents))


def policies_related_to(page, language):
    """Live policies that link to this toolkit or story (in any of its languages), one
    version each: in `language` when translated, else the original. One query."""
    from toolkits.models import ToolkitPage

    if isinstance(page, ToolkitPage):
        linked = models.Q(related_toolkits__toolkit__translation_key=page.translation_key)
    else:
        linked = models.Q(related_stories__story__translation_key=page.translation_key)
    pages = PolicyPage.objects.live().public().filter(linked).in_language(language)
    pks = pages.values("pk")
    return list(PolicyPage.objects.filter(pk__in=pks).for_listing().order_by("-year", "pk"))
