"""The full-page cache (caching/page_cache.py) never shows a visitor what is no longer true.

A story on the home page and on its listing appears there as soon as it is published and goes
as soon as it is unpublished; editors never get a cached page; a hit runs no view (no query).
Publishing inside `django_capture_on_commit_callbacks(execute=True)` runs what happens after
the editor's transaction commits, as it does on the site.
"""

import pytest
from django.http import HttpResponse, JsonResponse
from django.test import Client, RequestFactory

from base.factories import ImageFactory
from caching import content_version, page_cache
from policies.factories import PolicyPageFactory
from stories.factories import StoryPageFactory
from taxonomy.factories import WorkAxisFactory
from toolkits.factories import ToolkitPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_page_cache")]


def unpublish(page, capture):
    with capture(execute=True):
        page.unpublish()
    page.refresh_from_db()
    return page


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response


def warmed(client, url):
    """The page as served from the cache (rendered once, then served from the cache)."""
    assert get(client, url)[page_cache.STATUS_HEADER] == "miss"
    response = get(client, url)
    assert response[page_cache.STATUS_HEADER] == "hit"
    return response.content.decode()


@pytest.fixture
def draft_story(site_tree):
    """A story not yet published, newer than every other, so the home page would show it."""
    StoryPageFactory(parent=site_tree.story_index, title="An older story")
    return StoryPageFactory(
        parent=site_tree.story_index, title="Seed banks of the Sahel", live=False
    )


def test_a_cache_hit_runs_no_view_and_no_query(client, site_tree, django_assert_num_queries):
    story = StoryPageFactory(parent=site_tree.story_index)
    for url in (site_tree.home.url, site_tree.story_index.url, story.url):
        first = get(client, url)
        assert first[page_cache.STATUS_HEADER] == "miss"
        with django_assert_num_queries(0):
            second = get(client, url)
        assert second[page_cache.STATUS_HEADER] == "hit"
        assert second.content == first.content
        assert second["Content-Type"] == first["Content-Type"]


def test_a_published_story_appears_at_once_on_the_cached_home_page_and_listing(
    client, site_tree, draft_story, publish
):
    home, listing = site_tree.home.url, site_tree.story_index.url
    assert "Seed banks of the Sahel" not in warmed(client, home)
    assert "Seed banks of the Sahel" not in warmed(client, listing)

    publish(draft_story)

    for url in (home, listing):
        response = get(client, url)
        assert response[page_cache.STATUS_HEADER] == "miss"
        assert "Seed banks of the Sahel" in response.content.decode()
    assert "Seed banks of the Sahel" in warmed(client, draft_story.url)


def test_an_unpublished_story_disappears_at_once_from_the_cached_pages(
    client, site_tree, draft_story, django_capture_on_commit_callbacks, publish
):
    story = publish(draft_story)
    home, listing = site_tree.home.url, site_tree.story_index.url
    for url in (home, listing, story.url):
        assert "Seed banks of the Sahel" in warmed(client, url)

    unpublish(story, django_capture_on_commit_callbacks)

    assert "Seed banks of the Sahel" not in get(client, home).content.decode()
    assert "Seed banks of the Sahel" not in get(client, listing).content.decode()
    assert client.get(story.url).status_code == 404


def test_a_published_translation_replaces_the_original_on_cached_listings(
    client, site_tree, publish, translate
):
    translate(site_tree.home, "fr", title="Échange de politiques ESS")
    french_listing = translate(site_tree.story_index, "fr", title="Récits")
    story = publish(StoryPageFactory(parent=site_tree.story_index, title="Seed banks"))
    html = warmed(client, french_listing.url)
    assert "Seed banks" in html and "Banques de semences" not in html

    translate(story, "fr", title="Banques de semences")

    assert "Banques de semences" in get(client, french_listing.url).content.decode()


def test_a_renamed_taxonomy_term_shows_at_once(
    client, site_tree, django_capture_on_commit_callbacks
):
    axis = WorkAxisFactory(name="Public policies", slug="public-policies-test", number=4)
    story = StoryPageFactory(parent=site_tree.story_index, work_axis=axis)
    assert "Public policies" in warmed(client, story.url)

    with django_capture_on_commit_callbacks(execute=True):
        axis.name = "Co-built public policies"
        axis.save()

    assert "Co-built public policies" in get(client, story.url).content.decode()


def test_a_moved_or_deleted_page_is_not_served_from_the_cache(
    client, site_tree, django_capture_on_commit_callbacks
):
    story = StoryPageFactory(parent=site_tree.story_index, title="Waste pickers")
    assert "Waste pickers" in warmed(client, site_tree.story_index.url)

    with django_capture_on_commit_callbacks(execute=True):
        story.delete()

    assert "Waste pickers" not in get(client, site_tree.story_index.url).content.decode()


def test_an_editor_never_gets_a_cached_page_and_never_fills_the_cache(editor_client, site_tree):
    visitor = Client()  # editor_client is pytest-django's `client`, logged in
    story = StoryPageFactory(parent=site_tree.story_index)
    warmed(visitor, story.url)

    response = editor_client.get(story.url)
    assert response.status_code == 200
    assert response[page_cache.STATUS_HEADER] == "bypass"
    assert response.context is not None  # the view ran

    other = StoryPageFactory(parent=site_tree.story_index)
    editor_client.get(other.url)
    assert get(visitor, other.url)[page_cache.STATUS_HEADER] == "miss"


def test_a_made_up_session_cookie_is_an_anonymous_visitor_served_from_the_cache(client, site_tree):
    warmed(client, site_tree.home.url)
    client.cookies["sessionid"] = "not-even-a-valid-session"

    assert get(client, site_tree.home.url)[page_cache.STATUS_HEADER] == "hit"


def test_a_real_session_bypasses_the_cache(client, site_tree):
    from django.contrib.sessions.backends.db import SessionStore

    warmed(client, site_tree.home.url)
    session = SessionStore()
    session["kept"] = "for this visitor"
    session.create()
    client.cookies["sessionid"] = session.session_key

    assert get(client, site_tree.home.url)[page_cache.STATUS_HEADER] == "bypass"


def test_a_post_is_never_answered_from_the_cache(client, site_tree):
    warmed(client, site_tree.home.url)

    response = client.post(site_tree.home.url)

    assert response[page_cache.STATUS_HEADER] == "bypass"


def test_non_200_pages_are_not_stored(client, site_tree):
    for _ in range(2):
        response = client.get("/en/no-such-page/")
        assert response.status_code == 404
        assert response[page_cache.STATUS_HEADER] == "bypass"


def test_the_admin_and_its_previews_bypass_the_cache(client, site_tree):
    response = client.get("/admin/login/")
    assert response[page_cache.STATUS_HEADER] == "bypass"


def test_search_is_cached_per_full_url_and_follows_publication(
    client, site_tree, draft_story, publish
):
    api = "/en/search/api/"
    assert get(client, api, q="seed")[page_cache.STATUS_HEADER] == "miss"
    assert get(client, api, q="seed")[page_cache.STATUS_HEADER] == "hit"
    assert get(client, api, q="seeds")[page_cache.STATUS_HEADER] == "miss"  # another URL
    assert get(client, api, q="seed").json()["total"] == 0

    publish(draft_story)

    response = get(client, api, q="seed")
    assert response[page_cache.STATUS_HEADER] == "miss"
    assert response.json()["total"] == 1


def test_search_is_not_cached_when_elasticsearch_answers(client, site_tree, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # down: the database answers
    for _ in range(2):
        assert get(client, "/en/search/api/")[page_cache.STATUS_HEADER] == "bypass"


# What may be stored, checked on the response itself ------------------------------------------


def _response_with(**changes):
    response = HttpResponse("<p>A story</p>")
    for name, value in changes.items():
        response[name] = value
    return response


def _set_cookie():
    response = _response_with()
    response.set_cookie("django_language", "fr")
    return response


@pytest.mark.parametrize(
    ("response", "storable"),
    [
        (_response_with(), True),
        (JsonResponse({"results": []}), True),
        (_response_with(Vary="Cookie"), True),
        (HttpResponse("gone", status=404), False),
        (HttpResponse("moved", status=302), False),
        (_set_cookie(), False),
        (HttpResponse('<input name="csrfmiddlewaretoken" value="x">'), False),
        (_response_with(**{"Cache-Control": "private"}), False),
        (_response_with(**{"Cache-Control": "no-cache, no-store"}), False),
        (_response_with(Vary="Cookie, Accept-Language"), False),
        (_response_with(**{"Content-Type": "application/pdf"}), False),
    ],
)
def test_only_responses_the_same_for_every_visitor_are_stored(response, storable):
    request = RequestFactory().get("/en/")

    assert page_cache.is_storable(request, response) is storable


def test_previews_and_csrf_protected_responses_are_not_stored(editor):
    preview = RequestFactory().get("/en/")
    preview.is_preview = True
    with_token = RequestFactory().get("/en/")
    with_token.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    logged_in = RequestFactory().get("/en/")
    logged_in.user = editor

    for request in (preview, with_token, logged_in):
        assert not page_cache.is_storable(request, HttpResponse("<p>A story</p>"))


def test_a_lost_content_version_is_replaced_by_a_new_one():
    first = content_version.content_version()
    content_version.bump_content_version()
    second = content_version.content_version()
    content_version.state_cache().delete(content_version.VERSION_KEY)

    assert len({first, second, content_version.content_version()}) == 3


def test_the_version_changes_again_once_the_editors_transaction_commits(
    django_capture_on_commit_callbacks,
):
    # A page rendered from the old data while the transaction was open is stored under a
    # version that nobody reads once the change is visible.
    with django_capture_on_commit_callbacks(execute=True):
        content_version.bump_content_version()
        while_open = content_version.content_version()

    assert content_version.content_version() != while_open


# Fragments of pages (caching/templatetags/fragment_cache.py) -------------------------------------


@pytest.fixture
def fragments_only(settings):
    """What a visitor the page cache never serves gets: pages rendered from cached fragments."""
    settings.PAGE_CACHE_ENABLED = False
    settings.FRAGMENT_CACHE_ENABLED = True


def test_a_page_renders_its_fragments_once_per_content_version(
    client, site_tree, fragments_only, publish
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    story = publish(StoryPageFactory(parent=site_tree.story_index))

    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            get(client, story.url)
        counts.append(len(queries))

    assert counts[1] < counts[0]


def test_a_story_from_its_fragments_reads_neither_its_images_nor_its_toolkits(
    client, site_tree, fragments_only, publish
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    toolkit = ToolkitPageFactory(parent=site_tree.toolkit_index, title="Statutes kit")
    body = [
        {"type": "toolkit", "value": {"toolkit": toolkit.pk, "note": ""}},
        {
            "type": "image",
            "value": {
                "image": {"image": ImageFactory().pk, "alt_text": "A", "decorative": False},
                "caption": "",
            },
        },
    ]
    story = publish(
        StoryPageFactory(parent=site_tree.story_index, hero_image=ImageFactory(), body=body)
    )
    get(client, story.url)

    with CaptureQueriesContext(connection) as queries:
        html = get(client, story.url).content.decode()

    assert "Statutes kit" in html and 'alt="A"' in html
    tables = " ".join(query["sql"] for query in queries)
    assert "wagtailimages_image" not in tables
    assert "toolkits_toolkitpage" not in tables


def test_the_home_page_lists_come_from_a_fragment_until_a_story_is_published(
    client, site_tree, fragments_only, publish
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    publish(StoryPageFactory(parent=site_tree.story_index, title="Seed banks"))
    get(client, site_tree.home.url)

    with CaptureQueriesContext(connection) as queries:
        html = get(client, site_tree.home.url).content.decode()
    assert "Seed banks" in html
    assert not [query for query in queries if "stories_storypage" in query["sql"]]

    publish(StoryPageFactory(parent=site_tree.story_index, title="Worker buyouts"))
    assert "Worker buyouts" in get(client, site_tree.home.url).content.decode()


def test_a_new_translation_shows_at_once_in_the_cached_language_links(
    client, site_tree, fragments_only, publish, translate
):
    translate(site_tree.home, "fr", title="Échange de politiques ESS")
    translate(site_tree.story_index, "fr", title="Récits")
    story = publish(StoryPageFactory(parent=site_tree.story_index, title="Seed banks"))
    for _ in range(2):  # the second rendering reads the fragments
        assert '<link rel="alternate" hreflang="fr"' not in get(client, story.url).content.decode()

    french = translate(story, "fr", title="Banques de semences")

    html = get(client, story.url).content.decode()
    assert f'<link rel="alternate" hreflang="fr" href="http://testserver{french.url}"' in html
    assert 'hreflang="fr" lang="fr" title="This page is not translated' not in html


def test_a_policy_published_in_a_new_country_appears_at_once_on_the_cached_home_map(
    client, site_tree, publish
):
    policy = PolicyPageFactory(parent=site_tree.policy_index, country="GH", live=False)
    dossier = f'href="{site_tree.country_index.url}GH/"'
    assert dossier not in warmed(client, site_tree.home.url)

    publish(policy)

    response = get(client, site_tree.home.url)
    assert response[page_cache.STATUS_HEADER] == "miss"
    assert dossier in response.content.decode()
