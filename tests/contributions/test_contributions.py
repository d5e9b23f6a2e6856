"""Members contribute (contributions/): each state of a contribution end to end, from the public
form through Wagtail's workflow and the moderator's decision to the mail the real SMTP server
receives and the contributor's "My contributions" page; joining; what a contributor may never
do; abuse limits; files checked as in the admin."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtail.models import Collection, Page

from contributions.models import Contribution, Membership
from taxonomy.models import WorkAxis
from toolkits.generated_documents import make_pdf
from toolkits.models import ToolkitPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]

PHONE_ADDRESS = "203.0.113.20"


def url(name, language="es", **kwargs):
    with translation.override(language):
        return reverse(f"contributions:{name}", kwargs=kwargs or None)


def toolkit_data(**overrides):
    data = {
        "title": "Guía para consejos municipales de ESS",
        "summary": "Cómo crear un consejo municipal de economía social y solidaria.",
        "text": "Primer párrafo.\n\nSegundo párrafo con <script>nada</script>.",
        "work_axis": WorkAxis.objects.filter(locale__language_code="es").first().pk,
        "toolkit_type": "advocacy-guide",
        "countries": ["MX"],
        "government_level": "local",
        "publisher": "Red de Economía Solidaria",
        "year": "2024",
        "licence": "cc-by-sa-4.0",
        "file_language": "es",
        "file": SimpleUploadedFile(
            "guia.pdf", make_pdf("Guía", ["Consejos municipales."]), "application/pdf"
        ),
        "website": "",
    }
    data.update(overrides)
    return data


def submit_toolkit(client, **overrides):
    return client.post(
        url("contribute", kind="toolkit"), toolkit_data(**overrides), REMOTE_ADDR=PHONE_ADDRESS
    )


def states(client):
    response = client.get(url("mine"))
    assert response.status_code == 200
    return [c.state for c in response.context["contributions"]], response.content.decode()


def workflow_action(moderator_client, page, action, comment=""):
    page = Page.objects.get(pk=page.pk)
    task_state = page.current_workflow_task_state
    assert task_state is not None, "the page is not in moderation"
    return moderator_client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk)),
        {"comment": comment},
    )


def test_a_toolkit_goes_from_the_form_through_changes_to_publication(
    site_tree, smtp_server, member, member_client, moderator, moderator_client
):
    response = submit_toolkit(member_client)
    assert response.status_code == 302, response.content.decode()[:3000]

    contribution = Contribution.objects.get()
    page = contribution.page.specific
    # A draft in the Spanish tree of the toolkit listing, in moderation, that nobody sees yet.
    assert isinstance(page, ToolkitPage)
    assert not page.live
    assert page.locale.language_code == "es"
    assert page.get_parent().specific_class.__name__ == "ToolkitIndexPage"
    assert page.get_parent().locale.language_code == "es"
    assert page.current_workflow_task_state is not None
    assert contribution.submitted_from == PHONE_ADDRESS
    # Text is kept as text: no markup of the contributor's reaches the page.
    assert "<script>" not in str(page.description)
    # Its file waits in a collection only the admin's people may see.
    document = page.files.get().document
    assert document.collection.name == "Contributions under review"
    assert member_client.get(document.url).status_code in (302, 403)
    assert states(member_client)[0] == [Contribution.State.RECEIVED]

    # The moderators were told, by mail, through the real SMTP server.
    to_moderator = smtp_server.to("moderator@example.org")
    assert any("Guía para consejos municipales" in m["Subject"] for m in to_moderator)

    # The moderators' dashboard lists it.
    dashboard = moderator_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Guía para consejos municipales de ESS" in dashboard

    # The moderator asks for changes, with a comment; the contributor is told, in Spanish.
    response = workflow_action(moderator_client, page, "reject", "Añadan el año de la ordenanza.")
    assert response.status_code == 302
    found, html = states(member_client)
    assert found == [Contribution.State.CHANGES_REQUESTED]
    assert "Añadan el año de la ordenanza." in html
    to_member = smtp_server.to("lucia@example.org")
    assert any("Añadan el año de la ordenanza." in m.get_content() for m in to_member)
    assert "Cambios solicitados" in to_member[-1]["Subject"]

    # The contributor answers and changes the summary; the workflow's task starts again.
    answer_page = member_client.get(url("answer", contribution_id=contribution.pk))
    assert answer_page.status_code == 200
    assert "Añadan el año de la ordenanza." in answer_page.content.decode()
    data = toolkit_data(summary="Con el año de la ordenanza: 2021.", reply="Año añadido.")
    del data["file"]
    response = member_client.post(url("answer", contribution_id=contribution.pk), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().summary == "Con el año de la ordenanza: 2021."
    assert Page.objects.get(pk=page.pk).current_workflow_task_state is not None
    assert states(member_client)[0] == [Contribution.State.IN_REVIEW]
    assert any("Año añadido." in m.get_content() for m in smtp_server.to("moderator@example.org"))

    # The moderator approves: published, the file public, the contributor told.
    assert workflow_action(moderator_client, page, "approve").status_code == 302
    page.refresh_from_db()
    assert page.live
    assert page.summary == "Con el año de la ordenanza: 2021."
    document.refresh_from_db()
    assert document.collection == Collection.get_first_root_node()
    assert states(member_client)[0] == [Contribution.State.PUBLISHED]
    assert "publicada" in smtp_server.to("lucia@example.org")[-1]["Subject"]
    assert member_client.get(page.url).status_code == 200


def test_a_declined_contribution_is_kept_and_its_contributor_told(
    site_tree, smtp_server, member, member_client, moderator_client
):
    assert submit_toolkit(member_client).status_code == 302
    contribution = Contribution.objects.get()
    response = moderator_client.post(
        reverse("contributions_decline", args=[contribution.pk]),
        {"reason": "Ya existe una guía igual."},
    )
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.declined_at is not None
    assert Page.objects.filter(pk=contribution.page_id, live=False).exists()  # kept, never live
    found, html = states(member_client)
    assert found == [Contribution.State.DECLINED]
    assert "Ya existe una guía igual." in html
    assert "Ya existe una guía igual." in smtp_server.to("lucia@example.org")[-1].get_content()
    # Gone from the moderators' pending list.
    dashboard = moderator_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Guía para consejos municipales de ESS" not in dashboard


def test_spam_is_kept_silently(site_tree, member, member_client, moderator_client, mailoutbox):
    assert submit_toolkit(member_client).status_code == 302
    contribution = Contribution.objects.get()
    mailoutbox.clear()
    moderator_client.post(reverse("contributions_decline", args=[contribution.pk]), {"spam": "1"})
    contribution.refresh_from_db()
    assert contribution.is_spam and contribution.declined_at
    assert Page.objects.filter(pk=contribution.page_id).exists()
    assert mailoutbox == []


def test_asking_to_join_then_a_moderator_approves(
    site_tree, smtp_server, organisation, client, moderator, moderator_client
):
    response = client.post(
        url("join", language="fr"),
        {
            "username": "amadou",
            "email": "amadou@example.org",
            "password1": "une phrase de passe longue",
            "password2": "une phrase de passe longue",
            "organisation": organisation.pk,
            "role": "Chargé de plaidoyer",
            "website": "",
        },
    )
    assert response.status_code == 302
    membership = Membership.objects.get(user__username="amadou")
    assert membership.status == Membership.Status.REQUESTED
    assert any("amadou" in m["Subject"] for m in smtp_server.to("moderator@example.org"))

    # Signed in, but not yet allowed to contribute.
    assert client.get(url("contribute", language="fr", kind="story")).status_code == 403
    assert "amadou" in moderator_client.get(reverse("wagtailadmin_home")).content.decode()

    response = moderator_client.post(
        reverse("contributions_membership", args=[membership.pk, "approve"])
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.is_approved
    assert smtp_server.to("amadou@example.org"), "the new member was not told"
    assert "/fr/contribute/" in smtp_server.to("amadou@example.org")[-1].get_content()
    assert client.get(url("contribute", language="fr", kind="story")).status_code == 200


def test_a_story_and_a_policy_become_drafts_in_their_listings(
    site_tree, member, member_client, mailoutbox
):
    axis = WorkAxis.objects.filter(locale__language_code="en").first()
    common = {"summary": "Short.", "text": "Body.", "work_axis": axis.pk, "website": ""}
    story = {
        **common,
        "title": "A bakery run by its workers",
        "country": "MX",
        "organisation": "Panadería",
        "date": "2024-05-01",
    }
    response = member_client.post(url("contribute", language="en", kind="story"), story)
    assert response.status_code == 302, response.content.decode()[:2000]
    policy = {
        **common,
        "title": "Social economy law",
        "original_title": "Ley de economía social",
        "original_language": "es",
        "policy_type": "framework-law",
        "status": "adopted",
        "government_level": "national",
        "country": "MX",
        "year": "2012",
    }
    response = member_client.post(url("contribute", language="en", kind="policy"), policy)
    assert response.status_code == 302, response.content.decode()[:2000]
    pages = {c.kind: c.page for c in Contribution.objects.all()}
    assert pages["story"].get_parent().pk == site_tree.story_index.pk
    assert pages["policy"].get_parent().pk == site_tree.policy_index.pk
    assert not pages["story"].live and not pages["policy"].live


# Abuse -----------------------------------------------------------------------------------------


def test_anonymous_people_cannot_contribute(site_tree, client):
    for kind in ("story", "toolkit", "policy"):
        response = client.post(url("contribute", kind=kind), toolkit_data())
        assert response.status_code == 302
        assert "/es/contribute/login/" in response["Location"]
    assert not Contribution.objects.exists()


def test_a_file_disguised_as_a_pdf_is_refused(site_tree, member, member_client):
    disguised = SimpleUploadedFile(
        "guia.pdf", b"<html><script>alert(1)</script></html>", "application/pdf"
    )
    response = submit_toolkit(member_client, file=disguised)
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not Contribution.objects.exists()
    assert not ToolkitPage.objects.exists()


def test_a_file_too_large_is_refused(site_tree, member, member_client, settings):
    settings.CONTRIBUTION_MAX_FILE_BYTES = 1024
    response = submit_toolkit(member_client)
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not Contribution.objects.exists()


def test_the_honeypot_refuses_a_bot(site_tree, member, member_client):
    response = submit_toolkit(member_client, website="http://spam.example")
    assert response.status_code == 400
    assert not Contribution.objects.exists()


def test_rate_limit_per_account(site_tree, member, member_client, settings):
    settings.CONTRIBUTIONS_PER_ACCOUNT_PER_DAY = 2
    for number in range(2):
        assert submit_toolkit(member_client, title=f"Guía {number}").status_code == 302
    response = submit_toolkit(member_client, title="Guía 3")
    assert response.status_code == 429
    assert Contribution.objects.count() == 2


def test_rate_limit_per_address(
    site_tree, member, django_user_model, organisation, login, settings
):
    settings.CONTRIBUTIONS_PER_ADDRESS_PER_HOUR = 2
    assert submit_toolkit(login(member)).status_code == 302
    other = django_user_model.objects.create_user("otra", "otra@example.org", "x long password")
    Membership.objects.create(user=other, organisation=organisation, status="approved")
    assert submit_toolkit(login(other), title="Otra guía").status_code == 302
    # A third account from the same address is refused; another address is not.
    third = django_user_model.objects.create_user("tercera", "t@example.org", "x long password")
    Membership.objects.create(user=third, organisation=organisation, status="approved")
    assert submit_toolkit(login(third), title="Tercera").status_code == 429
    response = login(third).post(
        url("contribute", kind="toolkit"), toolkit_data(title="Tercera"), REMOTE_ADDR="198.51.100.1"
    )
    assert response.status_code == 302


def test_member_login_is_throttled(site_tree, member, client, settings):
    settings.AXES_FAILURE_LIMIT = 3
    login_url = url("login")
    for _ in range(2):
        response = client.post(login_url, {"username": "lucia", "password": "wrong"})
        assert response.status_code == 200
    assert client.post(login_url, {"username": "lucia", "password": "wrong"}).status_code == 429
    locked = client.post(login_url, {"username": "lucia", "password": "a long passphrase"})
    assert locked.status_code == 429


def test_member_signs_in_and_resets_the_password_with_djangos_views(
    site_tree, member, client, smtp_server
):
    response = client.post(url("login"), {"username": "lucia", "password": "a long passphrase"})
    assert response.status_code == 302
    assert response["Location"] == url("mine")
    client.post(url("logout"))
    response = client.post(url("password_reset"), {"email": "lucia@example.org"})
    assert response.status_code == 302
    content = smtp_server.to("lucia@example.org")[-1].get_content()
    link = next(line for line in content.splitlines() if "/contribute/password/reset/" in line)
    path = link.split("://", 1)[1].split("/", 1)[1]
    response = client.get("/" + path, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0]
    response = client.post(
        form_url, {"new_password1": "a brand new phrase", "new_password2": "a brand new phrase"}
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password("a brand new phrase")


def answer(client, contribution, reply, **overrides):
    data = toolkit_data(reply=reply, **overrides)
    del data["file"]
    response = client.post(url("answer", contribution_id=contribution.pk), data)
    assert response.status_code == 302, response.content.decode()[:3000]


def test_every_exchange_of_two_rounds_of_changes_is_kept_and_shown_to_both_sides(
    site_tree, member, member_client, moderator, moderator_client
):
    assert submit_toolkit(member_client).status_code == 302
    contribution = Contribution.objects.get()
    page = contribution.page
    said = [
        ("moderator", "Añadan el año de la ordenanza."),
        ("contributor", "Año añadido."),
        ("moderator", "Falta el nombre de la ciudad."),
        ("contributor", "Ciudad añadida: Oaxaca."),
    ]
    workflow_action(moderator_client, page, "reject", said[0][1])
    answer(member_client, contribution, said[1][1], summary="Ordenanza de 2021.")
    workflow_action(moderator_client, page, "reject", said[2][1])
    answer(member_client, contribution, said[3][1], summary="Ordenanza de 2021, Oaxaca.")

    exchanges = contribution.exchanges
    assert [(exchange.by, exchange.text) for exchange in exchanges] == said
    assert [exchange.at for exchange in exchanges] == sorted(exchange.at for exchange in exchanges)

    def history(html):
        """The texts of the history list, in the order the page shows them."""
        start = html.index('class="exchanges"')
        return [text for _by, text in said if text in html[start:]], html[start:]

    # The contributor's page shows the whole history, their answers as theirs, with dates.
    _states, mine = states(member_client)
    shown, part = history(mine)
    assert shown == [text for _by, text in said]
    assert [part.index(text) for text in shown] == sorted(part.index(text) for text in shown)
    assert part.count("exchange--contributor") == 2
    assert part.count("<time datetime=") == 4
    # The moderator sees it on the dashboard, the answers under the contributor's name.
    dashboard = moderator_client.get(reverse("wagtailadmin_home")).content.decode()
    shown, part = history(dashboard)
    assert shown == [text for _by, text in said]
    assert "lucia" in part[: part.index("</ol>")]

    # A third request: the answer page shows every earlier word too.
    workflow_action(moderator_client, page, "reject", "Última cosa: la licencia.")
    answer_page = member_client.get(url("answer", contribution_id=contribution.pk))
    shown, _part = history(answer_page.content.decode())
    assert shown == [text for _by, text in said]
    assert "Última cosa: la licencia." in answer_page.content.decode()
