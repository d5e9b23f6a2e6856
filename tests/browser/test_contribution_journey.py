"""A member submits a toolkit in Spanish from a phone, through the public form; a moderator
publishes it from the admin's dashboard; the member sees it published. The contribution pages
have no serious accessibility violation (axe-core). A moderator's browser that dies mid-review
loses nothing: Wagtail's autosave kept the change."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from playwright.sync_api import expect

from contributions import drafts
from contributions.forms import ToolkitForm
from contributions.models import Contribution, Membership
from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory
from taxonomy.models import WorkAxis
from tests.browser.accessibility import axe_violations, describe, serve_axe
from tests.browser.conftest import DESKTOP, PASSWORD, log_in, watch_for_errors
from tests.browser.test_visitor_journey import PHONE
from toolkits.generated_documents import make_pdf

pytestmark = pytest.mark.browser

TITLE = "Guía de presupuestos participativos"


@pytest.fixture
def member(site_tree, django_user_model):
    directory = OrganisationIndexPageFactory(parent=site_tree.home)
    organisation = OrganisationPageFactory(parent=directory, title="Red Mexicana de ESS")
    user = django_user_model.objects.create_user("lucia", "lucia@example.org", PASSWORD)
    Membership.objects.create(
        user=user, organisation=organisation, status=Membership.Status.APPROVED, language="es"
    )
    return user


def test_a_member_submits_a_toolkit_from_a_phone_and_a_moderator_publishes_it(
    browser, base_url, screenshot, site_tree, member, moderator, tmp_path
):
    phone = browser.new_context(base_url=base_url, **PHONE)
    serve_axe(phone)
    page = phone.new_page()
    errors = watch_for_errors(page)
    problems = []

    page.goto("/es/contribute/login/")
    problems += describe("login (phone)", axe_violations(page))
    page.locator("#id_username").fill("lucia")
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Iniciar sesión").click()
    expect(page.get_by_role("heading", name="Mis contribuciones")).to_be_visible()
    problems += describe("mine (phone)", axe_violations(page))

    page.locator('a[href="/es/contribute/new/toolkit/"]').click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Contribuir")
    problems += describe("toolkit form (phone)", axe_violations(page))
    screenshot(page, "the form on a phone")
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_summary").fill("Cómo los consejos vecinales deciden una parte del gasto.")
    page.locator("#id_text").fill("Primer paso.\n\nSegundo paso.")
    page.locator("#id_work_axis").select_option(index=1)
    page.locator("#id_toolkit_type").select_option("advocacy-guide")
    page.locator("#id_countries").select_option("MX")
    page.locator("#id_government_level").select_option("local")
    page.locator("#id_publisher").fill("Red Mexicana de ESS")
    page.locator("#id_year").select_option("2024")
    pdf = tmp_path / "guia.pdf"
    pdf.write_bytes(make_pdf("Guía", ["Presupuestos participativos."]))
    page.locator("#id_file").set_input_files(pdf)
    page.get_by_role("button", name="Enviar a revisión").click()

    expect(page.get_by_text("Gracias: recibimos su contribución.")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text=TITLE)).to_contain_text("Recibida")
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"My contributions is {overflow}px wider than the phone"
    screenshot(page, "received")
    contribution = Contribution.objects.get()
    assert contribution.page.locale.language_code == "es"

    # The moderator finds it on the dashboard and publishes it with Wagtail's workflow.
    desk = browser.new_context(base_url=base_url, viewport=DESKTOP)
    admin = desk.new_page()
    log_in(admin, moderator)
    panel = admin.locator("#pending-contributions-section, section").filter(
        has=admin.get_by_role("heading", name="Contributions from members")
    )
    panel.get_by_role("link", name=TITLE).first.click()
    admin.wait_for_url(re.compile(rf"/admin/pages/{contribution.page_id}/edit/$"))
    admin.get_by_role("button", name="More actions").click()
    admin.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(admin.get_by_text(f"Page '{TITLE}' has been updated.")).to_be_visible()
    desk.close()

    page.reload()
    expect(page.get_by_role("row").filter(has_text=TITLE)).to_contain_text("Publicada")
    page.get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    problems += describe("published toolkit (phone)", axe_violations(page))
    screenshot(page, "published")
    phone.close()
    assert not problems, "\n".join(problems)
    assert not errors, "\n".join(errors)


def _toolkit_in_review(member, moderator):
    """A member's toolkit that a moderator has started to review (saved a revision of it)."""
    form = ToolkitForm(
        {
            "title": TITLE,
            "summary": "Cómo los consejos vecinales deciden una parte del gasto.",
            "text": "Primer paso.",
            "work_axis": WorkAxis.objects.filter(locale__language_code="es").first().pk,
            "toolkit_type": "advocacy-guide",
            "countries": ["MX"],
            "government_level": "local",
            "publisher": "Red Mexicana de ESS",
            "year": "2024",
            "licence": "cc-by-4.0",
            "file_language": "es",
        },
        {"file": SimpleUploadedFile("guia.pdf", make_pdf("Guía", ["Presupuestos."]))},
        language="es",
    )
    assert form.is_valid(), form.errors
    contribution = drafts.submit(form, member, "192.0.2.7")
    contribution.page.specific.get_latest_revision_as_object().save_revision(user=moderator)
    assert contribution.state == Contribution.State.IN_REVIEW
    return contribution


# Wagtail's editor notes the form as it was loaded about 2 s after it appears (more than once:
# each note replaces the last), then compares with it to find changes to autosave; a change made
# before the last note would be taken for the original. The editor is ready once no note came
# for half a second.
NOTE_WHEN_THE_EDITOR_WATCHES = """
document.addEventListener("w-unsaved:watch-edits", () => { window.editorWatchedAt = Date.now(); });
"""
EDITOR_WATCHES_EDITS = "() => window.editorWatchedAt && Date.now() - window.editorWatchedAt > 500"


def test_a_moderators_browser_crash_mid_review_loses_nothing(
    browser, base_url, screenshot, site_tree, member, moderator
):
    contribution = _toolkit_in_review(member, moderator)
    edit_url = f"/admin/pages/{contribution.page_id}/edit/"
    changed = "Cómo los consejos vecinales deciden cada año una parte del gasto municipal."

    contributor = browser.new_context(base_url=base_url, viewport=DESKTOP)
    own = contributor.new_page()
    own.goto("/es/contribute/login/")
    own.locator("#id_username").fill("lucia")
    own.locator("#id_password").fill(PASSWORD)
    own.get_by_role("button", name="Iniciar sesión").click()
    row = own.get_by_role("row").filter(has_text=TITLE)
    expect(row).to_contain_text("En revisión")
    status_before = row.inner_text()

    # The moderator changes the summary; Wagtail's autosave keeps it, then the browser dies.
    crashed = browser.new_context(base_url=base_url, viewport=DESKTOP)
    crashed.add_init_script(NOTE_WHEN_THE_EDITOR_WATCHES)
    admin = crashed.new_page()
    log_in(admin, moderator)
    admin.goto(edit_url)
    admin.wait_for_function(EDITOR_WATCHES_EDITS)
    summary = admin.locator("#id_summary")
    expect(summary).to_be_visible()
    summary.fill(changed)
    autosave = admin.locator("#w-autosave-indicator")
    expect(autosave.get_by_text("Saved", exact=True)).to_be_visible(timeout=15_000)
    screenshot(admin, "autosaved before the crash")
    crashed.close()  # no "Save draft", no leaving the page: the browser is gone

    # Back in a new browser, signed in again: the change is in the editor.
    recovered = browser.new_context(base_url=base_url, viewport=DESKTOP)
    admin = recovered.new_page()
    log_in(admin, moderator)
    admin.goto(edit_url)
    expect(admin.locator("#id_summary")).to_have_value(changed)
    screenshot(admin, "the change is there after the crash")
    recovered.close()

    # Still in review, and nothing changed for the contributor.
    assert contribution.state == Contribution.State.IN_REVIEW
    assert not contribution.page.specific.live
    own.reload()
    expect(row).to_contain_text("En revisión")
    assert row.inner_text() == status_before
    contributor.close()
