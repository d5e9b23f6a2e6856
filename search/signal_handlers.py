"""Connect page and document events to search/indexing.py."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from search import indexing


def _page_changed(sender, instance, **kwargs):
    if isinstance(instance, indexing.searchable_page_models()):
        indexing.update_pages([instance])


def _page_moved(sender, instance, **kwargs):
    page = instance.specific
    if isinstance(page, indexing.searchable_page_models()):
        indexing.update_pages([page])


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, indexing.searchable_page_models()):
        indexing.remove_pages([instance.pk])


def _document_saved(sender, instance, **kwargs):
    from toolkits.models import ToolkitFile

    pages = {file.page.specific for file in ToolkitFile.objects.filter(document=instance)}
    if pages:
        indexing.update_pages(list(pages))


def register_signal_handlers():
    from stories.models import StoryPage
    from toolkits.models import ToolkitDocument, ToolkitPage

    for model in (StoryPage, ToolkitPage):
        page_published.connect(_page_changed, sender=model)
        page_unpublished.connect(_page_changed, sender=model)
        post_delete.connect(_page_deleted, sender=model)
    post_page_move.connect(_page_moved)
    post_save.connect(_document_saved, sender=ToolkitDocument)
