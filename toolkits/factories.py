import factory
import wagtail_factories
from django.core.files.base import ContentFile

from base.factories import default_locale, root_collection
from search.factories import SearchablePageFactory
from taxonomy.factories import WorkAxisFactory
from toolkits.generated_documents import make_docx, make_pdf
from toolkits.models import ToolkitDocument, ToolkitFile, ToolkitIndexPage, ToolkitPage

SAMPLE_PARAGRAPHS = [
    "Municipal councils and SSE networks co-construct public policy through joint committees.",
    "This guide explains how to set up a local SSE council, step by step.",
]


class ToolkitDocumentFactory(factory.django.DjangoModelFactory):
    """A real PDF (or DOCX with `docx=True`) with the given paragraphs and page count."""

    title = factory.Sequence(lambda n: f"Advocacy guide {n}")
    collection = factory.LazyFunction(root_collection)
    paragraphs = factory.LazyFunction(lambda: list(SAMPLE_PARAGRAPHS))
    pages = 1
    docx = False

    class Meta:
        model = ToolkitDocument
        exclude = ["paragraphs", "pages", "docx"]

    @factory.lazy_attribute
    def file(self):
        if self.docx:
            return ContentFile(make_docx(self.title, self.paragraphs), name="toolkit.docx")
        return ContentFile(make_pdf(self.title, self.paragraphs, self.pages), name="toolkit.pdf")


class ToolkitIndexPageFactory(wagtail_factories.PageFactory):
    title = "Toolkits"
    slug = "toolkits"
    introduction = "Advocacy tools that worked somewhere, ready to be reused elsewhere."
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = ToolkitIndexPage


class ToolkitFileFactory(factory.django.DjangoModelFactory):
    document = factory.SubFactory(ToolkitDocumentFactory)
    language = "en"

    class Meta:
        model = ToolkitFile


class ToolkitPageFactory(SearchablePageFactory):
    """A toolkit page with one English PDF (`files__language=...` changes it)."""

    title = factory.Sequence(lambda n: f"Toolkit for municipal SSE policy {n}")
    summary = "How local SSE networks and municipalities build policy together."
    description = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>What the toolkit contains.</p>"}]
    )
    toolkit_type = "advocacy-guide"
    countries = ["BR"]
    government_level = "local"
    publisher = "RIPESS"
    year = 2023
    licence = "cc-by-sa-4.0"
    work_axis = factory.SubFactory(WorkAxisFactory)
    locale = factory.LazyFunction(default_locale)
    files = factory.RelatedFactory(ToolkitFileFactory, factory_related_name="page")

    class Meta:
        model = ToolkitPage
        skip_postgeneration_save = True  # the files point at the page; it needs no second save
