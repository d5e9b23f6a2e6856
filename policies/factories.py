import datetime

import factory
import wagtail_factories

from base.factories import default_locale
from policies.models import PolicyIndexPage, PolicyPage, PolicyRelatedStory, PolicyRelatedToolkit
from search.factories import SearchablePageFactory
from taxonomy.factories import WorkAxisFactory


class PolicyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Public policies"
    slug = "policies"
    introduction = "Laws, strategies and programmes that networks co-constructed with governments."
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = PolicyIndexPage


def timeline(*steps):
    """A timeline StreamField value from (date, title) pairs."""
    return [
        {"type": "step", "value": {"date": date, "title": title, "description": ""}}
        for date, title in steps
    ]


class PolicyPageFactory(SearchablePageFactory):
    title = factory.Sequence(lambda n: f"Framework law on the social and solidarity economy {n}")
    original_title = factory.LazyAttribute(lambda page: page.title)
    original_language = "en"
    summary = "A national law that recognises SSE enterprises and sets up a council with networks."
    policy_type = "framework-law"
    status = "in-force"
    adopted_on = datetime.date(2019, 6, 20)
    government_level = "national"
    country = "SN"
    year = 2019
    participants = factory.LazyFunction(
        lambda: [
            {
                "type": "participant",
                "value": {"name": "National SSE network", "role": "network", "contribution": ""},
            }
        ]
    )
    timeline = factory.LazyFunction(
        lambda: timeline(
            (datetime.date(2017, 3, 1), "Networks draft a proposal"),
            (datetime.date(2019, 6, 20), "Parliament adopts the law"),
        )
    )
    work_axis = factory.SubFactory(WorkAxisFactory)
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = PolicyPage


class PolicyRelatedToolkitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PolicyRelatedToolkit


class PolicyRelatedStoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PolicyRelatedStory
