"""Factories for images and pages every app uses; the demo content uses them too."""

import factory
import wagtail_factories
from wagtail.models import Collection, Locale


def root_collection():
    return Collection.get_first_root_node()


def default_locale():
    return Locale.get_default()


class ImageFactory(wagtail_factories.ImageFactory):
    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda n: f"Photo {n}")
    file = factory.django.ImageField(width=1200, height=800, color="#2e7d4f")


class SearchablePageFactory(wagtail_factories.PageFactory):
    """Stories and toolkits a factory makes live are indexed, as publishing them would be:
    the listings and the search show them at once (search/indexing.py)."""

    class Meta:
        abstract = True

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        super()._after_postgeneration(instance, create, results)
        if create:
            from search import indexing  # search reads the models this module's pages use

            indexing.update_pages([instance])
