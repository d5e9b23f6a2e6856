import datetime

import factory
import wagtail_factories

from base.factories import default_locale
from campaigns.models import CampaignIndexPage, CampaignPage, StatementPage
from search.factories import SearchablePageFactory


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    title = "Statements and campaigns"
    slug = "advocacy"
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = CampaignIndexPage


class StatementPageFactory(SearchablePageFactory):
    title = factory.Sequence(
        lambda n: f"Joint statement to the Commission for Social Development {n}"
    )
    summary = "Networks of five continents ask for SSE-friendly social protection."
    date = datetime.date(2025, 2, 10)
    arena_name = "UN Commission for Social Development"
    body = "<p>We, the undersigned networks…</p>"
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = StatementPage


class CampaignPageFactory(SearchablePageFactory):
    title = factory.Sequence(lambda n: f"SSE for a just transition {n}")
    summary = "A year of advocacy around the climate conferences."
    body = "<p>Events, statements and toolkits for the climate arenas.</p>"
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = CampaignPage
