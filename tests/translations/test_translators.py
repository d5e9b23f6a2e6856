"""The translators' side: who may translate what, machine translation, PO files, whole trees.

Every permission is checked through the admin views a browser would use, logged in as a member
of "Translators (fr)"; each refusal is paired with the same action allowed in French, so a
test cannot pass because the action is broken for everybody.
"""

import json
import re
import runpy
from html import unescape
from pathlib import Path
from urllib.parse import urlencode

import polib
import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.template.loader import render_to_string
from django.urls import resolve, reverse
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.dummy import DummyTranslator
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from base.factories import ImageFactory
from stories.factories import StoryPageFactory
from stories.models import StoryPage
from taxonomy.factories import ThemeFactory, WorkAxisFactory
from taxonomy.models import Theme, WorkAxis
from toolkits.factories import ToolkitFileFactory, ToolkitPageFactory
from translations import views as translation_views
from translations.machine import machine_translated
from translations.operations import machine_translate, translate

pytestmark = pytest.mark.django_db

BASE_SETTINGS = Path(__file__).resolve().parents[2] / "site" / "config" / "settings" / "base.py"


def locale(code):
    return Locale.objects.get(language_code=code)


def translate_segment(translation, path, text):
    """What a translator types into wagtail-localize's editor for the field at `path`."""
    segment = StringSegment.objects.get(source=translation.source, context__path=path)
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=translation.target_locale,
        context=segment.context,
        data=text,
        translation_type="manual",
    )


def translation_of(page):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    )


def is_refused(response):
    """Wagtail's admin refuses a page with a redirect to the dashboard; wagtail-localize's
    own views and API answer 403."""
    if response.status_code == 302:
        return response.url == reverse("wagtailadmin_home")
    return response.status_code == 403


def put_string(client, translation, segment, value):
    url = reverse(
        "wagtail_localize:edit_string_translation",
        kwargs={"translation_id": translation.pk, "string_segment_id": segment.pk},
    )
    return client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )


def title_segment(translation):
    return StringSegment.objects.get(source=translation.source, context__path="title")


# The groups -------------------------------------------------------------------------------------


def test_setup_gives_each_locale_a_group_with_permissions_on_its_home_page_only(
    translated_site,
):
    french = Group.objects.get(name="Translators (fr)")
    granted = GroupPagePermission.objects.filter(group=french)

    assert {(p.page_id, p.permission.codename) for p in granted} == {
        (translated_site.home.get_translation(locale("fr")).pk, codename)
        for codename in ("add_page", "change_page", "publish_page")
    }
    assert french.permissions.filter(codename="access_admin").exists()
    assert french.permissions.filter(codename="submit_translation").exists()
    assert french.permissions.filter(codename="change_theme").exists()
    assert not french.permissions.filter(codename="delete_theme").exists()
    # Portuguese has no home page yet: a group, but no page permission until the next run.
    assert not GroupPagePermission.objects.filter(group__name="Translators (pt)").exists()
    assert not Group.objects.filter(name="Translators (en)").exists()


def test_setup_is_idempotent_and_grants_a_new_home_page(translated_site, superuser):
    call_command("setup_translator_groups", verbosity=0)
    assert GroupPagePermission.objects.filter(group__name="Translators (fr)").count() == 3

    translate(translated_site.home, [locale("pt")], user=superuser)
    call_command("setup_translator_groups", verbosity=0)

    portuguese_home = translated_site.home.get_translation(locale("pt"))
    assert set(
        GroupPagePermission.objects.filter(group__name="Translators (pt)").values_list(
            "page_id", flat=True
        )
    ) == {portuguese_home.pk}


def test_guards_answer_at_wagtail_localize_addresses():
    """The guarded views take the addresses of wagtail-localize's own."""
    url = reverse("wagtail_localize:submit_page_translation", args=[1])
    assert resolve(url).func.view_class is translation_views.SubmitPageTranslationView
    url = reverse("wagtail_localize:download_pofile", args=[1])
    assert resolve(url).func.__name__ == "download_pofile"
    assert resolve(url).func.__module__ == translation_views.__name__


# What a French translator may and may not do ---------------------------------------------------


def test_french_translator_translates_and_publishes_a_french_page(
    translator_client, translated_site, django_capture_on_commit_callbacks
):
    story_fr = translated_site.story_fr
    translation = translation_of(story_fr)

    response = translator_client.get(reverse("wagtailadmin_pages:edit", args=[story_fr.pk]))
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]

    response = put_string(
        translator_client, translation, title_segment(translation), "Douze familles"
    )
    assert response.status_code == 201
    with django_capture_on_commit_callbacks(execute=True):
        response = translator_client.post(
            reverse("wagtailadmin_pages:edit", args=[story_fr.pk]), {"action": "publish"}
        )
    assert response.status_code == 302

    story_fr.refresh_from_db()
    assert story_fr.live
    assert story_fr.title == "Douze familles"
    assert story_fr.live_revision.user.username == "traductrice"


def synchronised_page_ids(client, translation_page):
    """The page ids wagtail-localize's editor shows in page choosers, as its JavaScript reads
    them from the editor's props."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[translation_page.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    props = json.loads(unescape(re.search(r'data-props="([^"]*)"', html).group(1)))
    return props["adminBaseUrl"], [
        segment["value"]
        for segment in props["segments"]
        if segment["type"] == "synchronised_value"
        and segment["location"]["widget"]["type"] == "page_chooser"
    ]


def test_french_translator_sees_the_english_toolkit_a_story_links_in_her_editor(
    translator_client, translated_site, superuser, django_capture_on_commit_callbacks, publish
):
    toolkit = publish(
        ToolkitPageFactory(parent=translated_site.toolkit_index, title="Model statutes")
    )
    story = publish(
        StoryPageFactory(
            parent=translated_site.story_index,
            body=[{"type": "toolkit", "value": {"toolkit": toolkit.pk, "note": "Statutes"}}],
        )
    )
    with django_capture_on_commit_callbacks(execute=True):
        (story_fr,) = translate(story, [locale("fr")], user=superuser)

    admin_base_url, page_ids = synchronised_page_ids(translator_client, story_fr)
    assert page_ids == [toolkit.pk]
    # What the editor's page chooser fetches: the toolkit's details, in JSON, with no detour.
    response = translator_client.get(f"{admin_base_url}api/main/pages/{toolkit.pk}/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()["title"] == "Model statutes"
    # Reading is all: the toolkit stays out of her explorer and out of her reach.
    listing = translator_client.get(
        f"{admin_base_url}api/main/pages/", {"type": "wagtailcore.Page"}
    )
    assert toolkit.pk not in [page["id"] for page in listing.json()["items"]]
    assert is_refused(translator_client.get(reverse("wagtailadmin_pages:edit", args=[toolkit.pk])))
    copy = translator_client.post(
        f"{admin_base_url}api/main/pages/{toolkit.pk}/action/copy/",
        json.dumps({"destination_page_id": story_fr.get_parent().pk}),
        content_type="application/json",
    )
    assert copy.status_code == 404
    assert Page.objects.filter(title="Model statutes").count() == 1


def test_the_admin_api_and_admin_keep_their_404_without_a_language_prefix(
    translator_client, translated_site
):
    missing = translator_client.get("/admin/api/main/pages/999999/")
    assert missing.status_code == 404
    assert missing["Content-Type"] == "application/json"
    assert "message" in missing.json()
    # Wagtail's own "page not found" of the admin, not a redirect to /en/admin/...
    assert translator_client.get("/admin/pages/999999/edit/").status_code == 404


def test_a_visitor_reads_nothing_from_the_admin_api(client, translated_site):
    response = client.get(f"/admin/api/main/pages/{translated_site.story.pk}/")

    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_french_translator_cannot_edit_the_english_source(translator_client, translated_site):
    story = translated_site.story
    url = reverse("wagtailadmin_pages:edit", args=[story.pk])

    assert is_refused(translator_client.get(url))
    response = translator_client.post(url, {"title": "Changed", "action-publish": "publish"})
    assert is_refused(response)
    story.refresh_from_db()
    assert story.title == "Twelve families and a market"


def test_french_translator_cannot_edit_or_publish_the_spanish_translation(
    translator_client, translated_site
):
    story_es = translated_site.story_es
    translation = translation_of(story_es)
    revisions = story_es.revisions.count()
    edit_url = reverse("wagtailadmin_pages:edit", args=[story_es.pk])

    assert is_refused(translator_client.get(edit_url))
    assert is_refused(translator_client.post(edit_url, {"action": "publish"}))
    assert story_es.revisions.count() == revisions
    assert is_refused(
        put_string(translator_client, translation, title_segment(translation), "Doce familias")
    )
    assert not StringTranslation.objects.filter(
        locale=locale("es"), context__object_id=story_es.translation_key
    ).exists()


def test_french_translator_submits_pages_for_translation_into_french_only(
    translator_client, translated_site, publish
):
    story = publish(StoryPageFactory(parent=translated_site.story_index, title="A new story"))
    url = reverse("wagtail_localize:submit_page_translation", args=[story.pk])

    response = translator_client.get(url)
    assert response.status_code == 200
    assert list(response.context["form"].fields["locales"].queryset) == [locale("fr")]

    response = translator_client.post(url, {"locales": [locale("es").pk]})
    assert response.status_code == 200  # the form refuses the choice
    assert not story.get_translations().filter(locale=locale("es")).exists()

    response = translator_client.post(url, {"locales": [locale("fr").pk]})
    assert response.status_code == 302
    assert story.get_translations().filter(locale=locale("fr")).exists()

    # Now nothing is left that this translator may translate the story into.
    assert is_refused(translator_client.get(url))


def test_french_translator_cannot_translate_into_a_locale_without_permission(
    translator_client, translated_site
):
    """Portuguese has no tree the translator may add to, and no French home page exists
    for a page whose parent is not translated into French."""
    home_url = reverse("wagtail_localize:submit_page_translation", args=[translated_site.home.pk])
    assert is_refused(translator_client.get(home_url))
    assert is_refused(translator_client.post(home_url, {"locales": [locale("pt").pk]}))
    assert not translated_site.home.get_translations().filter(locale=locale("pt")).exists()


def test_french_translator_cannot_copy_an_english_page_into_the_french_tree(
    translator_client, translated_site
):
    url = reverse("wagtailadmin_pages:copy", args=[translated_site.story.pk])
    pages_before = Page.objects.count()

    response = translator_client.post(
        url,
        {
            "new_title": "Copie",
            "new_slug": "copie",
            "new_parent_page": translated_site.story_index_fr.pk,
        },
    )

    assert is_refused(response)
    assert Page.objects.count() == pages_before


def test_french_translator_cannot_sync_the_source_page(translator_client, translated_site):
    source = translation_of(translated_site.story_fr).source
    url = reverse("wagtail_localize:update_translations", args=[source.pk])

    assert is_refused(translator_client.get(url))
    assert is_refused(translator_client.post(url, {"publish_translations": "on"}))


def post_po_file(client, translation, po):
    return client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("translation.po", str(po).encode()), "next": "/admin/pages/"},
    )


def test_french_translator_uses_translation_tools_on_french_pages_only(
    translator_client, translated_site, superuser
):
    spanish = translation_of(translated_site.story_es)
    french = translation_of(translated_site.story_fr)
    next_url = {"next": "/admin/pages/"}

    def tool(name, translation):
        url = reverse(f"wagtail_localize:{name}", args=[translation.pk])
        if name == "download_pofile":
            return translator_client.get(url)
        return translator_client.post(url, next_url)

    for name in ("download_pofile", "machine_translate", "preview_translation"):
        assert is_refused(tool(name, spanish)), name
        assert tool(name, french).status_code in (200, 302), name
        assert not is_refused(tool(name, french)), name

    spanish_po = spanish.export_po()
    for entry in spanish_po:
        entry.msgstr = "traducido"
    assert is_refused(post_po_file(translator_client, spanish, spanish_po))
    assert not machine_translated(translated_site.story_es)
    assert not StringTranslation.objects.filter(data="traducido").exists()

    assert is_refused(tool("stop_translation", spanish))
    spanish.refresh_from_db()
    assert spanish.enabled
    assert not is_refused(tool("stop_translation", french))
    french.refresh_from_db()
    assert not french.enabled


def test_french_translator_translates_taxonomy_into_french_only(translator_client, db):
    theme_en = Theme.objects.get(slug="environment", locale=locale("en"))
    theme_fr = theme_en.get_translation(locale("fr"))
    theme_es = theme_en.get_translation(locale("es"))

    def edit_url(theme):
        return reverse("wagtailsnippets_taxonomy_theme:edit", args=[theme.pk])

    assert translator_client.get(edit_url(theme_fr)).status_code == 200
    assert is_refused(translator_client.get(edit_url(theme_en)))
    assert is_refused(translator_client.get(edit_url(theme_es)))
    response = translator_client.post(
        edit_url(theme_es), {"name": "Ambiente", "slug": "environment", "description": ""}
    )
    assert is_refused(response)
    theme_es.refresh_from_db()
    assert theme_es.name == "Medio ambiente"

    create_url = reverse("wagtailsnippets_taxonomy_theme:add")
    assert is_refused(translator_client.get(create_url + "?locale=es"))
    assert translator_client.get(create_url + "?locale=fr").status_code == 200

    new_theme = ThemeFactory(slug="housing", name="Housing")
    submit_url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["taxonomy", "theme", new_theme.pk]
    )
    response = translator_client.post(submit_url, {"locales": [locale("es").pk]})
    assert response.status_code == 200
    assert not Theme.objects.filter(slug="housing", locale=locale("es")).exists()
    response = translator_client.post(submit_url, {"locales": [locale("fr").pk]})
    assert response.status_code == 302
    assert Theme.objects.filter(slug="housing", locale=locale("fr")).exists()


def test_editors_still_translate_drafts_into_every_locale(editor_client, translated_site):
    # Not a live page: its translation would go live at once, which editors may not do
    # (tests/base/test_permissions_matrix.py).
    story = StoryPageFactory(parent=translated_site.story_index, title="Another story", live=False)

    response = editor_client.get(
        reverse("wagtail_localize:submit_page_translation", args=[story.pk])
    )

    assert response.status_code == 200
    assert set(response.context["form"].fields["locales"].queryset) == {
        locale("fr"),
        locale("es"),
    }  # Portuguese has no story listing to hold the story yet


# Translating never damages the taxonomy ---------------------------------------------------------


def test_the_migrations_taxonomy_translations_are_in_the_memory_once_migrated(db):
    """The migrations create the work axes in four languages; `migrate` records them in
    wagtail-localize's memory, so no translator's first translation has to."""
    axis = WorkAxis.objects.get(slug="public-policy", locale=locale("en"))
    assert Translation.objects.filter(
        source__object_id=axis.translation_key, target_locale=locale("fr")
    ).exists()

    axis_fr = axis.get_translation(locale("fr"))
    segment = StringSegment.objects.get(
        source__object_id=axis.translation_key, context__path="name"
    )
    assert segment.string.translations.get(locale=locale("fr")).data == axis_fr.name


def test_translating_a_page_keeps_the_existing_translation_of_its_work_axis(site_tree, superuser):
    # Translated outside wagtail-localize after the migrations, as the first axes were.
    axis = WorkAxisFactory(slug="alliances-test", number=3, name="Alliances")
    axis_fr = axis.copy_for_translation(locale("fr"))
    axis_fr.name = "Alliances avec les autres mouvements"
    axis_fr.save()
    story = StoryPageFactory(parent=site_tree.story_index, work_axis=axis)

    for page in (site_tree.home, site_tree.story_index, story):
        translate(page, [locale("fr")], user=superuser)

    axis_fr.refresh_from_db()
    assert axis_fr.name == "Alliances avec les autres mouvements"
    assert story.get_translation(locale("fr")).work_axis == axis_fr


def test_taxonomy_slugs_are_not_translated(superuser, db):
    """Slugs are shared by every language (filters use them): synchronised, never segments."""
    axis = WorkAxisFactory(slug="new-axis", number=5, name="New axis")
    translate(axis, [locale("pt")], user=superuser)

    paths = set(
        StringSegment.objects.filter(source__object_id=axis.translation_key).values_list(
            "context__path", flat=True
        )
    )
    assert "name" in paths
    assert "slug" not in paths
    assert axis.get_translation(locale("pt")).slug == "new-axis"


def test_translated_page_is_tagged_with_the_terms_of_its_language(
    site_tree, superuser, django_capture_on_commit_callbacks, publish
):
    themes = [ThemeFactory(slug="environment"), ThemeFactory(slug="sdgs")]
    story = StoryPageFactory(parent=site_tree.story_index)
    story.themes = themes
    publish(story)

    for page in (site_tree.home, site_tree.story_index, story):
        with django_capture_on_commit_callbacks(execute=True):
            translate(page, [locale("fr")], user=superuser)

    story_fr = story.get_translation(locale("fr"))
    assert story_fr.live
    assert sorted(theme.name for theme in story_fr.themes.all()) == [
        "Environnement",
        "Objectifs de développement durable",
    ]
    assert {theme.locale_id for theme in story.themes.all()} == {locale("en").pk}


# Machine translation ----------------------------------------------------------------------------


def test_machine_translator_is_offline_dummy_unless_deepl_key_is_set(monkeypatch):
    assert isinstance(get_machine_translator(), DummyTranslator)

    monkeypatch.setenv("DEEPL_API_KEY", "secret:fx")
    settings_with_key = runpy.run_path(str(BASE_SETTINGS))
    assert settings_with_key["WAGTAILLOCALIZE_MACHINE_TRANSLATOR"] == {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "secret:fx", "TIMEOUT": 30},
    }


def notice(page):
    return render_to_string("components/machine_translation_notice.html", {"page": page})


def test_machine_translated_page_is_labelled_until_a_translator_reviews_it(
    translator_client, translated_site
):
    story_fr = translated_site.story_fr
    translation = translation_of(story_fr)
    assert not machine_translated(story_fr)  # no translated text yet: it shows the English

    translator_client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))
    translation.save_target(publish=True)
    story_fr.refresh_from_db()

    assert machine_translated(story_fr)
    assert "translated automatically" in notice(story_fr)
    assert 'href="/en/' in notice(story_fr)  # to the English original
    assert not machine_translated(translated_site.story)
    assert notice(translated_site.story).strip() == ""
    assert not machine_translated(translated_site.story_es)

    # Editing one string is not enough: the others are still the machine's.
    put_string(translator_client, translation, title_segment(translation), "Douze familles")
    assert machine_translated(story_fr)

    response = translator_client.post(
        reverse("translation_mark_reviewed", args=[translation.pk]),
        {"next": reverse("translation_status")},
    )
    assert response.status_code == 302
    assert not machine_translated(story_fr)
    assert notice(story_fr).strip() == ""


def test_only_translators_of_the_locale_mark_machine_translation_reviewed(
    translator_client, translated_site
):
    spanish = translation_of(translated_site.story_es)
    machine_translate([spanish.source], locale("es"))

    assert machine_translated(translated_site.story_es)

    response = translator_client.post(reverse("translation_mark_reviewed", args=[spanish.pk]))

    assert is_refused(response)
    assert machine_translated(translated_site.story_es)


# PO files ---------------------------------------------------------------------------------------


@pytest.fixture
def story_with_figure(site_tree, superuser, django_capture_on_commit_callbacks, publish):
    image = ImageFactory()
    story = StoryPageFactory(
        parent=site_tree.story_index,
        title="The cooperative market",
        summary="A market run by <its> farmers & the town.",
        body=[
            {"type": "paragraph", "value": "<p>It started with <b>twelve</b> families.</p>"},
            {
                "type": "image",
                "value": {
                    "image": {
                        "image": image.pk,
                        "alt_text": "Stalls under a roof",
                        "decorative": False,
                    },
                    "caption": "The market on a Saturday",
                    "credit": "A member",
                },
            },
        ],
    )
    publish(story)
    for page in (site_tree.home, site_tree.story_index, story):
        with django_capture_on_commit_callbacks(execute=True):
            translate(page, [locale("fr")], user=superuser)
    call_command("setup_translator_groups", verbosity=0)
    return story


def test_po_file_round_trip_without_loss(
    client, story_with_figure, django_user_model, django_capture_on_commit_callbacks
):
    translator = django_user_model.objects.create_user("po", password="password")
    translator.groups.add(Group.objects.get(name="Translators (fr)"))
    client.force_login(translator)
    story_fr = story_with_figure.get_translation(locale("fr"))
    translation = translation_of(story_fr)

    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    contexts = {entry.msgctxt for entry in po}
    assert {"title", "summary"} <= contexts
    # The image's alt text is a string to translate, like the caption.
    alt_entry = next(entry for entry in po if entry.msgctxt.endswith(".image.alt_text"))
    assert alt_entry.msgid == "Stalls under a roof"

    for entry in po:
        entry.msgstr = f"FR: {entry.msgid}"
    uploaded = str(po).encode()
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("story-fr.po", uploaded), "next": "/admin/"},
    )
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[story_fr.pk]), {"action": "publish"}
        )
    assert response.status_code == 302

    story_fr = StoryPage.objects.get(pk=story_fr.pk)
    assert story_fr.live
    assert story_fr.live_revision.user == translator
    assert story_fr.title == "FR: The cooperative market"
    assert story_fr.summary == "FR: A market run by <its> farmers & the town."
    paragraph, figure = story_fr.body
    assert paragraph.value.source == "<p>FR: It started with <b>twelve</b> families.</p>"
    assert figure.value["image"].contextual_alt_text == "FR: Stalls under a roof"
    assert figure.value["caption"] == "FR: The market on a Saturday"
    assert not machine_translated(story_fr)

    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    again = polib.pofile(response.content.decode())

    def entries(po_file):
        return sorted((e.msgctxt, e.msgid, e.msgstr) for e in po_file if not e.obsolete)

    assert entries(again) == entries(po)
    assert again.metadata["X-WagtailLocalize-TranslationID"] == str(translation.uuid)


# Toolkit files ----------------------------------------------------------------------------------


def test_toolkit_file_label_is_translated_its_document_and_language_are_not(
    site_tree, superuser, publish
):
    toolkit = ToolkitPageFactory(parent=site_tree.toolkit_index, files=None)
    ToolkitFileFactory(page=toolkit, language="es", label="Summary for councillors")
    publish(toolkit)
    for page in (site_tree.home, site_tree.toolkit_index, toolkit):
        translate(page, [locale("fr")], user=superuser)
    translation = Translation.objects.get(
        source__object_id=toolkit.translation_key, target_locale=locale("fr")
    )
    paths = set(
        StringSegment.objects.filter(source=translation.source).values_list(
            "context__path", flat=True
        )
    )
    label_path = next(p for p in paths if p.startswith("files.") and p.endswith(".label"))
    assert not any(p.endswith((".language", ".document")) for p in paths)

    translate_segment(translation, label_path, "Résumé pour les élus")
    translation.save_target(publish=True)

    (file_fr,) = toolkit.get_translation(locale("fr")).files.all()
    (file_en,) = toolkit.files.all()
    assert file_fr.label == "Résumé pour les élus"
    assert (file_fr.language, file_fr.document_id) == ("es", file_en.document_id)
    assert file_fr.locale == locale("fr")


# A whole tree -----------------------------------------------------------------------------------


def test_translate_tree_translates_every_page_once_and_can_run_again(
    site_tree, capsys, django_capture_on_commit_callbacks
):
    StoryPageFactory(parent=site_tree.story_index)
    ToolkitPageFactory(parent=site_tree.toolkit_index)

    english_pages = site_tree.home.get_descendants(inclusive=True).count()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("translate_tree", "--locale", "pt", "--machine")

    portuguese = Page.objects.filter(locale=locale("pt"), alias_of__isnull=True)
    assert portuguese.count() == english_pages
    assert all(page.live for page in portuguese)
    story_pt = StoryPage.objects.get(locale=locale("pt"))
    assert machine_translated(story_pt)
    assert story_pt.get_parent().get_parent().pk == site_tree.home.get_translation(locale("pt")).pk
    assert not Page.find_problems()[4]  # every child count is right
    assert GroupPagePermission.objects.filter(group__name="Translators (pt)").exists()
    assert f"0 taxonomy terms and {english_pages} pages translated into pt" in (
        capsys.readouterr().out
    )

    call_command("translate_tree", "--locale", "pt")
    assert (
        f"0 taxonomy terms and 0 pages translated into pt, {english_pages} already translated"
        in capsys.readouterr().out
    )
    assert Page.objects.filter(locale=locale("pt")).count() == english_pages


def test_translated_pages_are_indexed_once_when_the_bulk_operation_ends(
    site_tree, publish, translate
):
    """translate_tree holds the search's per-publication indexing (page_changes_held): the
    pages are indexed once at the end, each with its language versions."""
    from base.bulk_changes import page_changes_held
    from search.models import SearchDocument

    story = publish(StoryPageFactory(parent=site_tree.story_index, title="Seed banks"))
    translate(site_tree.home, "pt")
    translate(site_tree.story_index, "pt")
    assert SearchDocument.objects.get(page=story).available_languages == ",en,"

    with page_changes_held():
        portuguese = translate(story, "pt", title="Bancos de sementes")
        assert not SearchDocument.objects.filter(page=portuguese).exists()
        assert SearchDocument.objects.get(page=story).available_languages == ",en,"

    assert SearchDocument.objects.get(page=portuguese).title == "Bancos de sementes"
    assert SearchDocument.objects.get(page=story).available_languages == ",en,pt,"
    # After the block, publications are indexed at once again.
    french = translate(story, "fr", title="Banques de semences", copy_parents=True)
    assert SearchDocument.objects.filter(page=french).exists()


def test_translating_a_subtree_from_the_admin_keeps_the_tree_sound(
    site_tree, superuser, client, django_capture_on_commit_callbacks
):
    """wagtail-localize's own "Include subtree" publishes every page at the end of one
    transaction, writing back child counts of 0 for the translated parents."""
    StoryPageFactory(parent=site_tree.story_index)
    client.force_login(superuser)
    url = reverse("wagtail_localize:submit_page_translation", args=[site_tree.home.pk])

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"locales": [locale("pt").pk], "include_subtree": "on"})

    assert response.status_code == 302
    home_pt = site_tree.home.get_translation(locale("pt"))
    assert home_pt.get_descendants().count() == site_tree.home.get_descendants().count()
    assert all(page.live for page in home_pt.get_descendants())
    assert Page.find_problems() == ([], [], [], [], [])
    assert GroupPagePermission.objects.filter(group__name="Translators (pt)", page=home_pt).exists()


def test_translate_tree_refuses_an_unknown_locale(site_tree):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="no 'de' locale"):
        call_command("translate_tree", "--locale", "de")


def test_a_translator_translates_the_hero_images_alt_text(
    client, site_tree, superuser, django_capture_on_commit_callbacks, publish
):
    story = StoryPageFactory(
        parent=site_tree.story_index, hero_image_alt="Twelve bakers around a wood-fired oven"
    )
    publish(story)
    for page in (site_tree.home, site_tree.story_index, story):
        # wagtail-localize publishes a translation when its transaction commits.
        with django_capture_on_commit_callbacks(execute=True):
            translate(page, [locale("fr")], user=superuser)
    translation = Translation.objects.get(
        source__object_id=story.translation_key, target_locale=locale("fr")
    )
    translate_segment(translation, "hero_image_alt", "Douze boulangers devant le four")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    french = client.get(story.get_translation(locale("fr")).url).content.decode()
    assert 'alt="Douze boulangers devant le four"' in french
    english = client.get(story.url).content.decode()
    assert 'alt="Twelve bakers around a wood-fired oven"' in english


def test_french_translator_translates_the_header_and_footer_into_french_only(
    translator_client, translated_site
):
    """The header and footer (and the other translatable snippets that ask for it) are the
    translators' too (translations/permissions.py), in their own language only."""
    from navigation.models import HeaderAndFooter

    english = HeaderAndFooter.objects.create(
        site_name="SSE Policy Exchange", footer_text="An intercontinental network."
    )
    submit_url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["navigation", "headerandfooter", english.pk],
    )
    response = translator_client.post(submit_url, {"locales": [locale("es").pk]})
    assert response.status_code == 200  # the form again: Spanish is not hers
    response = translator_client.post(submit_url, {"locales": [locale("fr").pk]})
    assert response.status_code == 302
    french = english.get_translation(locale("fr"))

    def edit_url(instance):
        return reverse("wagtailsnippets_navigation_headerandfooter:edit", args=[instance.pk])

    assert translator_client.get(edit_url(french)).status_code == 200
    assert is_refused(translator_client.get(edit_url(english)))
    spanish = english.copy_for_translation(locale("es"))
    spanish.save()
    assert is_refused(translator_client.get(edit_url(spanish)))
