"""Factories for the home page, images and the taxonomy; the demo content uses them too."""

import factory
import wagtail_factories
from wagtail.models import Collection, Locale

from home.models import HomePage, Sector, TargetGroup, Theme, WorkAxis


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


class HomePageFactory(wagtail_factories.PageFactory):
    title = "SSE Policy Exchange"
    introduction = "<p>Stories and advocacy toolkits of the Social and Solidarity Economy.</p>"
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = HomePage


class TaxonomyTermFactory(factory.django.DjangoModelFactory):
    """Terms are looked up by slug first: the strategic plan's terms come with the migrations."""

    name = factory.LazyAttribute(lambda term: term.slug.replace("-", " ").capitalize())
    locale = factory.LazyFunction(default_locale)

    class Meta:
        abstract = True
        django_get_or_create = ("slug", "locale")


class WorkAxisFactory(TaxonomyTermFactory):
    slug = "public-policy"
    number = 2

    class Meta:
        model = WorkAxis


class ThemeFactory(TaxonomyTermFactory):
    slug = "local-development"

    class Meta:
        model = Theme


class SectorFactory(TaxonomyTermFactory):
    slug = "ethical-finance"

    class Meta:
        model = Sector


class TargetGroupFactory(TaxonomyTermFactory):
    slug = "women"

    class Meta:
        model = TargetGroup
