"""The private sections are read once per content version during a visitor's request
(caching/view_restrictions.py), and a page made private or public again is listed accordingly
at the very next view."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from stories.factories import StoryPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


@pytest.fixture(autouse=True)
def no_fragment_cache(settings):
    settings.FRAGMENT_CACHE_ENABLED = False


def listed_ids(client, listing):
    response = client.get(listing.url)
    assert response.status_code == 200
    return {page.pk for page in response.context["page_obj"].object_list}


def reads_of_every_restriction(client, url):
    """The queries of a view that read every view restriction (not those of one page)."""
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return [
        query["sql"]
        for query in context.captured_queries
        if "wagtailcore_pageviewrestriction" in query["sql"] and " WHERE " not in query["sql"]
    ]


def test_a_story_made_private_leaves_the_listing_at_the_next_view_and_comes_back(client, site_tree):
    index = site_tree.story_index
    shown = StoryPageFactory(parent=index)
    becomes_private = StoryPageFactory(parent=index)
    assert listed_ids(client, index) == {shown.pk, becomes_private.pk}

    restriction = PageViewRestriction.objects.create(
        page=becomes_private, restriction_type=PageViewRestriction.LOGIN
    )
    assert listed_ids(client, index) == {shown.pk}

    restriction.delete()
    assert listed_ids(client, index) == {shown.pk, becomes_private.pk}


def test_a_story_moved_under_a_private_page_leaves_the_listing(client, site_tree):
    index = site_tree.story_index
    story = StoryPageFactory(parent=index)
    private_parent = StoryPageFactory(parent=index)
    PageViewRestriction.objects.create(
        page=private_parent, restriction_type=PageViewRestriction.LOGIN
    )
    assert listed_ids(client, index) == {story.pk}

    story.move(private_parent, pos="last-child")

    assert listed_ids(client, index) == set()


def test_the_restrictions_are_read_once_and_then_kept_while_nothing_changes(client, site_tree):
    story = StoryPageFactory(parent=site_tree.story_index)
    PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.LOGIN)
    home = site_tree.home.url

    assert len(reads_of_every_restriction(client, home)) == 1  # Wagtail's: one per .public()
    assert reads_of_every_restriction(client, home) == []


def test_outside_a_visitors_request_they_are_read_at_every_call(site_tree):
    from wagtail.models import Page

    story = StoryPageFactory(parent=site_tree.story_index)
    PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.LOGIN)

    with CaptureQueriesContext(connection) as context:
        assert story.pk not in set(Page.objects.public().values_list("pk", flat=True))
        assert story.pk in set(Page.objects.private().values_list("pk", flat=True))
    assert len(context.captured_queries) == 4


def test_a_page_below_a_section_made_private_asks_for_the_password_and_hides_its_title(
    client, site_tree
):
    # Wagtail's check before serving and the search engines' head ask for the page's
    # restrictions, answered without a query while nothing is private: a section made private
    # is protected at the next view, and the page shows its title again once it is not.
    story = StoryPageFactory(parent=site_tree.story_index, title="Members only tally")
    assert "Members only tally" in client.get(story.url).content.decode()  # "none" now kept
    restriction = PageViewRestriction.objects.create(
        page=site_tree.story_index, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    html = client.get(story.url).content.decode()
    assert 'name="password"' in html  # Wagtail's check before serving still asks for it
    assert '<meta name="robots" content="noindex">' in html
    assert "Members only tally" not in html

    restriction.delete()

    html = client.get(story.url).content.decode()
    assert '<meta property="og:title" content="Members only tally">' in html
    assert "noindex" not in html


def test_a_page_is_served_without_reading_restrictions_while_nothing_is_private(client, site_tree):
    story = StoryPageFactory(parent=site_tree.story_index)
    client.get(story.url)  # the kept sections (none) read once

    with CaptureQueriesContext(connection) as context:
        assert client.get(story.url).status_code == 200
    restrictions = [q for q in context.captured_queries if "pageviewrestriction" in q["sql"]]
    assert restrictions == []
