"""Admin hooks of the translators' side: its status report, and the guards that keep each translator
to their own locale in front of wagtail-localize's views and the snippet views."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize import wagtail_hooks as localize_hooks

from compat.wagtail import BEFORE_PAGE_LISTING_ROWS_HOOK, replace_hook
from translations import listing_buttons
from translations import views as translation_views
from translations.admin_api import TranslatorsPagesAdminAPIViewSet
from translations.permissions import editable_locale_ids, is_translator_or_editor


@hooks.register("register_admin_urls", order=-1)
def register_translation_urls():
    # Before wagtail-localize's own hook (order 0): the same addresses resolve to the guards.
    return translation_views.localize_urls() + translation_views.report_urls()


@hooks.register("construct_admin_api")
def let_translators_read_pages_outside_their_locale(router):
    router.register_endpoint("pages", TranslatorsPagesAdminAPIViewSet)


for hook_name in ("register_page_header_buttons", "register_page_listing_more_buttons"):
    replace_hook(
        hook_name,
        localize_hooks.page_listing_more_buttons,
        listing_buttons.page_listing_more_buttons,
    )
hooks.register(BEFORE_PAGE_LISTING_ROWS_HOOK, listing_buttons.know_listing_rows)


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return is_translator_or_editor(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translation_status"),
        icon_name="wagtail-localize-language",
        order=8900,
    )


def _outside_user_locales(request, locale_id):
    return locale_id not in editable_locale_ids(request.user)


@hooks.register("before_create_snippet", order=-1)
def keep_snippet_creation_in_user_locales(request, model):
    if issubclass(model, TranslatableMixin):
        code = request.GET.get("locale")
        locale = Locale.objects.filter(language_code=code).first() if code else None
        locale = locale or Locale.get_default()
        if _outside_user_locales(request, locale.pk):
            return permission_denied(request)


@hooks.register("before_edit_snippet", order=-1)
def keep_snippet_edits_in_user_locales(request, instance):
    # Before wagtail-localize's hook, which would open its translation editor.
    if isinstance(instance, TranslatableMixin) and _outside_user_locales(
        request, instance.locale_id
    ):
        return permission_denied(request)


@hooks.register("before_delete_snippet", order=-1)
def keep_snippet_deletions_in_user_locales(request, instances):
    if any(
        isinstance(instance, TranslatableMixin)
        and _outside_user_locales(request, instance.locale_id)
        for instance in instances
    ):
        return permission_denied(request)
