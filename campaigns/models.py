"""Axis 3, convergence with other movements: joint statements signed by members and allies,
and campaigns that group events, statements and toolkits."""

from django import forms
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.models import PageManager
from wagtail.search import index

from base.models import ClassifiedPageQuerySet, SitePage
from base.section_pages import SectionIndexPage, working_groups_field
from search.registry import SearchContent, first_published_date


class CampaignIndexPage(SectionIndexPage):
    """Statements and campaigns, newest first."""

    listed_kind = "statement"  # followed by the feed of this kind (feeds/)
    feed_follows_filters = False
    # Shows no story: a story's publish leaves its cached pages true
    # (caching/dependencies.py).
    cache_independent_of = ["stories.storypage"]
    subpage_types = ["campaigns.CampaignPage", "campaigns.StatementPage"]

    class Meta:
        verbose_name = _("statements and campaigns listing")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["campaigns"] = list(
            self.pages_in_every_language(CampaignPage).order_by("-first_published_at")
        )
        context["statements"] = list(
            self.pages_in_every_language(StatementPage).order_by("-date", "-pk")
        )
        return context


class StatementPage(SitePage):
    objects = PageManager.from_queryset(ClassifiedPageQuerySet)()
    card_select_related = ["locale"]
    card_prefetch_related = []

    summary = models.TextField(_("summary"), max_length=600)
    date = models.DateField(_("date"))
    arena_name = models.CharField(
        _("arena"), max_length=200, blank=True, help_text=_("Where it was delivered.")
    )
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = RichTextField(_("text"), features=["bold", "italic", "link", "ol", "ul", "h3"])
    file = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The signed statement, as a PDF."),
    )
    signatories = ParentalManyToManyField(
        "organisations.OrganisationPage",
        blank=True,
        related_name="+",
        verbose_name=_("signatories"),
    )
    working_groups = working_groups_field()

    content_panels = SitePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("date"),
        FieldPanel("arena_name"),
        FieldPanel("event"),
        FieldPanel("body"),
        FieldPanel("file"),
        FieldPanel("signatories"),
        FieldPanel("working_groups", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = SitePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    # Shows no story: a story's publish leaves its cached pages true
    # (caching/dependencies.py).
    cache_independent_of = ["stories.storypage"]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("joint statement")
        verbose_name_plural = _("joint statements")

    country_codes = ()

    def search_content(self):
        """Its text, arena and signed file's words (unless the file is private)."""
        files_text = {}
        document = self.file
        if document is not None and not document.collection.get_view_restrictions().exists():
            text = getattr(document, "text_content", "")
            files_text[self.locale.language_code] = f"{document.title} {text}"
        return SearchContent(
            body=" ".join([self.arena_name, strip_tags(self.body)]),
            published=self.date.isoformat(),
            facets={"year": [str(self.date.year)]},
            files_text=files_text,
        )

    def get_context(self, request, *args, **kwargs):
        from base.languages import visitor_versions

        context = super().get_context(request, *args, **kwargs)
        language = self.locale.language_code
        context["signatory_list"] = lambda: list(
            visitor_versions(self.signatories.live().order_by("title"), language).values()
        )
        context["event_version"] = lambda: (
            visitor_versions([self.event.specific], language)[self.event_id]
            if self.event_id and self.event.live
            else None
        )
        return context


class CampaignPage(SitePage):
    objects = PageManager.from_queryset(ClassifiedPageQuerySet)()
    card_select_related = ["locale"]
    card_prefetch_related = []

    summary = models.TextField(_("summary"), max_length=600)
    body = RichTextField(_("text"), features=["bold", "italic", "link", "ol", "ul", "h3"])
    events = ParentalManyToManyField(
        "events.EventPage", blank=True, related_name="+", verbose_name=_("events")
    )
    statements = ParentalManyToManyField(
        "campaigns.StatementPage", blank=True, related_name="+", verbose_name=_("statements")
    )
    toolkits = ParentalManyToManyField(
        "toolkits.ToolkitPage", blank=True, related_name="+", verbose_name=_("toolkits")
    )
    working_groups = working_groups_field()

    content_panels = SitePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("events"),
        FieldPanel("statements"),
        FieldPanel("toolkits"),
        FieldPanel("working_groups", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = SitePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    # Shows no story (events, statements and toolkits):
    # a story's publish leaves its cached pages true (caching/dependencies.py).
    cache_independent_of = ["stories.storypage"]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    country_codes = ()

    def search_content(self):
        return SearchContent(body=strip_tags(self.body), published=first_published_date(self))

    def get_context(self, request, *args, **kwargs):
        from base.languages import visitor_versions

        context = super().get_context(request, *args, **kwargs)
        language = self.locale.language_code

        def campaign_lists():
            lists = [
                (_("Events"), self.events.live().order_by("starts_at")),
                (_("Statements"), self.statements.live().order_by("-date")),
                (_("Toolkits"), self.toolkits.live().order_by("title")),
            ]
            return [
                (heading, list(visitor_versions(list(pages), language).values()))
                for heading, pages in lists
                if pages
            ]

        context["campaign_lists"] = campaign_lists
        return context
