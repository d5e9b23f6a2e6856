"""Read what a toolkit file says about itself: its page count and its text.

Runs in the background worker after each upload (toolkits/tasks.py), so that visitors see facts
taken from the file, not typed by an editor, and so that search can match words inside the
file; the upload itself returns at once. A huge, broken or hostile file yields nothing and is
marked unreadable, never an error for the editor: the reading happens in a forked child
process with a time limit and a memory limit, so a file that makes a parser loop or swell (a
deeply nested PDF, a zip bomb that slipped past the upload form) kills only that child.
"""

import logging
import multiprocessing
import resource
import zipfile
from dataclasses import dataclass

import docx
import pypdf
from odf import teletype
from odf.opendocument import load as load_opendocument
from odf.text import P
from pypdf.errors import PdfReadError

from toolkits.upload_checks import check_zip_limits

logger = logging.getLogger(__name__)

MAX_TEXT_CHARACTERS = 1_000_000
MAX_PDF_PAGES_READ = 500
# Real toolkit files are read in well under a second; these only stop hostile ones.
READING_TIMEOUT_SECONDS = 30
READING_MEMORY_BYTES = 1024 * 1024 * 1024
# Fork, not spawn: the child starts at once with the readers already imported.
_FORK = multiprocessing.get_context("fork")


@dataclass(frozen=True)
class FileContents:
    page_count: int | None = None
    text: str = ""
    readable: bool = True  # False: the reader failed, hung or ran out of memory


UNREADABLE = FileContents(readable=False)


def read_file_contents(file, extension):
    """Return the FileContents of an open binary file whose name ends in `extension`."""
    reader = READERS.get(extension.lower().lstrip("."))
    if reader is None:
        return FileContents()
    receiver, sender = _FORK.Pipe(duplex=False)
    child = _FORK.Process(target=_read_in_child, args=(reader, file, sender))
    child.start()
    sender.close()
    try:
        if receiver.poll(READING_TIMEOUT_SECONDS):
            contents, error = receiver.recv()
            if error:  # a corrupt upload must not stop the editor from saving
                logger.warning("Could not read a .%s file: %s", extension, error)
                return UNREADABLE
            return contents
        logger.warning("Gave up reading a .%s file after %d s", extension, READING_TIMEOUT_SECONDS)
    except EOFError:  # the child died without an answer: it ran out of memory
        logger.warning("Reading a .%s file was stopped (exit code %s)", extension, child.exitcode)
    finally:
        receiver.close()
        child.kill()
        child.join()
    return UNREADABLE


def _read_in_child(reader, file, sender):
    """Runs in the forked child: read under a memory limit, send (FileContents, error) back."""
    # The limit counts the address space the child inherited from the site's process too.
    _, hard_limit = resource.getrlimit(resource.RLIMIT_AS)
    limit = _address_space_bytes() + READING_MEMORY_BYTES
    if hard_limit != resource.RLIM_INFINITY:
        limit = min(limit, hard_limit)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard_limit))
    try:
        answer = (reader(file), "")
    except Exception as error:
        answer = (FileContents(), str(error) or type(error).__name__)
    sender.send(answer)
    sender.close()


def _address_space_bytes():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * resource.getpagesize()


def _open_zip(file):
    """Check a DOCX/ODT's declared sizes before a parser inflates anything (upload_checks)."""
    with zipfile.ZipFile(file) as archive:
        check_zip_limits(archive)
    file.seek(0)
    return file


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
    document = docx.Document(_open_zip(file))
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        paragraphs += [cell.text for row in table.rows for cell in row.cells]
    return FileContents(None, "\n".join(paragraphs)[:MAX_TEXT_CHARACTERS])


def _read_odt(file):
    document = load_opendocument(_open_zip(file))
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
