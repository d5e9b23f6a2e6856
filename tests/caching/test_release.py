"""A deploy never serves what the code before it rendered (caching/release.py): the release of
the code is in the keys of cached pages and fragments, fixed when a process starts, and it
changes with what renders pages, not with tests, uploads, compiled or collected files."""

import pytest
from django.apps import apps

from caching import page_cache
from caching.release import code_digest, release
from stories.factories import StoryPageFactory


@pytest.fixture
def checkout(tmp_path, settings):
    """A checkout of a few files as the site's BASE_DIR, with its static, media and open data
    roots inside it under other names than the defaults."""
    for name, text in {
        "stories/models.py": "class StoryPage: ...\n",
        "templates/stories/story_page.html": "<h1>{{ page.title }}</h1>\n",
        "templates/media/embed.html": "<figure></figure>\n",
        "locale/fr/LC_MESSAGES/django.po": 'msgid "Stories"\nmsgstr "Récits"\n',
        "static/img/logo.png": "PNG",
        "tests/test_stories.py": "def test(): ...\n",
        "media/documents/guide.html": "<p>An upload</p>\n",
        "uploads/documents/guide.html": "<p>An upload</p>\n",
        "exports/pages.json": "[]\n",
        "static-root/site.css": "body {}\n",
        ".venv/lib/site.py": "\n",
    }.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    settings.BASE_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "uploads"
    settings.OPEN_DATA_ROOT = tmp_path / "exports"
    settings.STATIC_ROOT = tmp_path / "static-root"
    settings.RELEASE = ""
    return tmp_path


def restarted():
    """The release a process started after the change reads (each reads it once)."""
    code_digest.cache_clear()
    return release()


def change(path):
    with path.open("a") as file:
        file.write("/* changed */\n")


@pytest.mark.parametrize(
    "changed",
    [
        "stories/models.py",
        "templates/stories/story_page.html",
        "templates/media/embed.html",
        "locale/fr/LC_MESSAGES/django.po",
        "static/img/logo.png",
    ],
)
def test_the_release_changes_with_what_renders_pages(checkout, changed):
    before = release()
    change(checkout / changed)
    # A process running the old code keeps the release it started with.
    assert release() == before
    assert restarted() != before


@pytest.mark.parametrize(
    "unchanged",
    [
        "tests/test_stories.py",
        "media/documents/guide.html",
        "uploads/documents/guide.html",
        "exports/pages.json",
        "static-root/site.css",
        ".venv/lib/site.py",
        "locale/fr/LC_MESSAGES/django.mo",
    ],
)
def test_the_release_ignores_what_does_not_render_pages(checkout, unchanged):
    before = release()
    change(checkout / unchanged)
    assert restarted() == before


def test_a_file_that_cannot_be_read_is_left_out_without_failing(checkout):
    before = release()
    (checkout / "stories" / "gone.py").symlink_to(checkout / "stories" / "moved.py")
    assert restarted() != before  # its name counts, not its missing contents


def test_a_release_the_deploy_names_is_the_release(checkout, settings):
    settings.RELEASE = "4f2a9c1"
    assert release() == "4f2a9c1"


def test_the_release_is_read_when_the_process_starts(checkout):
    code_digest.cache_clear()
    apps.get_app_config("caching").ready()
    assert code_digest.cache_info().currsize == 1


@pytest.mark.django_db
@pytest.mark.usefixtures("fresh_page_cache")
def test_pages_cached_by_another_release_are_not_served(client, site_tree, settings):
    story = StoryPageFactory(parent=site_tree.story_index)
    settings.RELEASE = "before"
    assert client.get(story.url)[page_cache.STATUS_HEADER] == "miss"
    assert client.get(story.url)[page_cache.STATUS_HEADER] == "hit"

    settings.RELEASE = "after"
    assert client.get(story.url)[page_cache.STATUS_HEADER] == "miss"
    assert client.get(story.url)[page_cache.STATUS_HEADER] == "hit"
