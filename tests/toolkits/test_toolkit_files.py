"""Toolkit files: what is read from each file on upload, and what the toolkit page says of it.

Expected values come from outside the code under test: the page count the file was generated
with, the size of the file on disk, pypdf reading the stored file.
"""

import logging
import os
import re

import pypdf
import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.urls import reverse

from base.factories import root_collection
from toolkits import file_contents
from toolkits.factories import ToolkitDocumentFactory, ToolkitFileFactory, ToolkitPageFactory
from toolkits.generated_documents import make_pdf
from toolkits.models import ToolkitDocument

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


def stored_pdf_page_count(document):
    with open(document.file.path, "rb") as file:
        return len(pypdf.PdfReader(file).pages)


# Reading files on save ----------------------------------------------------------------------


@pytest.mark.parametrize("pages", [1, 7])
def test_pdf_page_count_is_read_from_the_file(pages):
    document = ToolkitDocumentFactory(pages=pages)

    document.refresh_from_db()
    assert document.page_count == pages
    assert stored_pdf_page_count(document) == pages
    assert document.format_label == "PDF"


def test_pdf_text_is_extracted_for_search():
    document = ToolkitDocumentFactory(
        title="Guide to municipal councils",
        paragraphs=["Participatory budgeting in Porto Alegre.", "A law on solidarity finance."],
    )

    document.refresh_from_db()
    assert "Participatory budgeting in Porto Alegre." in document.text_content
    assert "A law on solidarity finance." in document.text_content


def test_docx_has_no_page_count_and_its_text_is_extracted():
    document = ToolkitDocumentFactory(
        docx=True, paragraphs=["Cooperativas de plataforma.", "Mapa de actores locales."]
    )

    document.refresh_from_db()
    assert document.page_count is None
    assert "Cooperativas de plataforma." in document.text_content
    assert "Mapa de actores locales." in document.text_content
    assert document.format_label == "DOCX"


def test_corrupt_pdf_saves_without_page_count(caplog):
    document = ToolkitDocument(
        title="Broken upload",
        collection=root_collection(),
        file=ContentFile(b"%PDF-1.7\nthis is not really a PDF", name="broken.pdf"),
    )

    with caplog.at_level(logging.WARNING, logger=file_contents.__name__):
        document.save()

    document.refresh_from_db()
    assert document.page_count is None
    assert document.text_content == ""
    assert document.file_size == len(b"%PDF-1.7\nthis is not really a PDF")
    assert any("pdf" in record.getMessage().lower() for record in caplog.records)


def test_unchanged_file_is_not_read_again_on_save(monkeypatch):
    document = ToolkitDocumentFactory(pages=2)
    reads = []
    real_reader = file_contents.read_file_contents

    def counting_reader(*args, **kwargs):
        reads.append(args)
        return real_reader(*args, **kwargs)

    monkeypatch.setattr("toolkits.models.read_file_contents", counting_reader)
    document.title = "Renamed guide"
    document.save()

    assert reads == []
    document.refresh_from_db()
    assert document.page_count == 2


def test_replaced_file_is_read_again():
    document = ToolkitDocumentFactory(pages=1, paragraphs=["First edition."])
    first_hash = document.file_hash

    # What Wagtail's document form does when an editor uploads a new file.
    document.file = ContentFile(
        make_pdf("Second edition", ["Second edition, revised."], pages=4), name="second.pdf"
    )
    document._set_document_file_metadata()
    document.save()

    document.refresh_from_db()
    assert document.file_hash != first_hash
    assert document.contents_hash == document.file_hash
    assert document.page_count == 4 == stored_pdf_page_count(document)
    assert "Second edition, revised." in document.text_content
    assert "First edition." not in document.text_content


def test_replaced_file_is_read_again_when_saving_only_the_file_fields():
    document = ToolkitDocumentFactory(pages=1)

    document.file = ContentFile(make_pdf("Third", ["Third edition."], pages=3), name="third.pdf")
    document._set_document_file_metadata()
    document.save(update_fields=["file", "file_size", "file_hash"])

    document.refresh_from_db()
    assert document.page_count == 3
    assert "Third edition." in document.text_content


def test_file_replaced_through_the_admin_is_read_again(client, superuser):
    document = ToolkitDocumentFactory(pages=1, title="Advocacy guide")
    client.force_login(superuser)
    new_pdf = make_pdf("Advocacy guide", ["Second edition from the admin."], pages=5)

    response = client.post(
        reverse("wagtaildocs:edit", args=(document.pk,)),
        {
            "title": "Advocacy guide",
            "collection": document.collection_id,
            "file": SimpleUploadedFile("guide-v2.pdf", new_pdf, content_type="application/pdf"),
            "tags": "",
        },
    )

    assert response.status_code == 302, response.context["form"].errors
    document.refresh_from_db()
    assert document.page_count == 5
    assert document.file_size == len(new_pdf)
    assert "Second edition from the admin." in document.text_content


def test_document_uploaded_through_the_admin_is_read(client, editor):
    client.force_login(editor)
    pdf = make_pdf("Uploaded guide", ["Uploaded by an editor."], pages=6)

    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Uploaded guide",
            "collection": root_collection().pk,
            "file": SimpleUploadedFile("uploaded.pdf", pdf, content_type="application/pdf"),
            "tags": "",
        },
    )

    assert response.status_code == 302
    document = ToolkitDocument.objects.get(title="Uploaded guide")
    assert document.page_count == 6
    assert "Uploaded by an editor." in document.text_content


# The toolkit page's download list -----------------------------------------------------------


def download_link(response, document):
    """The toolkit page's link to `document`; there must be exactly one."""
    assert response.status_code == 200
    links = BeautifulSoup(response.content, "html.parser").find_all("a", href=document.url)
    assert len(links) == 1, links
    return links[0]


def link_text(link):
    return " ".join(link.get_text(" ").split())


def test_toolkit_page_shows_language_format_size_and_page_count_of_each_file(client, site_tree):
    toolkit = ToolkitPageFactory(parent=site_tree.toolkit_index, files=None)
    files = {
        "en": ToolkitFileFactory(page=toolkit, language="en", document__pages=3, sort_order=0),
        "fr": ToolkitFileFactory(page=toolkit, language="fr", document__pages=7, sort_order=1),
        "es": ToolkitFileFactory(page=toolkit, language="es", document__docx=True, sort_order=2),
    }
    expected = {
        "en": ("English", "PDF", 3),
        "fr": ("French", "PDF", 7),
        "es": ("Spanish", "DOCX", None),
    }

    assert toolkit.files.count() == 3
    response = client.get(toolkit.url)

    for language, (language_name, file_format, pages) in expected.items():
        document = files[language].document
        link = download_link(response, document)
        text = link_text(link)
        size = " ".join(filesizeformat(os.path.getsize(document.file.path)).split())
        assert link["hreflang"] == language
        assert language_name in text
        assert re.search(rf"\b{file_format}\b", text)
        assert size in text
        if pages is None:
            assert "page" not in text
        else:
            assert re.search(rf"\b{pages} pages\b", text)


def test_one_page_file_says_page_in_the_singular(client, site_tree):
    toolkit = ToolkitPageFactory(parent=site_tree.toolkit_index, files__document__pages=1)

    link = download_link(client.get(toolkit.url), toolkit.files.get().document)

    assert re.search(r"\b1 page\b", link_text(link))
    assert "pages" not in link_text(link)


def test_download_link_serves_the_file(client, site_tree):
    toolkit = ToolkitPageFactory(parent=site_tree.toolkit_index)
    document = toolkit.files.get().document

    link = download_link(client.get(toolkit.url), document)
    response = client.get(link["href"])

    assert response.status_code == 200
    with open(document.file.path, "rb") as file:
        assert b"".join(response.streaming_content) == file.read()
