"""`manage.py load_demo`: what the demo promises, its translations, and a second run that
creates nothing.

The command is the slowest thing in the suite, so it runs (twice) once for the whole module, in
a transaction rolled back after the module's tests; each test reads what it built.
"""

import html
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Locale, Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from atlas.models import CountryIndexPage
from base import geography
from demo.content_checks import content_problems
from demo.network_content import LEFT_IN_ENGLISH
from demo.policy_content import POLICIES, TRANSLATIONS
from demo.story_content import STORIES
from demo.toolkit_content import TOOLKITS
from demo.translations import DELIBERATELY_UNTRANSLATED, LANGUAGE_PACKS
from demo.translator import TRANSLATOR_USERS
from home.models import HomePage
from policies.models import PolicyIndexPage, PolicyLevel, PolicyPage, PolicyStatus, PolicyType
from search.models import SearchDocument
from stories.models import StoryIndexPage, StoryPage
from taxonomy.models import WorkAxis
from toolkits.models import ToolkitDocument, ToolkitFile, ToolkitIndexPage, ToolkitPage
from translations import status as translation_status
from translations.permissions import TRANSLATOR_PAGE_PERMISSIONS

DEMO_PASSWORD = "a-long-demo-password-for-tests"
PACKS = {pack.language: pack for pack in LANGUAGE_PACKS}

pytestmark = pytest.mark.usefixtures("no_page_cache")


def snapshot():
    """How many of each thing the demo creates exist."""
    user_model = get_user_model()
    return {
        "pages": Page.objects.count(),
        "stories": StoryPage.objects.count(),
        "toolkits": ToolkitPage.objects.count(),
        "policies": PolicyPage.objects.count(),
        "toolkit files": ToolkitFile.objects.count(),
        "documents": ToolkitDocument.objects.count(),
        "images": get_image_model().objects.count(),
        "users": user_model.objects.count(),
        "groups": Group.objects.count(),
        "group page permissions": GroupPagePermission.objects.count(),
        "revisions": Revision.objects.count(),
        "translation sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "string translations": StringTranslation.objects.count(),
        "search documents": SearchDocument.objects.count(),
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


def test_second_run_creates_nothing(demo, db):
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
    listings = Page.objects.type(StoryIndexPage, ToolkitIndexPage, PolicyIndexPage)
    pages = [home, *listings, *live_stories[:5], *live_toolkits[:5]]
    pages += list(PolicyPage.objects.live()[:5])
    pages += list(CountryIndexPage.objects.live())

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


# Translations ------------------------------------------------------------------------------------

TRANSLATED_LANGUAGES = ("fr", "es", "pt")


def pages_in(language, model=Page):
    """Live pages of `model` in `language` that are translations, not synchronised copies (nor
    members' contributions, written in that language)."""
    return model.objects.live().filter(
        locale__language_code=language, alias_of__isnull=True, contribution__isnull=True
    )


def english(model, slug):
    return model.objects.get(locale__language_code="en", slug=slug)


def translation_of(model, slug, language):
    """The `language` version of the English page `slug` (translations have their own slugs)."""
    original = english(model, slug)
    return pages_in(language, model).get(translation_key=original.translation_key)


def original_slugs(pages):
    """The English slugs of these translations."""
    keys = pages.values_list("translation_key", flat=True)
    return set(
        Page.objects.filter(translation_key__in=keys, locale__language_code="en").values_list(
            "slug", flat=True
        )
    )


def text_of(response):
    """The page's HTML with entities decoded, so that texts compare as written."""
    return html.unescape(response.content.decode())


def cards(html, language):
    """The listing cards of pages shown in `language` (cards carry lang="…" when the page's
    language is not the visitor's)."""
    return re.findall(rf'<article class="card [^"]*" lang="{language}">.*?</article>', html, re.S)


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_home_and_listings_are_translated(demo, db, language):
    pack = PACKS[language]
    home = Site.objects.get(is_default_site=True).root_page
    translated_home = home.get_translation(Locale.objects.get(language_code=language))

    assert translated_home.live and translated_home.alias_of_id is None
    assert HomePage.objects.filter(pk=translated_home.pk).exists()
    listings = {
        StoryIndexPage: pack.site.stories_title,
        ToolkitIndexPage: pack.site.toolkits_title,
    }
    for model, title in listings.items():
        listing = pages_in(language, model).get()
        assert listing.title == title
        assert listing.get_parent().pk == translated_home.pk


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_a_good_share_of_stories_and_toolkits_is_translated(demo, db, language):
    untranslated = DELIBERATELY_UNTRANSLATED[language]
    stories = pages_in(language, StoryPage)
    toolkits = pages_in(language, ToolkitPage)

    assert original_slugs(stories) == {
        story.slug for story in STORIES if story.slug not in untranslated["stories"]
    }
    assert original_slugs(toolkits) == {
        toolkit.slug for toolkit in TOOLKITS if toolkit.slug not in untranslated["toolkits"]
    }
    assert stories.count() >= len(STORIES) // 2
    assert toolkits.count() >= len(TOOLKITS) // 2


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_the_deliberately_untranslated_pages_have_no_translation(demo, db, language):
    untranslated = DELIBERATELY_UNTRANSLATED[language]
    assert untranslated["stories"] and untranslated["toolkits"]
    for model, slugs in (
        (StoryPage, untranslated["stories"]),
        (ToolkitPage, untranslated["toolkits"]),
    ):
        for slug in slugs:
            original = english(model, slug)
            assert not Page.objects.filter(
                translation_key=original.translation_key, locale__language_code=language
            ).exists(), f"{slug} exists in {language}"


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_listings_show_untranslated_pages_in_english(client, demo, db, language):
    untranslated = DELIBERATELY_UNTRANSLATED[language]
    # Filtered so that each fits on the listing's first page.
    listings = (
        (StoryPage, StoryIndexPage, untranslated["stories"], "country"),
        (ToolkitPage, ToolkitIndexPage, untranslated["toolkits"], "axis"),
    )
    for model, listing_model, slugs, filter_name in listings:
        listing = pages_in(language, listing_model).get()
        for slug in slugs:
            original = english(model, slug)
            value = original.country.code if filter_name == "country" else original.work_axis.slug
            response = client.get(listing.url, {filter_name: value})
            assert response.status_code == 200
            shown = cards(text_of(response), "en")
            assert any(original.title in card for card in shown), (
                f"{slug} is not shown in English in {listing.url}"
            )


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_translated_pages_render_in_their_language(client, demo, db, language):
    pack = PACKS[language]
    home = Site.objects.get(is_default_site=True).root_page
    story_slug, story = next(iter(pack.stories.items()))
    toolkit_slug, toolkit = next(iter(pack.toolkits.items()))
    expected = {
        f"/{language}/": [pack.site.home_introduction[1]],
        pages_in(language, StoryIndexPage).get().url: [pack.site.stories_title],
        pages_in(language, ToolkitIndexPage).get().url: [pack.site.toolkits_title],
        translation_of(StoryPage, story_slug, language).url: [
            story.title,
            story.sections[0][1],
            story.figures[0][1],
        ],
        translation_of(ToolkitPage, toolkit_slug, language).url: [
            toolkit.title,
            toolkit.description,
        ],
    }
    assert home.get_translation(Locale.objects.get(language_code=language)).url == f"/{language}/"
    for url, texts in expected.items():
        assert url.startswith(f"/{language}/")
        response = client.get(url)
        assert response.status_code == 200, url
        page = text_of(response)
        assert f'<html lang="{language}"' in page
        for text in texts:
            assert text in page, f"{text!r} is not on {url}"


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_translated_listing_shows_translated_cards(client, demo, db, language):
    slug, translation = next(iter(PACKS[language].stories.items()))
    original = english(StoryPage, slug)
    listing = pages_in(language, StoryIndexPage).get()

    page = text_of(client.get(listing.url, {"country": original.country.code}))

    assert translation.title in page
    assert not any(original.title in card for card in cards(page, "en"))


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_translations_are_wagtail_localize_translations_by_the_translator(demo, db, language):
    """Translators' tools see complete, manual, up-to-date translations."""
    locale = Locale.objects.get(language_code=language)
    translator = get_user_model().objects.get(username=TRANSLATOR_USERS[language][0])
    translated = pages_in(language)

    for page in translated:
        translation = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=locale
        )
        total, done = translation.get_progress()
        assert total and done == total, f"{page.title}: {done} of {total} texts translated"
    strings = StringTranslation.objects.filter(locale=locale)
    assert not strings.exclude(translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL).filter(
        context__object_id__in=translated.values("translation_key")
    )
    assert strings.filter(last_translated_by=translator).exists()
    assert not strings.filter(has_error=True).exists()
    rows = translation_status.translation_status(
        translation_status.source_pages(Locale.get_default()), [locale], Locale.get_default()
    )
    statuses = {}
    for row in rows:
        if row.page.locale_id == Locale.get_default().pk:
            statuses[row.page.slug] = row.cells[0].status
        else:  # written in another language (the members' contributions): no English source
            own = row.page.locale_id == locale.pk
            expected = translation_status.ORIGINAL if own else translation_status.MISSING
            assert row.cells[0].status == expected, row.page.slug
    untranslated = DELIBERATELY_UNTRANSLATED[language]
    untranslated_policies = {policy.slug for policy in POLICIES} - set(TRANSLATIONS[language])
    for slug, status in statuses.items():
        missing = (
            slug in untranslated["stories"]
            or slug in untranslated["toolkits"]
            or slug in untranslated_policies
            or slug in LEFT_IN_ENGLISH
        )
        assert status == (
            translation_status.MISSING if missing else translation_status.UP_TO_DATE
        ), slug


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_translated_pages_use_the_taxonomy_of_their_language(demo, db, language):
    for model in (StoryPage, ToolkitPage, PolicyPage):
        for page in pages_in(language, model):
            original = page.get_translation(Locale.get_default()).specific
            assert page.work_axis.locale_id == page.locale_id
            assert page.work_axis.slug == original.work_axis.slug
            for name in ("themes", "sectors", "target_groups"):
                terms = list(getattr(page, name).all())
                assert all(term.locale_id == page.locale_id for term in terms), page.title
                assert {term.slug for term in terms} == {
                    term.slug for term in getattr(original, name).all()
                }


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_translated_toolkits_offer_the_same_files(demo, db, language):
    phrases = PACKS[language].phrases
    for toolkit in pages_in(language, ToolkitPage):
        original = toolkit.get_translation(Locale.get_default()).specific
        files = [(file.document_id, file.language) for file in toolkit.files.all()]
        assert files == [(file.document_id, file.language) for file in original.files.all()]
        for file, original_file in zip(toolkit.files.all(), original.files.all(), strict=True):
            assert file.label == (phrases[original_file.label] if original_file.label else "")


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_translated_pages_are_found_by_the_search_in_their_language(client, demo, db, language):
    slug, story = next(iter(PACKS[language].stories.items()))
    translated = translation_of(StoryPage, slug, language)

    answer = client.get(f"/{language}/search/api/", {"q": story.title, "kind": "story"}).json()

    hits = {hit["page_id"]: hit for hit in answer["results"]}
    assert translated.pk in hits, f"{story.title!r} not found in /{language}/search/api/"
    hit = hits[translated.pk]
    assert (hit["title"], hit["language"], hit["url"]) == (story.title, language, translated.url)
    assert set(hit["available_languages"]) >= {"en", language}
    original = translated.get_translation(Locale.get_default())
    assert original.pk not in hits  # one version per page, in the visitor's language


def test_each_language_has_its_translators_group_and_demo_translator(demo, db):
    for language, (username, _full_name) in TRANSLATOR_USERS.items():
        user = get_user_model().objects.get(username=username)
        group = Group.objects.get(name=f"Translators ({language})")
        home = pages_in(language, HomePage).get()

        assert user.check_password(DEMO_PASSWORD)
        assert list(user.groups.all()) == [group]
        assert GroupPagePermission.objects.filter(group=group, page=home).count() == len(
            TRANSLATOR_PAGE_PERMISSIONS
        )


def test_the_page_tree_stays_consistent(demo, db):
    """Translations go under translated parents that are already published: no child count is
    left stale (see translations/operations.translate_tree)."""
    assert all(not problems for problems in Page.find_problems())


def test_the_translations_are_consistent_with_the_english_content():
    assert content_problems() == []


# Public policies and the atlas ----------------------------------------------------------------


@pytest.fixture
def live_policies(demo, db):
    return list(PolicyPage.objects.live().filter(locale=Locale.get_default()))


def test_policies_cover_ten_countries_and_every_kind_level_and_status(live_policies):
    assert len(live_policies) == len(POLICIES) >= 15
    assert len({policy.country.code for policy in live_policies}) >= 10
    assert {policy.policy_type for policy in live_policies} == set(PolicyType.values)
    assert {policy.government_level for policy in live_policies} == set(PolicyLevel.values)
    assert {policy.status for policy in live_policies} == set(PolicyStatus.values)


def test_every_policy_has_a_timeline_participants_and_a_related_toolkit(live_policies):
    for policy in live_policies:
        assert len(policy.timeline) >= 1, policy.slug
        assert len(policy.participants) >= 1, policy.slug
        assert policy.live_related_toolkits(), policy.slug


@pytest.mark.parametrize("language", ["fr", "es", "pt"])
def test_some_policies_are_translated_and_render_in_their_language(client, demo, db, language):
    translated = PolicyPage.objects.live().filter(
        locale__language_code=language, alias_of__isnull=True
    )
    titles = {translation.title for translation in TRANSLATIONS[language].values()}
    assert {page.title for page in translated} == titles
    for page in translated:
        response = client.get(page.url)
        assert response.status_code == 200
        assert f'<html lang="{language}"' in response.content.decode()


def test_the_atlas_shows_a_dossier_for_every_country_with_a_policy(client, live_policies):
    atlas = CountryIndexPage.objects.live().get(locale=Locale.get_default())
    html = client.get(atlas.url).content.decode()
    for code in {policy.country.code for policy in live_policies}:
        assert f'href="{atlas.url}{code}/"' in html, code
        assert client.get(f"{atlas.url}{code}/").status_code == 200, code


# The network's spaces (demo/network_content.py) -------------------------------------------------


def test_every_working_group_of_the_plan_in_the_four_languages(demo, db):
    from demo.network_content import WORKING_GROUPS
    from workinggroups.models import WorkingGroupPage

    english = WorkingGroupPage.objects.live().filter(locale__language_code="en")
    assert {group.slug for group in english} == {group.slug for group in WORKING_GROUPS}
    assert {group.kind for group in english} == {"thematic", "sectoral", "target-group", "regional"}
    for language in TRANSLATED_LANGUAGES:
        translated = WorkingGroupPage.objects.live().filter(
            locale__language_code=language, alias_of__isnull=True
        )
        assert translated.count() == len(WORKING_GROUPS), language
    assert (
        translation_of(WorkingGroupPage, "food-sovereignty", "fr").title
        == "Souveraineté alimentaire"
    )


def test_organisations_on_every_continent_events_and_statements(demo, db):
    from django.utils import timezone

    from campaigns.models import StatementPage
    from events.models import EventPage
    from organisations.models import OrganisationPage

    organisations = list(OrganisationPage.objects.live())
    assert len(organisations) >= 30
    assert {organisation.continent_code for organisation in organisations} >= set(
        geography.CONTINENTS
    )
    assert any(not organisation.is_member for organisation in organisations)
    assert any(organisation.logo and organisation.logo_alt_text for organisation in organisations)
    events = EventPage.objects.live()
    assert events.count() >= 15
    assert events.filter(ends_at__lt=timezone.now()).exists()
    assert events.filter(ends_at__gte=timezone.now()).exists()
    statements = StatementPage.objects.live()
    assert statements.count() >= 5
    assert all(statement.file and statement.signatories.exists() for statement in statements)


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_general_pages_and_the_header_and_footer_are_translated(client, demo, db, language):
    from demo.network_content import GENERAL_PAGES, SITE_NAMES
    from general.models import GeneralPage
    from navigation.models import HeaderAndFooter

    for slug, texts in GENERAL_PAGES.items():
        page = translation_of(GeneralPage, slug, language)
        assert page.live and page.title == texts[language].title
    frame = HeaderAndFooter.objects.get(locale__language_code=language)
    assert frame.site_name == SITE_NAMES[language]
    html = client.get(f"/{language}/").content.decode()
    assert f'<span class="site-name__text">{SITE_NAMES[language]}</span>' in html
    assert 'class="button call-to-action__link"' in html


SECTION_ADDRESSES = {
    "fr": ("/fr/recits/", "/fr/boites-a-outils/"),
    "es": ("/es/historias/", "/es/cajas-de-herramientas/"),
    "pt": ("/pt/historias/", "/pt/kits-de-ferramentas/"),
}


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_translations_have_translated_addresses_and_the_old_ones_redirect(
    client, demo, db, language
):
    stories_url, toolkits_url = SECTION_ADDRESSES[language]
    assert pages_in(language, StoryIndexPage).get().url == stories_url
    assert pages_in(language, ToolkitIndexPage).get().url == toolkits_url
    slug, story = next(iter(PACKS[language].stories.items()))
    translated = translation_of(StoryPage, slug, language)
    assert translated.slug != slug and translated.url.startswith(stories_url)

    # The English addresses under the language's prefix (the demo's before) lead there.
    for old, new in (
        (f"/{language}/stories/", stories_url),
        (f"/{language}/toolkits/", toolkits_url),
        (f"/{language}/stories/{slug}/", translated.url),
    ):
        response = client.get(old)
        assert (response.status_code, response.get("Location")) == (301, new), old
    # An English-only story is read under the language's own section address.
    untranslated = DELIBERATELY_UNTRANSLATED[language]["stories"][0]
    fallback = f"{stories_url}{untranslated}/"
    response = client.get(f"/{language}/stories/{untranslated}/")
    assert (response.status_code, response.get("Location")) == (301, fallback)
    assert client.get(fallback).status_code == 200
    listing = client.get(stories_url, {"q": english(StoryPage, untranslated).title})
    assert f'href="{fallback}"' in listing.content.decode()


def test_three_members_with_contributions_in_every_state(client, demo, db):
    from contributions.models import Contribution, Membership

    approved = Membership.objects.filter(status=Membership.Status.APPROVED)
    assert approved.count() == 3
    assert Membership.objects.filter(status=Membership.Status.REQUESTED).exists()
    assert not approved.filter(user__is_staff=True).exists()
    states = {contribution.state for contribution in Contribution.objects.all()}
    assert states == set(Contribution.State)
    requested = next(
        c for c in Contribution.objects.all() if c.state == Contribution.State.CHANGES_REQUESTED
    )
    assert requested.moderator_comment
    # A member signs in with the demo password and sees their own contributions.
    signed_in = client.post(
        "/es/contribute/login/", {"username": "lucia", "password": DEMO_PASSWORD}
    )
    assert signed_in.status_code == 302
    assert "La cooperativa de cuidados de Oaxaca" in client.get("/es/contribute/").content.decode()


def test_ten_adaptations_in_chains_across_continents_and_languages(demo, db):
    adapted = ToolkitPage.objects.filter(
        locale__language_code="en", adapted_from__isnull=False, live=True
    ).select_related("adapted_from")
    assert adapted.count() >= 10
    sources = {toolkit.adapted_from_id for toolkit in adapted}
    assert any(toolkit.pk in sources for toolkit in adapted), "no chain of adaptations"
    crossings = 0
    for toolkit in adapted:
        source = toolkit.adapted_from
        here = {geography.continent_of(code) for code in toolkit.country_codes}
        there = {geography.continent_of(code) for code in source.country_codes}
        crossings += bool(here - there)
    assert crossings >= 5


@pytest.mark.parametrize("language", ["fr", "es", "pt"])
def test_translated_pages_explain_glossary_terms_in_their_language(client, demo, db, language):
    from demo.glossary_definitions import DEFINITIONS, LANGUAGES

    definitions = {entry[LANGUAGES.index(language)] for entry in DEFINITIONS.values()}
    explained = 0
    for page in ToolkitPage.objects.live().filter(locale__language_code=language)[:12]:
        content = client.get(page.url).content.decode()
        found = re.findall(rf'<dd lang="{language}">(.*?)</dd>', content)
        assert {html.unescape(text) for text in found} <= definitions, page.url
        explained += len(found)
    assert explained >= 3, "the demo's translated toolkits explain some terms in their language"
