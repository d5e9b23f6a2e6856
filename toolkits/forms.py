"""The admin form of toolkit documents: Wagtail's, plus a check of what the file really is, and
the state of the reading of its text (done in the background worker, toolkits/tasks.py).

Set as WAGTAILDOCS_DOCUMENT_FORM_BASE, so the single upload, the multiple upload, the chooser's
upload tab and the edit view all refuse a file whose content is not what its name says
(toolkits/upload_checks.py).
"""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.text import get_text_list
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.documents.forms import BaseDocumentForm

from base.languages import language_name
from toolkits.upload_checks import UnsafeFile, check_document_file


def text_reading_summary(document):
    """What the editor is told of the reading of a file: being read, unreadable, or its pages
    and the language of its text, named in the editor's language."""
    summary = document.get_text_status_display()
    if document.page_count:
        pages = ngettext("%(count)s page", "%(count)s pages", document.page_count) % {
            "count": document.page_count
        }
        summary = f"{summary} · {pages}"
    if document.text_language:
        summary = f"{summary} · {language_name(document.text_language)}"
    return summary


class ToolkitDocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "file" in self.fields:
            self.fields["file"].help_text = text_reading_summary(self.instance)

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if not isinstance(file, UploadedFile):
            return file  # the edit form without a new file: nothing new to check
        return check_uploaded_document(file)


def check_uploaded_document(file):
    """Refuse (ValidationError) a file whose extension is not allowed or whose content is not
    what its name says; used by the admin's document forms and the public contribution form."""
    extension = os.path.splitext(file.name)[1].lower().lstrip(".")
    allowed = settings.WAGTAILDOCS_EXTENSIONS
    if extension not in allowed:
        raise ValidationError(
            _("Files of type “%(extension)s” cannot be uploaded. Allowed types: %(allowed)s.")
            % {
                "extension": f".{extension}" if extension else _("(no extension)"),
                "allowed": get_text_list([f".{e}" for e in allowed], _("and")),
            },
            code="file_type_not_allowed",
        )
    try:
        check_document_file(file, extension)
    except UnsafeFile as error:
        raise ValidationError(str(error), code="file_content_mismatch") from error
    return file
