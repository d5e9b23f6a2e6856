"""Finding the page a URL names. The home page finds it in one lookup (HomePage.route) and
answers as Wagtail's tree walk would: live pages served, drafts and unknown paths 404, moved
pages at their new address, each language tree on its own. The request's Site is kept per
content version (caching/site_lookup.py) and follows every change of sites."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import resolve
from django.utils import translation
from wagtail.models import Locale, Page, Site

from caching.site_lookup import site_for_request
from home.factories import HomePageFactory
from stories.factories import StoryPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


def routed(url):
    """The page Wagtail's serve view would serve for this URL, or None; and its query count."""
    request = RequestFactory().get(url)
    (path,) = resolve(url).args  # as the serve view gets it: after the language prefix
    with translation.override("en"), CaptureQueriesContext(connection) as queries:
        result = Page.route_for_request(request, path)
    return (result.page if result else None), len(queries)


def test_a_story_is_served_at_its_url(client, site_tree):
    story = StoryPageFactory(parent=site_tree.story_index, title="Seed banks in Kerala")

    response = client.get(story.url)

    assert response.status_code == 200
    assert response.context["page"].pk == story.pk
    assert type(response.context["page"]).__name__ == "StoryPage"


def test_finding_a_page_costs_the_same_at_any_depth(site_tree):
    story = StoryPageFactory(parent=site_tree.story_index)

    index_page, index_queries = routed(site_tree.story_index.url)
    story_page, story_queries = routed(story.url)

    assert (index_page.pk, story_page.pk) == (site_tree.story_index.pk, story.pk)
    # Wagtail's walk costs two more queries for each level down.
    assert story_queries == index_queries


def test_a_draft_and_an_unknown_path_are_not_found(client, site_tree):
    draft = StoryPageFactory(parent=site_tree.story_index, live=False)

    assert client.get(draft.url or f"{site_tree.story_index.url}{draft.slug}/").status_code == 404
    assert client.get(f"{site_tree.story_index.url}no-such-story/").status_code == 404
    assert client.get(f"{site_tree.story_index.url}{draft.slug}/extra/").status_code == 404


def test_a_live_story_under_an_unpublished_listing_is_still_served_as_wagtail_would(
    client, site_tree
):
    story = StoryPageFactory(parent=site_tree.story_index)
    url = story.url
    site_tree.story_index.unpublish()

    assert client.get(site_tree.story_index.url or url.rsplit("/", 2)[0] + "/").status_code == 404
    assert client.get(url).status_code == 200


def test_a_moved_story_is_served_at_its_new_address_and_redirected_from_the_old(client, site_tree):
    story = StoryPageFactory(parent=site_tree.story_index, slug="market-gardens")
    old_url = story.url
    story.move(site_tree.toolkit_index, pos="last-child")
    story.refresh_from_db()

    assert story.url != old_url
    assert client.get(story.url).status_code == 200
    assert routed(old_url)[0] is None
    assert client.get(old_url).headers["Location"] == story.url  # Wagtail's move redirect


def test_each_language_tree_serves_its_own_version_of_a_shared_slug(client, site_tree):
    french = Locale.objects.get(language_code="fr")
    story = StoryPageFactory(parent=site_tree.story_index, title="Seed banks", slug="seed-banks")
    for page in (site_tree.home, site_tree.story_index):
        page.copy_for_translation(french).save_revision().publish()
    translation = story.copy_for_translation(french)
    translation.title = "Banques de semences"
    translation.save_revision().publish()
    translation.refresh_from_db()
    assert translation.slug == story.slug

    english = client.get(story.url)
    french_page = client.get(translation.url)

    assert story.url != translation.url
    assert english.context["page"].title == "Seed banks"
    assert french_page.context["page"].title == "Banques de semences"


def test_the_site_of_a_request_is_looked_up_once_per_content_version(site_tree):
    site_for_request(RequestFactory().get("/en/"))

    with CaptureQueriesContext(connection) as queries:
        first = site_for_request(RequestFactory().get("/en/"))
        second = site_for_request(RequestFactory().get("/en/"))
        root = first.root_page.specific

    assert len(queries) == 0
    assert root.pk == site_tree.home.pk and type(root).__name__ == "HomePage"
    # Every request gets instances of its own: nothing one request sets leaks into another.
    assert first is not second and first.root_page is not second.root_page


def test_a_new_site_serves_its_own_home_page_at_once(client, site_tree):
    partner_home = HomePageFactory(parent=Page.get_first_root_node(), title="Partner network")
    assert client.get("/en/", HTTP_HOST="partner.example").context["page"].pk == site_tree.home.pk

    Site.objects.create(hostname="partner.example", port=80, root_page=partner_home)

    assert client.get("/en/", HTTP_HOST="partner.example").context["page"].pk == partner_home.pk
    assert client.get("/en/").context["page"].pk == site_tree.home.pk


def test_a_story_page_view_does_not_look_its_site_up_again(client, site_tree):
    story = StoryPageFactory(parent=site_tree.story_index)
    client.get(story.url)

    with CaptureQueriesContext(connection) as queries:
        assert client.get(story.url).status_code == 200

    assert not [query for query in queries if "wagtailcore_site" in query["sql"]]
