"""`manage.py load_demo`: what the demo promises, and a second run that creates nothing.

The command is the slowest thing in the suite, so it runs (twice) once for the whole module, in
a transaction rolled back after the module's tests; each test reads what it built.
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from home import geography
from home.models import HomePage, WorkAxis
from stories.models import StoryIndexPage, StoryPage
from toolkits.models import ToolkitDocument, ToolkitFile, ToolkitIndexPage, ToolkitPage

DEMO_PASSWORD = "a-long-demo-password-for-tests"

pytestmark = pytest.mark.usefixtures("no_page_cache")


def snapshot():
    """How many of each thing the demo creates exist."""
    user_model = get_user_model()
    return {
        "pages": Page.objects.count(),
        "stories": StoryPage.objects.count(),
        "toolkits": ToolkitPage.objects.count(),
        "toolkit files": ToolkitFile.objects.count(),
        "documents": ToolkitDocument.objects.count(),
        "images": get_image_model().objects.count(),
        "users": user_model.objects.count(),
        "revisions": Revision.objects.count(),
    }


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo loaded twice, in a transaction undone after the module's tests."""
    with django_db_blocker.unblock(), transaction.atomic():
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("DEMO_ADMIN_PASSWORD", DEMO_PASSWORD)
            call_command("load_demo", stdout=io.StringIO())
            after_first = snapshot()
            call_command("load_demo", stdout=io.StringIO())
            after_second = snapshot()
        yield {"after_first": after_first, "after_second": after_second}
        transaction.set_rollback(True)


@pytest.fixture
def live_stories(demo, db):
    return list(StoryPage.objects.live())


@pytest.fixture
def live_toolkits(demo, db):
    return list(ToolkitPage.objects.live())


def test_second_run_creates_nothing(demo):
    assert demo["after_second"] == demo["after_first"]


def test_home_page_is_the_default_sites_root_with_both_listings(demo, db):
    home = Site.objects.get(is_default_site=True).root_page.specific

    assert isinstance(home, HomePage)
    assert StoryIndexPage.objects.child_of(home).live().count() == 1
    assert ToolkitIndexPage.objects.child_of(home).live().count() == 1


def test_at_least_thirty_published_stories_and_toolkits(live_stories, live_toolkits):
    assert len(live_stories) >= 30
    assert len(live_toolkits) >= 30


def test_stories_come_from_at_least_twenty_countries(live_stories):
    assert len({story.country.code for story in live_stories}) >= 20


def test_stories_and_toolkits_come_from_every_inhabited_continent(live_stories, live_toolkits):
    countries = {story.country.code for story in live_stories}
    for toolkit in live_toolkits:
        countries.update(toolkit.country_codes)

    continents = {geography.continent_of(code) for code in countries}
    subregions = {geography.subregion_of(code) for code in countries}

    assert {"002", "019", "142", "150", "009"} <= continents
    # The Americas, both north (Northern or Central America, the Caribbean) and south.
    assert "005" in subregions
    assert subregions & {"021", "013", "029"}


def test_every_work_axis_has_stories_and_toolkits(live_stories, live_toolkits):
    axes = set(WorkAxis.objects.filter(locale__language_code="en").values_list("slug", flat=True))

    assert len(axes) == 4
    assert {story.work_axis.slug for story in live_stories} == axes
    assert {toolkit.work_axis.slug for toolkit in live_toolkits} == axes


def test_toolkit_files_in_the_four_languages_as_pdf_and_docx(live_toolkits):
    files = ToolkitFile.objects.filter(page__in=live_toolkits).select_related("document")

    assert {file.language for file in files} >= {"en", "fr", "es", "pt"}
    assert {file.document.file_extension for file in files} >= {"pdf", "docx"}
    for file in files:
        if file.document.file_extension == "pdf":
            assert file.document.page_count and file.document.page_count >= 1
        assert file.document.text_content, f"no text read from {file.document.title}"


def test_every_toolkit_has_a_file(live_toolkits):
    assert all(toolkit.files.exists() for toolkit in live_toolkits)


def test_every_published_page_renders(client, live_stories, live_toolkits):
    home = Site.objects.get(is_default_site=True).root_page
    pages = [home, *Page.objects.type(StoryIndexPage, ToolkitIndexPage), *live_stories[:5]]
    pages += live_toolkits[:5]

    for page in pages:
        assert client.get(page.url).status_code == 200, page.url


def test_demo_users_can_log_in_to_their_groups(demo, db):
    user_model = get_user_model()

    assert user_model.objects.get(username="admin").is_superuser
    for username, group in (("editor", "Editors"), ("moderator", "Moderators")):
        user = user_model.objects.get(username=username)
        assert user.check_password(DEMO_PASSWORD)
        assert list(user.groups.values_list("name", flat=True)) == [group]


def test_refuses_the_default_password_when_debug_is_off(db, monkeypatch):
    from django.core.management.base import CommandError

    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    before = snapshot()

    with pytest.raises(CommandError):
        call_command("load_demo", stdout=io.StringIO())

    assert snapshot() == before
