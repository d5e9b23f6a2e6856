"""Who may translate what, and the "Translators (xx)" groups.

Wagtail grants page permissions per subtree (GroupPagePermission), so a user's working locales
are those of the pages their groups hold permissions on; a permission on the root page covers
every locale (Wagtail's Editors and Moderators groups). Wagtail's snippet permissions are per
model, not per locale: the same page-derived locales bound what a user may do with translatable
snippets, enforced by the hooks in translations/wagtail_hooks.py.
"""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    DraftStateMixin,
    GroupPagePermission,
    Locale,
    Page,
    TranslatableMixin,
)
from wagtail.snippets.permissions import get_permission_name

from taxonomy.models import Sector, TargetGroup, Theme, WorkAxis

SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"
ACCESS_ADMIN = "wagtailadmin.access_admin"
# What translators may do in their locale's page tree: translate (add), edit and publish.
TRANSLATOR_PAGE_PERMISSIONS = ("add", "change", "publish")
# Translators translate the taxonomy and the other translatable snippets; they never delete.
TRANSLATOR_SNIPPET_PERMISSIONS = ("add", "change")
TAXONOMY_MODELS = (WorkAxis, Theme, Sector, TargetGroup)


def translatable_snippet_models():
    """The snippets translators translate: the taxonomy, and every translatable model that
    says so with `translated_by_translators = True` (the header and footer, the glossary,
    country introductions). This app never imports theirs: it finds them."""
    found = [
        model
        for model in apps.get_models()
        if getattr(model, "translated_by_translators", False)
        and issubclass(model, TranslatableMixin)
        and model not in TAXONOMY_MODELS
    ]
    return (*TAXONOMY_MODELS, *sorted(found, key=lambda model: model._meta.label))


PAGE_EDITING_CODENAMES = ("add_page", "change_page", "publish_page")


def translator_group_name(locale):
    return f"Translators ({locale.language_code})"


def editable_locale_ids(user):
    """Ids of the locales in which `user` may edit content, from their page permissions."""
    if not (user.is_authenticated and user.is_active):
        return frozenset()
    cached = getattr(user, "_editable_locale_ids", None)
    if cached is not None:
        return cached
    if user.is_superuser:
        ids = frozenset(Locale.objects.values_list("pk", flat=True))
    else:
        granted = set(
            GroupPagePermission.objects.filter(
                group__user=user, permission__codename__in=PAGE_EDITING_CODENAMES
            ).values_list("page__depth", "page__locale_id")
        )
        if any(depth == 1 for depth, _locale_id in granted):
            ids = frozenset(Locale.objects.values_list("pk", flat=True))
        else:
            ids = frozenset(locale_id for _depth, locale_id in granted)
    user._editable_locale_ids = ids  # once per request: the user object lives as long
    return ids


def is_translator_or_editor(user):
    """Who sees the translation status report: anyone who may submit translations."""
    return user.is_active and (user.is_superuser or user.has_perm(SUBMIT_TRANSLATION))


def can_edit_snippet(user, instance, action="change"):
    if not user.has_perm(get_permission_name(action, type(instance))):
        return False
    if isinstance(instance, TranslatableMixin):
        return instance.locale_id in editable_locale_ids(user)
    return True


def can_edit(user, instance):
    """Whether `user` may edit `instance`, a page or a snippet, in its own locale."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return can_edit_snippet(user, instance)


def can_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    # A snippet without drafts is live once saved: editing it is publishing it.
    action = "publish" if isinstance(instance, DraftStateMixin) else "change"
    return can_edit_snippet(user, instance, action)


def can_translate_into(user, instance, locale):
    """Whether `user` may submit `instance` (a page or a snippet) for translation into `locale`.

    A page is translated under its parent's translation, so the parent must exist in that
    locale and the user must be allowed to add pages there (or to edit the alias that
    wagtail-localize's tree synchronisation left in its place). Superusers may translate
    anything anywhere; wagtail-localize then creates missing parent pages.
    """
    if locale.pk == instance.locale_id:
        return False
    if user.is_superuser:
        return True
    if not (user.is_active and user.has_perm(SUBMIT_TRANSLATION)):
        return False
    if not isinstance(instance, Page):
        return user.has_perm(get_permission_name("add", type(instance))) and (
            locale.pk in editable_locale_ids(user)
        )
    # The translation of a live page goes live at once (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_
    # TRANSLATE), with no moderation: only someone who may publish there may submit it.
    must_publish = instance.live
    alias = Page.objects.filter(
        translation_key=instance.translation_key, locale=locale, alias_of__isnull=False
    ).first()
    if alias is not None:
        permissions = alias.permissions_for_user(user)
        return permissions.can_edit() and (not must_publish or permissions.can_publish())
    parent = instance.get_parent()
    if not parent.is_root():
        parent = parent.get_translation_or_none(locale)
    if parent is None:
        return False
    permissions = parent.permissions_for_user(user)
    return permissions.can_add_subpage() and (not must_publish or permissions.can_publish_subpage())


def locales_to_translate_into(user, instance):
    """The locales `instance` is not translated into yet that `user` may translate it into."""
    existing = instance.get_translations(inclusive=True)
    if isinstance(instance, Page):
        existing = existing.exclude(alias_of__isnull=False)  # aliases can become translations
    candidates = Locale.objects.exclude(pk__in=existing.values_list("locale_id", flat=True))
    return [locale for locale in candidates if can_translate_into(user, instance, locale)]


# Groups ---------------------------------------------------------------------------------------


@dataclass
class GroupSetup:
    group: Group
    created: bool
    pages: list  # the locale's home pages the group now holds permissions on
    granted: int  # page permissions added by this run


def translator_model_permissions():
    codenames = [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")]
    for model in translatable_snippet_models():
        codenames += [
            (model._meta.app_label, f"{action}_{model._meta.model_name}")
            for action in TRANSLATOR_SNIPPET_PERMISSIONS
        ]
    permissions = []
    for app_label, codename in codenames:
        permissions.append(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return permissions


def page_permissions():
    return list(
        Permission.objects.filter(
            content_type__app_label="wagtailcore",
            codename__in=[f"{action}_page" for action in TRANSLATOR_PAGE_PERMISSIONS],
        )
    )


def setup_translator_group(locale, model_permissions=None, page_perms=None):
    """Create or complete the group of `locale`'s translators; safe to run any number of times.

    Page permissions go to the locale's top-level pages (its home page, translated or still an
    alias), which exist only once someone translated the home page: run this again then.
    """
    group, created = Group.objects.get_or_create(name=translator_group_name(locale))
    group.permissions.add(*(model_permissions or translator_model_permissions()))
    pages = list(Page.objects.filter(depth=2, locale=locale).order_by("path"))
    granted = 0
    for page in pages:
        for permission in page_perms or page_permissions():
            _permission, added = GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=permission
            )
            granted += added
    return GroupSetup(group=group, created=created, pages=pages, granted=granted)


def setup_translator_groups():
    """One "Translators (xx)" group for every locale but the default (source) one."""
    model_permissions = translator_model_permissions()
    page_perms = page_permissions()
    return [
        setup_translator_group(locale, model_permissions, page_perms)
        for locale in Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code")
    ]
