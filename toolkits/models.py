"""Advocacy toolkits: pages that offer downloadable files, and the documents behind them.

A toolkit in several languages is one ToolkitPage with one ToolkitFile per language version.
"""

import functools

from babel import Locale
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries import countries as all_countries
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents.models import AbstractDocument, Document
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from base.blocks import BodyBlock
from base.languages import language_name
from base.models import ClassifiedPage, ClassifiedPageForm, editor_tabs
from base.widgets import LongSelect, LongSelectMultiple, Select
from compat.django import is_prefetched
from compat.wagtail import set_document_file_metadata
from search.documents import streamfield_text
from search.listing import SearchListingPage
from search.registry import SearchContent
from search.related import related_pages
from taxonomy.models import GovernmentLevel
from toolkits.file_contents import read_file_contents
from toolkits.text_language import text_language


class TextStatus(models.TextChoices):
    READING = "reading", _("Text being read")
    READ = "read", _("Text read")
    UNREADABLE = "unreadable", _("Text unreadable")


class ToolkitDocument(AbstractDocument):
    """A document that knows its page count, text and the language of that text, read from the
    file in the background worker after each upload (toolkits/tasks.py)."""

    page_count = models.PositiveIntegerField(null=True, blank=True, editable=False)
    text_content = models.TextField(blank=True, editable=False)
    # The file hash the two fields above were read from, so a replaced file is read again.
    contents_hash = models.CharField(max_length=40, blank=True, editable=False)
    text_status = models.CharField(
        max_length=16, choices=TextStatus.choices, default=TextStatus.READ, editable=False
    )
    # ISO 639-1 code guessed from the text (toolkits/text_language.py); blank when not told.
    text_language = models.CharField(max_length=8, blank=True, editable=False)

    admin_form_fields = Document.admin_form_fields

    search_fields = AbstractDocument.search_fields + [index.SearchField("text_content")]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    TEXT_FIELDS = ["page_count", "text_content", "contents_hash", "text_status", "text_language"]

    def clean(self):
        # A file the form refused (toolkits/forms.py) never reaches the instance: Wagtail's
        # extension check would then add a false "File extension “” is not allowed".
        if self.file:
            super().clean()

    def save(self, *args, **kwargs):
        if self.file and (not self.file_hash or self.file_size is None):
            set_document_file_metadata(self)
        file_is_new = bool(self.file) and self.contents_hash != self.file_hash
        if file_is_new:  # what was read belongs to the file before
            self.page_count, self.text_content, self.text_language = None, "", ""
            self.text_status = TextStatus.READING
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], *self.TEXT_FIELDS}
        super().save(*args, **kwargs)
        if file_is_new:
            from toolkits.tasks import read_document_text

            # In the caller's transaction: the upload and the task to read it commit together.
            result = read_document_text.enqueue(self.pk)
            if result.is_finished:  # run at once (the tests' ImmediateBackend)
                self.refresh_from_db(fields=self.TEXT_FIELDS)

    def read_contents(self):
        """Read the file (in a bounded child process) into the text fields; not saved."""
        with self.open_file() as file:
            contents = read_file_contents(file, self.file_extension)
        self.page_count = contents.page_count
        self.text_content = contents.text
        self.text_language = text_language(contents.text) or ""
        self.contents_hash = self.file_hash
        self.text_status = TextStatus.READ if contents.readable else TextStatus.UNREADABLE

    @property
    def format_label(self):
        return self.file_extension.upper()


@functools.cache
def language_choices():
    """Every ISO 639-1 language CLDR names, so a file can be in Wolof or Quechua too.

    Computed once: the field calls it for every file of a toolkit each time the editor renders
    (about 4 ms a call), and CLDR's names do not change while the process runs."""
    names = Locale("en").languages
    return sorted(
        ((code, name) for code, name in names.items() if len(code) == 2), key=lambda c: c[1]
    )


class ToolkitFile(TranslatableMixin, Orderable):
    """One language version of a toolkit. A translated toolkit page lists the same files:
    only the label is translated; the document and its language are facts about the file."""

    page = ParentalKey("toolkits.ToolkitPage", on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "toolkits.ToolkitDocument",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("file"),
        help_text=_(
            "Upload a PDF, DOCX, ODT or other document. Format, size and page count "
            "are read from the file."
        ),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=language_choices,
        help_text=_("The language the file is written in."),
    )
    label = models.CharField(
        _("label"),
        max_length=200,
        blank=True,
        help_text=_("Optional, e.g. “Summary for local councillors”. Shown on the button."),
    )

    panels = [
        FieldPanel("document"),
        FieldRowPanel([FieldPanel("language", widget=LongSelect), FieldPanel("label")]),
    ]
    translatable_fields = [
        SynchronizedField("document", overridable=False),
        SynchronizedField("language", overridable=False),
        TranslatableField("label"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")

    @property
    def language_name(self):
        return language_name(self.language)


def pages_showing(documents):
    """The toolkits offering any of these documents (a queryset) as one of their files."""
    files = ToolkitFile.objects.filter(document__in=documents).select_related("page")
    return {file.page.specific for file in files}


class ToolkitType(models.TextChoices):
    ADVOCACY_GUIDE = "advocacy-guide", _("Advocacy guide")
    POLICY_BRIEF = "policy-brief", _("Policy brief")
    LEGAL_MODEL = "legal-model", _("Legal or regulatory model")
    TRAINING_MATERIAL = "training-material", _("Training material")
    CAMPAIGN_KIT = "campaign-kit", _("Campaign kit")
    CASE_STUDIES = "case-studies", _("Case-study collection")
    DATA_TOOL = "data-tool", _("Data or mapping tool")


class Licence(models.TextChoices):
    CC_BY = "cc-by-4.0", "Creative Commons BY 4.0"
    CC_BY_SA = "cc-by-sa-4.0", "Creative Commons BY-SA 4.0"
    CC_BY_NC = "cc-by-nc-4.0", "Creative Commons BY-NC 4.0"
    CC_BY_NC_SA = "cc-by-nc-sa-4.0", "Creative Commons BY-NC-SA 4.0"
    CC0 = "cc0-1.0", _("CC0 1.0 (public domain)")
    ALL_RIGHTS_RESERVED = "all-rights-reserved", _("All rights reserved")


LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC_BY_NC: "https://creativecommons.org/licenses/by-nc/4.0/",
    Licence.CC_BY_NC_SA: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
}


class ToolkitIndexPage(SearchListingPage):
    listed_page_type = "toolkits.ToolkitPage"
    listed_kind = "toolkit"
    section = "toolkits"
    search_words_label = _("Words to look for in toolkits")
    # Shows no story (a listing of toolkits): a story's publish leaves its cached pages true
    # (caching/dependencies.py).
    cache_independent_of = ["stories.storypage"]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["toolkits.ToolkitPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("toolkit listing")


class ToolkitPageForm(ClassifiedPageForm):
    def clean(self):
        cleaned_data = super().clean()
        # A draft may leave it for later, as Wagtail lets drafts leave required fields empty.
        if self.is_deferred_validation:
            return cleaned_data
        if not cleaned_data.get("countries") and not cleaned_data.get("is_international"):
            self.add_error("countries", _("Choose at least one country, or tick “international”."))
        return cleaned_data


class ToolkitPage(ClassifiedPage):
    base_form_class = ToolkitPageForm
    description = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("description"),
        help_text=_("What the toolkit contains, who made it and how it was used."),
    )
    toolkit_type = models.CharField(_("type"), max_length=32, choices=ToolkitType.choices)
    countries = CountryField(
        _("countries"),
        multiple=True,
        blank=True,
        help_text=_("Countries the toolkit comes from or applies to."),
    )
    is_international = models.BooleanField(
        _("international"),
        default=False,
        help_text=_("Tick when the toolkit is not tied to particular countries."),
    )
    government_level = models.CharField(
        _("level of government addressed"), max_length=16, choices=GovernmentLevel.choices
    )
    publisher = models.CharField(
        _("publisher"), max_length=200, help_text=_("The organisation or network that made it.")
    )
    year = models.PositiveSmallIntegerField(_("year of publication"))
    licence = models.CharField(
        _("licence"),
        max_length=32,
        choices=Licence.choices,
        default=Licence.CC_BY_SA,
        help_text=_("Under which terms others may reuse it."),
    )

    # Lineage (base/lineage.py): the toolkit this one adapts, and what changed.
    adapted_from = models.ForeignKey(
        "toolkits.ToolkitPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="adaptations",
        verbose_name=_("adapted from"),
        help_text=_("The toolkit, from another country or language, that this one adapts."),
    )
    adaptation_notes = models.TextField(
        _("what changed"),
        blank=True,
        help_text=_("What was changed from the original: language, law, examples, audience."),
    )

    content_panels = ClassifiedPage.content_panels + [
        FieldPanel("summary"),
        InlinePanel(
            "files",
            min_num=1,
            label=_("Files"),
            heading=_("Files (one per language version)"),
            help_text=_("A toolkit needs at least one file."),
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("publisher"),
                FieldRowPanel([FieldPanel("year"), FieldPanel("licence", widget=Select)]),
            ],
            heading=_("Publication"),
        ),
        MultiFieldPanel(
            [FieldPanel("adapted_from"), FieldPanel("adaptation_notes")],
            heading=_("Adapted from"),
        ),
    ]
    classification_panels = [
        FieldPanel("toolkit_type", widget=Select),
        FieldPanel("government_level", widget=Select),
        MultiFieldPanel(
            [
                FieldPanel("countries", widget=LongSelectMultiple(attrs={"size": 12})),
                FieldPanel("is_international"),
            ],
            heading=_("Where"),
        ),
        *ClassifiedPage.taxonomy_panels,
    ]

    edit_handler = editor_tabs(content_panels, classification_panels)

    search_fields = ClassifiedPage.search_fields + [
        index.SearchField("description"),
        index.SearchField("publisher"),
        index.FilterField("toolkit_type"),
        index.FilterField("year"),
    ]

    # A card shows its files' languages, not their documents: one query fewer per list.
    card_prefetch_related = [*ClassifiedPage.card_prefetch_related, "files"]
    listing_ordering = ["-year", "-first_published_at", "-pk"]

    parent_page_types = ["toolkits.ToolkitIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("toolkit")

    @property
    def country_codes(self):
        return [country.code for country in self.countries]

    card_template = "components/toolkit_card.html"
    # A toolkit shows no story: a story's publish leaves its cached renderings true
    # (caching/dependencies.py; tests/caching/test_dependencies.py holds it to that).
    cache_independent_of = ["stories.storypage"]

    def search_content(self):
        # A file in a private collection is served to its admitted users only: neither its
        # words nor its language may show in what every visitor searches.
        files = [
            file
            for file in self.files.select_related("document__collection")
            if not file.document.collection.get_view_restrictions().exists()
        ]
        files_text = {}
        for file in files:
            text = f"{file.label} {file.document.title} {file.document.text_content}"
            files_text[file.language] = f"{files_text.get(file.language, '')} {text}"
        return SearchContent(
            body=f"{streamfield_text(self, 'description')} {self.publisher or ''}",
            published=f"{self.year:04d}-12-31",
            facets={
                "year": [str(self.year)],
                "type": [self.toolkit_type],
                "level": [self.government_level],
                "file_language": sorted({file.language for file in files}),
            },
            files_text=files_text,
            labels={"international", "internacional"} if self.is_international else set(),
        )

    @cached_property
    def ordered_files(self):
        if is_prefetched(self, "files"):
            return list(self.files.all())  # a listing prefetched them (for their languages)
        return list(self.files.select_related("document"))

    @property
    def file_languages(self):
        return sorted({file.language for file in self.ordered_files})

    def related_toolkits(self, limit=4):
        """The toolkits most like this one in content, themes and where they apply (the site
        search's likeness, search/related.py), not the newest."""
        return related_pages(self, limit)

    schema_org_type = "CreativeWork"
    open_data_dataset = "toolkits"
    open_data_columns = (
        *ClassifiedPage.open_data_columns,
        "toolkit_type",
        "government_level",
        "is_international",
        "publisher",
        "year",
        "licence",
        "files",
    )

    @classmethod
    def open_data_queryset(cls, pages):
        return super().open_data_queryset(pages).prefetch_related("files__document__collection")

    def open_data_values(self, base_url):
        """The toolkit's facts and its files' metadata (files in a private collection left out,
        as the search leaves them out)."""
        values = super().open_data_values(base_url)
        values.update(
            toolkit_type=self.toolkit_type,
            government_level=self.government_level,
            is_international=self.is_international,
            publisher=self.publisher,
            year=self.year,
            licence=self.licence,
            files=[
                {
                    "language": file.language,
                    "title": file.document.title,
                    "label": file.label,
                    "format": file.document.file_extension.lower(),
                    "bytes": file.document.file_size,
                    "pages": file.document.page_count,
                    "sha1": file.document.file_hash,
                    "url": base_url + file.document.url,
                }
                for file in self.files.all()
                if not file.document.collection.get_view_restrictions().exists()
            ],
        )
        return values

    def schema_org_properties(self, request, address):
        """A creative work made of its files, each a DigitalDocument in its language."""
        properties = super().schema_org_properties(request, address)
        properties.update(
            {
                "genre": str(self.get_toolkit_type_display()),
                "publisher": {"@type": "Organization", "name": self.publisher},
                "copyrightYear": self.year,
                "license": LICENCE_URLS.get(self.licence, str(self.get_licence_display())),
                "hasPart": [self.file_schema_org(file, address) for file in self.ordered_files],
            }
        )
        return properties

    @staticmethod
    def file_schema_org(file, address):
        document = file.document
        described = {
            "@type": "DigitalDocument",
            "name": file.label or document.title,
            "contentUrl": address(document.url),
            "encodingFormat": document.content_type or document.file_extension,
            "inLanguage": file.language,
        }
        if document.file_size:
            described["contentSize"] = f"{document.file_size} B"
        if document.page_count:
            described["numberOfPages"] = document.page_count
        return described

    @property
    def lineage_year(self):
        return self.year

    @property
    def lineage_place(self):
        return ", ".join(str(name) for name in self.country_names) or _("International")

    @property
    def country_names(self):
        return [all_countries.name(code) for code in self.country_codes]
