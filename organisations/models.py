"""The network's members (continental, national and local networks) and its allies (other
movements and multi-stakeholder platforms), with a filterable directory.

An organisation's name and acronym stay in its original language in every translation of the
site; what it contributed (events organised, statements signed) is listed on its page by the
apps that hold them (base/related_pages.py).
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from base import geography
from base.models import ClassifiedPageQuerySet, SitePage
from base.section_pages import SectionIndexPage, working_groups_field
from search.registry import SearchContent, first_published_date


class OrganisationKind(models.TextChoices):
    CONTINENTAL_NETWORK = "continental-network", _("Continental network")
    NATIONAL_NETWORK = "national-network", _("National network")
    LOCAL_NETWORK = "local-network", _("Local network")
    ALLIED_MOVEMENT = "allied-movement", _("Allied movement")
    PLATFORM = "platform", _("Multi-stakeholder platform")


MEMBER_KINDS = {
    OrganisationKind.CONTINENTAL_NETWORK,
    OrganisationKind.NATIONAL_NETWORK,
    OrganisationKind.LOCAL_NETWORK,
}


class OrganisationPage(SitePage):
    card_template = "components/organisation_card.html"
    objects = PageManager.from_queryset(ClassifiedPageQuerySet)()
    card_select_related = ["locale", "logo"]
    card_prefetch_related = ["logo__renditions"]

    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    kind = models.CharField(_("kind"), max_length=30, choices=OrganisationKind.choices)
    summary = models.TextField(_("summary"), max_length=600, blank=True)
    country = CountryField(
        _("country"), blank=True, help_text=_("Empty for continental and international bodies.")
    )
    continent = models.CharField(
        _("continent"),
        max_length=3,
        blank=True,
        choices=geography.continent_choices,
        help_text=_("Empty: the continent of its country."),
    )
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    logo_alt_text = models.CharField(
        _("logo alt text"),
        max_length=200,
        blank=True,
        help_text=_("What the logo shows; empty when it only shows the name."),
    )
    working_groups = working_groups_field()
    member_since = models.PositiveSmallIntegerField(
        _("member since"), null=True, blank=True, help_text=_("Year; members only.")
    )

    content_panels = [
        FieldRowPanel([FieldPanel("title", heading=_("name")), FieldPanel("acronym")]),
        FieldPanel("kind"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("continent")]),
                FieldPanel("website"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel([FieldPanel("logo"), FieldPanel("logo_alt_text")], heading=_("Logo")),
        FieldPanel("working_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("member_since"),
    ]
    search_fields = SitePage.search_fields + [
        index.SearchField("acronym"),
        index.SearchField("summary"),
        index.FilterField("kind"),
        index.FilterField("country"),
    ]
    # The name and acronym are the organisation's own, in its own language, on every version.
    override_translatable_fields = [
        SynchronizedField("title", overridable=False),
        SynchronizedField("acronym", overridable=False),
    ]
    # Shows no story (its lists are events and statements):
    # a story's publish leaves its cached pages true (caching/dependencies.py).
    cache_independent_of = ["stories.storypage"]
    parent_page_types = ["organisations.OrganisationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    @property
    def is_member(self):
        return self.kind in MEMBER_KINDS

    @property
    def kind_label(self):
        return OrganisationKind(self.kind).label if self.kind else ""

    @property
    def continent_code(self):
        return self.continent or (geography.continent_of(self.country.code) if self.country else "")

    @property
    def continent_name(self):
        code = self.continent_code
        return geography.region_name(code) if code else ""

    @property
    def country_codes(self):
        return [self.country.code] if self.country else []

    @property
    def region_codes(self):
        """A continental body without a country is on its continent: the search lists it for
        every country there (search/applicability.py)."""
        return [self.continent] if self.continent and not self.country else []

    def search_content(self):
        """Its acronym, kind and website find it (search/registry.py)."""
        return SearchContent(
            body=" ".join([self.acronym, str(self.kind_label), self.website]),
            published=first_published_date(self),
            labels={self.acronym} - {""},
        )

    # Structured data (seo/) and open data (opendata/).
    schema_org_type = "Organization"
    open_data_dataset = "organisations"
    open_data_columns = (
        "acronym",
        "kind",
        "is_member",
        "country",
        "continent",
        "website",
        "member_since",
        "working_groups",
    )

    @classmethod
    def open_data_queryset(cls, pages):
        return pages.prefetch_related("working_groups")

    def open_data_values(self, base_url):
        """Working groups by their translation key (the `id` of their dataset)."""
        return {
            "acronym": self.acronym,
            "kind": self.kind,
            "is_member": self.is_member,
            "country": self.country.code if self.country else "",
            "continent": self.continent_code,
            "website": self.website,
            "member_since": self.member_since,
            "working_groups": sorted(
                str(group.translation_key) for group in self.working_groups.all()
            ),
        }

    def schema_org_properties(self, request, address):
        """schema.org's Organization: its acronym, website, where it is, its logo."""
        properties = {}
        if self.acronym:
            properties["alternateName"] = self.acronym
        if self.website:
            properties["sameAs"] = self.website
        if self.country:
            properties["address"] = {"@type": "PostalAddress", "addressCountry": self.country.code}
        elif self.continent_code:
            properties["areaServed"] = {"@type": "Place", "name": str(self.continent_name)}
        return properties

    def share_image(self):
        return self.logo

    def get_context(self, request, *args, **kwargs):
        from base.languages import visitor_versions
        from base.related_pages import lists_for

        context = super().get_context(request, *args, **kwargs)
        language = self.locale.language_code
        context["related_lists"] = lambda: lists_for(self, language)
        context["groups"] = lambda: list(
            visitor_versions(self.working_groups.live().order_by("title"), language).values()
        )
        return context


class OrganisationIndexPage(SectionIndexPage):
    """The directory: every organisation, filtered by country, kind and working group."""

    listed_kind = "organisation"  # followed by the feed of this kind (feeds/)
    feed_follows_filters = False
    # Shows no story: a story's publish leaves its cached pages true
    # (caching/dependencies.py).
    cache_independent_of = ["stories.storypage"]
    subpage_types = ["organisations.OrganisationPage"]

    class Meta:
        verbose_name = _("organisation directory")

    def get_context(self, request, *args, **kwargs):
        from organisations.directory import directory_context

        context = super().get_context(request, *args, **kwargs)
        context.update(directory_context(self, request.GET))
        return context
