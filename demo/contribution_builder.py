"""The demo's members and their contributions, and the journeys of its toolkits.

Three member accounts (password as the other demo users) with contributions in every state a
contributor can see (received, in review, changes requested, published, declined), made through
the public forms and Wagtail's workflow as on the site; one more person waits for a moderator
to approve their membership. Thirteen toolkits say which toolkit they adapted, in chains that
cross continents and languages (Brazil → Senegal → Tunisia, Korea and Canada → Uruguay, ...).
"""

import datetime

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale, Page

from contributions import drafts
from contributions.forms import FORMS
from contributions.models import Contribution, Membership
from organisations.models import OrganisationPage
from taxonomy.models import WorkAxis
from toolkits.generated_documents import make_pdf
from toolkits.models import ToolkitPage

# (the adaptation, the toolkit it adapts, what changed)
ADAPTATIONS = (
    (
        "womens-savings-groups-manual",
        "community-bank-handbook",
        "The community bank's rules, from Brazilian favelas, rewritten for women's savings groups "
        "in Senegal and Burkina Faso, in French, with tontines in place of a local currency.",
    ),
    (
        "youth-cooperative-starter-kit",
        "womens-savings-groups-manual",
        "The savings-group meetings became the first steps of a youth cooperative; examples from "
        "Tunisia, Kenya and Indonesia.",
    ),
    (
        "municipal-sse-council-guide",
        "local-sse-council-bylaws",
        "The bylaws of Seoul's and Quebec's district councils turned into a step-by-step guide for "
        "South American municipalities, in four languages.",
    ),
    (
        "reserved-procurement-brief",
        "recycling-cooperative-contract-template",
        "From one recycling contract to a general brief on reserved public contracts, under "
        "Colombian and Spanish procurement law.",
    ),
    (
        "social-procurement-training",
        "reserved-procurement-brief",
        "The brief's arguments became a training course for Canadian municipal buyers.",
    ),
    (
        "fair-trade-school-canteens-campaign",
        "csa-municipal-partnerships",
        "Municipal contracts with farms extended to school canteens and fair trade, with "
        "partners in Burkina Faso and Peru.",
    ),
    (
        "local-food-councils-brief",
        "fair-trade-school-canteens-campaign",
        "The canteen campaign's alliances became standing local food councils.",
    ),
    (
        "domestic-workers-cooperative-guide",
        "worker-buyouts-legal-pathways",
        "The legal forms used by worker buyouts adapted for domestic workers' cooperatives in "
        "the United States and Mexico.",
    ),
    (
        "cooperatives-with-migrants-guide",
        "domestic-workers-cooperative-guide",
        "The guide's organising methods, with migrants' rights under Portuguese, Chilean and "
        "Spanish law.",
    ),
    (
        "indigenous-led-enterprises-case-studies",
        "community-seed-banks",
        "From seed banks to every kind of enterprise led by indigenous peoples, with cases from "
        "Oceania added.",
    ),
    (
        "asia-social-protection-dialogue",
        "informal-workers-social-protection-brief",
        "The brief's proposals taken to a regional dialogue across five Asian countries.",
    ),
    (
        "pacific-community-enterprise-brief",
        "asia-social-protection-dialogue",
        "The dialogue's method used with Pacific island community enterprises.",
    ),
    (
        "citizen-shareholding-guide",
        "public-guarantees-ethical-finance",
        "Public guarantees replaced by citizens' shares; in French and Portuguese.",
    ),
)

# username, full name, organisation's country, language
MEMBERS = (
    ("lucia", "Lucía Hernández", "MX", "es"),
    ("amina", "Amina Diallo", "SN", "fr"),
    ("joao", "João Ferreira", "BR", "pt"),
)
WAITING_MEMBER = ("kwame", "Kwame Mensah", "SN", "en")


def adapt_toolkits(builder, toolkits):
    """Set `adapted_from` on the demo's adaptations, through a published revision."""
    for slug, source_slug, notes in ADAPTATIONS:
        page, source = toolkits[slug], toolkits[source_slug]
        page = ToolkitPage.objects.get(pk=page.pk)
        if page.adapted_from_id == source.pk:
            builder.note("journey", "found", f"{source_slug} → {slug}")
            continue
        page.adapted_from, page.adaptation_notes = source, notes
        revision = page.save_revision(user=builder.user)
        builder.publish(page, page.last_published_at or builder.now, revision=revision)
        # Each translation points at the same original (lineage matches versions by key).
        ToolkitPage.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk).update(
            adapted_from=source
        )
        builder.note("journey", "created", f"{source_slug} → {slug}")


def _pdf(title):
    return SimpleUploadedFile(f"{title[:30]}.pdf", make_pdf(title, [title]), "application/pdf")


def _contribution_data(kind, language, number):
    axis = WorkAxis.objects.filter(locale__language_code=language).order_by("pk")[number % 3]
    common = {
        "summary": "A contribution of the demo, sent from the public form.",
        "text": "What we did, with whom and what changed.\n\nWhat others can reuse.",
        "work_axis": axis.pk,
    }
    if kind == "story":
        return common | {
            "country": "MX" if language == "es" else "BR",
            "organisation": "Cooperativa de ejemplo",
            "date": "2025-03-14",
        }
    if kind == "toolkit":
        return common | {
            "toolkit_type": "advocacy-guide",
            "countries": ["MX"] if language == "es" else ["BR"],
            "government_level": "local",
            "publisher": "Red de ejemplo",
            "year": "2025",
            "licence": "cc-by-sa-4.0",
            "file_language": language,
        }
    return common | {
        "original_title": "Loi d'orientation de l'économie sociale et solidaire",
        "original_language": language,
        "policy_type": "framework-law",
        "status": "under-debate",
        "government_level": "national",
        "country": "SN",
        "year": "2025",
    }


# (member, kind, title, what the moderator does: None, "review", "reject", "approve", "decline")
CONTRIBUTIONS = (
    ("lucia", "toolkit", "Guía para presupuestos participativos con la ESS", None),
    ("lucia", "story", "La cooperativa de cuidados de Oaxaca", "approve"),
    ("amina", "policy", "Projet de loi d'orientation de l'ESS du Sénégal", "reject"),
    ("joao", "story", "A feira solidária de Belo Horizonte", "review"),
    ("joao", "toolkit", "Compre agora, ganhe já", "decline"),
)


def _member_user(builder, username, full_name):
    """A plain account (no group, no staff flag): members never enter the admin."""
    User = get_user_model()  # noqa: N806
    user = User.objects.filter(username=username).first()
    if user is None:
        first, last = full_name.split(" ", 1)
        user = User.objects.create_user(
            username, f"{username}@example.org", builder.password, first_name=first, last_name=last
        )
        builder.note("user", "created", username, detail="member")
    return user


def build_members(builder):
    """The demo's members (when the demo has users) and their contributions."""
    if builder.password is None:
        return
    moderator = get_user_model().objects.filter(username="moderator").first()
    users = {}
    for username, full_name, country, language in (*MEMBERS, WAITING_MEMBER):
        user = _member_user(builder, username, full_name)
        organisation = (
            OrganisationPage.objects.filter(country=country, locale=Locale.get_default())
            .order_by("pk")
            .first()
        )
        approved = (username, full_name, country, language) != WAITING_MEMBER
        Membership.objects.get_or_create(
            user=user,
            defaults={
                "organisation": organisation,
                "language": language,
                "status": Membership.Status.APPROVED if approved else Membership.Status.REQUESTED,
                "role": "Advocacy officer",
            },
        )
        users[username] = (user, language)
    for number, (username, kind, title, decision) in enumerate(CONTRIBUTIONS):
        user, language = users[username]
        if Contribution.objects.filter(contributor=user, page__title=title).exists():
            builder.note("contrib", "found", title)
            continue
        form_class = FORMS[kind]
        files = {"file": _pdf(title)} if kind == "toolkit" else {}
        form = form_class(
            {**_contribution_data(kind, language, number), "title": title}, files, language=language
        )
        if not form.is_valid():
            raise ValueError(f"Demo contribution {title!r}: {form.errors.as_text()}")
        contribution = drafts.submit(form, user, "192.0.2.10")
        decide(contribution, decision, moderator)
        builder.note("contrib", "created", title, detail=contribution.state.label)


def decide(contribution, decision, moderator):
    page = Page.objects.get(pk=contribution.page_id).specific
    task_state = page.current_workflow_task_state
    if decision == "review":
        revision = page.save_revision(user=moderator)
        revision.created_at = revision.created_at + datetime.timedelta(seconds=1)
        revision.save(update_fields=["created_at"])
    elif decision in ("approve", "reject"):
        comment = (
            "" if decision == "approve" else "Merci ! Pouvez-vous préciser le calendrier du vote ?"
        )
        task_state.task.specific.on_action(task_state, moderator, decision, comment=comment)
    elif decision == "decline":
        drafts.decline(contribution, moderator, "This looks like advertising, not a toolkit.")
