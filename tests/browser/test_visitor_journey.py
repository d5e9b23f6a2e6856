"""Journeys 3 and 4, in Chromium: a Spanish-speaking visitor searches the toolkits, narrows them
by country and theme with the facet checkboxes (a plain form: no script needed), opens a
toolkit, downloads its Spanish file and finds the toolkits most like it.

The same journey runs three ways: with a mouse on a desktop screen, with a finger on a phone
(375 × 812), and with the keyboard alone (Tab, Enter, Space; no click at all).
"""

import re
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from tests.browser.conftest import watch_for_errors

pytestmark = pytest.mark.browser

PHONE = {
    "viewport": {"width": 375, "height": 812},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}
# Where a keyboard user's next Tab can be: enough for the longest page here.
MAX_TABS = 200


class Pointer:
    """A visitor who clicks with a mouse, or taps with a finger on a touch screen."""

    def __init__(self, page, *, touch=False):
        self.page = page
        self.touch = touch

    def activate(self, target):
        """Press a button, open a <details> summary, follow a download link."""
        if self.touch:
            target.tap()
        else:
            target.click()

    def follow(self, target):
        """Follow a link or submit a form, and wait for the next page."""
        with self.page.expect_navigation():
            self.activate(target)

    def tick(self, checkbox):
        self.activate(checkbox)
        expect(checkbox).to_be_checked()

    def type_into(self, field, text):
        self.activate(field)
        expect(field).to_be_focused()  # a tap gives the focus after its touch events
        self.page.keyboard.type(text)
        expect(field).to_have_value(text)


class Keyboard:
    """A visitor with a keyboard alone: Tab moves on, Enter follows, Space ticks."""

    def __init__(self, page):
        self.page = page

    def focus(self, target):
        """Press Tab until `target` has the focus, and check that a sighted keyboard user can
        see where it is."""
        for _ in range(MAX_TABS):
            if target.evaluate("element => element === document.activeElement"):
                break
            self.page.keyboard.press("Tab")
            # As a person would, wait for the page to scroll to the newly focused element
            # (smoothly, here): Chromium drops the scroll to an element focused while it
            # still scrolls to the one before.
            self.page.evaluate(SCROLLING_STOPPED)
        else:
            raise AssertionError(f"{MAX_TABS} presses of Tab never reached {target}")
        assert target.evaluate(SHOWS_FOCUS), f"no visible focus indicator on {target}"
        try:
            self.page.wait_for_function(
                ON_SCREEN, arg=target.element_handle(), polling=100, timeout=5_000
            )
        except PlaywrightTimeoutError:
            where = target.evaluate(WHERE_IT_IS)
            raise AssertionError(f"{target} has the focus out of sight: {where}") from None

    def activate(self, target):
        self.focus(target)
        self.page.keyboard.press("Enter")

    def follow(self, target):
        # Waiting for the next page matters here: Tab pressed too early would move the focus
        # in the page being left. Only Enter is inside the wait: the walk with Tab can be long.
        self.focus(target)
        with self.page.expect_navigation():
            self.page.keyboard.press("Enter")

    def tick(self, checkbox):
        self.focus(checkbox)
        self.page.keyboard.press("Space")
        expect(checkbox).to_be_checked()

    def type_into(self, field, text):
        self.focus(field)
        self.page.keyboard.type(text)


# Resolves once the page has not scrolled for three frames in a row.
SCROLLING_STOPPED = """() => new Promise((resolve) => {
    let last = scrollY;
    let still = 0;
    const check = () => {
        if (scrollY !== last) {
            last = scrollY;
            still = 0;
        } else if (++still === 3) {
            return resolve();
        }
        requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
})"""

# An outline or a shadow on the focused element or on the box around it (a card outlines
# itself when its link has the focus).
SHOWS_FOCUS = """element => {
    for (let node = element; node && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node);
        const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
        if (outline || style.boxShadow !== "none") return true;
    }
    return false;
}"""


# In the viewport and not under anything else (a sticky header), from the page's layout rather than
# Playwright's to_be_in_viewport: Chromium's IntersectionObserver, which that relies on, can stay
# behind a smooth scroll in headless mode.
ON_SCREEN = """element => {
    const box = element.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
    if (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth) {
        return false;
    }
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (element.contains(hit) || [...(element.labels || [])].some(
        (label) => label.contains(hit)
    ));
}"""

WHERE_IT_IS = """element => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return `box ${JSON.stringify(box)} in a ${innerWidth}x${innerHeight} viewport scrolled to `
        + `${scrollY}, under ${hit ? hit.outerHTML.slice(0, 120) : "nothing"}`;
}"""


def facet_value(page, facet, label):
    """(the facet's <details>, the checkbox of one of its values, its label), e.g. ("País",
    "Colombia"). CSS rather than roles: a closed <details> hides its checkboxes from both."""
    details = page.locator("details.facet").filter(
        has=page.locator("summary", has_text=re.compile(rf"^{facet}$"))
    )
    value = details.locator("li").filter(
        has=page.locator("label", has_text=re.compile(rf"^{re.escape(label)} \("))
    )
    return details, value.locator("input[type='checkbox']"), value.locator("label")


def facet_count(page, facet, label):
    text = facet_value(page, facet, label)[2].text_content()
    return int(re.search(r"\((\d+)\)\s*$", text).group(1))


def result_count(page):
    return int(re.match(r"\d+", page.locator("#results-heading").inner_text().strip()).group())


def assert_fits_the_screen(page):
    """Nothing wider than the screen: a phone user never scrolls sideways."""
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{page.url} is {overflow}px wider than the screen"


@pytest.fixture(params=["mouse", "phone", "keyboard"])
def visitor(request, browser, base_url):
    """A fresh visitor (no cookies) on a desktop screen with a mouse, on a phone, or with the
    keyboard alone."""
    options = {"base_url": base_url, "accept_downloads": True}
    if request.param == "keyboard":
        # Instant scrolling: a smooth scroll that starts late on a loaded machine would still
        # run when the next Tab is pressed, and Chromium drops the scroll to that element.
        options["reduced_motion"] = "reduce"
    if request.param == "phone":
        options.update(PHONE)
    else:
        options["viewport"] = {"width": 1280, "height": 900}
    context = browser.new_context(**options)
    page = context.new_page()
    errors = watch_for_errors(page)
    if request.param == "keyboard":
        person = Keyboard(page)
    else:
        person = Pointer(page, touch=request.param == "phone")
    person.kind = request.param
    yield person
    context.close()
    assert not errors, "the browser reported errors:\n" + "\n".join(errors)


def test_a_spanish_visitor_finds_a_toolkit_by_country_and_theme_and_downloads_it(
    visitor, spanish_exchange, screenshot
):
    exchange = spanish_exchange
    page = visitor.page
    check_layout = assert_fits_the_screen if visitor.kind == "phone" else lambda page: None
    guide = exchange.guide

    page.goto("/es/")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    if visitor.kind == "keyboard":
        # The first Tab offers to skip the header.
        page.keyboard.press("Tab")
        skip = page.get_by_role("link", name="Saltar al contenido principal")
        expect(skip).to_be_focused()
        expect(skip).to_be_in_viewport()
    check_layout(page)
    screenshot(page, "home")

    # The search in the header (a combobox offering suggestions): "ESS" also finds what English
    # pages call SSE.
    visitor.type_into(page.get_by_role("combobox", name="Buscar historias y cajas"), "ESS")
    visitor.follow(page.get_by_role("search").get_by_role("button", name="Buscar"))
    expect(page).to_have_url(re.compile(r"/es/search/\?q=ESS"))
    expect(page.locator("#results-heading")).to_contain_text("7 resultados")
    assert facet_count(page, "Tema", "Desarrollo local") == 5
    check_layout(page)
    screenshot(page, "search results")

    # Country and theme, ticked in the facets, applied with the form's button. On a phone the
    # filters wait in a drawer below the search box, so the results come first.
    if visitor.kind == "phone":
        visitor.activate(page.locator("summary.filters-drawer__summary"))
    countries, colombia, _label = facet_value(page, "País", "Colombia")
    visitor.activate(countries.locator("summary"))
    visitor.tick(colombia)
    themes, local_development, _label = facet_value(page, "Tema", "Desarrollo local")
    visitor.activate(themes.locator("summary"))
    visitor.tick(local_development)
    screenshot(page, "facets ticked")
    visitor.follow(page.get_by_role("button", name="Aplicar filtros"))

    expect(page).to_have_url(re.compile(r"country=CO"))
    expect(page).to_have_url(re.compile(r"theme=local-development"))
    assert result_count(page) == 2  # the guide and the story from Bogotá
    # Each facet counts as if its own values were not ticked; the others narrow it.
    assert facet_count(page, "País", "Colombia") == 2
    assert facet_count(page, "Tema", "Desarrollo local") == 2
    assert facet_count(page, "Tema", "Medio ambiente") == 1
    expect(facet_value(page, "País", "Colombia")[1]).to_be_checked()
    check_layout(page)
    screenshot(page, "filtered results")

    # The toolkit, and its Spanish file.
    visitor.follow(page.get_by_role("link", name=guide.title))
    expect(page.get_by_role("heading", level=1)).to_have_text(guide.title)
    check_layout(page)
    screenshot(page, "toolkit")
    spanish = exchange.spanish_pdf
    download_link = page.locator("a.download-button[hreflang='es']")
    expect(download_link).to_have_accessible_name(
        re.compile(r"^Descargar — español · PDF · [\d,]+\sKB · 3 páginas\s*$")
    )
    if visitor.kind == "keyboard":
        visitor.focus(download_link)  # the walk with Tab, before the download is awaited
    with (
        page.expect_download() as download_info,
        page.expect_response(lambda response: response.url.endswith(spanish.url)) as answer,
    ):
        visitor.activate(download_link)
    download = download_info.value
    assert download.suggested_filename == spanish.filename
    assert spanish.filename.startswith("guia-consejos-municipales-es")
    with spanish.open_file() as file:
        assert Path(download.path()).read_bytes() == file.read()
    response = answer.value
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"].startswith("attachment")

    # What is most like it, in content, themes and where it applies (not the newest).
    related = page.locator("section").filter(
        has=page.get_by_role("heading", name="Cajas de herramientas relacionadas", exact=True)
    )
    expect(related).to_be_visible()
    expect(related.locator(".card")).to_have_count(4)
    expect(related.get_by_role("link", name=guide.title)).to_have_count(0)
    related.scroll_into_view_if_needed()
    screenshot(page, "related toolkits")
    first = related.locator(".card__link").first
    title = first.inner_text().strip()
    visitor.follow(first)
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page).to_have_url(re.compile(r"^[^?]*/es/toolkits/"))
    check_layout(page)
