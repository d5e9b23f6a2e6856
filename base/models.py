from django.apps import apps
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from base import geography
from base.languages import one_version_per_page, visitor_versions
from base.widgets import CheckboxSelectMultiple


class SitePage(Page):
    """What every page of the site shares: its search fields, Wagtail's editor tabs, and what it
    tells search engines, sharers and data users (seo/, feeds/, opendata/ read these)."""

    search_fields = Page.search_fields

    # The schema.org type of its JSON-LD (seo/structured_data.py adds the common properties).
    schema_org_type = "WebPage"

    class Meta:
        abstract = True

    def description_text(self):
        """Its description in plain text: its search description, summary or introduction."""
        for name in ("search_description", "summary", "introduction"):
            text = getattr(self, name, "")
            if text:
                return strip_tags(str(text)).strip()
        return ""

    def schema_org_properties(self, request, address):
        """The properties of this page's schema.org type beyond name, url, inLanguage,
        description, dates and language versions; `address` makes an absolute URL."""
        return {}

    def share_image(self):
        """The image shown when the page is shared; None: a generated card (seo/share_cards.py)."""
        return None


def editor_tabs(content_panels, classification_panels):
    """The page editor's tabs for a classified page: content, classification, promote, settings."""
    return TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(classification_panels, heading=_("Classification")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )


class ClassifiedPageQuerySet(PageQuerySet):
    def in_language(self, language_code):
        """One version of each page: in this language when translated, else the original."""
        return one_version_per_page(self, language_code)

    def for_listing(self):
        """Fetch what a card shows in a constant number of queries, whatever the page count."""
        return self.select_related(*self.model.card_select_related).prefetch_related(
            *self.model.card_prefetch_related
        )


TAXONOMY_FIELDS = ("work_axis", "themes", "sectors", "target_groups")


class ClassifiedPageForm(WagtailAdminPageForm):
    """The editor offers the taxonomy terms of the page's own language only.

    Every term exists once per locale: unfiltered, each theme would be offered four times
    (Women, Femmes, Mujeres, Mulheres). Terms the page already has stay on offer, so saving
    never drops one silently.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance
        if page.locale_id is None:
            return
        for name in TAXONOMY_FIELDS:
            field = self.fields.get(name)
            if field is None:
                continue
            if page._meta.get_field(name).many_to_many:
                # The form's initial terms: read here, they are not read again to be rendered.
                chosen = [getattr(term, "pk", term) for term in self.initial.get(name, ())]
            else:
                chosen = [getattr(page, f"{name}_id")]
            field.queryset = field.queryset.filter(Q(locale_id=page.locale_id) | Q(pk__in=chosen))


class ClassifiedPage(SitePage):
    """A story or a toolkit: summarised and classified by the strategic plan's taxonomy."""

    base_form_class = ClassifiedPageForm
    objects = PageManager.from_queryset(ClassifiedPageQuerySet)()
    card_select_related = ["work_axis", "locale"]
    card_prefetch_related = ["themes"]
    listing_ordering = ["-first_published_at", "-pk"]

    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("Two or three sentences shown on cards, in search results and to sharers."),
    )
    work_axis = models.ForeignKey(
        "taxonomy.WorkAxis",
        verbose_name=_("work axis"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The strategic plan's work axis this contributes to."),
    )
    themes = ParentalManyToManyField(
        "taxonomy.Theme", blank=True, related_name="+", verbose_name=_("themes")
    )
    sectors = ParentalManyToManyField(
        "taxonomy.Sector", blank=True, related_name="+", verbose_name=_("sectors")
    )
    target_groups = ParentalManyToManyField(
        "taxonomy.TargetGroup", blank=True, related_name="+", verbose_name=_("target groups")
    )

    search_fields = SitePage.search_fields + [
        index.SearchField("summary"),
        index.FilterField("work_axis"),
    ]

    taxonomy_panels = [
        FieldPanel("work_axis"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=CheckboxSelectMultiple),
                FieldPanel("sectors", widget=CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=CheckboxSelectMultiple),
            ],
            heading=_("Themes, sectors and groups"),
            help_text=_("Tick every term that applies; visitors filter and search by them."),
        ),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        self.use_terms_of_own_language()

    def use_terms_of_own_language(self):
        """Tag a translation with the terms of its own language, where they exist.

        wagtail-localize translates the work axis (a foreign key to a translatable snippet)
        but copies many-to-many fields as they are: a French story would list English themes.
        """
        for name in TAXONOMY_FIELDS[1:]:
            terms = list(getattr(self, name).all())
            keys = [term.translation_key for term in terms if term.locale_id != self.locale_id]
            if not keys:
                continue
            model = self._meta.get_field(name).related_model
            own = {
                term.translation_key: term
                for term in model.objects.filter(locale_id=self.locale_id, translation_key__in=keys)
            }
            setattr(self, name, [own.get(term.translation_key, term) for term in terms])

    @property
    def country_codes(self):
        """ISO 3166 codes of the countries this page is about; each subclass says where."""
        raise NotImplementedError

    # Open data (opendata/export.py): the columns every classified page adds to its dataset.
    open_data_columns = ("work_axis", "themes", "sectors", "target_groups", "countries")

    @classmethod
    def open_data_queryset(cls, pages):
        return pages.select_related("work_axis").prefetch_related(
            "themes", "sectors", "target_groups"
        )

    def open_data_values(self, base_url):
        """This page's values of its dataset's own columns; slugs, the same in every language."""
        values = {"work_axis": self.work_axis.slug, "countries": self.country_codes}
        for name in TAXONOMY_FIELDS[1:]:
            values[name] = sorted(term.slug for term in getattr(self, name).all())
        return values

    @cached_property
    def classification_terms(self):
        """{"themes": [...], "sectors": [...], "target_groups": [...]}, read once per page
        object: its facts list and its JSON-LD both show them (three queries, not six)."""
        return {name: list(getattr(self, name).all()) for name in TAXONOMY_FIELDS[1:]}

    def schema_org_properties(self, request, address):
        terms = self.classification_terms
        themes = [str(term) for name in TAXONOMY_FIELDS[1:] for term in terms[name]]
        return {
            "about": [{"@type": "Thing", "name": str(self.work_axis)}]
            + [{"@type": "Thing", "name": name} for name in themes],
            "keywords": ", ".join(themes),
            "spatialCoverage": [
                {"@type": "Country", "name": str(countries.name(code)), "identifier": code}
                for code in self.country_codes
            ],
        }

    @property
    def continents(self):
        return sorted({geography.continent_of(code) for code in self.country_codes} - {""})

    def linked_toolkit_version(self, toolkit):
        """(the live version of a toolkit linked from this page in the visitor's language, or the
        toolkit itself; that version's language code).

        Worked out for every toolkit block of the page at once, when the first one renders: a
        page whose body comes from the fragment cache makes no query for them at all.
        """
        language = get_language()
        by_language = self.__dict__.setdefault("_linked_toolkit_versions", {})
        if language not in by_language:
            versions = visitor_versions(self.linked_toolkits(), language)
            locales = {page.locale_id for page in versions.values()}
            codes = dict(Locale.objects.filter(pk__in=locales).values_list("pk", "language_code"))
            by_language[language] = {
                pk: (page, codes.get(page.locale_id)) for pk, page in versions.items()
            }
        return by_language[language].get(toolkit.pk, (toolkit, None))

    def linked_toolkits(self):
        """The toolkits chosen in the toolkit blocks of this page's StreamFields."""
        return [
            block.value["toolkit"]
            for field in self._meta.get_fields()
            if isinstance(field, StreamField)
            for block in getattr(self, field.name)
            if block.block_type == "toolkit" and block.value["toolkit"]
        ]


class ListingPage(SitePage):
    """A page listing its children (stories or toolkits). The search gives the listing itself
    (search.listing.SearchListingPage); the site's navigation finds listings by this class."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("A short paragraph above the list.")
    )

    content_panels = SitePage.content_panels + [FieldPanel("introduction")]
    search_fields = SitePage.search_fields + [index.SearchField("introduction")]

    listed_page_type = None  # "app_label.ModelName" of the pages listed
    listed_kind = None  # the same pages as the search's "kind" facet calls them
    schema_org_type = "CollectionPage"
    section = None  # its name in the site's sections (templates: sections.<section>)

    class Meta:
        abstract = True

    @property
    def listed_model(self):
        return apps.get_model(self.listed_page_type)


def listing_page_models():
    """Every page type that names its section (the listings, the atlas), whatever app
    defines it."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, SitePage) and getattr(model, "section", None)
    ]
