"""Background tasks of toolkit documents (run by `manage.py background_worker`)."""

from django.db import transaction
from django_tasks import task


@task()
def read_document_text(document_id):
    """Read an uploaded file's page count and text, then save them, which re-indexes the
    toolkits that offer the file (search's post_save handler)."""
    from toolkits.models import ToolkitDocument

    document = ToolkitDocument.objects.filter(pk=document_id).first()
    if document is None or document.contents_hash == document.file_hash:
        return "nothing to read"
    document.read_contents()  # outside any transaction: it may take READING_TIMEOUT_SECONDS
    with transaction.atomic():
        current = ToolkitDocument.objects.select_for_update().filter(pk=document_id).first()
        if current is None or current.file_hash != document.contents_hash:
            return "replaced or deleted meanwhile"  # the new file has a task of its own
        for name in ToolkitDocument.TEXT_FIELDS:
            setattr(current, name, getattr(document, name))
        current.save(update_fields=ToolkitDocument.TEXT_FIELDS)
    return document.text_status
