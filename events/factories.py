import datetime

import factory
import wagtail_factories

from base.factories import default_locale
from events.models import EventIndexPage, EventPage
from search.factories import SearchablePageFactory


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    slug = "events"
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = EventIndexPage


class EventPageFactory(SearchablePageFactory):
    title = factory.Sequence(lambda n: f"SSE at the High-Level Political Forum {n}")
    summary = "A side event on the SSE and the Sustainable Development Goals."
    arena = "international"
    arena_name = "UN High-Level Political Forum"
    start_date = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=30))
    start_time = datetime.time(10, 0)
    end_time = datetime.time(12, 0)
    time_zone = "America/New_York"
    place = "United Nations Headquarters, New York"
    country = "US"
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = EventPage
