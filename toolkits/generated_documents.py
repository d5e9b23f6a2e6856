"""Real PDF and DOCX files written locally (reportlab, python-docx), for the factories, the demo
and the tests only: reportlab is a development library (production never imports this)."""

import io

import docx
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate


def make_pdf(title, paragraphs, pages=1):
    """A PDF of `pages` pages: the title and the paragraphs, repeated on every page."""
    styles = getSampleStyleSheet()
    story = []
    for number in range(1, pages + 1):
        story.append(Paragraph(f"{title} — {number}/{pages}", styles["Title"]))
        story += [Paragraph(text, styles["BodyText"]) for text in paragraphs]
        if number < pages:
            story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, title=title).build(story)
    return buffer.getvalue()


def make_docx(title, paragraphs):
    document = docx.Document()
    document.core_properties.title = title
    document.add_heading(title, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_odt(title, paragraphs):
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text=title))
    for text in paragraphs:
        document.text.addElement(P(text=text))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
