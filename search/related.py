"""Related pages chosen by likeness, not by date: the pages of the same type most like a page in
content, taxonomy and where they apply (Elasticsearch's more_like_this, or its database
equivalent in search/engines/similar.py)."""

from search import engines, registry


def related_pages(page, limit=4):
    """Live, public pages of `page`'s type most like it, most alike first, each in the page's
    language when translated, otherwise in its original language; ready for cards."""
    model = type(page)
    page_ids = engines.related(page.pk, page.locale.language_code, registry.kind_of(page), limit)
    if not page_ids:
        return []
    pages = model.objects.live().public().filter(pk__in=page_ids)
    by_id = {found.pk: found for found in pages.for_listing()}
    return [by_id[page_id] for page_id in page_ids if page_id in by_id]
