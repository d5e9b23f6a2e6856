"""The public side of contributions: asking to join, contributing, "My contributions" and
answering a request for changes. Only signed-in people whose membership a moderator approved
may contribute; each account and each address has a rate limit; a form a bot filled (the
honeypot) is refused and nothing is kept."""

from datetime import timedelta

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from contributions import drafts, notifications
from contributions.forms import FORMS, JoinForm
from contributions.models import Contribution, Membership

TOO_MANY = 429


def _refuse_bot(request):
    return render(request, "contributions/refused.html", status=400)


@require_http_methods(["GET", "POST"])
def join(request):
    """Ask to contribute for an organisation: an account now, the right to submit once a
    moderator approves."""
    if request.user.is_authenticated:
        return redirect("contributions:mine")
    form = JoinForm(request.POST or None, language=get_language())
    if request.method == "POST":
        if form.is_bot:
            return _refuse_bot(request)
        if form.is_valid():
            user = form.save()
            membership = Membership.objects.create(
                user=user,
                organisation=form.cleaned_data["organisation"],
                role=form.cleaned_data["role"],
                language=get_language(),
            )
            notifications.membership_requested(membership)
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            return redirect("contributions:mine")
    return render(request, "contributions/join.html", {"form": form})


def _membership(user):
    return Membership.objects.filter(user=user).select_related("organisation").first()


@login_required
def mine(request):
    """My contributions: each one's state, and the way to answer a request for changes."""
    contributions = (
        Contribution.objects.filter(contributor=request.user)
        .select_related("page")
        .order_by("-submitted_at", "-pk")
    )
    return render(
        request,
        "contributions/mine.html",
        {
            "membership": _membership(request.user),
            "contributions": contributions,
            "kinds": Contribution.Kind.choices,
            "State": Contribution.State,
        },
    )


def rate_limited(user, address):
    """True when this account or this address sent too many contributions lately."""
    now = timezone.now()
    by_account = Contribution.objects.filter(
        contributor=user, submitted_at__gte=now - timedelta(days=1)
    ).count()
    by_address = Contribution.objects.filter(
        submitted_from=address, submitted_at__gte=now - timedelta(hours=1)
    ).count()
    return by_account >= settings.CONTRIBUTIONS_PER_ACCOUNT_PER_DAY or (
        address and by_address >= settings.CONTRIBUTIONS_PER_ADDRESS_PER_HOUR
    )


@login_required
@require_http_methods(["GET", "POST"])
def contribute(request, kind):
    form_class = FORMS.get(kind)
    if form_class is None:
        raise Http404("No such kind of contribution")
    membership = _membership(request.user)
    if membership is None or not membership.is_approved:
        return render(request, "contributions/not_yet.html", {"membership": membership}, status=403)
    address = get_client_ip_address(request)
    if rate_limited(request.user, address):
        return render(request, "contributions/too_many.html", status=TOO_MANY)
    language = get_language()
    form = form_class(request.POST or None, request.FILES or None, language=language)
    if request.method == "POST":
        if form.is_bot:
            return _refuse_bot(request)
        if form.is_valid():
            contribution = drafts.submit(form, request.user, address)
            notifications.contribution_received(contribution)
            messages.success(
                request, _("Thank you: your contribution was received. A moderator will read it.")
            )
            return redirect("contributions:mine")
    return render(
        request,
        "contributions/contribute.html",
        {"form": form, "kind": kind, "kind_label": dict(Contribution.Kind.choices)[kind]},
    )


@login_required
@require_http_methods(["GET", "POST"])
def answer(request, contribution_id):
    """Change a contribution a moderator sent back, and say what changed."""
    # Someone else's contribution is a 404, as if it did not exist.
    contribution = get_object_or_404(Contribution, pk=contribution_id, contributor=request.user)
    if contribution.state != Contribution.State.CHANGES_REQUESTED:
        return redirect("contributions:mine")
    form_class = FORMS[contribution.kind]
    page = contribution.page.specific.get_latest_revision_as_object()
    extra = {"file_required": False} if contribution.kind == "toolkit" else {}
    form = form_class(
        request.POST or None,
        request.FILES or None,
        language=contribution.language,
        initial=form_class.initial_from_page(page),
        **extra,
    )
    reply = request.POST.get("reply", "").strip()[:2000]
    if request.method == "POST":
        if form.is_bot:
            return _refuse_bot(request)
        if form.is_valid():
            drafts.resubmit(contribution, form, reply, request.user)
            notifications.contribution_answered(contribution)
            messages.success(request, _("Thank you: your changes were sent to the moderators."))
            return redirect("contributions:mine")
    return render(
        request,
        "contributions/answer.html",
        {"form": form, "contribution": contribution, "reply": reply},
    )


def contribute_url(language):
    from django.utils import translation

    with translation.override(language):
        return reverse("contributions:mine")
