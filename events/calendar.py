"""iCalendar (RFC 5545) files of events, written with the icalendar library.

Timed events carry their own time zone (TZID, with its VTIMEZONE), so a calendar shows them at
the right hour wherever the reader is; whole-day events are dates, the end exclusive as the
RFC wants. An event has the same UID in every language: subscribing to two languages' feeds
does not show it twice.
"""

import datetime

import icalendar
from django.http import HttpResponse
from django.utils import timezone

PRODUCT_ID = "-//SSE Policy Exchange//Events//EN"


def event_component(page, request=None):
    event = icalendar.Event()
    event.add("uid", f"event-{page.translation_key}@sse-policy-exchange")
    event.add("dtstamp", page.last_published_at or page.first_published_at or timezone.now())
    event.add("summary", page.title)
    start, end = page.local_start(), page.local_end()
    if page.all_day:
        end = end + datetime.timedelta(days=1)  # DTEND of a whole-day event is exclusive
    event.add("dtstart", start)
    event.add("dtend", end)
    description = page.summary
    if page.online_url:
        description = f"{description}\n\n{page.online_url}"
    event.add("description", description)
    location = ", ".join(filter(None, [page.place, page.country.name if page.country else ""]))
    if location or page.online_url:
        event.add("location", location or page.online_url)
    url = page.get_full_url(request)
    if url:
        event.add("url", url)
    if page.arena_name:
        event.add("categories", [page.arena_name])
    return event


def build_calendar(pages, name, request=None):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for page in pages:
        calendar.add_component(event_component(page, request))
    calendar.add_missing_timezones()
    return calendar


def calendar_response(pages, filename, name, request=None):
    response = HttpResponse(
        build_calendar(pages, name, request).to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response
