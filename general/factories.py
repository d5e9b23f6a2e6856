import factory

from base.factories import default_locale
from general.models import GeneralPage
from search.factories import SearchablePageFactory


class GeneralPageFactory(SearchablePageFactory):
    title = factory.Sequence(lambda n: f"About the network {n}")
    introduction = "An intercontinental network of Social and Solidarity Economy networks."
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>We gather national networks.</p>"}]
    )
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = GeneralPage
