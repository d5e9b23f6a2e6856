"""The moderators' side: the dashboard lists who asks to join and the contributions waiting for
a decision; a moderator approves a membership, or declines a contribution (kept, never deleted)
here, and reviews the contribution itself in Wagtail's editor and workflow."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.ui.components import Component

from contributions import drafts, notifications
from contributions.models import Contribution, Membership

PENDING_SHOWN = 20


def is_moderator(user):
    return user.is_superuser or user.groups.filter(name="Moderators").exists()


def pending_contributions():
    return (
        Contribution.objects.filter(declined_at__isnull=True, page__live=False)
        .select_related("page", "contributor__membership__organisation")
        .order_by("submitted_at", "pk")
    )


class PendingContributionsPanel(Component):
    name = "pending_contributions"
    order = 90
    template_name = "contributions/admin/pending_panel.html"

    def get_context_data(self, parent_context=None):
        contributions = list(pending_contributions()[:PENDING_SHOWN])
        return {
            "contributions": contributions,
            "memberships": Membership.objects.filter(status=Membership.Status.REQUESTED)
            .select_related("user", "organisation")
            .order_by("requested_at"),
            "heading": gettext_lazy("Contributions from members"),
        }


@hooks.register("construct_homepage_panels")
def add_pending_contributions_panel(request, panels):
    if is_moderator(request.user):
        panels.append(PendingContributionsPanel())


def _moderator_only(request):
    if not is_moderator(request.user):
        raise PermissionDenied


@require_POST
def decide_membership(request, membership_id, decision):
    _moderator_only(request)
    if decision not in ("approve", "decline"):
        raise Http404
    membership = get_object_or_404(Membership, pk=membership_id)
    membership.status = (
        Membership.Status.APPROVED if decision == "approve" else Membership.Status.DECLINED
    )
    membership.decided_at = timezone.now()
    membership.decided_by = request.user
    membership.save()
    if membership.is_approved:
        notifications.membership_approved(membership, membership.language)
        messages.success(request, _("%(name)s may now contribute.") % {"name": membership.user})
    return redirect("wagtailadmin_home")


@require_POST
def decline_contribution(request, contribution_id):
    _moderator_only(request)
    contribution = get_object_or_404(Contribution, pk=contribution_id, declined_at__isnull=True)
    spam = request.POST.get("spam") == "1"
    drafts.decline(contribution, request.user, request.POST.get("reason", "")[:2000], spam=spam)
    if not spam:
        notifications.decision(contribution, "declined")
    messages.success(request, _("The contribution was declined; it is kept for the record."))
    return redirect("wagtailadmin_home")


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "contributions/memberships/<int:membership_id>/<str:decision>/",
            decide_membership,
            name="contributions_membership",
        ),
        path(
            "contributions/<int:contribution_id>/decline/",
            decline_contribution,
            name="contributions_decline",
        ),
    ]
