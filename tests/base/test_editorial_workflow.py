"""The editors' workflow, through Wagtail's admin views as a browser would post them.

An editor writes a story or a toolkit, previews it and submits it; a moderator approves it in
the default "Moderators approval" workflow; then visitors see it. Refused forms, revisions and
scheduled publishing are covered too.
"""

import datetime
import io
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page, Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from base.factories import ImageFactory, root_collection
from stories.factories import StoryPageFactory
from stories.models import StoryPage
from taxonomy.factories import ThemeFactory, WorkAxisFactory
from taxonomy.models import Sector, TargetGroup, Theme, WorkAxis
from toolkits.factories import ToolkitPageFactory
from toolkits.generated_documents import make_pdf
from toolkits.models import ToolkitDocument, ToolkitPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


def add_url(page_type, parent):
    return reverse(
        "wagtailadmin_pages:add",
        args=(page_type._meta.app_label, page_type._meta.model_name, parent.pk),
    )


def preview_on_add_url(page_type, parent):
    return reverse(
        "wagtailadmin_pages:preview_on_add",
        args=(page_type._meta.app_label, page_type._meta.model_name, parent.pk),
    )


def promote_and_settings(**overrides):
    fields = {
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "comments": inline_formset([]),
    }
    fields.update(overrides)
    return fields


def story_form_data(*, toolkit, video_url, image, **overrides):
    """What the story form posts, with every kind of block in the body."""
    theme = ThemeFactory(slug="local-development")
    data = nested_form_data(
        {
            "title": "A bakery run by its workers",
            "slug": "a-bakery-run-by-its-workers",
            "summary": "Twelve bakers bought their bakery when the owner retired.",
            "hero_image": image.pk,
            "body": streamfield(
                [
                    ("paragraph", rich_text("<p>The bakers met every Monday.</p>")),
                    ("heading", {"text": "Buying the bakery", "level": "h2"}),
                    (
                        "image",
                        {
                            "image": {
                                "image": image.pk,
                                "decorative": "",
                                "alt_text": "Bakers at the oven",
                            },
                            "caption": "The oven at dawn",
                            "credit": "",
                        },
                    ),
                    (
                        "quote",
                        {"quote": "We own our jobs now.", "attribution": "Léa", "role": ""},
                    ),
                    (
                        "key_figures",
                        {
                            "heading": "",
                            "figures": {
                                "count": "1",
                                "0": {
                                    "value": {"value": "12", "label": "worker-owners"},
                                    "deleted": "",
                                    "order": "0",
                                },
                            },
                        },
                    ),
                    ("video", {"video": video_url, "title": "The bakery's story"}),
                    ("toolkit", {"toolkit": toolkit.pk, "note": "How they wrote the statutes"}),
                ]
            ),
            "related_toolkits": inline_formset([{"toolkit": toolkit.pk}]),
            "country": "FR",
            "locality": "Lyon",
            "organisation": "Les Boulangers Associés",
            "date": "2024-03-01",
            "work_axis": WorkAxisFactory().pk,
            **promote_and_settings(),
        }
    )
    data["themes"] = [theme.pk]
    data.update(overrides)
    return data


def toolkit_form_data(*, documents, **overrides):
    data = nested_form_data(
        {
            "title": "Guide to a local SSE council",
            "slug": "guide-to-a-local-sse-council",
            "summary": "How a municipality and its SSE network set up a joint council.",
            "files": inline_formset(
                [
                    {"document": document.pk, "language": language, "label": ""}
                    for language, document in documents
                ],
                min=1,
            ),
            "description": streamfield(
                [("paragraph", rich_text("<p>Written by twenty municipalities.</p>"))]
            ),
            "publisher": "RIPESS Europe",
            "year": "2022",
            "licence": "cc-by-sa-4.0",
            "toolkit_type": "advocacy-guide",
            "government_level": "local",
            "work_axis": WorkAxisFactory().pk,
            **promote_and_settings(),
        }
    )
    data["countries"] = ["FR", "ES"]
    data.update(overrides)
    return data


def approve(moderator_client, page):
    page = Page.objects.get(pk=page.pk)
    task_state = page.current_workflow_task_state
    assert task_state is not None, "the page is not in moderation"
    assert task_state.task.name == "Moderators approval"
    response = moderator_client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)),
        {"comment": "Good to go"},
    )
    assert response.status_code == 302
    return response


def form_errors(response):
    assert response.status_code == 200, "the form was accepted"
    form = response.context["form"]
    errors = dict(form.errors)
    for name, formset in form.formsets.items():
        if formset.non_form_errors():
            errors[name] = formset.non_form_errors()
    return errors


@pytest.fixture
def published_toolkit(site_tree):
    return ToolkitPageFactory(parent=site_tree.toolkit_index, title="Statutes of a cooperative")


# The admin form ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page_type", "fields"),
    [
        (StoryPage, ["country", "locality", "organisation", "date", "work_axis", "themes"]),
        (
            ToolkitPage,
            ["toolkit_type", "government_level", "countries", "is_international", "work_axis"],
        ),
    ],
)
def test_admin_form_lets_editors_fill_in_the_classification(page_type, fields):
    form_fields = page_type.get_edit_handler().get_form_class().base_fields

    for name in fields:
        assert name in form_fields


TAXONOMY = {"work_axis": WorkAxis, "themes": Theme, "sectors": Sector, "target_groups": TargetGroup}


def taxonomy_offered(response):
    form = response.context["form"]
    return {name: list(form.fields[name].queryset) for name in TAXONOMY}


def test_the_editor_offers_each_taxonomy_term_once_in_the_page_language(editor_client, site_tree):
    english = Locale.objects.get(language_code="en")

    offered = taxonomy_offered(editor_client.get(add_url(StoryPage, site_tree.story_index)))

    for name, model in TAXONOMY.items():
        # The migration seeds every term in en, fr, es and pt: one of each is English.
        assert sorted(term.pk for term in offered[name]) == sorted(
            model.objects.filter(locale=english).values_list("pk", flat=True)
        ), name


def test_a_term_of_another_language_already_chosen_stays_on_offer(editor_client, site_tree):
    # Only in French: nothing English replaces it when the story is saved.
    french_theme = ThemeFactory(
        slug="monnaies-locales", locale=Locale.objects.get(language_code="fr")
    )
    story = StoryPageFactory(parent=site_tree.story_index)
    story.themes = [french_theme]
    story.save_revision()

    offered = taxonomy_offered(
        editor_client.get(reverse("wagtailadmin_pages:edit", args=(story.pk,)))
    )

    assert french_theme in offered["themes"]
    assert {term.locale.language_code for term in offered["themes"]} == {"en", "fr"}


# Stories -------------------------------------------------------------------------------------


def test_editor_writes_previews_and_submits_a_story_that_a_moderator_approves(
    client, editor_client, moderator_client, site_tree, published_toolkit, video_embed
):
    index = site_tree.story_index
    data = story_form_data(
        toolkit=published_toolkit, video_url=video_embed.url, image=ImageFactory()
    )

    # Preview before saving: the form is checked and the page rendered with its template.
    preview_url = preview_on_add_url(StoryPage, index)
    response = editor_client.post(preview_url, data)
    assert response.json() == {"is_valid": True, "is_available": True}
    preview = editor_client.get(preview_url)
    assert preview.status_code == 200
    assert b"A bakery run by its workers" in preview.content
    assert b"We own our jobs now." in preview.content
    assert not StoryPage.objects.exists()

    # Submit for moderation: saved as a draft, in the workflow, not visible yet.
    response = editor_client.post(add_url(StoryPage, index), {**data, "action-submit": "Submit"})
    assert response.status_code == 302, form_errors(response)
    story = StoryPage.objects.get(slug="a-bakery-run-by-its-workers")
    assert not story.live
    assert story.get_parent().pk == index.pk
    assert story.current_workflow_state.workflow.name == "Moderators approval"
    assert client.get(story.url).status_code == 404

    # An editor cannot approve their own submission.
    task_state = story.current_workflow_task_state
    refused = editor_client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(story.pk, "approve", task_state.pk))
    )
    assert refused.status_code in (302, 403)
    story.refresh_from_db()
    assert not story.live

    approve(moderator_client, story)

    story.refresh_from_db()
    assert story.live
    assert not story.has_unpublished_changes
    assert story.country.code == "FR"
    assert [link.toolkit_id for link in story.related_toolkits.all()] == [published_toolkit.pk]
    assert [block.block_type for block in story.body] == [
        "paragraph",
        "heading",
        "image",
        "quote",
        "key_figures",
        "video",
        "toolkit",
    ]
    page = client.get(story.url)
    assert page.status_code == 200
    assert b"We own our jobs now." in page.content
    listing = client.get(index.url)
    assert story in listing.context["page_obj"].object_list


def test_editor_previews_changes_to_a_story_without_saving_them(
    editor_client, site_tree, published_toolkit, video_embed
):
    data = story_form_data(
        toolkit=published_toolkit, video_url=video_embed.url, image=ImageFactory()
    )
    editor_client.post(add_url(StoryPage, site_tree.story_index), data)  # save draft
    story = StoryPage.objects.get(slug=data["slug"])
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=(story.pk,))

    response = editor_client.post(preview_url, {**data, "title": "A bakery, renamed"})
    assert response.json() == {"is_valid": True, "is_available": True}
    preview = editor_client.get(preview_url)

    assert preview.status_code == 200
    assert b"A bakery, renamed" in preview.content
    # The editor's preview panel frames it; visitors' pages may never be framed.
    assert "frame-ancestors 'self'" in preview["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in Client().get(site_tree.home.url)["Content-Security-Policy"]
    story.refresh_from_db()
    assert story.title == data["title"]


def test_story_without_a_country_is_refused(
    editor_client, site_tree, published_toolkit, video_embed
):
    data = story_form_data(
        toolkit=published_toolkit, video_url=video_embed.url, image=ImageFactory(), country=""
    )

    # A draft may be incomplete; what is submitted for moderation may not.
    response = editor_client.post(
        add_url(StoryPage, site_tree.story_index), {**data, "action-submit": "1"}
    )

    assert set(form_errors(response)) == {"country"}
    assert not StoryPage.objects.exists()


def test_every_save_keeps_a_revision(editor_client, site_tree, published_toolkit, video_embed):
    data = story_form_data(
        toolkit=published_toolkit, video_url=video_embed.url, image=ImageFactory()
    )
    editor_client.post(add_url(StoryPage, site_tree.story_index), data)
    story = StoryPage.objects.get(slug=data["slug"])

    editor_client.post(
        reverse("wagtailadmin_pages:edit", args=(story.pk,)),
        {**data, "title": "Second draft title"},
    )

    revisions = Revision.page_revisions.filter(object_id=str(story.pk)).order_by("created_at")
    assert [revision.content["title"] for revision in revisions] == [
        data["title"],
        "Second draft title",
    ]
    assert all(revision.user_id for revision in revisions)


def test_story_scheduled_by_its_moderator_goes_live_when_publish_scheduled_runs_after_its_time(
    client, editor_client, moderator_client, site_tree, published_toolkit, video_embed
):
    go_live_at = timezone.now().replace(second=0, microsecond=0) + datetime.timedelta(days=2)
    data = story_form_data(
        toolkit=published_toolkit,
        video_url=video_embed.url,
        image=ImageFactory(),
        go_live_at=go_live_at.strftime("%Y-%m-%d %H:%M"),
    )
    editor_client.post(add_url(StoryPage, site_tree.story_index), {**data, "action-submit": "1"})
    story = StoryPage.objects.get(slug=data["slug"])
    approve(moderator_client, story)

    story.refresh_from_db()
    assert not story.live
    assert story.scheduled_revision.approved_go_live_at == go_live_at

    call_command("publish_scheduled", stdout=io.StringIO())
    story.refresh_from_db()
    assert not story.live  # not yet: its time has not come
    assert client.get(story.url).status_code == 404

    # Two days later.
    later = go_live_at + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled", stdout=io.StringIO())

    story.refresh_from_db()
    assert story.live
    assert client.get(story.url).status_code == 200


# Toolkits ------------------------------------------------------------------------------------


def upload_document(client, title, pages):
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": title,
            "collection": root_collection().pk,
            "file": SimpleUploadedFile(
                f"{title}.pdf", make_pdf(title, ["A page."], pages), "application/pdf"
            ),
            "tags": "",
        },
    )
    assert response.status_code == 302
    return ToolkitDocument.objects.get(title=title)


def test_editor_uploads_files_and_submits_a_toolkit_that_a_moderator_approves(
    client, editor_client, moderator_client, site_tree
):
    index = site_tree.toolkit_index
    english = upload_document(editor_client, "guide-en", pages=3)
    french = upload_document(editor_client, "guide-fr", pages=4)
    data = toolkit_form_data(documents=[("en", english), ("fr", french)])

    response = editor_client.post(preview_on_add_url(ToolkitPage, index), data)
    assert response.json() == {"is_valid": True, "is_available": True}
    preview = editor_client.get(preview_on_add_url(ToolkitPage, index))
    assert b"Guide to a local SSE council" in preview.content

    response = editor_client.post(add_url(ToolkitPage, index), {**data, "action-submit": "1"})
    assert response.status_code == 302, form_errors(response)
    toolkit = ToolkitPage.objects.get(slug=data["slug"])
    assert not toolkit.live
    assert client.get(toolkit.url).status_code == 404

    approve(moderator_client, toolkit)

    toolkit.refresh_from_db()
    assert toolkit.live
    assert [(f.language, f.document_id) for f in toolkit.files.order_by("sort_order")] == [
        ("en", english.pk),
        ("fr", french.pk),
    ]
    assert {country.code for country in toolkit.countries} == {"FR", "ES"}
    page = client.get(toolkit.url)
    assert page.status_code == 200
    for document in (english, french):
        assert document.url.encode() in page.content
    listing = client.get(index.url)
    assert toolkit in listing.context["page_obj"].object_list


def test_toolkit_without_files_is_refused(editor_client, site_tree):
    data = toolkit_form_data(documents=[])

    response = editor_client.post(
        add_url(ToolkitPage, site_tree.toolkit_index), {**data, "action-submit": "1"}
    )

    assert set(form_errors(response)) == {"files"}
    assert not ToolkitPage.objects.exists()


def test_toolkit_with_neither_country_nor_international_is_refused(editor_client, site_tree):
    document = upload_document(editor_client, "guide", pages=1)
    data = toolkit_form_data(documents=[("en", document)])
    data.pop("countries")

    response = editor_client.post(
        add_url(ToolkitPage, site_tree.toolkit_index), {**data, "action-submit": "1"}
    )

    errors = form_errors(response)
    assert errors["countries"] == ["Choose at least one country, or tick “international”."]
    assert not ToolkitPage.objects.exists()


def test_a_toolkit_draft_may_leave_the_countries_for_later(editor_client, site_tree):
    document = upload_document(editor_client, "guide", pages=1)
    data = toolkit_form_data(documents=[("en", document)])
    data.pop("countries")

    response = editor_client.post(add_url(ToolkitPage, site_tree.toolkit_index), data)

    assert response.status_code == 302, form_errors(response)
    draft = ToolkitPage.objects.get(slug=data["slug"])
    assert not draft.live and list(draft.countries) == []
    submitted = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=(draft.pk,)), {**data, "action-submit": "1"}
    )
    assert "countries" in form_errors(submitted)


def test_international_toolkit_needs_no_country(editor_client, site_tree):
    document = upload_document(editor_client, "guide", pages=1)
    data = toolkit_form_data(documents=[("en", document)], is_international="on")
    data.pop("countries")

    response = editor_client.post(
        add_url(ToolkitPage, site_tree.toolkit_index), {**data, "action-submit": "1"}
    )

    assert response.status_code == 302, form_errors(response)
    toolkit = ToolkitPage.objects.get(slug=data["slug"])
    assert toolkit.is_international
    assert list(toolkit.countries) == []
