"""The network's pages in the exchange search: working groups, organisations, events,
statements, campaigns and general pages are found by their words, filtered by kind, country and
continent alike by both engines, named by kind on each result, followed by a feed per kind, and
never when a draft or private (search/registry.py)."""

import datetime

import feedparser
import pytest
from wagtail.models import PageViewRestriction

from campaigns.factories import CampaignPageFactory, StatementPageFactory
from events.factories import EventPageFactory
from general.factories import GeneralPageFactory
from organisations.factories import OrganisationPageFactory
from search import indexing
from search.engines.base import SearchQuery
from search.engines.database import DatabaseEngine
from taxonomy.factories import ThemeFactory
from tests.conftest import index
from toolkits.factories import ToolkitPageFactory
from workinggroups.factories import WorkingGroupPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


def api(client, **params):
    response = client.get("/en/search/api/", params)
    assert response.status_code == 200, response.content
    return response.json()


def found(client, **params):
    return {hit["title"]: hit["kind"] for hit in api(client, **params)["results"]}


@pytest.fixture
def network(network_tree):
    environment = ThemeFactory(slug="environment", name="Environment")
    return {
        "group": WorkingGroupPageFactory(
            parent=network_tree.groups,
            title="Just transition",
            kind="regional",
            continent="002",
            mandate="<p>Agroecology advocacy at the climate conferences.</p>",
            themes=[environment],
        ),
        "organisation": OrganisationPageFactory(
            parent=network_tree.organisations,
            title="Réseau agroécologique du Sénégal",
            acronym="RAS",
            summary="The agroecology network of Senegal.",
            country="SN",
        ),
        "event": EventPageFactory(
            parent=network_tree.events,
            title="Agroecology day at COP31",
            start_date=datetime.date(2026, 11, 12),
            country="BR",
        ),
        "statement": StatementPageFactory(
            parent=network_tree.campaigns,
            title="Agroecology is SSE",
            date=datetime.date(2025, 6, 1),
        ),
        "campaign": CampaignPageFactory(
            parent=network_tree.campaigns,
            title="Seeds of agroecology",
            body="<p>A campaign for agroecology.</p>",
        ),
        "page": GeneralPageFactory(
            parent=network_tree.home,
            title="Join the network",
            introduction="Agroecology networks are welcome to join.",
        ),
    }


def test_every_network_page_is_found_with_its_kind(client, network):
    assert found(client, q="agroecology") == {
        "Just transition": "working-group",
        "Réseau agroécologique du Sénégal": "organisation",
        "Agroecology day at COP31": "event",
        "Agroecology is SSE": "statement",
        "Seeds of agroecology": "campaign",
        "Join the network": "page",
    }
    facets = {facet["name"]: facet for facet in api(client, q="agroecology")["facets"]}
    kinds = {value["value"]: value["label"] for value in facets["kind"]["values"]}
    assert kinds["event"] == "Event" and kinds["working-group"] == "Working group"


def test_filters_by_kind_country_continent_and_theme(client, network):
    assert found(client, kind="event") == {"Agroecology day at COP31": "event"}
    assert found(client, kind="organisation", country="SN") == {
        "Réseau agroécologique du Sénégal": "organisation"
    }
    assert set(found(client, continent="002")) == {
        "Just transition",  # a regional group, on its continent without a country
        "Réseau agroécologique du Sénégal",
    }
    assert found(client, theme="environment") == {"Just transition": "working-group"}
    assert found(client, kind="statement", year="2025") == {"Agroecology is SSE": "statement"}
    assert found(client, q="RAS") == {"Réseau agroécologique du Sénégal": "organisation"}


def test_the_results_page_names_each_kind(client, network):
    html = client.get("/en/search/", {"q": "agroecology"}).content.decode()
    for label in ("Working group", "Organisation", "Event", "Joint statement", "Campaign"):
        assert f'<p class="card__kicker">{label}' in html
    html = client.get("/fr/search/", {"q": "agroecology", "kind": "event"}).content.decode()
    assert ">Évènement" in html


def test_drafts_and_private_network_pages_are_never_found(client, network):
    event, organisation = network["event"], network["organisation"]
    event.unpublish()
    PageViewRestriction.objects.create(page=organisation, restriction_type="login")
    titles = set(found(client, q="agroecology"))
    assert "Agroecology day at COP31" not in titles
    assert "Réseau agroécologique du Sénégal" not in titles
    assert "Just transition" in titles
    # The index check agrees with what the signals did.
    assert [(c.missing, c.stale, c.extra) for c in indexing.reconcile()] == [([], [], [])]


def test_a_feed_per_network_kind_linked_from_its_listing(client, network, network_tree):
    response = client.get("/en/feeds/rss/", {"kind": "event"})
    feed = feedparser.parse(response.content)
    assert not feed.bozo
    assert [entry.title for entry in feed.entries] == ["Agroecology day at COP31"]
    assert "Event" in feed.feed.title

    html = client.get(network_tree.organisations.url, {"kind": "platform"}).content.decode()
    # The directory's own filters (an organisation's kind) are not the search's.
    assert 'href="http://testserver/en/feeds/atom/?kind=organisation"' in html
    atom = feedparser.parse(client.get("/en/feeds/atom/", {"kind": "organisation"}).content)
    assert [entry.title for entry in atom.entries] == ["Réseau agroécologique du Sénégal"]


@pytest.fixture(params=["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def engine(request, db):
    if request.param == "database":
        return DatabaseEngine()
    return request.getfixturevalue("elasticsearch")


def test_both_engines_find_and_count_the_network_kinds_alike(engine, network):
    index(engine, *network.values())

    results = engine.search(SearchQuery(text="agroecology"))
    kinds = ("working-group", "organisation", "event", "statement", "campaign", "page")
    assert {hit.kind for hit in results.hits} == set(kinds)
    assert dict(results.facets["kind"]) == dict.fromkeys(kinds, 1)
    events = engine.search(SearchQuery(filters={"kind": ["event"]}, sort="newest"))
    assert [hit.page_id for hit in events.hits] == [network["event"].pk]
    regional = engine.search(SearchQuery(filters={"continent": ["002"]}))
    assert {hit.page_id for hit in regional.hits} == {
        network["group"].pk,
        network["organisation"].pk,
    }


@pytest.fixture
def senegal(site_tree, network_tree):
    # The organisation first: on equal relevance and date, the lower page id comes first.
    organisation = OrganisationPageFactory(
        parent=network_tree.organisations,
        title="Federation of savings groups",
        summary="The savings groups of Senegal.",
        country="SN",
    )
    toolkit = ToolkitPageFactory(
        parent=site_tree.toolkit_index,
        title="Savings groups handbook",
        summary="How savings groups of Senegal start a federation.",
        countries=["SN"],
    )
    return {"toolkit": toolkit, "organisation": organisation}


def test_for_a_country_its_toolkit_comes_before_its_organisations(engine, senegal):
    """Visitors come for the exchange's material: a network page's relevance counts less
    (search/registry.py NETWORK_PAGE_WEIGHT), as words and as a filter alone."""
    toolkit, organisation = senegal["toolkit"].pk, senegal["organisation"].pk
    index(engine, *(page.specific for page in senegal.values()))

    by_name = engine.search(SearchQuery(text="Senegal savings groups"))
    assert [hit.page_id for hit in by_name.hits] == [toolkit, organisation]
    by_filter = engine.search(SearchQuery(filters={"country": ["SN"]}))
    assert [hit.page_id for hit in by_filter.hits] == [toolkit, organisation]


def test_an_organisation_searched_by_its_own_name_still_comes_first(engine, senegal):
    toolkit, organisation = senegal["toolkit"].pk, senegal["organisation"].pk
    index(engine, *(page.specific for page in senegal.values()))

    results = engine.search(SearchQuery(text="federation of savings groups"))
    assert [hit.page_id for hit in results.hits] == [organisation, toolkit]
