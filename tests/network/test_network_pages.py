"""Working groups, member and allied organisations, events, statements and campaigns: how each
page renders, the rules of the page tree, and what each page lists automatically."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail_localize.fields import get_translatable_fields

from base.factories import ImageFactory
from campaigns.factories import CampaignPageFactory, StatementPageFactory
from campaigns.models import StatementPage
from events.factories import EventPageFactory
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from organisations.factories import OrganisationPageFactory
from organisations.models import OrganisationPage
from stories.factories import StoryPageFactory
from taxonomy.factories import SectorFactory
from tests.publishing import publish, translate
from toolkits.factories import ToolkitPageFactory
from workinggroups.factories import WorkingGroupCoordinatorFactory, WorkingGroupPageFactory
from workinggroups.models import WorkingGroupIndexPage, WorkingGroupPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]

TODAY = datetime.date.today()


def html_of(client, page, **params):
    response = client.get(page.url, params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def food(network_tree):
    group = WorkingGroupPageFactory(
        parent=network_tree.groups,
        title="Food sovereignty",
        slug="food-sovereignty",
        kind="sectoral",
        contact_email="food@example.org",
        sectors=[SectorFactory(slug="food-sovereignty")],
        featured=True,
    )
    return group


def test_the_tree_rules(network_tree, food):
    home = network_tree.home
    for model in (WorkingGroupIndexPage, EventIndexPage):
        assert model.can_exist_under(home)
        assert not model.can_create_at(home)  # one of each per home page
        assert not model.can_exist_under(network_tree.groups)
    assert WorkingGroupPage.can_create_at(network_tree.groups)
    assert not WorkingGroupPage.can_create_at(home)
    assert OrganisationPage.can_create_at(network_tree.organisations)
    assert EventPage.can_create_at(network_tree.events)
    assert StatementPage.can_create_at(network_tree.campaigns)
    assert not EventPage.can_create_at(network_tree.organisations)
    assert not HomePage.can_create_at(food)


def test_the_working_group_index_groups_them_by_kind(client, network_tree, food):
    WorkingGroupPageFactory(parent=network_tree.groups, title="Youth", kind="target-group")

    html = html_of(client, network_tree.groups)

    assert '<h2 id="kind-sectoral">Sectoral</h2>' in html
    assert '<h2 id="kind-target-group">Target group</h2>' in html
    assert html.index("Food sovereignty") < html.index("Youth")
    assert '<h2 id="kind-regional">' not in html


def test_a_working_group_lists_what_it_produces(client, network_tree, food):
    member = OrganisationPageFactory(
        parent=network_tree.organisations, title="Via Solidaria", working_groups=[food]
    )
    outsider = OrganisationPageFactory(parent=network_tree.organisations, title="Not a member")
    WorkingGroupCoordinatorFactory(page=food, name="Awa Ndiaye", organisation=member)
    upcoming = EventPageFactory(
        parent=network_tree.events, title="CFS plenary session", working_groups=[food]
    )
    past = EventPageFactory(
        parent=network_tree.events,
        title="Food systems summit",
        start_date=TODAY - datetime.timedelta(days=400),
        working_groups=[food],
    )
    EventPageFactory(parent=network_tree.events, title="Unrelated webinar")
    statement = StatementPageFactory(
        parent=network_tree.campaigns, title="Seeds are commons", working_groups=[food]
    )
    toolkit = ToolkitPageFactory(
        parent=network_tree.site.toolkit_index,
        title="Public procurement from family farms",
        sectors=[SectorFactory(slug="food-sovereignty")],
    )
    story = StoryPageFactory(
        parent=network_tree.site.story_index,
        title="A seed bank in Bolivia",
        sectors=[SectorFactory(slug="food-sovereignty")],
    )
    unrelated = StoryPageFactory(parent=network_tree.site.story_index, title="Off-topic story")
    publish(food)

    html = html_of(client, food)

    assert "Working group · Sectoral" in html
    assert 'href="mailto:food@example.org"' in html
    assert f'Awa Ndiaye, Co-coordinator (<a href="{member.url}">Via Solidaria</a>)' in html
    for page in (member, upcoming, past, statement, toolkit, story):
        assert f'href="{page.url}"' in html, page.title
    for page in (outsider, unrelated):
        assert page.title not in html
    assert html.index("Upcoming events") < html.index(upcoming.title)
    assert html.index("Past events") < html.index(past.title)


def test_an_organisation_page_shows_its_identity_and_contributions(client, network_tree, food):
    organisation = OrganisationPageFactory(
        parent=network_tree.organisations,
        title="Red de Economía Solidaria",
        acronym="RES",
        kind="allied-movement",
        country="AR",
        member_since=None,
        logo=ImageFactory(title="RES logo"),
        logo_alt_text="A hummingbird",
        working_groups=[food],
    )
    event = EventPageFactory(parent=network_tree.events, organisers=[organisation])
    statement = StatementPageFactory(parent=network_tree.campaigns, signatories=[organisation])

    html = html_of(client, organisation)

    assert "Ally · Allied movement" in html
    assert 'Red de Economía Solidaria <span class="acronym">(RES)</span>' in html
    assert "Argentina, Americas" in html
    assert 'alt="A hummingbird"' in html
    assert f'<a href="{food.url}">Food sovereignty</a>' in html
    assert f'href="{event.url}"' in html and f'href="{statement.url}"' in html
    assert "Events organised" in html and "Statements signed" in html


def test_the_directory_filters_by_country_kind_and_working_group(client, network_tree, food):
    index = network_tree.organisations
    senegal = OrganisationPageFactory(
        parent=index, title="RENES", country="SN", working_groups=[food]
    )
    brazil = OrganisationPageFactory(
        parent=index, title="FBES", country="BR", kind="national-network"
    )
    ally = OrganisationPageFactory(parent=index, title="Platform", country="BR", kind="platform")

    def listed(**params):
        html = html_of(client, index, **params)
        return {org.title for org in (senegal, brazil, ally) if f'href="{org.url}"' in html}

    assert listed() == {"RENES", "FBES", "Platform"}
    assert listed(country="BR") == {"FBES", "Platform"}
    assert listed(country="BR", kind="platform") == {"Platform"}
    assert listed(group=food.slug) == {"RENES"}
    # Values the form does not offer are ignored, never an error page.
    assert listed(country="ZZ", kind="<script>", group="nope") == {"RENES", "FBES", "Platform"}


def test_the_directory_shows_untranslated_organisations_in_their_original(
    client, network_tree, food
):
    organisation = OrganisationPageFactory(parent=network_tree.organisations, title="RENES")
    translate(network_tree.home, "fr", title="Échange")
    french_directory = translate(network_tree.organisations, "fr", title="Membres et alliés")

    html = html_of(client, french_directory)

    # Under the visitor's language prefix, where it keeps the French interface.
    address = f"{french_directory.url}{organisation.slug}/"
    assert f'href="{address}"' in html
    assert client.get(address).status_code == 200


def test_an_organisations_name_is_not_translated(network_tree):
    organisation = OrganisationPageFactory(parent=network_tree.organisations, title="RENES")
    synchronised = {
        field.field_name
        for field in get_translatable_fields(OrganisationPage)
        if not field.is_translated(organisation)
    }
    assert {"title", "acronym"} <= synchronised


def test_an_event_page_shows_when_where_and_what_is_brought(client, network_tree, food):
    organiser = OrganisationPageFactory(parent=network_tree.organisations, title="RIPESS")
    event = EventPageFactory(
        parent=network_tree.events,
        title="SSE at COP",
        arena="international",
        arena_name="COP31",
        start_date=datetime.date(2031, 11, 10),
        start_time=datetime.time(9, 30),
        end_time=datetime.time(11, 0),
        time_zone="Europe/Istanbul",
        registration_url="https://example.org/register",
        working_groups=[food],
        organisers=[organiser],
        body=[{"type": "paragraph", "value": "<p>Our position on a just transition.</p>"}],
    )

    html = html_of(client, event)

    assert "International arena · COP31" in html
    assert '<time datetime="2031-11-10T09:30:00+03:00">' in html
    assert "(Europe/Istanbul)" in html
    assert 'href="https://example.org/register">Register</a>' in html
    assert f'href="{event.url}calendar/" download>Add to calendar</a>' in html
    assert f'<a href="{food.url}">Food sovereignty</a>' in html
    assert f'<a href="{organiser.url}">RIPESS</a>' in html
    assert "Our position on a just transition." in html
    assert event.starts_at == datetime.datetime(2031, 11, 10, 6, 30, tzinfo=datetime.UTC)


def test_the_event_listing_separates_upcoming_and_past(client, network_tree):
    later = EventPageFactory(
        parent=network_tree.events, title="Later", start_date=TODAY + datetime.timedelta(days=60)
    )
    sooner = EventPageFactory(
        parent=network_tree.events, title="Sooner", start_date=TODAY + datetime.timedelta(days=5)
    )
    past = EventPageFactory(
        parent=network_tree.events, title="Gone", start_date=TODAY - datetime.timedelta(days=5)
    )
    # A whole day ends at midnight where it happens: today in Samoa (UTC-11) lasts until
    # tomorrow 11:00 UTC, so it is still coming whatever the hour here.
    whole_day_today = EventPageFactory(
        parent=network_tree.events,
        title="Today all day",
        start_date=datetime.datetime.now(datetime.UTC).date(),
        start_time=None,
        end_time=None,
        time_zone="Pacific/Pago_Pago",
    )

    html = html_of(client, network_tree.events)
    upcoming, past_part = html.split('id="past-heading"')

    assert upcoming.index(sooner.title) < upcoming.index(later.title)
    assert past.title in past_part and past.title not in upcoming
    assert whole_day_today.title in upcoming


def test_event_rules(network_tree):
    def event(**fields):
        return EventPageFactory.build(
            title="E", slug="e", summary="s", arena="webinar", start_date=TODAY, **fields
        )

    with pytest.raises(ValidationError):
        event(end_date=TODAY - datetime.timedelta(days=1)).full_clean()
    with pytest.raises(ValidationError):
        event(start_time=datetime.time(12), end_time=datetime.time(11)).full_clean()
    with pytest.raises(ValidationError):
        event(start_time=None, end_time=datetime.time(11)).full_clean()
    with pytest.raises(ValidationError):
        event(time_zone="Mars/Olympus_Mons").full_clean()


def test_the_home_page_shows_upcoming_events_and_featured_groups(client, network_tree, food):
    event = EventPageFactory(parent=network_tree.events, title="Next forum")
    EventPageFactory(
        parent=network_tree.events,
        title="Old forum",
        start_date=TODAY - datetime.timedelta(days=90),
    )
    WorkingGroupPageFactory(parent=network_tree.groups, title="Not featured")

    html = html_of(client, network_tree.home)

    assert f'href="{event.url}"' in html and "Old forum" not in html
    assert f'href="{food.url}"' in html and "Not featured" not in html


def test_a_statement_and_a_campaign(client, network_tree, food):
    signatory = OrganisationPageFactory(parent=network_tree.organisations, title="URGENCI")
    event = EventPageFactory(parent=network_tree.events, title="Social development forum")
    statement = StatementPageFactory(
        parent=network_tree.campaigns, signatories=[signatory], event=event
    )
    toolkit = ToolkitPageFactory(parent=network_tree.site.toolkit_index, title="Campaign kit")
    campaign = CampaignPageFactory(
        parent=network_tree.campaigns, events=[event], statements=[statement], toolkits=[toolkit]
    )

    statement_html = html_of(client, statement)
    campaign_html = html_of(client, campaign)
    listing_html = html_of(client, network_tree.campaigns)

    assert "Joint statement" in statement_html
    assert f'href="{signatory.url}"' in statement_html
    assert f'<a href="{event.url}">Social development forum</a>' in statement_html
    for page in (event, statement, toolkit):
        assert f'href="{page.url}"' in campaign_html
    assert f'href="{campaign.url}"' in listing_html and f'href="{statement.url}"' in listing_html


def test_the_sitemap_lists_the_network_pages(client, network_tree, food):
    organisation = OrganisationPageFactory(parent=network_tree.organisations)
    event = EventPageFactory(parent=network_tree.events)
    statement = StatementPageFactory(parent=network_tree.campaigns)

    sitemap = client.get("/sitemap.xml").content.decode()

    # The sitemap gives addresses at the host it is asked on (the test client's).
    for page in (network_tree.groups, food, organisation, event, statement):
        assert f"<loc>http://testserver{page.url}</loc>" in sitemap, page.title


def test_editors_get_the_admin_forms_of_every_new_page_type_and_the_header_snippet(
    client, superuser, network_tree, food
):
    client.force_login(superuser)
    event = EventPageFactory(parent=network_tree.events)
    organisation = OrganisationPageFactory(parent=network_tree.organisations)
    statement = StatementPageFactory(parent=network_tree.campaigns)
    campaign = CampaignPageFactory(parent=network_tree.campaigns)
    adds = [
        ("general", "generalpage", network_tree.home),
        ("workinggroups", "workinggrouppage", network_tree.groups),
        ("organisations", "organisationpage", network_tree.organisations),
        ("events", "eventpage", network_tree.events),
        ("campaigns", "statementpage", network_tree.campaigns),
        ("campaigns", "campaignpage", network_tree.campaigns),
    ]
    for app, model, parent in adds:
        url = f"/admin/pages/add/{app}/{model}/{parent.pk}/"
        assert client.get(url).status_code == 200, url
    for page in (food, event, organisation, statement, campaign, network_tree.events):
        url = f"/admin/pages/{page.pk}/edit/"
        assert client.get(url).status_code == 200, url
    assert client.get("/admin/snippets/navigation/headerandfooter/add/").status_code == 200


def test_an_editor_adds_an_event_in_its_own_time_zone_through_the_admin(
    client, superuser, network_tree
):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    client.force_login(superuser)
    data = nested_form_data(
        {
            "title": "Webinar from Nairobi",
            "slug": "webinar-from-nairobi",
            "arena": "webinar",
            "arena_name": "",
            "summary": "Informal workers' cooperatives.",
            "start_date": "2031-03-02",
            "start_time": "15:00",
            "end_date": "",
            "end_time": "16:30",
            "time_zone": "Africa/Nairobi",
            "place": "",
            "country": "",
            "online_url": "https://meet.example.org/nairobi",
            "registration_url": "",
            "body": streamfield([]),
            "action-publish": "publish",
        }
    )

    response = client.post(f"/admin/pages/add/events/eventpage/{network_tree.events.pk}/", data)

    assert response.status_code == 302, response.content.decode()[:2000]
    event = EventPage.objects.get(slug="webinar-from-nairobi")
    assert event.live
    assert event.starts_at == datetime.datetime(2031, 3, 2, 12, 0, tzinfo=datetime.UTC)
    assert event.ends_at == datetime.datetime(2031, 3, 2, 13, 30, tzinfo=datetime.UTC)
