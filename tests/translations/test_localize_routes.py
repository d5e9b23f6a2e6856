"""Every admin address wagtail-localize registers is either guarded for translators (refused
outside their locale) or listed here as harmless, with the reason.

translations/views.py re-declares wagtail-localize's routes by string, in front of its own
views. A route renamed or added by a wagtail-localize release would bypass the per-locale
check silently: the enumeration below fails instead, and each guard is tried through the
client as a member of "Translators (fr)" on a Spanish translation (refused) and on a French
one (let through).
"""

import re

import pytest
from django.urls import URLResolver, get_resolver, resolve, reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation

from stories.factories import StoryPageFactory

pytestmark = pytest.mark.django_db

# wagtail-localize's own views that need no per-locale guard, and why.
HARMLESS = {
    "javascript_catalog": "the translation editor's JavaScript strings: no content",
    "translations_report": "read-only list of translations (wagtail-localize's report)",
    "translations_report_results": "the same report's results fragment",
    "snippets_api_listing": "read-only snippet chooser API",
    "snippets_api_detail": "read-only snippet chooser API",
}
# Refused by Wagtail's own permissions, which the translators' groups limit to their locale:
# tried through the client below.
WAGTAIL_PERMISSIONS = {
    "convert_to_alias": "needs edit permission on the page (translators: their tree only)",
    "index": "locale management needs wagtailcore's locale permissions (translators: none)",
    "index_results": "the same listing's results",
    "add": "locale management",
    "edit": "locale management",
    "delete": "locale management",
}
SAMPLE_VALUES = {"int": "1", "str": "x", "slug": "x", "path": "x"}


def admin_routes(patterns=None, prefix=""):
    """(route, URLPattern) of every admin URL, with its full route."""
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            yield from admin_routes(pattern.url_patterns, prefix + str(pattern.pattern))
        elif prefix.startswith("admin/"):
            yield prefix + str(pattern.pattern), pattern


def view_module(callback):
    view_class = getattr(callback, "view_class", None)
    return (view_class or callback).__module__


def sample_path(route):
    return "/" + re.sub(r"<(?:(\w+):)?\w+>", lambda m: SAMPLE_VALUES[m.group(1) or "str"], route)


def wagtail_localize_routes():
    """Its views, and whatever it mounts under /admin/localize/ (its JavaScript catalog)."""
    return [
        (route, pattern)
        for route, pattern in admin_routes()
        if view_module(pattern.callback).startswith("wagtail_localize")
        or (
            route.startswith("admin/localize/")
            and not view_module(pattern.callback).startswith("translations.")
        )
    ]


def test_every_wagtail_localize_admin_route_is_guarded_or_listed():
    routes = wagtail_localize_routes()
    assert len(routes) >= 20  # the enumeration sees wagtail-localize's admin at all

    unaccounted = []
    for route, pattern in routes:
        answered_by = view_module(resolve(sample_path(route)).func)
        guarded = answered_by.startswith("translations.")
        listed = pattern.name in HARMLESS or pattern.name in WAGTAIL_PERMISSIONS
        if not (guarded or listed):
            unaccounted.append(f"{route} ({pattern.name}) -> {answered_by}")

    assert not unaccounted, "Neither guarded nor listed as harmless:\n" + "\n".join(unaccounted)


def test_no_guard_or_listing_names_a_route_wagtail_localize_no_longer_has():
    names = {pattern.name for _route, pattern in wagtail_localize_routes()}

    assert set(HARMLESS) <= names
    assert set(WAGTAIL_PERMISSIONS) <= names


def guarded_routes():
    """wagtail-localize's routes that a guard of translations/views.py answers."""
    return [
        (route, pattern)
        for route, pattern in wagtail_localize_routes()
        if view_module(resolve(sample_path(route)).func).startswith("translations.")
    ]


def url_for(route, translation, page, segment):
    """The route filled in with objects of `translation`'s target locale."""
    values = {
        "translation_id": translation.pk,
        "translation_source_id": translation.source_id,
        "page_id": page.pk,
        "string_segment_id": segment.pk,
        "overridable_segment_id": segment.pk,
        "app_label": "taxonomy",
        "model_name": "theme",
        "pk": "0",
        "mode": "",
    }

    def fill(match):
        return str(values[match.group(2)])

    return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", fill, route).replace("//", "/")


def is_refused(response):
    """Wagtail's admin refuses with a redirect to the dashboard, the guards and wagtail-
    localize's API with 403."""
    if response.status_code == 302:
        return response.url == reverse("wagtailadmin_home")
    return response.status_code == 403


def test_each_guarded_route_refuses_another_locale_and_lets_the_translators_own_through(
    translated_site, translator_client
):
    spanish = Translation.objects.get(
        source__object_id=translated_site.story.translation_key,
        target_locale__language_code="es",
    )
    french = Translation.objects.get(
        source__object_id=translated_site.story.translation_key,
        target_locale__language_code="fr",
    )
    segment = StringSegment.objects.filter(source=spanish.source).first()
    spanish_title = translated_site.story_es.title
    routes = guarded_routes()
    assert len(routes) == 11

    for route, _pattern in routes:
        # Submitting is refused by what is offered: the translator may translate the English
        # story into French only, and it is already translated; the snippet does not exist.
        if "/submit/" in route or "/update/" in route:
            continue
        refused_get = translator_client.get(url_for(route, spanish, translated_site.story, segment))
        refused_post = translator_client.post(
            url_for(route, spanish, translated_site.story, segment), {"value": "Hackeado"}
        )
        assert is_refused(refused_get), (route, refused_get.status_code)
        assert is_refused(refused_post), (route, refused_post.status_code)
        allowed = translator_client.get(url_for(route, french, translated_site.story, segment))
        assert not is_refused(allowed), route

    translated_site.story_es.refresh_from_db()
    assert translated_site.story_es.title == spanish_title
    assert Translation.objects.get(pk=spanish.pk).enabled


def test_submitting_and_syncing_are_refused_outside_the_translators_locale(
    translated_site, translator_client, publish
):
    """The submit and update guards: a Spanish page may be neither translated from nor synced
    by a French translator; a new English story may be submitted (into French)."""
    spanish_page = translated_site.story_es
    new_story = publish(StoryPageFactory(parent=translated_site.story_index, title="New"))
    spanish_source = Translation.objects.get(
        source__object_id=translated_site.story.translation_key,
        target_locale__language_code="es",
    ).source

    submit_spanish = reverse("wagtail_localize:submit_page_translation", args=[spanish_page.pk])
    submit_new = reverse("wagtail_localize:submit_page_translation", args=[new_story.pk])
    update = reverse("wagtail_localize:update_translations", args=[spanish_source.pk])

    assert is_refused(translator_client.get(submit_spanish))
    assert is_refused(translator_client.post(submit_spanish, {"locales": [locale_pk("pt")]}))
    assert is_refused(translator_client.post(update, {}))
    assert translator_client.get(submit_new).status_code == 200


def locale_pk(code):
    return Locale.objects.get(language_code=code).pk


def test_routes_left_to_wagtail_permissions_refuse_the_translator(
    translated_site, translator_client
):
    spanish_story = translated_site.story_es
    convert = reverse("wagtail_localize:convert_to_alias", args=[spanish_story.pk])

    assert is_refused(translator_client.post(convert))
    spanish_story.refresh_from_db()
    assert spanish_story.alias_of_id is None
    assert is_refused(translator_client.get(reverse("wagtaillocales:index")))
    assert is_refused(
        translator_client.post(reverse("wagtaillocales:add"), {"language_code": "de"})
    )
    assert not Locale.objects.filter(language_code="de").exists()
