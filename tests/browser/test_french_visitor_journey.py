"""Journey 5, in Chromium: a visitor who reads French browses the toolkits (a section with a
French address, /fr/boites-a-outils/), opens a toolkit that exists only in English and keeps
the French interface (menus, file sizes in French units, taxonomy in French), told by a notice
that the text is English; old English addresses and the other language prefixes lead to it,
never to a 404; the search leads there too."""

import re

import pytest
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from playwright.sync_api import expect
from wagtail.models import Locale

from taxonomy.models import Theme
from tests.browser.conftest import watch_for_errors
from toolkits.factories import ToolkitPageFactory
from translations.operations import translate

pytestmark = pytest.mark.browser

TITLE = "Model statutes for a worker cooperative"


@pytest.fixture
def french_sections(site_tree, superuser):
    """The home page and the two listings in French, the listings with French addresses; one
    toolkit, on the environment, only in English."""
    french = Locale.objects.get(language_code="fr")
    for page, title, slug in (
        (site_tree.home, None, None),
        (site_tree.story_index, "Récits", "recits"),
        (site_tree.toolkit_index, "Boîtes à outils", "boites-a-outils"),
    ):
        (translated,) = translate(page, [french], user=superuser)
        if slug:
            translated.title, translated.slug = title, slug
            translated.save_revision().publish()
    toolkit = ToolkitPageFactory(parent=site_tree.toolkit_index, title=TITLE)
    toolkit.themes.set([Theme.objects.get(slug="environment", locale__language_code="en")])
    toolkit.save_revision().publish()
    site_tree.toolkit = toolkit
    return site_tree


def test_a_french_visitor_reads_an_english_only_toolkit_in_a_french_interface(
    page, screenshot, french_sections
):
    toolkit = french_sections.toolkit
    address = f"/fr/boites-a-outils/{toolkit.slug}/"
    errors = watch_for_errors(page)

    page.goto("/fr/")
    page.get_by_role("link", name="Boîtes à outils").first.click()
    expect(page).to_have_url(re.compile(r"/fr/boites-a-outils/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    card = page.locator("article.card").filter(has_text=TITLE)
    expect(card).to_have_attribute("lang", "en")
    # Its chips in French, beside the facets in French.
    expect(card.locator("ul.tags")).to_have_attribute("lang", "fr")
    expect(card.locator("li.tag", has_text="Environnement")).to_be_visible()
    expect(card.locator("li.tag", has_text=re.compile(r"^Environment$"))).to_have_count(0)
    screenshot(page, "French listing")

    card.get_by_role("link", name=TITLE).click()
    expect(page).to_have_url(re.compile(rf"{re.escape(address)}$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("heading", level=1)).to_have_attribute("lang", "en")
    expect(page.get_by_role("note")).to_contain_text(
        "Cette page n'est pas encore traduite en français : voici sa version en anglais."
    )
    expect(page.get_by_role("navigation", name="Langues")).to_be_visible()
    document = toolkit.files.first().document
    with translation.override("fr"):
        french_size = filesizeformat(document.get_file_size())
    expect(page.locator("main")).to_contain_text(french_size)
    screenshot(page, "English toolkit, French interface")

    # The English section's address under /fr/ (the old one) leads there.
    page.goto(f"/fr/toolkits/{toolkit.slug}/")
    expect(page).to_have_url(re.compile(rf"{re.escape(address)}$"))
    # Every language prefix serves it, each with its own interface: never a 404.
    for language in ["es", "pt", "en"]:
        response = page.goto(f"/{language}/toolkits/{toolkit.slug}/")
        assert response.status == 200, language
        expect(page.locator("html")).to_have_attribute("lang", language)

    # The French search leads to the same French address.
    page.goto("/fr/search/?q=statutes")
    page.locator("article.card--hit").get_by_role("link", name=TITLE).click()
    expect(page).to_have_url(re.compile(rf"{re.escape(address)}$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    assert not errors, errors


def test_a_right_to_left_language_mirrors_the_layout(page, screenshot, french_sections):
    """Arabic, added in the settings: the page mirrors (menus from the right, the notice's
    rule on its right), with nothing overflowing the screen, and axe finds nothing serious."""
    from django.test import override_settings

    from tests.browser.accessibility import axe_violations, describe, serve_axe

    languages = [("en", "English"), ("fr", "Français"), ("ar", "العربية")]
    serve_axe(page.context)
    problems = []
    with override_settings(LANGUAGES=languages, WAGTAIL_CONTENT_LANGUAGES=languages):
        for address in ["/ar/", "/ar/toolkits/", f"/ar/toolkits/{french_sections.toolkit.slug}/"]:
            response = page.goto(address)
            assert response.status == 200, address
            expect(page.locator("html")).to_have_attribute("dir", "rtl")
            width = page.viewport_size["width"]
            brand = page.locator(".site-name").first.bounding_box()
            assert brand["x"] > width / 2, (address, brand)  # the site's name on the right
            overflow = page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, (address, overflow)
            problems += describe(address, axe_violations(page))
            screenshot(page, address.strip("/").replace("/", " ") or "home")
        # The English text keeps its own direction inside the Arabic page.
        expect(page.get_by_role("heading", level=1)).to_have_attribute("dir", "ltr")
        notice = page.locator(".notice").first
        sides = notice.evaluate(
            "element => [getComputedStyle(element).borderRightWidth,"
            " getComputedStyle(element).borderLeftWidth]"
        )
        assert sides[0] != "0px" and sides[1] == "0px", sides
    assert not problems, "\n".join(problems)
