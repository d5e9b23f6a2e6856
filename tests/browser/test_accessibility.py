"""No serious or critical accessibility violation, as axe-core finds them in Chromium: on the
public pages in every language, on a desktop screen and on a phone, and on the admin pages that
editors use for stories and toolkits (less Wagtail's own violations, listed in
tests/browser/accessibility.py with the reason for each)."""

import pytest
from playwright.sync_api import expect

from tests.browser.accessibility import WAGTAIL_VIOLATIONS, axe_violations, describe, serve_axe
from tests.browser.conftest import DESKTOP, log_in, translated_exchange, watch_for_errors

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 375, "height": 812}, "is_mobile": True, "has_touch": True}


def public_pages(exchange, language):
    """(name, address) of each kind of public page, in `language`."""
    if language == "en":
        pages = {
            "home": exchange.site.home,
            "stories": exchange.site.story_index,
            "toolkits": exchange.site.toolkit_index,
            "story": exchange.story,
            "toolkit": exchange.guide,
        }
    else:
        pages = translated_exchange(exchange, language)
    addresses = [(name, page.get_url()) for name, page in pages.items()]
    addresses.append(("listing filtered", f"{pages['toolkits'].get_url()}?country=CO"))
    addresses.append(("search", f"/{language}/search/?q=ESS&country=CO&theme=local-development"))
    return addresses


@pytest.mark.parametrize("language", ["en", "fr", "es", "pt"])
def test_public_pages_have_no_serious_accessibility_violation(
    language, exchange, browser, base_url, screenshot
):
    addresses = public_pages(exchange, language)
    problems = []
    for screen, options in [("desktop", {"viewport": DESKTOP}), ("phone", PHONE)]:
        context = browser.new_context(base_url=base_url, **options)
        serve_axe(context)
        page = context.new_page()
        errors = watch_for_errors(page)
        for name, address in addresses:
            response = page.goto(address)
            assert response.ok, f"{address} answered {response.status}"
            expect(page.locator("html")).to_have_attribute("lang", language)
            problems += describe(f"{address} ({screen})", axe_violations(page))
            screenshot(page, f"{name} {screen}")
        context.close()
        problems += errors
    assert not problems, "\n".join(problems)


def admin_pages(exchange):
    """(name, address, tabs to check) of the admin pages editors use for stories and toolkits."""
    site = exchange.site
    story_tabs = ["Content", "Classification", "Promote"]
    toolkit_tabs = ["Content", "Classification", "Promote"]
    return [
        ("dashboard", "/admin/", []),
        ("story explorer", f"/admin/pages/{site.story_index.pk}/", []),
        ("new story", f"/admin/pages/add/stories/storypage/{site.story_index.pk}/", story_tabs),
        ("story editor", f"/admin/pages/{exchange.story.pk}/edit/", story_tabs),
        ("toolkit explorer", f"/admin/pages/{site.toolkit_index.pk}/", []),
        (
            "new toolkit",
            f"/admin/pages/add/toolkits/toolkitpage/{site.toolkit_index.pk}/",
            toolkit_tabs,
        ),
        ("toolkit editor", f"/admin/pages/{exchange.guide.pk}/edit/", toolkit_tabs),
        ("images", "/admin/images/", []),
        ("documents", "/admin/documents/", []),
        ("translation status", "/admin/translation-status/", []),
    ]


def test_admin_pages_editors_use_have_no_serious_violation_of_ours(
    page, exchange, editor, screenshot
):
    serve_axe(page.context)
    log_in(page, editor)
    problems = []
    for name, address, tabs in admin_pages(exchange):
        response = page.goto(address)
        assert response.ok, f"{address} answered {response.status}"
        # Edit pages replace their editing-sessions panel when the first ping answers: axe
        # runs on the page once it is done changing.
        page.wait_for_load_state("networkidle")
        for tab in tabs or [None]:
            if tab:
                page.get_by_role("tab", name=tab, exact=True).click()
            where = f"{address}" + (f" ({tab} tab)" if tab else "")
            problems += describe(where, axe_violations(page, known=WAGTAIL_VIOLATIONS))
            screenshot(page, f"{name} {tab or ''}")
    assert not problems, "\n".join(problems)
