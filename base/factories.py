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
