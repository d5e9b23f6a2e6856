"""Pages cost the same number of database queries whatever the number of items they show.

Each page is rendered once to warm what is legitimately created on a first view (image
renditions, caches), then measured; a page showing 20 items must cost what it costs with one.
On failure the message lists the queries that repeat, which is where the N+1 is.
"""

import collections
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import LATEST_COUNT, HomeFeaturedStory, HomeFeaturedToolkit
from stories.factories import StoryPageFactory, StoryRelatedToolkitFactory
from toolkits.factories import ToolkitFileFactory, ToolkitPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


@pytest.fixture(autouse=True)
def no_fragment_cache(settings):
    """Every part of the page is rendered: a fragment read from the cache would hide an N+1."""
    settings.FRAGMENT_CACHE_ENABLED = False


MANY = 20


def measured_queries(client, url):
    client.get(url)  # warm-up
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    assert response.templates, "the page came from a cache: its view did not run"
    return [query["sql"] for query in context.captured_queries]


def repeated(queries):
    """The queries that differ only by their literal values, with how often each ran."""
    shapes = collections.Counter(re.sub(r"\b\d+\b|'[^']*'", "?", sql) for sql in queries)
    return "\n".join(f"{count} x {sql}" for sql, count in shapes.most_common(3) if count > 1)


def assert_same_cost(few, many):
    assert len(many) == len(few), (
        f"{len(few)} queries with one item, {len(many)} with {MANY}. Repeated:\n" + repeated(many)
    )


def test_story_listing_cost_does_not_grow_with_its_stories(client, site_tree):
    index = site_tree.story_index
    StoryPageFactory(parent=index)
    few = measured_queries(client, index.url)
    for _ in range(MANY - 1):
        StoryPageFactory(parent=index)

    assert_same_cost(few, measured_queries(client, index.url))


def test_toolkit_listing_cost_does_not_grow_with_its_toolkits(client, site_tree):
    index = site_tree.toolkit_index
    ToolkitPageFactory(parent=index)
    few = measured_queries(client, index.url)
    for _ in range(MANY - 1):
        ToolkitPageFactory(parent=index)

    assert_same_cost(few, measured_queries(client, index.url))


def test_story_page_cost_does_not_grow_with_its_related_toolkits(client, site_tree):
    story = StoryPageFactory(parent=site_tree.story_index)
    toolkits = [ToolkitPageFactory(parent=site_tree.toolkit_index) for _ in range(MANY)]
    StoryRelatedToolkitFactory(page=story, toolkit=toolkits[0], sort_order=0)
    few = measured_queries(client, story.url)
    for number, toolkit in enumerate(toolkits[1:], start=1):
        StoryRelatedToolkitFactory(page=story, toolkit=toolkit, sort_order=number)

    assert_same_cost(few, measured_queries(client, story.url))


def test_story_page_cost_does_not_grow_with_its_toolkit_link_blocks(client, site_tree):
    toolkits = [ToolkitPageFactory(parent=site_tree.toolkit_index) for _ in range(MANY)]

    def story_linking(linked):
        body = [{"type": "toolkit", "value": {"toolkit": t.pk, "note": ""}} for t in linked]
        return StoryPageFactory(parent=site_tree.story_index, body=body)

    few = measured_queries(client, story_linking(toolkits[:1]).url)
    many = measured_queries(client, story_linking(toolkits).url)

    assert_same_cost(few, many)


def test_toolkit_page_cost_does_not_grow_with_its_files(client, site_tree):
    toolkit = ToolkitPageFactory(parent=site_tree.toolkit_index)
    few = measured_queries(client, toolkit.url)
    for number in range(1, MANY):
        ToolkitFileFactory(page=toolkit, language="fr", sort_order=number)

    assert_same_cost(few, measured_queries(client, toolkit.url))


def test_home_page_cost_does_not_grow_with_its_featured_stories_and_toolkits(client, site_tree):
    home = site_tree.home
    # Enough pages that the "latest" sections stay full however many are featured.
    count = MANY + LATEST_COUNT
    stories = [StoryPageFactory(parent=site_tree.story_index) for _ in range(count)]
    toolkits = [ToolkitPageFactory(parent=site_tree.toolkit_index) for _ in range(count)]
    HomeFeaturedStory.objects.create(page=home, story=stories[0], sort_order=0)
    HomeFeaturedToolkit.objects.create(page=home, toolkit=toolkits[0], sort_order=0)
    few = measured_queries(client, home.url)
    for number in range(1, MANY):
        HomeFeaturedStory.objects.create(page=home, story=stories[number], sort_order=number)
        HomeFeaturedToolkit.objects.create(page=home, toolkit=toolkits[number], sort_order=number)

    assert_same_cost(few, measured_queries(client, home.url))


def test_search_page_cost_does_not_grow_with_its_results(client, site_tree):
    from django.urls import reverse

    url = reverse("search:search") + "?q=cooperative"
    StoryPageFactory(parent=site_tree.story_index).save_revision().publish()
    few = measured_queries(client, url)
    for _ in range(11):  # one page of results
        StoryPageFactory(parent=site_tree.story_index).save_revision().publish()

    assert_same_cost(few, measured_queries(client, url))


def test_a_page_asks_once_for_its_language_versions_and_their_machine_translations(
    client, site_tree
):
    # The language switcher, hreflang, the JSON-LD, the noindex flag and the machine-translation
    # notice all need them: the search engines' head reuses what the switcher asked
    # (seo/templatetags/seo_tags.py), the notice what the head asked.
    story = StoryPageFactory(parent=site_tree.story_index)

    queries = measured_queries(client, story.url)

    wheres = [sql[sql.find(" WHERE ") :] for sql in queries]
    # base.languages.versions_by_translation_key: every live version of the page.
    live_versions = (
        ' WHERE ("wagtailcore_page"."live" AND "wagtailcore_page"."alias_of_id" IS NULL'
        ' AND "wagtailcore_page"."translation_key" IN ('
    )
    versions = [where for where in wheres if where.startswith(live_versions)]
    machine = [sql for sql in queries if 'FROM "wagtail_localize_stringtranslation"' in sql]
    assert len(versions) == 1, "\n".join(versions)
    # One for every version at once: hreflang, JSON-LD, noindex and the page's notice.
    assert len(machine) == 1, "\n".join(machine)
