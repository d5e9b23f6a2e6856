"""Admin views of the translators' side, and the guards in front of wagtail-localize's views.

wagtail-localize checks one global permission ("submit_translation") before letting a user
translate anything into any locale, and checks snippet permissions per model only. These views
take the place of its submit, sync and per-translation views at the same addresses (registered
before its own in translations/wagtail_hooks.py), check what a user may do in each locale, then hand
over to wagtail-localize.
"""

import django_filters
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from compat.wagtail import FILTER_FRAGMENT_PARAMETER
from compat.wagtail_localize import edit_translation, submit_translations, update_translations
from translations import status
from translations.machine import mark_reviewed
from translations.memory import adopt_existing_translations
from translations.operations import translate_tree
from translations.permissions import (
    can_edit,
    can_publish,
    editable_locale_ids,
    is_translator_or_editor,
    locales_to_translate_into,
    setup_translator_group,
)

# Submitting for translation ---------------------------------------------------------------------


class LocaleRestrictedSubmitMixin:
    """Offer only the locales the user may translate into, and adopt the taxonomy's existing
    translations before wagtail-localize translates the snippets a page links to."""

    @cached_property
    def allowed_locales(self):
        return locales_to_translate_into(self.request.user, self.object)

    def get(self, request, *args, **kwargs):
        if not self.allowed_locales:
            raise PermissionDenied
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if not self.allowed_locales:
            raise PermissionDenied
        return super().post(request, *args, **kwargs)

    def get_form(self):
        form = super().get_form()
        allowed = [locale.pk for locale in self.allowed_locales]
        form.fields["locales"].queryset = form.fields["locales"].queryset.filter(pk__in=allowed)
        if len(allowed) < 2:
            form.fields["select_all"].widget = form.fields["select_all"].hidden_widget()
        return form

    def form_valid(self, form):
        # wagtail-localize would translate the subtree in the same transaction as the page,
        # which corrupts the tree (see operations.translate_tree): the page first, then its
        # subtree page by page.
        subtree = isinstance(self.object, Page) and form.cleaned_data.get("include_subtree")
        form.cleaned_data["include_subtree"] = False
        adopt_existing_translations()
        response = super().form_valid(form)  # atomic: the page's translations are published
        for locale in form.cleaned_data["locales"]:
            if subtree:
                translate_tree(self.object, locale, user=self.request.user)
            if isinstance(self.object, Page) and self.object.depth == 2:
                # A locale's home page now exists: its translators get their permissions.
                setup_translator_group(locale)
        return response


class SubmitPageTranslationView(
    LocaleRestrictedSubmitMixin, submit_translations.SubmitPageTranslationView
):
    pass


class SubmitSnippetTranslationView(
    LocaleRestrictedSubmitMixin, submit_translations.SubmitSnippetTranslationView
):
    pass


# Syncing and editing translations ---------------------------------------------------------------


def update_translations_view(request, translation_source_id, **kwargs):
    """Syncing re-extracts the source and may publish every translation: only someone who may
    edit the source may sync, and publishing needs publish rights in every target locale."""
    source = get_object_or_404(TranslationSource, id=translation_source_id)
    try:
        instance = source.get_source_instance()
    except ObjectDoesNotExist as error:
        raise Http404 from error
    if not can_edit(request.user, instance):
        raise PermissionDenied
    if request.method == "POST" and request.POST.get("publish_translations"):
        for translation in source.translations.filter(enabled=True):
            try:
                target = translation.get_target_instance()
            except ObjectDoesNotExist:
                continue  # wagtail-localize skips it too
            if not can_publish(request.user, target):
                raise PermissionDenied
    return update_translations.UpdateTranslationsView.as_view()(
        request, translation_source_id=translation_source_id, **kwargs
    )


def translation_target_or_404(translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    try:
        return translation, translation.get_target_instance()
    except ObjectDoesNotExist as error:  # the translated object was deleted
        raise Http404 from error


def guard_translation(view):
    """Only someone who may edit a translation's target, in its locale, may use `view` on it."""

    def guarded(request, translation_id, **kwargs):
        _translation, target = translation_target_or_404(translation_id)
        if not can_edit(request.user, target):
            raise PermissionDenied
        return view(request, translation_id=translation_id, **kwargs)

    guarded.__name__ = getattr(view, "__name__", "guarded_translation_view")
    guarded.csrf_exempt = getattr(view, "csrf_exempt", False)
    return guarded


@require_POST
def mark_reviewed_view(request, translation_id):
    """A translator approves the remaining machine translations of a page as they are."""
    translation, target = translation_target_or_404(translation_id)
    if not can_edit(request.user, target):
        raise PermissionDenied
    approved = mark_reviewed(translation, request.user)
    messages.success(
        request,
        ngettext(
            "%(count)d machine-translated text of “%(title)s” marked as reviewed.",
            "%(count)d machine-translated texts of “%(title)s” marked as reviewed.",
            approved,
        )
        % {"count": approved, "title": str(target)},
    )
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = reverse("translation_status")
    return redirect(next_url)


def localize_urls():
    """wagtail-localize's addresses (under /admin/localize/), answered by the guarded views."""
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            SubmitPageTranslationView.as_view(),
            name="guarded_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            SubmitSnippetTranslationView.as_view(),
            name="guarded_submit_snippet_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            update_translations_view,
            name="guarded_update_translations",
        ),
        path(
            "localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
            guard_translation(edit_translation.edit_string_translation),
        ),
        path(
            "localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
            guard_translation(edit_translation.edit_override),
        ),
        path(
            "localize/translate/<int:translation_id>/pofile/download/",
            guard_translation(edit_translation.download_pofile),
        ),
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            guard_translation(edit_translation.upload_pofile),
        ),
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            guard_translation(edit_translation.machine_translate),
        ),
        path(
            "localize/translate/<int:translation_id>/preview/",
            guard_translation(edit_translation.preview_translation),
        ),
        path(
            "localize/translate/<int:translation_id>/preview/<str:mode>/",
            guard_translation(edit_translation.preview_translation),
        ),
        path(
            "localize/translate/<int:translation_id>/disable/",
            guard_translation(edit_translation.stop_translation),
        ),
    ]


# The status report ------------------------------------------------------------------------------


def locale_choices():
    default = Locale.get_default()
    return [
        (locale.language_code, locale.get_display_name())
        for locale in Locale.objects.exclude(pk=default.pk).order_by("language_code")
    ]


class KeepQueryset(django_filters.ChoiceFilter):
    """A filter the view applies itself, after the statuses are known."""

    def filter(self, qs, value):
        return qs


def section_choices():
    """The sections the page apps registered (translations/status.py), read when the form is."""
    return [(key, label) for key, (label, _models) in status.SECTIONS.items()]


class TranslationStatusFilterSet(WagtailFilterSet):
    section = django_filters.ChoiceFilter(
        label=_("Section"),
        choices=section_choices,
        empty_label=_("All sections"),
        method="filter_section",
    )
    locale = KeepQueryset(label=_("Language"), choices=locale_choices, empty_label=_("All"))
    status = KeepQueryset(
        label=_("Status"), choices=list(status.STATUS_LABELS.items()), empty_label=_("Any")
    )

    class Meta:
        model = Page
        fields = []

    def filter_section(self, queryset, _name, value):
        return queryset.filter(content_type__in=status.section_content_types(value))


class TranslationStatusView(ReportView):
    """Pages × locales: which translations are missing, outdated, in progress or up to date."""

    template_name = "translation/status_report.html"
    results_template_name = "translation/status_report_results.html"
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"
    filterset_class = TranslationStatusFilterSet
    paginate_by = 100
    list_export = []

    def dispatch(self, request, *args, **kwargs):
        if not is_translator_or_editor(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def source_locale(self):
        return Locale.get_default()

    @cached_property
    def locales(self):
        chosen = self.filter_value("locale")
        locales = Locale.objects.exclude(pk=self.source_locale.pk).order_by("language_code")
        if chosen:
            locales = locales.filter(language_code=chosen)
        return list(locales)

    def filter_value(self, name):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get(name) or ""
        return ""

    def get_queryset(self):
        return status.source_pages(self.source_locale)

    def get_filtered_queryset(self):
        pages = self.filter_queryset(self.get_queryset())
        wanted = self.filter_value("status")
        if not wanted:
            # The rows of the page shown only: at 10,000 pages, all of them took seconds.
            return status.RowsOfPages(pages, self.locales, self.source_locale)
        rows = status.translation_status(pages, self.locales, self.source_locale)
        return [row for row in rows if wanted in row.statuses]

    @cached_property
    def report_url(self):
        """Where actions return to: the report with its filters (never the results fragment)."""
        query = self.request.GET.copy()
        query.pop(FILTER_FRAGMENT_PARAMETER, None)
        return f"{self.index_url}?{query.urlencode()}" if query else self.index_url

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        user_locales = editable_locale_ids(self.request.user)
        context.update(
            {
                "locales": self.locales,
                "source_locale": self.source_locale,
                "user_locale_ids": user_locales,
                "can_sync": self.source_locale.pk in user_locales,
                "report_url": self.report_url,
                "status_labels": status.STATUS_LABELS,
            }
        )
        return context


def report_urls():
    return [
        path("translation-status/", TranslationStatusView.as_view(), name="translation_status"),
        path(
            "translation-status/results/",
            TranslationStatusView.as_view(results_only=True),
            name="translation_status_results",
        ),
        path(
            "translation-status/<int:translation_id>/reviewed/",
            mark_reviewed_view,
            name="translation_mark_reviewed",
        ),
    ]
