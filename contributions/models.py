"""Members contribute: people of member organisations, once a moderator approved them, submit
stories, toolkits and policies from public forms. Each submission is a draft page in the right
listing, in the contributor's language, that enters Wagtail's moderation workflow; this app
keeps who submitted what, and what moderators decided, for the contributor's own page.

A declined or spam contribution is never deleted: its page stays a draft and its record says so.
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, TaskState, WorkflowState


class Membership(models.Model):
    """A person's request to contribute for an organisation, and a moderator's answer."""

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Waiting for a moderator")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership"
    )
    organisation = models.ForeignKey(
        "organisations.OrganisationPage",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("organisation"),
    )
    role = models.CharField(_("role in the organisation"), max_length=200, blank=True)
    language = models.CharField(max_length=8, default="en")  # of the notices sent to them
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.REQUESTED)
    requested_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("membership")

    def __str__(self):
        return f"{self.user} ({self.organisation.title})"

    @property
    def is_approved(self):
        return self.status == self.Status.APPROVED


class Contribution(models.Model):
    """One submission: the draft page it became, who sent it and from where."""

    class Kind(models.TextChoices):
        STORY = "story", _("Story")
        TOOLKIT = "toolkit", _("Toolkit")
        POLICY = "policy", _("Public policy")

    class State(models.TextChoices):
        RECEIVED = "received", _("Received")
        IN_REVIEW = "in-review", _("In review")
        CHANGES_REQUESTED = "changes-requested", _("Changes requested")
        PUBLISHED = "published", _("Published")
        DECLINED = "declined", _("Declined")

    kind = models.CharField(max_length=16, choices=Kind.choices)
    page = models.OneToOneField(
        Page, on_delete=models.PROTECT, related_name="contribution", verbose_name=_("page")
    )
    contributor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="contributions"
    )
    language = models.CharField(max_length=8)
    submitted_at = models.DateTimeField(auto_now_add=True)
    submitted_from = models.GenericIPAddressField(null=True, blank=True)
    # A moderator's refusal (kept for the record); `is_spam` keeps it from the contributor's
    # rate of good faith and from the moderators' pending list.
    declined_at = models.DateTimeField(null=True, blank=True)
    declined_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decline_reason = models.TextField(blank=True)
    is_spam = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("contribution")
        ordering = ["-submitted_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.page.title}"

    @property
    def workflow_state(self):
        return (
            WorkflowState.objects.for_instance(self.page)
            .order_by("-created_at", "-pk")
            .select_related("current_task_state")
            .first()
        )

    @property
    def state(self):
        """Where it stands, for the contributor: read from the page and Wagtail's workflow."""
        if self.declined_at:
            return self.State.DECLINED
        page = self.page
        if page.live:
            return self.State.PUBLISHED
        workflow_state = self.workflow_state
        if workflow_state is None:
            return self.State.RECEIVED
        if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return self.State.CHANGES_REQUESTED
        if workflow_state.status == WorkflowState.STATUS_CANCELLED:
            return self.State.DECLINED
        # A moderator who locked it, saved changes or already sent it back has started the review.
        if page.locked and page.locked_by_id != self.contributor_id:
            return self.State.IN_REVIEW
        acted = workflow_state.task_states.exclude(finished_by__isnull=True).exclude(
            finished_by=self.contributor
        )
        edited = page.revisions.filter(created_at__gte=self.submitted_at).exclude(
            user=self.contributor
        )
        return self.State.IN_REVIEW if acted.exists() or edited.exists() else self.State.RECEIVED

    @property
    def moderator_comment(self):
        """The comment of the latest request for changes, or the reason of a refusal."""
        if self.declined_at:
            return self.decline_reason
        workflow_state = self.workflow_state
        if workflow_state is None:
            return ""
        rejected = (
            workflow_state.task_states.filter(status="rejected")
            .order_by("-finished_at", "-pk")
            .first()
        )
        return rejected.get_comment() if rejected else ""

    @property
    def exchanges(self):
        """Every word between moderators and the contributor, oldest first: each request for
        changes (its comment kept by Wagtail's workflow, in any round of it), each answer, and
        the reason of a refusal."""
        said = [
            Exchange(task_state.finished_at, Exchange.MODERATOR, task_state.get_comment())
            for task_state in TaskState.objects.filter(
                workflow_state__in=WorkflowState.objects.for_instance(self.page),
                status=TaskState.STATUS_REJECTED,
            )
        ]
        said += [
            Exchange(answer.sent_at, Exchange.CONTRIBUTOR, answer.text)
            for answer in self.answers.all()
        ]
        if self.declined_at and self.decline_reason:
            said.append(Exchange(self.declined_at, Exchange.MODERATOR, self.decline_reason))
        return sorted(said, key=lambda exchange: exchange.at)

    @property
    def latest_answer(self):
        answer = self.answers.order_by("-sent_at", "-pk").first()
        return answer.text if answer else ""


@dataclass(frozen=True)
class Exchange:
    """One message of a contribution's history, for the contributor's and moderators' pages."""

    MODERATOR = "moderator"
    CONTRIBUTOR = "contributor"

    at: datetime
    by: str
    text: str

    @property
    def by_moderator(self):
        return self.by == self.MODERATOR


class Answer(models.Model):
    """What the contributor said when they sent their changes back; each one is kept."""

    contribution = models.ForeignKey(Contribution, on_delete=models.CASCADE, related_name="answers")
    text = models.TextField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("answer to a request for changes")
        ordering = ["sent_at", "pk"]

    def __str__(self):
        return self.text[:60]
