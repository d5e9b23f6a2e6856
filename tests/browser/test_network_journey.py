"""A visitor of the network's spaces: from the home page to a working group, to its next event,
which they add to their calendar (the .ics file read back with the icalendar library), then to
an allied organisation that organises it. axe-core finds no serious or critical violation on
these pages in any of the four languages."""

import datetime
import re
from pathlib import Path

import icalendar
import pytest
from playwright.sync_api import expect

from base.factories import ImageFactory
from events.factories import EventPageFactory
from navigation.models import HeaderAndFooter
from organisations.factories import OrganisationPageFactory
from taxonomy.factories import SectorFactory
from tests.browser.accessibility import axe_violations, describe, serve_axe
from tests.browser.conftest import DESKTOP, watch_for_errors
from tests.publishing import translate
from workinggroups.factories import WorkingGroupPageFactory

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "fr", "es", "pt"]
GROUP_TITLES = {
    "fr": "Souveraineté alimentaire",
    "es": "Soberanía alimentaria",
    "pt": "Soberania alimentar",
}


@pytest.fixture
def network(network_tree):
    ally = OrganisationPageFactory(
        parent=network_tree.organisations,
        title="Movimiento Campesino de las Américas",
        acronym="MCA",
        kind="allied-movement",
        country="",
        continent="019",
        member_since=None,
        logo=ImageFactory(title="MCA logo"),
        logo_alt_text="An ear of maize",
    )
    group = WorkingGroupPageFactory(
        parent=network_tree.groups,
        title="Food sovereignty",
        kind="sectoral",
        featured=True,
        sectors=[SectorFactory(slug="food-sovereignty")],
    )
    start = datetime.date.today() + datetime.timedelta(days=20)
    event = EventPageFactory(
        parent=network_tree.events,
        title="SSE voices at the Committee on World Food Security",
        start_date=start,
        start_time=datetime.time(9, 30),
        end_time=datetime.time(12, 0),
        time_zone="Europe/Rome",
        place="FAO headquarters, Rome",
        country="IT",
        working_groups=[group],
        organisers=[ally],
    )
    EventPageFactory(
        parent=network_tree.events,
        title="A later webinar",
        start_date=start + datetime.timedelta(days=30),
        working_groups=[group],
    )
    HeaderAndFooter.objects.create(site_name="SSE Policy Exchange", footer_text="A network.")
    pages = {
        "en": [
            network_tree.home,
            network_tree.groups,
            group,
            network_tree.events,
            event,
            network_tree.organisations,
            ally,
        ]
    }
    for language in LANGUAGES[1:]:
        translated = [translate(network_tree.home, language, title=f"SSE ({language})")]
        for page in pages["en"][1:]:
            fields = {"title": GROUP_TITLES[language]} if page.pk == group.pk else {}
            translated.append(translate(page, language, **fields))
        pages[language] = translated
    return {"group": group, "event": event, "ally": ally, "pages": pages}


def test_a_visitor_goes_from_the_home_page_to_an_event_in_their_calendar_and_an_ally(
    network, browser, base_url, screenshot
):
    context = browser.new_context(base_url=base_url, viewport=DESKTOP, accept_downloads=True)
    page = context.new_page()
    errors = watch_for_errors(page)

    page.goto("/en/")
    working_groups = page.get_by_role("region", name="Working groups")
    working_groups.get_by_role("link", name="Food sovereignty").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Food sovereignty")
    screenshot(page, "working group")

    upcoming = page.get_by_role("region", name="Upcoming events")
    expect(upcoming.get_by_role("link")).to_have_count(2)
    upcoming.get_by_role("link").first.click()  # the next one comes first
    expect(page.get_by_role("heading", level=1)).to_have_text(network["event"].title)
    expect(page.get_by_text("(Europe/Rome)")).to_be_visible()
    screenshot(page, "event")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add to calendar").click()
    download = download_info.value
    assert download.suggested_filename == f"{network['event'].slug}.ics"
    calendar = icalendar.Calendar.from_ical(Path(download.path()).read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert str(event["summary"]) == network["event"].title
    assert event["dtstart"].params["TZID"] == "Europe/Rome"
    assert event.decoded("dtstart").hour == 9 and event.decoded("dtstart").minute == 30

    page.get_by_role("link", name="Movimiento Campesino de las Américas").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("(MCA)")
    expect(page.get_by_text("Ally · Allied movement")).to_be_visible()
    expect(page.get_by_role("img", name="An ear of maize")).to_be_visible()
    expect(page).to_have_url(re.compile(rf"{network['ally'].url}$"))
    screenshot(page, "ally")
    context.close()
    assert not errors, "\n".join(errors)


def test_the_network_pages_have_no_serious_accessibility_violation(
    network, browser, base_url, screenshot
):
    context = browser.new_context(base_url=base_url, viewport=DESKTOP)
    serve_axe(context)
    page = context.new_page()
    errors = watch_for_errors(page)
    problems = []
    for language in LANGUAGES:
        for shown in network["pages"][language]:
            response = page.goto(shown.get_url())
            assert response.ok, f"{shown.get_url()} answered {response.status}"
            expect(page.locator("html")).to_have_attribute("lang", language)
            problems += describe(shown.get_url(), axe_violations(page))
            screenshot(page, f"{language} {shown.slug}")
    context.close()
    assert not problems + errors, "\n".join(problems + errors)
