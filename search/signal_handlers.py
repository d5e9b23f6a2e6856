"""Connect page and document events to search/indexing.py."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
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
    from policies.models import PolicyPage
    from toolkits.models import ToolkitFile

    pages = {file.page.specific for file in ToolkitFile.objects.filter(document=instance)}
    pages |= set(PolicyPage.objects.filter(official_text_document=instance))
    if pages:
        indexing.update_pages(list(pages))


def _page_privacy_changed(sender, instance, **kwargs):
    """A restriction hides (or, deleted, shows again) the page and every page below it."""
    pages = Page.objects.descendant_of(instance.page, inclusive=True)
    pages = pages.type(*indexing.searchable_page_models()).specific()
    if pages:
        indexing.update_pages(list(pages))


def _collection_privacy_changed(sender, instance, **kwargs):
    """The toolkits holding files of this collection (or of one below it) lose or regain
    those files' words in search; so do the policies whose official text is one of them."""
    from policies.models import PolicyPage
    from toolkits.models import ToolkitFile

    collections = instance.collection.get_descendants(inclusive=True)
    files = ToolkitFile.objects.filter(document__collection__in=collections)
    pages = {file.page.specific for file in files.select_related("page")}
    pages |= set(PolicyPage.objects.filter(official_text_document__collection__in=collections))
    if pages:
        indexing.update_pages(list(pages))


def register_signal_handlers():
    from toolkits.models import ToolkitDocument

    for model in indexing.searchable_page_models():
        page_published.connect(_page_changed, sender=model)
        page_unpublished.connect(_page_changed, sender=model)
        post_delete.connect(_page_deleted, sender=model)
    post_page_move.connect(_page_moved)
    post_save.connect(_document_saved, sender=ToolkitDocument)
    for signal in (post_save, post_delete):
        signal.connect(_page_privacy_changed, sender=PageViewRestriction)
        signal.connect(_collection_privacy_changed, sender=CollectionViewRestriction)
