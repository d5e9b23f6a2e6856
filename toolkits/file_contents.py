"""Read what a toolkit file says about itself: its page count and its text.

Runs at upload time so that visitors see facts taken from the file, not typed by an editor,
and so that search can match words inside the file. Bounded in size: a huge or broken file
yields what could be read, never an error for the editor.
"""

import logging
from dataclasses import dataclass

import docx
import pypdf
from odf import teletype
from odf.opendocument import load as load_opendocument
from odf.text import P
from pypdf.errors import PdfReadError

logger = logging.getLogger(__name__)

MAX_TEXT_CHARACTERS = 1_000_000
MAX_PDF_PAGES_READ = 500


@dataclass(frozen=True)
class FileContents:
    page_count: int | None = None
    text: str = ""


def read_file_contents(file, extension):
    """Return the FileContents of an open binary file whose name ends in `extension`."""
    reader = READERS.get(extension.lower().lstrip("."))
    if reader is None:
        return FileContents()
    try:
        return reader(file)
    except Exception as error:  # a corrupt upload must not stop the editor from saving
        logger.warning("Could not read a .%s file: %s", extension, error)
        return FileContents()


def _read_pdf(file):
    pdf = pypdf.PdfReader(file)
    if pdf.is_encrypted:
        raise PdfReadError("the PDF is encrypted")
    texts, length = [], 0
    for page in pdf.pages[:MAX_PDF_PAGES_READ]:
        text = page.extract_text() or ""
        texts.append(text)
        length += len(text)
        if length >= MAX_TEXT_CHARACTERS:
            break
    return FileContents(len(pdf.pages), "\n".join(texts)[:MAX_TEXT_CHARACTERS])


def _read_docx(file):
    document = docx.Document(file)
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        paragraphs += [cell.text for row in table.rows for cell in row.cells]
    return FileContents(None, "\n".join(paragraphs)[:MAX_TEXT_CHARACTERS])


def _read_odt(file):
    document = load_opendocument(file)
    paragraphs = [teletype.extractText(p) for p in document.getElementsByType(P)]
    return FileContents(None, "\n".join(paragraphs)[:MAX_TEXT_CHARACTERS])


def _read_text(file):
    return FileContents(None, file.read(MAX_TEXT_CHARACTERS).decode("utf-8", "replace"))


READERS = {
    "pdf": _read_pdf,
    "docx": _read_docx,
    "odt": _read_odt,
    "txt": _read_text,
    "csv": _read_text,
}
