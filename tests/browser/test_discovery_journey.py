"""Discovery in Chromium: suggestions under the search boxes (an ARIA combobox, by keyboard and
by mouse), the country picker's type-ahead and the filters' drawer on a phone; and the atlas
journey of a French-speaking visitor, map → country → policy → the toolkit that helped pass it,
with axe-core on the map and the dossier."""

import re

import pytest
from playwright.sync_api import expect

from policies.factories import PolicyPageFactory, PolicyRelatedToolkitFactory
from tests.browser.accessibility import axe_violations, describe, serve_axe
from tests.browser.conftest import DESKTOP, translated_exchange, watch_for_errors

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 375, "height": 812}, "is_mobile": True, "has_touch": True}


@pytest.fixture
def visitor_page(browser, base_url):
    """new(**options): a page of a fresh browser context; the browser must report no error
    (no failing script, nothing the Content-Security-Policy blocks)."""
    contexts, errors = [], []

    def new(**options):
        context = browser.new_context(base_url=base_url, **{"viewport": DESKTOP, **options})
        serve_axe(context)
        contexts.append(context)
        page = context.new_page()
        errors.append(watch_for_errors(page))
        return page

    yield new
    for context in contexts:
        context.close()
    reported = [error for page_errors in errors for error in page_errors]
    assert not reported, "the browser reported errors:\n" + "\n".join(reported)


def test_a_keyboard_user_picks_a_country_from_the_suggestions(visitor_page, exchange, screenshot):
    translated_exchange(exchange, "fr")
    page = visitor_page()
    page.goto("/fr/search/")
    box = page.get_by_role("combobox", name=re.compile(r"^Mots à rechercher dans les récits"))

    box.focus()
    page.keyboard.type("Colom")
    listbox = page.get_by_role("listbox", name="Suggestions")
    expect(listbox).to_be_visible()
    colombia = listbox.get_by_role("option", name=re.compile(r"^Colombie"))
    expect(colombia).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("status").filter(has_text="suggestion")).to_have_count(1)
    assert not describe("suggestions open", axe_violations(page))
    screenshot(page, "suggestions")

    for _ in range(10):  # down to Colombia, whatever the titles above it
        page.keyboard.press("ArrowDown")
        if colombia.get_attribute("aria-selected") == "true":
            break
    expect(box).to_have_attribute("aria-activedescendant", colombia.get_attribute("id"))
    with page.expect_navigation():
        page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/fr/search/\?country=CO$"))
    expect(page.locator("#results-heading")).to_contain_text("4")  # 3 toolkits, 1 story
    box.focus()
    page.keyboard.type("zzzz")
    page.keyboard.press("Escape")
    expect(page.get_by_role("listbox")).to_be_hidden()


def test_a_mouse_user_opens_a_toolkit_from_the_header_suggestions(
    visitor_page, exchange, screenshot
):
    page = visitor_page()
    page.goto("/en/")
    box = page.get_by_role("combobox", name="Search stories and toolkits")

    box.click()
    page.keyboard.type("municipal SSE c")
    option = page.get_by_role("option", name=exchange.guide.title)
    expect(option).to_be_visible()
    screenshot(page, "header suggestions")
    with page.expect_navigation():
        option.click()

    expect(page.get_by_role("heading", level=1)).to_have_text(exchange.guide.title)


def test_without_script_the_search_boxes_are_plain_forms(browser, base_url, exchange):
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/en/")

    box = page.get_by_role("searchbox", name="Search stories and toolkits")
    box.fill("Bogotá")
    with page.expect_navigation():
        box.press("Enter")

    expect(page).to_have_url(re.compile(r"/en/search/\?q=Bogot"))
    expect(page.locator("input[role=combobox]")).to_have_count(0)
    context.close()


def test_on_a_phone_results_come_first_and_the_filters_wait_in_a_drawer(
    visitor_page, exchange, screenshot
):
    translated_exchange(exchange, "fr")
    page = visitor_page(**PHONE)
    page.goto("/fr/search/?q=ESS")

    drawer = page.locator("details.filters-drawer")
    expect(drawer).not_to_have_attribute("open", "")
    expect(page.get_by_role("button", name="Appliquer les filtres")).to_be_hidden()
    first_result = page.locator(".card--hit").first
    assert first_result.bounding_box()["y"] < 812, "the first result is on the first screen"
    screenshot(page, "phone results")

    page.locator("summary", has_text="Filtres").tap()
    countries = page.locator("details.facet").filter(has=page.locator("summary", has_text="Pays"))
    countries.locator("summary").tap()
    typeahead = page.get_by_label("Saisissez un pays")
    typeahead.fill("Colombie")
    screenshot(page, "phone filters")
    with page.expect_navigation():
        page.get_by_role("button", name="Appliquer les filtres").tap()

    expect(page).to_have_url(re.compile(r"country=Colombie"))
    expect(page.locator(".card__place").first).to_have_text("Colombie")
    expect(page.locator(".filters-drawer__chosen")).to_have_text("(1 choisi)")


def test_on_a_wide_screen_the_filters_stand_beside_the_results(visitor_page, exchange):
    page = visitor_page()
    page.goto("/en/search/?q=SSE")

    expect(page.get_by_role("button", name="Apply filters")).to_be_visible()
    expect(page.locator(".filters-drawer__summary")).to_be_hidden()


@pytest.fixture
def policy_that_used_the_guide(exchange):
    policy = PolicyPageFactory(
        parent=exchange.site.policy_index,
        title="Bogotá's municipal SSE policy",
        summary="The city council adopted a local SSE policy written with its networks.",
        country="CO",
        government_level="local",
        year=2020,
    )
    PolicyRelatedToolkitFactory(page=policy, toolkit=exchange.guide)
    policy.save_revision().publish()
    return policy


def test_a_french_visitor_goes_from_the_map_to_a_country_a_policy_and_the_toolkit_that_helped(
    visitor_page, exchange, policy_that_used_the_guide, screenshot
):
    french = translated_exchange(exchange, "fr")
    problems = []
    for screen, options in [("desktop", {}), ("phone", PHONE)]:
        page = visitor_page(**options)
        page.goto(french["home"].get_url())
        with page.expect_navigation():
            page.get_by_role("navigation", name="Menu principal").get_by_role(
                "link", name="Pays"
            ).click()
        expect(page.locator("html")).to_have_attribute("lang", "fr")
        world_map = page.get_by_role(
            "group", name="Carte du monde du contenu de l'échange par pays"
        )
        expect(world_map).to_be_visible()
        problems += describe(f"map ({screen})", axe_violations(page))
        screenshot(page, f"map {screen}")

        colombia = page.locator("a.world-map__country[data-country='CO']")
        expect(colombia).to_have_attribute("aria-label", re.compile(r"^Colombie: \d+"))
        with page.expect_navigation():
            colombia.click() if screen == "desktop" else colombia.tap()
        expect(page).to_have_url(re.compile(r"/fr/countries/CO/$"))
        expect(page.get_by_role("heading", level=1)).to_contain_text("Colombie")
        problems += describe(f"dossier ({screen})", axe_violations(page))
        screenshot(page, f"dossier {screen}")

        with page.expect_navigation():
            page.get_by_role("link", name=policy_that_used_the_guide.title).click()
        helped = page.locator("section").filter(
            has=page.get_by_role("heading", name="Boîtes à outils qui ont aidé")
        )
        expect(helped).to_be_visible()
        screenshot(page, f"policy {screen}")
        with page.expect_navigation():
            helped.get_by_role("link", name=exchange.guide.title).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(exchange.guide.title)
        expect(page).to_have_url(re.compile(r"/fr/toolkits/"))
        screenshot(page, f"toolkit {screen}")
    assert not problems, "\n".join(problems)
