"""The network's pages cost the same number of queries whatever the number of members,
events, statements or organisations they list (see test_query_counts.py)."""

import pytest

from campaigns.factories import StatementPageFactory
from events.factories import EventPageFactory
from organisations.factories import OrganisationPageFactory
from tests.caching.test_query_counts import MANY, assert_same_cost, measured_queries
from workinggroups.factories import WorkingGroupCoordinatorFactory, WorkingGroupPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


@pytest.fixture(autouse=True)
def no_fragment_cache(settings):
    settings.FRAGMENT_CACHE_ENABLED = False


def test_a_working_group_costs_the_same_with_many_members_events_and_statements(
    client, network_tree
):
    group = WorkingGroupPageFactory(parent=network_tree.groups, featured=True)

    def add_one():
        organisation = OrganisationPageFactory(
            parent=network_tree.organisations, working_groups=[group]
        )
        WorkingGroupCoordinatorFactory(page=group, organisation=organisation)
        EventPageFactory(parent=network_tree.events, working_groups=[group])
        StatementPageFactory(parent=network_tree.campaigns, working_groups=[group])

    add_one()
    few = measured_queries(client, group.url)
    for _ in range(MANY - 1):
        add_one()

    assert_same_cost(few, measured_queries(client, group.url))


def test_the_directory_and_the_event_listing_cost_the_same_with_many_pages(client, network_tree):
    group = WorkingGroupPageFactory(parent=network_tree.groups)
    OrganisationPageFactory(parent=network_tree.organisations, working_groups=[group])
    EventPageFactory(parent=network_tree.events, working_groups=[group])
    directory = measured_queries(client, network_tree.organisations.url)
    events = measured_queries(client, network_tree.events.url)
    home = measured_queries(client, network_tree.home.url)
    for number in range(MANY - 1):
        OrganisationPageFactory(
            parent=network_tree.organisations,
            country="BR" if number % 2 else "KE",
            working_groups=[group],
        )
        EventPageFactory(parent=network_tree.events, working_groups=[group])

    assert_same_cost(directory, measured_queries(client, network_tree.organisations.url))
    assert_same_cost(events, measured_queries(client, network_tree.events.url))
    assert_same_cost(home, measured_queries(client, network_tree.home.url))
