"""Journey 1, in Chromium: an editor writes a story in Wagtail's page editor, previews it and
submits it for moderation; a moderator approves it; a visitor finds it on the story listing and
on the home page."""

import re

import pytest
from playwright.sync_api import expect

from base.factories import ImageFactory
from stories.factories import StoryPageFactory
from stories.models import StoryPage
from tests.browser.conftest import log_in, log_out
from toolkits.factories import ToolkitPageFactory

pytestmark = pytest.mark.browser

TITLE = "Twelve bakers buy the bakery they work in"
ALT_TEXT = "Twelve bakers in white aprons around a wood-fired oven"
QUOTE = "We own our jobs now, and the bread is better for it."


@pytest.fixture
def statutes_toolkit(site_tree):
    return ToolkitPageFactory(
        parent=site_tree.toolkit_index, title="Model statutes for a worker cooperative"
    )


@pytest.fixture
def bakery_photo(db):
    return ImageFactory(title="Bakery oven at dawn")


def field(page, label, role="textbox"):
    """A form field by its label ("Country" finds "Country*"): Wagtail's panels are also labelled
    by their field's label, so get_by_label would find them too."""
    return page.get_by_role(role, name=re.compile(rf"^{re.escape(label)}\*?$"))


def add_block(page, block_name):
    """Add a block at the end of the story body; returns the prefix of its fields' ids."""
    page.get_by_role("button", name="Insert a block").last.click()
    option = page.get_by_role("option", name=block_name, exact=True).filter(visible=True)
    option.click()
    expect(option).to_have_count(0)  # the block menu has closed
    count = int(page.locator("input[name='body-count']").input_value())
    return f"body-{count - 1}-value"


def choose_in_modal(page, button, link_name, search=None):
    """Open a chooser (image, page, snippet), optionally search, and pick `link_name`."""
    button.click()
    modal = page.locator(".modal-dialog")
    expect(modal).to_be_visible()
    if search:
        # Clicked once the search has answered: not while it replaces the list of results.
        with page.expect_response(lambda response: f"q={search}" in response.url):
            modal.get_by_role("textbox").first.fill(search)
    modal.get_by_role("link", name=link_name).first.click()
    expect(modal).to_have_count(0)


def test_editor_writes_a_story_a_moderator_publishes_it_and_visitors_see_it(
    page, screenshot, site_tree, editor, moderator, statutes_toolkit, bakery_photo
):
    log_in(page, editor)
    screenshot(page, "editor dashboard")

    # The editor opens the story listing in the page explorer and adds a story.
    page.goto(f"/admin/pages/{site_tree.story_index.pk}/")
    page.get_by_role("link", name="Add child page").first.click()
    expect(page.get_by_role("heading", name="New: Story")).to_be_visible()

    field(page, "Title").fill(TITLE)
    field(page, "Summary").fill("When the owner retired, the bakers bought the bakery.")

    # A paragraph of rich text, with a word in bold.
    paragraph = add_block(page, "Paragraph")
    editor_box = page.locator(f"div:has(> #{paragraph}) [role='textbox']")
    editor_box.click()
    page.keyboard.type("The bakers met every ")
    page.keyboard.press("Control+b")
    page.keyboard.type("Monday")
    page.keyboard.press("Control+b")
    page.keyboard.type(" for a year before they made an offer.")

    # An image from the library, described for people who cannot see it.
    image = add_block(page, "Image")
    choose_in_modal(
        page,
        page.locator("[data-contentpath='image'] >> nth=-1").get_by_role(
            "button", name="Choose an image"
        ),
        "Bakery oven at dawn",
    )
    page.locator(f"#{image}-image-alt_text").fill(ALT_TEXT)
    page.locator(f"#{image}-caption").fill("The oven at dawn")

    quote = add_block(page, "Quote")
    page.locator(f"#{quote}-quote").fill(QUOTE)
    page.locator(f"#{quote}-attribution").fill("Léa Martin")

    toolkit = add_block(page, "Toolkit")
    choose_in_modal(
        page,
        page.get_by_role("button", name="Choose a page (Toolkit)"),
        statutes_toolkit.title,
        search="statutes",
    )
    page.locator(f"#{toolkit}-note").fill("How they wrote their statutes")
    screenshot(page, "content tab filled in")

    # The Classification tab: where, who, when, and the taxonomy.
    page.get_by_role("tab", name="Classification").click()
    field(page, "Country", "combobox").select_option(label="France")
    field(page, "Locality").fill("Lyon")
    field(page, "Organisation or network").fill("Les Boulangers Associés")
    date = field(page, "Date")
    date.fill("2025-03-14")
    # The date picker opens a moment after the field has the focus and closes on Tab (not on
    # Escape); left open, it would cover what the editor clicks next.
    picker = page.locator(".xdsoft_datetimepicker").filter(visible=True)
    expect(picker).to_have_count(1)
    date.press("Tab")
    expect(picker).to_have_count(0)
    expect(date).to_have_value("2025-03-14")
    choose_in_modal(
        page,
        page.get_by_role("button", name="Choose work axis"),
        "2. National and local advocacy for SSE public policy",
    )
    page.get_by_role("checkbox", name="Local development", exact=True).check()
    page.get_by_role("checkbox", name="Co-construction of public policy", exact=True).check()
    screenshot(page, "classification tab filled in")

    # The preview, opened in a tab of its own from the preview panel, shows the story as
    # visitors will see it (the panel beside the editor: the test below).
    # Wagtail's autosave creates the page from the first changes, which moves the editor (and
    # where previews are kept) from "add" to "edit": a preview opened during that move finds
    # nothing ("Preview not available"), so the preview waits until the draft is saved.
    autosave = page.locator("#w-autosave-indicator")
    expect(autosave.get_by_text("Saved", exact=True)).to_be_visible(timeout=15_000)
    page.get_by_role("button", name="Toggle preview").click()
    panel = page.frame_locator("#w-preview-iframe")
    expect(panel.get_by_role("heading", level=1)).to_have_text(TITLE, timeout=15_000)
    with page.context.expect_page() as new_tab:
        page.get_by_role("link", name="Preview in new tab").click()
    preview = new_tab.value
    expect(preview).to_have_url(re.compile(r"/admin/pages/.+/preview/"))
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(preview.locator("b, strong").filter(has_text="Monday")).to_be_visible()
    expect(preview.get_by_alt_text(ALT_TEXT)).to_be_visible()
    expect(preview.get_by_text(QUOTE)).to_be_visible()
    expect(preview.get_by_role("link", name=statutes_toolkit.title).first).to_be_visible()
    screenshot(preview, "preview")
    preview.close()
    page.get_by_role("button", name="Toggle preview").click()

    # Submitted for moderation (an editor cannot publish), once the editor sees that Wagtail's
    # autosave has saved the draft: submitting while it still creates the page would create
    # it twice.
    expect(autosave.get_by_text("Saved", exact=True)).to_be_visible()
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Moderators approval").click()
    expect(page.get_by_text(f"Page '{TITLE}' has been submitted for moderation.")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text=TITLE)).to_contain_text(
        re.compile("in moderation", re.I)
    )
    screenshot(page, "submitted for moderation")
    story = StoryPage.objects.get(title=TITLE)
    assert not story.live
    assert story.current_workflow_state.status == "in_progress"

    # A moderator approves it from their dashboard, which publishes it.
    log_out(page)
    log_in(page, moderator)
    awaiting = page.locator("section, .w-panel, .panel").filter(
        has=page.get_by_role("heading", name=re.compile("Awaiting your review", re.I))
    )
    expect(awaiting.get_by_text(TITLE)).to_be_visible()
    screenshot(page, "moderator dashboard")
    awaiting.get_by_role("link", name=TITLE).first.click()
    page.wait_for_url(re.compile(rf"/admin/pages/{story.pk}/edit/$"))  # its scripts loaded
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(page.get_by_text(f"Page '{TITLE}' has been updated.")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text=TITLE)).to_contain_text(re.compile("live", re.I))
    screenshot(page, "approved")
    story = StoryPage.objects.get(pk=story.pk)
    assert story.live
    assert (story.country, story.locality) == ("FR", "Lyon")
    assert set(story.themes.values_list("slug", flat=True)) == {
        "local-development",
        "policy-co-construction",
    }
    assert [block.block_type for block in story.body] == ["paragraph", "image", "quote", "toolkit"]

    # A visitor (no session) finds it on the story listing and on the home page.
    log_out(page)
    page.goto("/en/stories/")
    card = page.get_by_role("link", name=TITLE)
    expect(card).to_be_visible()
    screenshot(page, "visitor story listing")
    card.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.locator("b, strong").filter(has_text="Monday")).to_be_visible()
    expect(page.get_by_alt_text(ALT_TEXT)).to_be_visible()
    expect(page.get_by_text(QUOTE)).to_be_visible()
    expect(page.get_by_role("link", name=statutes_toolkit.title).first).to_be_visible()
    expect(page.get_by_role("link", name="France")).to_be_visible()
    screenshot(page, "visitor story page")
    page.goto("/en/")
    expect(page.get_by_role("link", name=TITLE)).to_be_visible()
    screenshot(page, "visitor home page")


def test_the_preview_panel_shows_the_story_beside_the_editor(page, screenshot, site_tree, editor):
    story = StoryPageFactory(parent=site_tree.story_index, title=TITLE)
    log_in(page, editor)
    page.goto(f"/admin/pages/{story.pk}/edit/")
    page.get_by_role("button", name="Toggle preview").click()
    panel = page.frame_locator("#w-preview-iframe")
    try:
        expect(panel.get_by_role("heading", level=1)).to_have_text(TITLE)
    finally:
        screenshot(page, "preview panel", full_page=False)
