"""A factory base for the page types the search indexes (search/registry.py)."""

import wagtail_factories

from search import indexing


class SearchablePageFactory(wagtail_factories.PageFactory):
    """Pages a factory makes live are indexed, as publishing them would be: the listings and
    the search show them at once (search/indexing.py)."""

    class Meta:
        abstract = True

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        super()._after_postgeneration(instance, create, results)
        if create:
            indexing.update_pages([instance])
