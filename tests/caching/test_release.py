"""A deploy never serves what the code before it rendered (caching/release.py): the release of
the code is in the keys of cached pages and fragments, and it changes with what renders pages,
not with tests, uploads, compiled files or collected static files."""

import shutil

import pytest

from caching import page_cache
from caching.release import code_digest, release
from stories.factories import StoryPageFactory


@pytest.fixture
def checkout(tmp_path, settings):
    """A checkout of a few files as the site's BASE_DIR, with its media and static roots."""
    for name, text in {
        "stories/models.py": "class StoryPage: ...\n",
        "templates/stories/story_page.html": "<h1>{{ page.title }}</h1>\n",
        "locale/fr/LC_MESSAGES/django.po": 'msgid "Stories"\nmsgstr "Récits"\n',
        "tests/test_stories.py": "def test(): ...\n",
        "media/documents/guide.html": "<p>An upload</p>\n",
        "collected-static/site.css": "body {}\n",
        ".venv/lib/site.py": "\n",
    }.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    settings.BASE_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STATIC_ROOT = tmp_path / "collected-static"
    return tmp_path


def restarted():
    """The release a process started after the change reads (each reads it once)."""
    code_digest.cache_clear()
    return release()


@pytest.mark.parametrize(
    "changed",
    ["stories/models.py", "templates/stories/story_page.html", "locale/fr/LC_MESSAGES/django.po"],
)
def test_the_release_changes_with_what_renders_pages(checkout, changed):
    before = release()
    with (checkout / changed).open("a") as file:
        file.write("# changed\n")
    assert restarted() != before


@pytest.mark.parametrize(
    "unchanged",
    [
        "tests/test_stories.py",
        "media/documents/guide.html",
        "collected-static/site.css",
        ".venv/lib/site.py",
        "locale/fr/LC_MESSAGES/django.mo",
    ],
)
def test_the_release_ignores_what_does_not_render_pages(checkout, unchanged):
    before = release()
    with (checkout / unchanged).open("a") as file:
        file.write("# changed\n")
    assert restarted() == before


def test_a_file_that_cannot_be_read_does_not_stop_the_site(checkout):
    (checkout / "stories" / "gone.py").symlink_to(checkout / "stories" / "moved.py")
    assert restarted()


@pytest.mark.django_db
@pytest.mark.usefixtures("fresh_page_cache")
def test_pages_cached_before_a_deploy_are_not_served_after_it(
    client, site_tree, settings, tmp_path
):
    story = StoryPageFactory(parent=site_tree.story_index)
    assert client.get(story.url)[page_cache.STATUS_HEADER] == "miss"
    assert client.get(story.url)[page_cache.STATUS_HEADER] == "hit"

    # The same site deployed with one template changed.
    deployed = tmp_path / "deployed"
    shutil.copytree(settings.BASE_DIR / "templates", deployed / "templates", dirs_exist_ok=True)
    with (deployed / "templates" / "base.html").open("a") as file:
        file.write("{# changed #}\n")
    settings.BASE_DIR = deployed

    assert client.get(story.url)[page_cache.STATUS_HEADER] == "miss"
    assert client.get(story.url)[page_cache.STATUS_HEADER] == "hit"
