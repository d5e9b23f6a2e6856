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
