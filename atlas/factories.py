import factory
import wagtail_factories

from atlas.models import CountryIndexPage, CountryIntroduction
from base.factories import default_locale


class CountryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Countries"
    slug = "countries"
    introduction = "What the exchange holds about each country: policies, toolkits and stories."
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = CountryIndexPage


class CountryIntroductionFactory(factory.django.DjangoModelFactory):
    country = "SN"
    text = "<p>Senegal's networks co-constructed a framework law with the ministry.</p>"
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = CountryIntroduction
