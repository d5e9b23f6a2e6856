"""A small PDF that is slow to read: PAGES pages that all draw one content stream, a few
kilobytes compressed and megabytes of text operators once inflated, so a text extractor
parses it once per page (the file of issue 17 held a web worker for 30 s).

    python -m benchmarks.pathological_pdf COUNT    # with the site's environment: upload COUNT
"""

import contextlib
import json
import sqlite3
import sys
import zlib

from benchmarks.django_environment import set_up_django

PAGES = 100
OPERATIONS = 600_000  # pypdf gives up past 2,000,000 tokens a stream (3 an operation)


def pathological_pdf(pages=PAGES, operations=OPERATIONS):
    stream = zlib.compress(b"BT /F1 9 Tf 10 10 Td " + b"1 0 Td " * operations + b"ET", 9)
    kids = " ".join(f"{4 + page} 0 R" for page in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    font = (
        b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"
    )
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R " + font + b" >>"
    ] * pages
    body, offsets = b"%PDF-1.4\n", []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return body


def upload(count):
    """Save `count` such PDFs as toolkit documents at once, as the admin's upload does (each
    save enqueues the reading of its text for the worker); print their ids as JSON."""
    set_up_django()
    from django.core.files.base import ContentFile
    from django.db import transaction

    from toolkits.models import ToolkitDocument

    content = pathological_pdf()
    with transaction.atomic():
        documents = [
            ToolkitDocument.objects.create(
                title=f"Pathological {number}",
                file=ContentFile(content, name=f"pathological-{number}.pdf"),
            )
            for number in range(1, count + 1)
        ]
    print(json.dumps({"ids": [document.pk for document in documents], "bytes": len(content)}))


def text_statuses(database, ids):
    """{id: text_status} of the documents, read from the SQLite database the site uses."""
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        rows = connection.execute("SELECT id, text_status FROM toolkits_toolkitdocument").fetchall()
    return {key: status for key, status in rows if key in ids}


if __name__ == "__main__":
    upload(int(sys.argv[1]))
