"""Factories for the taxonomy terms (the strategic plan's terms come with the migrations)."""

import factory

from base.factories import default_locale
from taxonomy.models import Sector, TargetGroup, Theme, WorkAxis


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
