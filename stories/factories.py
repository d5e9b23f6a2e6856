import datetime

import factory
import wagtail_factories

from base.factories import ImageFactory, default_locale
from search.factories import SearchablePageFactory
from stories.models import StoryIndexPage, StoryPage, StoryRelatedToolkit
from taxonomy.factories import WorkAxisFactory


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Stories"
    slug = "stories"
    introduction = "Local SSE work from every continent, told by the people who do it."
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = StoryIndexPage


class StoryPageFactory(SearchablePageFactory):
    title = factory.Sequence(lambda n: f"A cooperative that feeds its town {n}")
    summary = "Farmers and a municipality built a public market run as a cooperative."
    hero_image = factory.SubFactory(ImageFactory)
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>It started with twelve families.</p>"}]
    )
    country = "SN"
    locality = "Thiès"
    organisation = "Réseau national de l'ESS"
    date = datetime.date(2023, 5, 4)
    work_axis = factory.SubFactory(WorkAxisFactory)
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = StoryPage


class StoryRelatedToolkitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StoryRelatedToolkit
