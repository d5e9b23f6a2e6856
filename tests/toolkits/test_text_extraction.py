"""Words inside uploaded PDF, DOCX and ODT files are read at upload time and become searchable."""

import pytest
from django.core.files.base import ContentFile

from search.documents import build_document
from search.engines.base import SearchQuery
from search.engines.database import DatabaseEngine
from toolkits.factories import ToolkitPageFactory
from toolkits.generated_documents import make_docx, make_odt, make_pdf
from toolkits.models import ToolkitDocument

MAKERS = {
    "pdf": lambda title, paragraphs: make_pdf(title, paragraphs),
    "docx": make_docx,
    "odt": make_odt,
}


@pytest.mark.parametrize("extension", sorted(MAKERS))
def test_text_inside_each_format_is_extracted_and_found(site_tree, extension):
    sentence = "Ubuntu savings circles finance the cooperative bakery."
    content = MAKERS[extension]("Guide", [sentence])
    document = ToolkitDocument.objects.create(
        title="Guide", file=ContentFile(content, name=f"guide.{extension}")
    )
    toolkit = ToolkitPageFactory(parent=site_tree.toolkit_index, files__document=document)
    DatabaseEngine().index_documents([build_document(toolkit)])

    assert sentence in " ".join(document.text_content.split())
    results = DatabaseEngine().search(SearchQuery(text="ubuntu bakery"))
    assert [hit.page_id for hit in results.hits] == [toolkit.pk]
