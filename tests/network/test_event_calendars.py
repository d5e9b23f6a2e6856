"""The iCalendar files: one per event ("add to calendar") and feeds of every event, per working
group and per language; read back with the icalendar library, time zones included."""

import datetime
import zoneinfo

import icalendar
import pytest

from events.factories import EventPageFactory
from tests.publishing import translate
from workinggroups.factories import WorkingGroupPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


def calendar_at(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    return icalendar.Calendar.from_ical(response.content)


def events_in(calendar):
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def test_an_events_file_has_its_time_in_its_own_time_zone(client, network_tree):
    event = EventPageFactory(
        parent=network_tree.events,
        title="Side event at the HLPF",
        start_date=datetime.date(2031, 7, 14),
        start_time=datetime.time(13, 15),
        end_time=datetime.time(14, 45),
        time_zone="America/New_York",
        place="UN Headquarters",
        country="US",
    )

    calendar = calendar_at(client, f"{event.url}calendar/")
    (component,) = calendar.walk("VEVENT")

    new_york = zoneinfo.ZoneInfo("America/New_York")
    start, end = component.decoded("dtstart"), component.decoded("dtend")
    assert start == datetime.datetime(2031, 7, 14, 13, 15, tzinfo=new_york)
    assert start.astimezone(datetime.UTC).hour == 17  # daylight saving time: UTC-4
    assert end - start == datetime.timedelta(minutes=90)
    assert component["dtstart"].params["TZID"] == "America/New_York"
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["America/New_York"]
    assert str(component["summary"]) == "Side event at the HLPF"
    assert str(component["location"]) == "UN Headquarters, United States of America"
    assert str(component["url"]) == event.full_url
    assert str(component["uid"]) == f"event-{event.translation_key}@sse-policy-exchange"


def test_a_whole_day_event_is_dates_with_an_exclusive_end(client, network_tree):
    event = EventPageFactory(
        parent=network_tree.events,
        title="International day of cooperatives",
        start_date=datetime.date(2031, 7, 5),
        end_date=datetime.date(2031, 7, 6),
        start_time=None,
        end_time=None,
        time_zone="Africa/Dakar",
        place="",
        country="",
        online_url="https://example.org/live",
    )

    (component,) = calendar_at(client, f"{event.url}calendar/").walk("VEVENT")

    assert component.decoded("dtstart") == datetime.date(2031, 7, 5)
    assert component.decoded("dtend") == datetime.date(2031, 7, 7)
    assert str(component["location"]) == "https://example.org/live"


def test_the_feeds_list_every_event_per_working_group_and_per_language(client, network_tree):
    youth = WorkingGroupPageFactory(parent=network_tree.groups, title="Youth", slug="youth")
    women = WorkingGroupPageFactory(parent=network_tree.groups, title="Women", slug="women")
    forum = EventPageFactory(
        parent=network_tree.events, title="Youth forum", working_groups=[youth]
    )
    EventPageFactory(parent=network_tree.events, title="Women's caucus", working_groups=[women])
    EventPageFactory(
        parent=network_tree.events,
        title="A past webinar",
        start_date=datetime.date.today() - datetime.timedelta(days=100),
    )
    translate(network_tree.home, "fr", title="Échange")
    french_events = translate(network_tree.events, "fr", title="Évènements")
    translate(forum, "fr", title="Forum de la jeunesse")

    every = events_in(calendar_at(client, f"{network_tree.events.url}calendar/"))
    of_youth = events_in(calendar_at(client, f"{network_tree.events.url}calendar/youth/"))
    french = events_in(calendar_at(client, f"{french_events.url}calendar/"))

    assert set(every) == {"Youth forum", "Women's caucus", "A past webinar"}
    assert set(of_youth) == {"Youth forum"}
    # In French: the French version where there is one, the original otherwise; one UID each.
    assert set(french) == {"Forum de la jeunesse", "Women's caucus", "A past webinar"}
    assert french["Forum de la jeunesse"]["uid"] == every["Youth forum"]["uid"]


def test_an_unknown_working_group_feed_is_a_404(client, network_tree):
    assert client.get(f"{network_tree.events.url}calendar/nobody/").status_code == 404
