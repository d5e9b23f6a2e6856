"""A contribution becomes a draft page in the right listing, in the contributor's language, and
enters the moderation workflow of that listing (Wagtail's Workflow and WorkflowState).

The contributor never gets a permission on pages: the page is created here, in code, as a
draft, and only Wagtail's workflow (moderators) can publish it.
"""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, WorkflowState
from wagtail.users.models import UserProfile

from contributions.forms import locale_for
from contributions.models import Answer, Contribution
from policies.models import PolicyIndexPage
from stories.models import StoryIndexPage
from toolkits.models import ToolkitDocument, ToolkitFile, ToolkitIndexPage

LISTINGS = {"story": StoryIndexPage, "toolkit": ToolkitIndexPage, "policy": PolicyIndexPage}
REVIEW_COLLECTION = "Contributions under review"


def parent_for(kind, language):
    """The listing in the contributor's language. Where that language has none yet, an alias of
    the default language's listing is made in it, as wagtail-localize does for the parents of a
    translated page, so the tree of each language holds its own pages."""
    listings = LISTINGS[kind].objects.all()
    own = listings.filter(locale__language_code=language).first()
    if own is not None:
        return own
    original = (
        listings.filter(locale__language_code=settings.LANGUAGE_CODE).first() or listings.first()
    )
    locale = locale_for(language)
    if original.locale_id == locale.pk:
        return original
    return original.copy_for_translation(locale, copy_parents=True, alias=True)


def review_collection():
    """Files of contributions wait here, seen by the admin's people only, until published."""
    collection = Collection.objects.filter(name=REVIEW_COLLECTION).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=REVIEW_COLLECTION)
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        from django.contrib.auth.models import Group

        restriction.groups.set(Group.objects.filter(name__in=["Editors", "Moderators"]))
    return collection


def _attach_file(page, form, user):
    file = form.cleaned_data.get("file")
    if not file:
        return
    document = ToolkitDocument(
        title=form.cleaned_data["title"][:255],
        file=file,
        collection=review_collection(),
        uploaded_by_user=user,
    )
    document.save()
    page.files = [ToolkitFile(document=document, language=form.cleaned_data["file_language"])]


def silence_admin_notices(user):
    """Wagtail mails the submitter of a workflow with links to the admin, which a contributor
    cannot open; contributions/notifications.py tells them instead, in their language."""
    profile = UserProfile.get_for_user(user)
    profile.approved_notifications = False
    profile.rejected_notifications = False
    profile.updated_comments_notifications = False
    profile.save()


@transaction.atomic
def submit(form, user, address):
    """Make the draft page, record the contribution and start the moderation workflow."""
    silence_admin_notices(user)
    kind = form.kind
    parent = parent_for(kind, form.language)
    page = form.page_model(locale=locale_for(form.language), live=False, owner=user)
    form.fill_page(page)
    if kind == "toolkit":
        _attach_file(page, form, user)
    parent.add_child(instance=page)
    revision = page.save_revision(user=user, log_action=True)
    contribution = Contribution.objects.create(
        kind=kind, page=page, contributor=user, language=form.language, submitted_from=address
    )
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    del revision
    return contribution


@transaction.atomic
def resubmit(contribution, form, reply, user):
    """The contributor's answer to a request for changes: a new revision, and the workflow's
    current task again."""
    page = contribution.page.specific.get_latest_revision_as_object()
    form.fill_page(page)
    if contribution.kind == "toolkit" and form.cleaned_data.get("file"):
        _attach_file(page, form, user)
    page.save_revision(user=user, log_action=True)
    if reply:
        Answer.objects.create(contribution=contribution, text=reply)
    state = contribution.workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    return contribution


@transaction.atomic
def decline(contribution, moderator, reason="", spam=False):
    """Refuse it for good; the draft page and the record stay."""
    state = contribution.workflow_state
    if state is not None and state.status in (
        WorkflowState.STATUS_IN_PROGRESS,
        WorkflowState.STATUS_NEEDS_CHANGES,
    ):
        state.cancel(user=moderator)
    contribution.declined_at = timezone.now()
    contribution.declined_by = moderator
    contribution.decline_reason = reason
    contribution.is_spam = spam
    contribution.save()
    return contribution


def release_files(page):
    """A published toolkit's files leave the review collection for everyone to download."""
    files = ToolkitFile.objects.filter(
        page_id=page.pk, document__collection__name=REVIEW_COLLECTION
    )
    ToolkitDocument.objects.filter(pk__in=files.values("document")).update(
        collection=Collection.get_first_root_node()
    )
