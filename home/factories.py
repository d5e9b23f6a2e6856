"""Factory for the home page; the demo content uses it too."""

import factory
import wagtail_factories

from base.factories import default_locale
from home.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "SSE Policy Exchange"
    introduction = "<p>Stories and advocacy toolkits of the Social and Solidarity Economy.</p>"
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = HomePage
