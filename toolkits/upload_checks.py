"""What an uploaded document really is, read from its bytes rather than trusted from its name.

A file named `guide.pdf` that is really an HTML page, an SVG, a script or a program is refused
with a message the editor can act on. Office files are zip archives: their markers are checked
(OOXML's `[Content_Types].xml` and its `word/`, `xl/` or `ppt/` part; the `mimetype` entry of
OpenDocument and EPUB), and so are the sizes their entries declare, so that a small "zip bomb"
is refused before python-docx or odfpy would inflate it. `toolkits/file_contents.py` uses
`check_zip_limits` for the same reason before it reads the text of a file.
"""

import codecs
import re
import zipfile

from django.utils.translation import gettext_lazy as _

# A zip whose entries declare more than this, once inflated, is refused (zip bombs).
MAX_ZIP_UNCOMPRESSED_BYTES = 300 * 1024 * 1024
MAX_ZIP_ENTRIES = 5_000
# Text and XML compress about 5 to 20 times; a bomb compresses thousands of times.
MAX_ZIP_COMPRESSION_RATIO = 200
# The ratio is only checked on entries big enough to matter.
ZIP_RATIO_CHECKED_FROM_BYTES = 10 * 1024 * 1024
# How much of a file its kind is told from; a text file is then read whole, by chunks.
TEXT_SAMPLE_BYTES = 64 * 1024
TEXT_CHUNK_BYTES = 1024 * 1024

OOXML_PARTS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
ZIP_MIMETYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "epub": "application/epub+zip",
}
FORMAT_NAMES = {
    "pdf": "PDF",
    "docx": "Word (DOCX)",
    "xlsx": "Excel (XLSX)",
    "pptx": "PowerPoint (PPTX)",
    "odt": "OpenDocument text (ODT)",
    "ods": "OpenDocument spreadsheet (ODS)",
    "odp": "OpenDocument presentation (ODP)",
    "epub": "EPUB",
    "csv": "CSV",
    "txt": "plain text",
}

# Starts of files that browsers treat as active content, or that are programs.
DISGUISES = [
    (
        re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<svg[\s>]", re.I | re.S),
        _("an SVG image"),
    ),
    (re.compile(rb"^\s*<\?xml", re.I), _("an XML file")),
    (
        re.compile(
            rb"^\s*<(!doctype\s+html|html|head|body|script|iframe|object|embed|style|title|"
            rb"meta|link|div|table|form|a|p|b|br|h1|font|img|!--)[\s>/]",
            re.I,
        ),
        _("a web page (HTML)"),
    ),
    (re.compile(rb"^#!"), _("a script")),
    (
        re.compile(rb"^(MZ|\x7fELF|\xca\xfe\xba\xbe|\xcf\xfa\xed\xfe|\xce\xfa\xed\xfe)"),
        _("a program"),
    ),
    (re.compile(rb"^%PDF-"), _("a PDF")),
    (re.compile(rb"^PK\x03\x04"), _("a zip archive")),
    (re.compile(rb"^\x89PNG|^\xff\xd8\xff|^GIF8"), _("an image")),
]
# Inside a text file: markup or code that a browser would run if it ever rendered it.
ACTIVE_TEXT = re.compile(r"<\s*(script|svg|html|iframe|object|embed)[\s>/]|javascript:", re.I)
ACTIVE_TEXT_MAX_LENGTH = 100  # longer than any match of ACTIVE_TEXT (with its spaces)
# Control characters other than tab, line feed, form feed and carriage return.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


class UnsafeFile(ValueError):
    """The file is not what its name says, or could harm the server or a visitor."""


def check_document_file(file, extension):
    """Raise UnsafeFile when the open binary `file` is not a real `.extension` document."""
    extension = extension.lower().lstrip(".")
    if extension not in FORMAT_NAMES:
        raise UnsafeFile(_("Files of this type cannot be uploaded."))
    file.seek(0)
    head = file.read(TEXT_SAMPLE_BYTES)
    file.seek(0)
    try:
        if extension == "pdf":
            _check_pdf(head)
        elif extension in OOXML_PARTS or extension in ZIP_MIMETYPES:
            _check_zip_document(file, head, extension)
        else:
            _check_text(file, head)
    finally:
        file.seek(0)


def _not_a(extension, head):
    looks_like = next((name for pattern, name in DISGUISES if pattern.match(head)), None)
    if looks_like is not None:
        return UnsafeFile(
            _(
                "This file is named .%(extension)s but it is not a %(format)s file: it is "
                "%(looks_like)s. Save or export it as %(format)s and upload it again."
            )
            % {"extension": extension, "format": FORMAT_NAMES[extension], "looks_like": looks_like}
        )
    return UnsafeFile(
        _(
            "This file is named .%(extension)s but its content is not a %(format)s file. "
            "Save or export it as %(format)s and upload it again."
        )
        % {"extension": extension, "format": FORMAT_NAMES[extension]}
    )


def _check_pdf(head):
    if not head.startswith(b"%PDF-"):
        raise _not_a("pdf", head)


def _check_zip_document(file, head, extension):
    if not head.startswith(b"PK\x03\x04"):
        raise _not_a(extension, head)
    try:
        archive = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as error:
        raise _not_a(extension, head) from error
    with archive:
        check_zip_limits(archive)
        names = set(archive.namelist())
        if extension in OOXML_PARTS:
            part = OOXML_PARTS[extension]
            if "[Content_Types].xml" not in names or not any(n.startswith(part) for n in names):
                raise _not_a(extension, head)
        else:
            if "mimetype" not in names or archive.getinfo("mimetype").file_size > 100:
                raise _not_a(extension, head)
            mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
            if mimetype != ZIP_MIMETYPES[extension]:
                raise _not_a(extension, head)


def check_zip_limits(archive):
    """Raise UnsafeFile when a zip would inflate to too much: entries, total size or ratio.

    Reads only the central directory: nothing is decompressed. Python's zipfile never
    inflates an entry past the size it declares, so these declared sizes bound the memory
    and time of whatever reads the archive afterwards (python-docx, odfpy).
    """
    entries = archive.infolist()
    if len(entries) > MAX_ZIP_ENTRIES:
        raise UnsafeFile(
            _("This file holds too many parts (%(count)d) to be a document.")
            % {"count": len(entries)}
        )
    total = sum(entry.file_size for entry in entries)
    if total > MAX_ZIP_UNCOMPRESSED_BYTES:
        raise UnsafeFile(
            _("This file would take %(size)d MB once unpacked, more than a document should.")
            % {"size": total // (1024 * 1024)}
        )
    for entry in entries:
        if (
            entry.file_size >= ZIP_RATIO_CHECKED_FROM_BYTES
            and entry.file_size > MAX_ZIP_COMPRESSION_RATIO * max(entry.compress_size, 1)
        ):
            raise UnsafeFile(
                _("This file is compressed in a way documents never are (a “zip bomb”).")
            )


def _check_text(file, head):
    """The whole file, read by chunks, must be text without markup, script or control bytes."""
    if any(pattern.match(head.removeprefix(codecs.BOM_UTF8)) for pattern, _name in DISGUISES):
        raise _not_a_text(head)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = [("utf-16", "ignore")]
    else:
        # UTF-8, or Windows-1252 (CSV files saved by Excel).
        encodings = [("utf-8-sig", "strict"), ("cp1252", "strict")]
    for encoding, errors in encodings:
        try:
            if _is_clean_text(file, encoding, errors):
                return
            raise _not_a_text(head)
        except UnicodeDecodeError:
            continue
    raise _not_a_text(head)


def _is_clean_text(file, encoding, errors):
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    file.seek(0)
    tail = ""  # the end of the previous chunk, so a tag cut in two is still found
    while chunk := file.read(TEXT_CHUNK_BYTES):
        if encoding != "utf-16" and b"\x00" in chunk:
            return False
        text = decoder.decode(chunk)
        if ACTIVE_TEXT.search(tail + text) or CONTROL_CHARACTERS.search(text):
            return False
        tail = text[-ACTIVE_TEXT_MAX_LENGTH:]
    decoder.decode(b"", final=True)
    return True


def _not_a_text(head):
    looks_like = next((name for pattern, name in DISGUISES if pattern.match(head)), None)
    if looks_like is not None:
        return UnsafeFile(
            _(
                "This text file is %(looks_like)s, which cannot be offered for download. "
                "Upload a plain text or CSV file, or a PDF."
            )
            % {"looks_like": looks_like}
        )
    return UnsafeFile(
        _(
            "This file is not plain text: it holds binary data, markup or code that a "
            "browser could run. Upload a plain text or CSV file, or a PDF."
        )
    )
