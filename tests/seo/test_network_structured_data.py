"""JSON-LD of public policies (Legislation), events (Event) and organisations (Organization),
parsed by a JSON-LD processor and checked for the properties each type needs, with a share
preview."""

import datetime

import pytest

from events.factories import EventPageFactory
from organisations.factories import OrganisationPageFactory
from policies.factories import PolicyPageFactory
from tests.seo.test_structured_data import (
    check_required,
    expanded_nodes,
    read_head,
    value,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]

REQUIRED = {
    # schema.org's Legislation: what makes a law identifiable and whether it applies.
    "Legislation": ["name", "url", "inLanguage", "legislationType", "legislationJurisdiction"],
    # Google's Event rich result: name, startDate and location are required.
    "Event": ["name", "url", "startDate", "endDate", "location", "eventAttendanceMode"],
    "Organization": ["name", "url"],
}


@pytest.fixture
def pages(network_tree, publish):
    organisation = publish(
        OrganisationPageFactory(
            parent=network_tree.organisations,
            title="Réseau national de l'économie solidaire",
            acronym="RENES",
            country="SN",
            website="https://renes.example.org/",
        )
    )
    event = publish(
        EventPageFactory(
            parent=network_tree.events,
            title="Africa SSE Forum",
            start_date=datetime.date(2026, 3, 10),
            start_time=datetime.time(9, 0),
            end_time=datetime.time(17, 0),
            time_zone="America/Sao_Paulo",
            place="Belém",
            country="BR",
            online_url="https://meet.example.org/forum",
            organisers=[organisation],
        )
    )
    policy = publish(
        PolicyPageFactory(
            parent=network_tree.site.policy_index,
            title="Framework law on the SSE",
            status="repealed",
            official_text_url="https://laws.example.org/2019-04",
        )
    )
    return {"organisation": organisation, "event": event, "policy": policy}


def node_of(client, page, schema_type):
    _response, reader = read_head(client, page.url)
    by_type, _nodes = expanded_nodes(reader)
    check_required(by_type)
    for name in REQUIRED[schema_type]:
        value(by_type[schema_type][0], name)
    assert reader.meta["og:image"].startswith("https://sse.example.org/media/")
    return by_type, by_type[schema_type][0]


def test_a_policy_is_legislation_with_its_jurisdiction_and_legal_force(client, pages):
    by_type, node = node_of(client, pages["policy"], "Legislation")
    assert value(node, "legislationType") == "Framework law"
    assert value(node, "legislationDate") == "2019-06-20"
    assert value(node, "legislationLegalForce") == "https://schema.org/NotInForce"
    assert value(node, "sameAs") == "https://laws.example.org/2019-04"
    # The jurisdiction, and the country it covers (every classified page's spatialCoverage).
    assert {value(country, "name") for country in by_type["Country"]} == {"Senegal"}


def test_an_event_has_its_times_with_their_offset_places_and_organisers(client, pages):
    by_type, node = node_of(client, pages["event"], "Event")
    assert value(node, "startDate") == "2026-03-10T09:00:00-03:00"
    assert value(node, "endDate") == "2026-03-10T17:00:00-03:00"
    assert value(node, "eventAttendanceMode") == "https://schema.org/MixedEventAttendanceMode"
    (place,) = by_type["Place"]
    assert value(place, "name") == "Belém"
    (online,) = by_type["VirtualLocation"]
    assert value(online, "url") == "https://meet.example.org/forum"
    organisers = [n for n in by_type["Organization"] if value(n, "name").startswith("Réseau")]
    # At the host the page is asked on, as every address of the JSON-LD.
    assert value(organisers[0], "url") == f"https://sse.example.org{pages['organisation'].url}"


def test_an_organisation_has_its_acronym_website_and_country(client, pages):
    by_type, node = node_of(client, pages["organisation"], "Organization")
    assert value(node, "alternateName") == "RENES"
    assert value(node, "sameAs") == "https://renes.example.org/"
    (address,) = by_type["PostalAddress"]
    assert value(address, "addressCountry") == "SN"
