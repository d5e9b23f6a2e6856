"""Connect page and document events to search/indexing.py, for the page types registered in
search/registry.py (connected for every sender and filtered here: the page apps register
themselves when Django starts, in any order)."""

from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from search import indexing, registry


def _page_changed(sender, instance, **kwargs):
    if isinstance(instance, registry.indexed_models()):
        indexing.update_pages([instance])


def _page_moved(sender, instance, **kwargs):
    page = instance.specific
    if isinstance(page, registry.indexed_models()):
        indexing.update_pages([page])


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, registry.indexed_models()):
        indexing.remove_pages([instance.pk])


def _document_saved(sender, instance, **kwargs):
    documents = get_document_model().objects.filter(pk=instance.pk)
    pages = registry.pages_using_documents(documents)
    if pages:
        indexing.update_pages(list(pages))


def _page_privacy_changed(sender, instance, **kwargs):
    """A restriction hides (or, deleted, shows again) the page and every page below it."""
    if kwargs.get("raw"):  # loaddata (a restore): the restore rebuilds the index itself
        return
    pages = Page.objects.descendant_of(instance.page, inclusive=True)
    pages = pages.type(*registry.indexed_models()).specific()
    if pages:
        indexing.update_pages(list(pages))


def _collection_privacy_changed(sender, instance, **kwargs):
    """The pages showing documents of this collection (or of one below it) lose or regain
    those documents' words in search."""
    if kwargs.get("raw"):  # loaddata (a restore): the restore rebuilds the index itself
        return
    collections = instance.collection.get_descendants(inclusive=True)
    documents = get_document_model().objects.filter(collection__in=collections)
    pages = registry.pages_using_documents(documents)
    if pages:
        indexing.update_pages(list(pages))


def register_signal_handlers():
    for signal in (page_published, page_unpublished):
        signal.connect(_page_changed)
    post_delete.connect(_page_deleted)
    post_page_move.connect(_page_moved)
    post_save.connect(_document_saved, sender=get_document_model())
    for signal in (post_save, post_delete):
        signal.connect(_page_privacy_changed, sender=PageViewRestriction)
        signal.connect(_collection_privacy_changed, sender=CollectionViewRestriction)
