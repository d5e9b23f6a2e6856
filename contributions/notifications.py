"""E-mail about contributions: to the moderators when one arrives or is answered, to the
contributor at each decision. Sent with Django's mail, which the background queue delivers and
retries (background/mail.py): a mail server that is down delays a notice, never a contribution.
Each notice is written in the contributor's language.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.signals import page_published, task_rejected, workflow_approved


def moderators():
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    return list(users.filter(groups__name="Moderators").values_list("email", flat=True).distinct())


def _absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _send(template, recipients, language, **context):
    if not recipients:
        return
    with translation.override(language):
        text = render_to_string(f"contributions/mail/{template}.txt", context).strip()
    subject, _, body = text.partition("\n")
    send_mail(subject.strip(), body.strip(), None, recipients)


def contribution_received(contribution):
    _send(
        "received",
        moderators(),
        settings.LANGUAGE_CODE,
        contribution=contribution,
        membership=getattr(contribution.contributor, "membership", None),
        edit_url=_absolute(reverse("wagtailadmin_pages:edit", args=[contribution.page_id])),
    )


def contribution_answered(contribution):
    _send(
        "answered",
        moderators(),
        settings.LANGUAGE_CODE,
        contribution=contribution,
        edit_url=_absolute(reverse("wagtailadmin_pages:edit", args=[contribution.page_id])),
    )


def decision(contribution, template):
    """To the contributor: published, changes requested or declined."""
    with translation.override(contribution.language):
        status_url = _absolute(reverse("contributions:mine"))
    _send(
        template,
        [contribution.contributor.email],
        contribution.language,
        contribution=contribution,
        status_url=status_url,
    )


def _contribution_of(workflow_state):
    from contributions.models import Contribution

    return (
        Contribution.objects.filter(page_id=int(workflow_state.object_id))
        .select_related("page", "contributor")
        .first()
    )


def on_workflow_approved(sender, instance, user=None, **kwargs):
    contribution = _contribution_of(instance)
    if contribution is not None:
        decision(contribution, "published")


def on_task_rejected(sender, instance, user=None, **kwargs):
    contribution = _contribution_of(instance.workflow_state)
    if contribution is not None:
        decision(contribution, "changes_requested")


def on_page_published(sender, instance, **kwargs):
    from contributions.drafts import release_files
    from contributions.models import Contribution

    if Contribution.objects.filter(page_id=instance.pk).exists():
        release_files(instance)


def connect():
    workflow_approved.connect(on_workflow_approved, dispatch_uid="contributions_approved")
    task_rejected.connect(on_task_rejected, dispatch_uid="contributions_rejected")
    page_published.connect(on_page_published, dispatch_uid="contributions_published")


def membership_requested(membership):
    _send(
        "membership_requested",
        moderators(),
        settings.LANGUAGE_CODE,
        membership=membership,
        dashboard_url=_absolute(reverse("wagtailadmin_home")),
    )


def membership_approved(membership, language):
    with translation.override(language):
        contribute_url = _absolute(reverse("contributions:mine"))
    _send(
        "membership_approved",
        [membership.user.email],
        language,
        membership=membership,
        contribute_url=contribute_url,
    )
