"""The network's working groups: thematic, sectoral, by target group or regional.

A group's page shows its mandate, coordinators and contact, and lists automatically what the
network produces in its field: the stories and toolkits sharing its themes, sectors and target
groups, and the members, events and statements that name the group (base/related_pages.py).
"""

from django import forms
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from base import geography
from base.models import ClassifiedPageQuerySet, SitePage
from base.section_pages import SectionIndexPage
from search.registry import SearchContent, first_published_date


class WorkingGroupKind(models.TextChoices):
    THEMATIC = "thematic", _("Thematic")
    SECTORAL = "sectoral", _("Sectoral")
    TARGET_GROUP = "target-group", _("Target group")
    REGIONAL = "regional", _("Regional")


class WorkingGroupIndexPage(SectionIndexPage):
    # Shows no story: a story's publish leaves its cached pages true
    # (caching/dependencies.py).
    cache_independent_of = ["stories.storypage"]
    subpage_types = ["workinggroups.WorkingGroupPage"]

    class Meta:
        verbose_name = _("working group index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        groups = (
            WorkingGroupPage.objects.child_of(self)
            .live()
            .public()
            .order_by("title")
            .select_related("locale")
        )
        by_kind = {kind: [] for kind in WorkingGroupKind.values}
        for group in groups:
            by_kind[group.kind].append(group)
        context["kinds"] = [
            (kind, WorkingGroupKind(kind).label, by_kind[kind])
            for kind in WorkingGroupKind.values
            if by_kind[kind]
        ]
        return context


class WorkingGroupCoordinator(Orderable):
    page = ParentalKey(
        "workinggroups.WorkingGroupPage", on_delete=models.CASCADE, related_name="coordinators"
    )
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    organisation = models.ForeignKey(
        "organisations.OrganisationPage",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("organisation")]


class WorkingGroupPage(SitePage):
    objects = PageManager.from_queryset(ClassifiedPageQuerySet)()
    card_select_related = ["locale"]
    card_prefetch_related = []

    kind = models.CharField(_("kind"), max_length=20, choices=WorkingGroupKind.choices)
    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("A sentence or two shown on cards.")
    )
    mandate = RichTextField(
        _("mandate"),
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("What the group was set up to do, and in which arenas."),
    )
    continent = models.CharField(
        _("continent"),
        max_length=3,
        blank=True,
        choices=geography.continent_choices,
        help_text=_("Regional groups: the continent they work on."),
    )
    themes = ParentalManyToManyField("taxonomy.Theme", blank=True, related_name="+")
    sectors = ParentalManyToManyField("taxonomy.Sector", blank=True, related_name="+")
    target_groups = ParentalManyToManyField("taxonomy.TargetGroup", blank=True, related_name="+")
    contact_email = models.EmailField(_("contact email"), blank=True)
    featured = models.BooleanField(
        _("featured on the home page"), default=False, help_text=_("At most four are shown.")
    )

    content_panels = SitePage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("mandate"),
        InlinePanel("coordinators", label=_("Coordinators"), heading=_("Coordinators")),
        FieldPanel("contact_email"),
        FieldPanel("featured"),
        MultiFieldPanel(
            [
                FieldPanel("continent"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Field of work"),
            help_text=_("Stories and toolkits with these terms are listed on the group's page."),
        ),
    ]
    search_fields = SitePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("mandate"),
        index.FilterField("kind"),
    ]
    parent_page_types = ["workinggroups.WorkingGroupIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")

    @property
    def kind_label(self):
        return WorkingGroupKind(self.kind).label if self.kind else ""

    # The exchange search (search/registry.py): no countries; a regional group applies to every
    # country of its continent (search/applicability.py).
    country_codes = ()

    @property
    def region_codes(self):
        return [self.continent] if self.continent else []

    def search_content(self):
        return SearchContent(
            body=" ".join([self.kind_label and str(self.kind_label), strip_tags(self.mandate)]),
            published=first_published_date(self),
        )

    def taxonomy_filter(self):
        """Pages sharing one of the group's terms (compared by slug: the same in every
        language), or None when the group has none."""
        terms = Q()
        for name, slugs in self.term_slugs.items():
            if slugs:
                terms |= Q(**{f"{name}__slug__in": slugs})
        return terms or None

    @cached_property
    def term_slugs(self):
        """{"themes": [...], "sectors": [...], "target_groups": [...]}, read once per page
        object: its stories and its toolkits are both listed by them (three queries, not six)."""
        return {
            name: [term.slug for term in getattr(self, name).all()]
            for name in ("themes", "sectors", "target_groups")
        }

    def get_context(self, request, *args, **kwargs):
        from base.related_pages import lists_for

        context = super().get_context(request, *args, **kwargs)
        language = self.locale.language_code
        context["related_lists"] = lambda: lists_for(self, language)
        context["coordinator_list"] = lambda: self.coordinators_in(language)
        return context

    def coordinators_in(self, language):
        """(coordinator, their live organisation in this language or None), in two queries."""
        from base.languages import visitor_versions

        coordinators = list(self.coordinators.select_related("organisation"))
        organisations = [c.organisation for c in coordinators if c.organisation]
        versions = visitor_versions([o for o in organisations if o.live], language)
        return [(c, versions.get(c.organisation_id)) for c in coordinators]
