"""Invalidation by dependency (caching/dependencies.py): a publish makes stale exactly the cached
pages that show what changed, and leaves the others cached; nothing stale is ever served.

Publishing inside `django_capture_on_commit_callbacks(execute=True)` (the `publish` fixture)
runs what happens after the editor's transaction commits, as it does on the site.
"""

import pytest

from caching import content_version, dependencies, page_cache
from events.factories import EventIndexPageFactory, EventPageFactory
from navigation.models import HeaderAndFooter
from policies.factories import PolicyPageFactory, PolicyRelatedStoryFactory
from stories.factories import StoryPageFactory, StoryRelatedToolkitFactory
from tests.caching.conftest import BACKENDS, REDIS_URL
from toolkits.factories import ToolkitPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_page_cache")]


def status(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response[page_cache.STATUS_HEADER], response.content.decode()


def warm(client, *urls):
    for url in urls:
        client.get(url)
        assert status(client, url)[0] == "hit", url


@pytest.fixture
def pages(site_tree, publish):
    toolkit = publish(ToolkitPageFactory(parent=site_tree.toolkit_index, title="Statutes kit"))
    story = publish(StoryPageFactory(parent=site_tree.story_index, title="Seed banks"))
    StoryRelatedToolkitFactory(page=story, toolkit=toolkit)
    story = publish(story)
    other = publish(StoryPageFactory(parent=site_tree.story_index, title="Worker buyouts"))
    return story, other, toolkit


def test_a_published_story_leaves_other_stories_cached(client, site_tree, pages, publish):
    story, other, toolkit = pages
    warm(client, story.url, toolkit.url, site_tree.home.url, site_tree.story_index.url)

    other.title = "Worker buyouts in Argentina"
    publish(other)

    assert status(client, story.url)[0] == "hit"
    # A toolkit shows no story, and its related toolkits come from the index's toolkits,
    # which a story's publish leaves as they were.
    assert status(client, toolkit.url)[0] == "hit"
    for url in (site_tree.home.url, site_tree.story_index.url, other.url):
        served, html = status(client, url)
        assert served == "miss"
        assert "Worker buyouts in Argentina" in html


def test_a_renamed_toolkit_shows_at_once_on_the_stories_that_relate_to_it(
    client, site_tree, pages, publish
):
    story, other, toolkit = pages
    warm(client, story.url, other.url)

    toolkit.title = "Cooperative statutes kit"
    publish(toolkit)

    served, html = status(client, story.url)
    assert served == "miss" and "Cooperative statutes kit" in html
    # Stories do not show toolkits by their type alone: the other story showed none but still
    # depends on the toolkit type (a card could appear): it is rendered again, never stale.
    assert status(client, other.url)[0] == "miss"


def test_a_new_translation_of_a_story_shows_in_its_cached_language_links(
    client, site_tree, pages, translate
):
    story, other, _toolkit = pages
    translate(site_tree.home, "fr", title="Échange de politiques ESS")
    translate(site_tree.story_index, "fr", title="Récits")
    warm(client, story.url, other.url)

    french = translate(story, "fr", title="Banques de semences")

    served, html = status(client, story.url)
    assert served == "miss"
    assert f'hreflang="fr" href="http://testserver{french.url}"' in html
    assert status(client, other.url)[0] == "hit"  # shows nothing of the translated story


def test_a_story_in_the_menu_disappears_from_every_cached_page_when_unpublished(
    client, site_tree, pages, django_capture_on_commit_callbacks
):
    story, other, toolkit = pages
    link = {"type": "link", "value": {"label": "Our seed banks", "page": other.pk, "url": ""}}
    HeaderAndFooter.objects.create(site_name="SSE Policy Exchange", main_menu=[link])
    warm(client, story.url, toolkit.url)
    assert "Our seed banks" in status(client, story.url)[1]

    with django_capture_on_commit_callbacks(execute=True):
        other.unpublish()

    for url in (story.url, toolkit.url):
        served, html = status(client, url)
        assert served == "miss" and "Our seed banks" not in html


@pytest.fixture
def network_pages(site_tree, pages, publish):
    story, other, _toolkit = pages
    policy = PolicyPageFactory(parent=site_tree.policy_index, title="Social economy act")
    PolicyRelatedStoryFactory(page=policy, story=story)
    events = publish(EventIndexPageFactory(parent=site_tree.home))
    return publish(policy), publish(EventPageFactory(parent=events, title="Assembly"))


def test_a_story_publish_renews_what_shows_stories_and_leaves_the_rest_cached(
    client, site_tree, pages, network_pages, publish
):
    story, other, toolkit = pages
    policy, event = network_pages
    shows_no_story = (policy.url, event.url, toolkit.url, site_tree.toolkit_index.url)
    shows_stories = (site_tree.home.url, site_tree.story_index.url)
    warm(client, *shows_no_story, *shows_stories)

    other.title = "Worker buyouts in Argentina"
    publish(other)

    for url in shows_no_story:
        assert status(client, url)[0] == "hit", url
    for url in shows_stories:
        served, html = status(client, url)
        assert served == "miss" and "Worker buyouts in Argentina" in html, url


def test_a_story_a_policy_links_to_shows_on_it_when_renamed_or_first_published(
    client, site_tree, pages, network_pages, publish
):
    story, _other, _toolkit = pages
    policy, _event = network_pages
    draft = StoryPageFactory(parent=site_tree.story_index, title="Coop law draft", live=False)
    PolicyRelatedStoryFactory(page=policy, story=draft)
    policy = publish(policy)
    warm(client, policy.url)
    assert "Coop law draft" not in status(client, policy.url)[1]

    publish(draft)

    served, html = status(client, policy.url)
    assert served == "miss" and "Coop law draft" in html
    story.title = "Seed banks of the Andes"
    publish(story)
    served, html = status(client, policy.url)
    assert served == "miss" and "Seed banks of the Andes" in html


def test_a_story_that_starts_using_a_toolkit_shows_at_once_among_its_stories_of_use(
    client, site_tree, pages, publish
):
    _story, other, toolkit = pages
    warm(client, toolkit.url)
    assert "Worker buyouts" not in status(client, toolkit.url)[1]

    StoryRelatedToolkitFactory(page=other, toolkit=toolkit)
    publish(other)

    served, html = status(client, toolkit.url)
    assert served == "miss" and "Worker buyouts" in html


def test_a_page_type_that_declares_nothing_depends_on_every_change(
    client, site_tree, pages, publish
):
    _story, other, _toolkit = pages
    warm(client, site_tree.country_index.url)  # the world map and dossiers say nothing

    publish(other)

    assert status(client, site_tree.country_index.url)[0] == "miss"


def test_the_single_site_wide_version_when_dependencies_are_off(
    client, site_tree, pages, publish, settings
):
    settings.PAGE_CACHE_DEPENDENCIES = False  # the benchmark's baseline
    story, other, _toolkit = pages
    warm(client, story.url)

    publish(other)

    assert status(client, story.url)[0] == "miss"


def test_a_page_rendered_while_something_changed_is_not_stored():
    with dependencies.recording() as shown:
        dependencies.record("page:1")
        shown.declared = True
        content_version.invalidate("page:2")

    assert shown.versions() is None


def test_an_entry_whose_version_was_lost_is_stale():
    with dependencies.recording() as shown:
        dependencies.record("page:1")
        shown.declared = True
    versions = shown.versions()
    assert dependencies.is_current(versions)

    content_version.state_cache().delete(content_version.VERSION_PREFIX + "page:1")

    assert not dependencies.is_current(versions)


def test_a_change_during_an_open_transaction_is_renewed_again_at_commit(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        content_version.invalidate("page:7")
        while_open = content_version.tag_versions(["page:7", "any"])

    assert content_version.tag_versions(["page:7", "any"]).keys() == while_open.keys()
    for tag, version in content_version.tag_versions(["page:7", "any"]).items():
        assert version != while_open[tag]


@pytest.mark.parametrize("cache_backend", [b for b in BACKENDS if b == "redis"])
def test_in_redis_pages_expire_and_the_content_state_never_does(client, pages, settings):
    """With Redis's `volatile-lru` (scripts/redis, production) only keys that expire are evicted:
    a full cache drops pages, never the versions saying which pages are still true."""
    import redis

    story, _other, _toolkit = pages
    warm(client, story.url)
    prefix = settings.CACHES["default"]["KEY_PREFIX"]

    pages_db = redis.Redis.from_url(f"{REDIS_URL}/0")
    state_db = redis.Redis.from_url(f"{REDIS_URL}/1")
    page_keys = pages_db.keys(f"{prefix}:*")
    state_keys = state_db.keys(f"{prefix}:*")
    assert page_keys and state_keys
    assert all(pages_db.ttl(key) > 0 for key in page_keys)
    assert all(state_db.ttl(key) == -1 for key in state_keys)
    assert redis.Redis.from_url(REDIS_URL).config_get("maxmemory-policy") == {
        "maxmemory-policy": "volatile-lru"
    }


def test_a_cached_story_keeps_a_handful_of_dependencies_and_says_them_to_http_caches(
    client, site_tree, pages
):
    # A hit reads one version per dependency: the menus, sections and toolkit shown add nothing
    # that `pages-but:stories.storypage` does not already cover.
    story, _other, _toolkit = pages
    client.get(story.url)

    tags = client.get(story.url)["xkey"].split()

    assert set(tags) == {
        "site",
        "navigation",
        f"page:{story.pk}",
        f"translations:{story.translation_key}",
        "pages-but:stories.storypage",
    }


def test_an_index_change_renews_the_search_of_the_kinds_it_touched(pages):
    from search.engines import database_engine
    from search.indexing import documents_for

    story, _other, _toolkit = pages
    tags = ["search", "search:story", "search:toolkit"]
    before = content_version.tag_versions(tags)

    database_engine().index_documents(documents_for([story])[0])

    after = content_version.tag_versions(tags)
    assert after["search"] != before["search"]  # a search of any kind or with words
    assert after["search:story"] != before["search:story"]
    assert after["search:toolkit"] == before["search:toolkit"]
    database_engine().delete_pages([999_999])  # nothing removed: nothing renewed
    assert content_version.tag_versions(tags) == after


def test_a_search_with_words_is_renewed_by_a_story_publish(client, site_tree, pages, publish):
    _story, other, _toolkit = pages
    url = "/en/search/?q=statutes"
    warm(client, url)

    publish(other)

    assert status(client, url)[0] == "miss"
