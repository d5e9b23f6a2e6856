"""The translation status report: pages × locales, read from the admin as translators see it."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client, TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from stories.factories import StoryPageFactory
from tests.conftest import SiteTree, make_site_tree, publish_now
from toolkits.factories import ToolkitPageFactory
from translations.machine import mark_reviewed
from translations.operations import machine_translate, translate

pytestmark = pytest.mark.django_db

REPORT = "translation_status"


def locale(code):
    return Locale.objects.get(language_code=code)


def translate_fully(user, *pages, code="fr"):
    """Translate pages into French as translators would finish them: every text translated
    (by machine, then reviewed), then published."""
    for page in pages:
        with TestCase.captureOnCommitCallbacks(execute=True):
            (translated,) = translate(page, [locale(code)], user=user)
            translation = Translation.objects.get(
                source__object_id=page.translation_key, target_locale=locale(code)
            )
            machine_translate([translation.source], locale(code))
            mark_reviewed(translation, user)
            translation.save_target(user=user, publish=True)


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker):
    """A story and a toolkit; the home page, the story listing and the story in French. Built
    once for the module's tests (about 2.5 s each time) in a transaction undone after them;
    each test runs in a savepoint of it, undone after the test, and gets fresh copies."""
    with django_db_blocker.unblock(), transaction.atomic():
        tree = make_site_tree()
        admin = get_user_model().objects.create_superuser(
            username="admin", email="admin@example.org", password="password"
        )
        tree.story = publish_now(StoryPageFactory(parent=tree.story_index, title="The market"))
        tree.toolkit = publish_now(
            ToolkitPageFactory(parent=tree.toolkit_index, title="The council guide")
        )
        translate_fully(admin, tree.home, tree.story_index, tree.story)
        call_command("setup_translator_groups", verbosity=0)
        yield {"tree": tree, "superuser": admin}
        transaction.set_rollback(True)


@pytest.fixture
def superuser(built, db):
    return get_user_model().objects.get(pk=built["superuser"].pk)


@pytest.fixture
def site(built, db):
    """The site of `built`, its pages read anew: a test may change them in Python too."""
    built = built["tree"]
    pages = (built.home, built.story_index, built.toolkit_index)
    pages += (built.policy_index, built.country_index)
    site = SiteTree(*(type(page).objects.get(pk=page.pk) for page in pages))
    site.story = type(built.story).objects.get(pk=built.story.pk)
    site.toolkit = type(built.toolkit).objects.get(pk=built.toolkit.pk)
    return site


@pytest.fixture
def translator_client(member_of, login, site):
    return login(member_of("Translators (fr)", "traducteur"))


def matrix(response):
    """{page title: {language code: (status, [link texts])}} from the report's table."""
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    table = soup.find("table", class_="translation-status")
    assert table.caption.get_text(strip=True)
    header = [th.get_text(strip=True) for th in table.thead.find_all("th")]
    assert all(th.get("scope") == "col" for th in table.thead.find_all("th"))
    rows = {}
    for tr in table.tbody.find_all("tr"):
        th = tr.find("th")
        assert th.get("scope") == "row"
        title = th.a.get_text(strip=True)
        rows[title] = {
            td["data-locale"]: (td["data-status"], [a.get_text(" ", strip=True) for a in td("a")])
            for td in tr.find_all("td")
        }
    return header, rows


def test_report_shows_up_to_date_and_missing_translations(translator_client, site):
    header, rows = matrix(translator_client.get(reverse(REPORT)))

    assert header == ["Page", "Español", "Français", "Português"]
    assert rows["The market"]["fr"][0] == "up-to-date"
    assert rows["The market"]["es"][0] == "missing"
    assert rows["The council guide"]["fr"][0] == "missing"
    assert rows["Toolkits"]["fr"][0] == "missing"
    assert rows["SSE Policy Exchange"]["fr"][0] == "up-to-date"
    # The translator acts in French only: a link to translate, or to edit the translation.
    assert rows["The council guide"]["fr"][1] == ["Translate “The council guide” (Français)"]
    assert rows["The market"]["fr"][1] == ["Edit translation “The market” (Français)"]
    assert rows["The market"]["es"][1] == []


def test_links_lead_to_wagtail_localize_views(translator_client, site):
    response = translator_client.get(reverse(REPORT))
    soup = BeautifulSoup(response.content, "html.parser")
    story_fr = site.story.get_translation(locale("fr"))

    hrefs = {a["href"] for a in soup.select("td a")}
    submit = reverse("wagtail_localize:submit_page_translation", args=[site.toolkit.pk])
    assert any(href.startswith(f"{submit}?select_locale=fr&") for href in hrefs)
    assert reverse("wagtailadmin_pages:edit", args=[story_fr.pk]) in hrefs


def test_source_edit_makes_translation_outdated_until_synced_and_translated(
    translator_client, editor_client, site, superuser, django_capture_on_commit_callbacks, publish
):
    site.story.title = "The covered market"
    publish(site.story)

    _header, rows = matrix(translator_client.get(reverse(REPORT)))
    assert rows["The covered market"]["fr"][0] == "outdated"
    assert rows["SSE Policy Exchange"]["fr"][0] == "up-to-date"
    # Syncing is the source editors' job: the link shows to them, not to translators.
    assert not any("Sync" in link for link in rows["The covered market"]["fr"][1])
    _header, editor_rows = matrix(editor_client.get(reverse(REPORT)))
    assert any("Sync" in link for link in editor_rows["The covered market"]["fr"][1])

    translation = Translation.objects.get(
        source__object_id=site.story.translation_key, target_locale=locale("fr")
    )
    translation.source.update_from_db()  # what "Sync translated pages" does
    _header, rows = matrix(translator_client.get(reverse(REPORT)))
    assert rows["The covered market"]["fr"][0] == "outdated"  # new text waits for translators

    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=superuser, publish=True)
    _header, rows = matrix(translator_client.get(reverse(REPORT)))
    assert rows["The covered market"]["fr"][0] == "in-progress"  # the new title is untranslated

    machine_translate([translation.source], locale("fr"))
    mark_reviewed(translation, superuser)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=superuser, publish=True)
    _header, rows = matrix(translator_client.get(reverse(REPORT)))
    assert rows["The covered market"]["fr"][0] == "up-to-date"


def test_unreviewed_machine_translation_is_reported_with_a_review_button(
    translator_client, site, superuser
):
    translation = Translation.objects.get(
        source__object_id=site.story.translation_key, target_locale=locale("fr")
    )
    translation.source.stringsegment_set.first().string.translations.update(
        translation_type="machine"
    )

    response = translator_client.get(reverse(REPORT))

    soup = BeautifulSoup(response.content, "html.parser")
    forms = soup.select("td form")
    assert [form["action"] for form in forms] == [
        reverse("translation_mark_reviewed", args=[translation.pk])
    ]
    assert "machine-translated text not reviewed" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ({"section": "toolkits"}, {"Toolkits", "The council guide"}),
        ({"section": "stories"}, {"Stories", "The market"}),
        ({"section": "home"}, {"SSE Policy Exchange"}),
        ({"status": "up-to-date"}, {"SSE Policy Exchange", "Stories", "The market"}),
        (
            {"locale": "fr", "status": "missing"},
            # The policy listing and the atlas of the site tree are not translated either.
            {"Toolkits", "The council guide", "Public policies", "Countries"},
        ),
    ],
)
def test_filters_narrow_the_rows(translator_client, site, query, titles):
    _header, rows = matrix(translator_client.get(reverse(REPORT), query))

    assert set(rows) == titles


def test_language_filter_narrows_the_columns(translator_client, site):
    header, rows = matrix(translator_client.get(reverse(REPORT), {"locale": "fr"}))

    assert header == ["Page", "Français"]
    assert set(rows["The market"]) == {"fr"}


def test_filtered_results_fragment_links_back_to_the_report(translator_client, site):
    response = translator_client.get(
        reverse("translation_status_results"), {"section": "toolkits", "_w_filter_fragment": 1}
    )
    soup = BeautifulSoup(response.content, "html.parser")
    link = soup.select_one("td a")["href"]

    assert link.endswith("&next=" + reverse(REPORT) + "%3Fsection%3Dtoolkits")


def test_report_query_count_does_not_grow_with_the_pages(translator_client, site):
    def queries():
        with CaptureQueriesContext(connection) as context:
            assert translator_client.get(reverse(REPORT)).status_code == 200
        return len(context.captured_queries)

    before = queries()
    for number in range(8):
        StoryPageFactory(parent=site.story_index, title=f"Another story {number}")
        ToolkitPageFactory(parent=site.toolkit_index, title=f"Another toolkit {number}")

    assert queries() == before


def test_each_page_of_the_report_shows_its_own_rows_with_their_states(
    translator_client, site, monkeypatch
):
    """Rows are worked out for the page of the report shown only; every page of it says what
    the whole report would."""
    from translations.views import TranslationStatusView

    whole = matrix(translator_client.get(reverse(REPORT)))[1]
    monkeypatch.setattr(TranslationStatusView, "paginate_by", 2)
    paged = {}
    for number in range(1, len(whole) // 2 + 2):
        rows = matrix(translator_client.get(reverse(REPORT), {"p": number}))[1]
        assert len(rows) <= 2
        paged.update(rows)

    assert len(whole) > 4
    assert paged == whole


def test_only_translators_and_editors_see_the_report(site, translator_client, django_user_model):
    outsider = django_user_model.objects.create_user("reader", password="password")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    client.force_login(outsider)

    response = client.get(reverse(REPORT))
    assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))
    assert reverse(REPORT) not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(REPORT) in translator_client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_page_written_only_in_the_translators_language_is_listed_with_its_state(
    translator_client, site, publish
):
    french_index = site.story_index.get_translation(locale("fr"))
    published = publish(
        StoryPageFactory(parent=french_index, locale=locale("fr"), title="Les ressourceries")
    )
    StoryPageFactory(parent=french_index, locale=locale("fr"), title="Brouillon", live=False)

    response = translator_client.get(reverse(REPORT))
    _header, rows = matrix(response)

    assert rows["Les ressourceries"]["fr"] == (
        "original",
        ["Edit page “Les ressourceries” (Français)"],
    )
    assert rows["Les ressourceries"]["es"][0] == "missing"
    assert rows["Brouillon"]["fr"][0] == "original"
    soup = BeautifulSoup(response.content, "html.parser")
    row = soup.find("a", string="Brouillon").find_parent("tr")
    assert "Written in Français, with no version in English" in row.get_text(" ", strip=True)
    assert "Draft, not published" in row.get_text(" ", strip=True)
    assert list(rows)[-2:] == ["Les ressourceries", "Brouillon"]  # after the source pages
    # The status filter finds them.
    _header, only = matrix(translator_client.get(reverse(REPORT), {"status": "original"}))
    assert set(only) == {"Les ressourceries", "Brouillon"}
    assert published.live


def test_the_network_pages_have_their_sections(translator_client, site):
    from events.factories import EventIndexPageFactory, EventPageFactory
    from general.factories import GeneralPageFactory
    from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory

    events = EventIndexPageFactory(parent=site.home)
    EventPageFactory(parent=events, title="Africa SSE Forum")
    directory = OrganisationIndexPageFactory(parent=site.home)
    OrganisationPageFactory(parent=directory, title="RENESS")
    GeneralPageFactory(parent=site.home, title="Join the network")

    for section, titles in (
        ("events", {"Events", "Africa SSE Forum"}),
        ("organisations", {"Members and allies", "RENESS"}),
        ("general", {"Join the network"}),
    ):
        _header, rows = matrix(translator_client.get(reverse(REPORT), {"section": section}))
        assert set(rows) == titles, section
