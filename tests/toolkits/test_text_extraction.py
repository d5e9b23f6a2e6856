"""Words inside uploaded PDF, DOCX and ODT files are read at upload time and become searchable."""

import pytest
from django.core.files.base import ContentFile
from wagtail.models import Locale

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


def test_toolkit_page_lists_related_toolkits_from_other_countries(site_tree, client):
    from taxonomy.factories import ThemeFactory

    theme = ThemeFactory(slug="environment")
    toolkit = ToolkitPageFactory(parent=site_tree.toolkit_index, title="Origin", countries=["BR"])
    elsewhere = ToolkitPageFactory(
        parent=site_tree.toolkit_index, title="Elsewhere", countries=["SN"]
    )
    same_country = ToolkitPageFactory(
        parent=site_tree.toolkit_index, title="Same country", countries=["BR", "AR"]
    )
    for page in (toolkit, elsewhere, same_country):
        page.themes.add(theme)
        page.save_revision().publish()

    assert toolkit.related_from_other_countries() == [elsewhere]
    html = client.get(toolkit.url).content.decode()
    assert "Related toolkits from other countries" in html
    assert "Elsewhere" in html


def test_related_toolkits_include_originals_not_yet_in_the_visitors_language(site_tree, client):
    from taxonomy.factories import ThemeFactory

    theme = ThemeFactory(slug="environment")
    spanish = Locale.objects.get(language_code="es")
    for page in (site_tree.home, site_tree.toolkit_index):
        page.copy_for_translation(spanish).save_revision().publish()
    origin = ToolkitPageFactory(
        parent=site_tree.toolkit_index, title="Origin", countries=["BR"], themes=[theme]
    )
    english_only = ToolkitPageFactory(
        parent=site_tree.toolkit_index, title="Seed law", countries=["SN"], themes=[theme]
    )
    spanish_origin = origin.copy_for_translation(spanish)
    spanish_origin.title = "Origen"
    spanish_origin.save_revision().publish()
    spanish_origin.refresh_from_db()

    assert spanish_origin.related_from_other_countries() == [english_only]
    assert origin.related_from_other_countries() == [english_only]
