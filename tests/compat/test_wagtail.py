"""Wagtail internals the site relies on (compat/wagtail.py) still behave as it expects."""

import inspect
import json
import re

import pytest
from django.core.files.base import ContentFile
from django.test import RequestFactory
from django.utils import translation
from django.utils.html import escape
from wagtail.admin.telepath import JSContext
from wagtail.admin.views.generic import base as generic_views
from wagtail.blocks.base import BlockWidget
from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from base.blocks import BodyBlock
from compat.wagtail import (
    FILTER_FRAGMENT_PARAMETER,
    has_request_site,
    set_document_file_metadata,
    set_request_site,
)


def test_a_site_set_on_the_request_is_what_wagtail_finds(db, django_assert_num_queries):
    site = Site.objects.get(is_default_site=True)
    request = RequestFactory().get("/")
    assert not has_request_site(request)

    set_request_site(request, site)

    assert has_request_site(request)
    with django_assert_num_queries(0):
        assert Site.find_for_request(request) is site


def test_document_file_metadata_is_read_from_the_file(db):
    document = get_document_model()(title="Statutes")
    document.file.save("statutes.txt", ContentFile(b"Article 1. One member, one vote."), False)
    document.file_size = None
    document.file_hash = ""

    set_document_file_metadata(document)

    assert document.file_size == len(b"Article 1. One member, one vote.")
    assert len(document.file_hash) == 40


def test_the_admin_still_asks_for_its_results_fragment_with_this_parameter():
    assert FILTER_FRAGMENT_PARAMETER in inspect.getsource(generic_views)


def test_block_definitions_are_packed_once_per_language_and_are_what_wagtail_packs(monkeypatch):
    block = BodyBlock()
    with translation.override("fr"):
        french = BlockWidget(block).block_json
        packed_by_wagtail = json.dumps(JSContext().pack(block))
    with translation.override("en"):
        english = BlockWidget(block).block_json
        packed = []
        monkeypatch.setattr(JSContext, "pack", packed.append)
        again = BlockWidget(block)
        assert (again.block_json, packed) == (english, [])
        assert again.media._js == BlockWidget(block).media._js

    assert "Sub-heading" in english and "Sub-heading" not in french
    # Each packing gives the defaults random keys (an empty paragraph's Draftail key, a list
    # item's id); every block added in one view already shares them.
    random = re.compile(r'\\"key\\": \\"\w+\\"|"id": "[-0-9a-f]{36}"')
    assert random.sub("", french) == random.sub("", packed_by_wagtail)


def test_an_admin_page_search_reads_the_site_root_paths_once_and_links_each_row_live(
    db, site_tree, client, superuser, monkeypatch
):
    from stories.factories import StoryPageFactory

    stories = [
        StoryPageFactory(parent=site_tree.story_index, title=f"Cooperative {number}")
        for number in range(5)
    ]
    live_urls = [Page.objects.get(pk=story.pk).url for story in stories]
    read = []
    read_from_cache = Site.get_site_root_paths

    def counted():
        read.append(1)
        return read_from_cache()

    monkeypatch.setattr(Site, "get_site_root_paths", staticmethod(counted))
    client.force_login(superuser)

    response = client.get("/admin/pages/search/?q=cooperative")

    assert response.status_code == 200
    html = response.content.decode()
    for url in live_urls:  # "View live" on every row, where the page is
        assert f'href="{url}"' in html
    assert len(read) == 1


def test_admin_buttons_are_written_as_wagtails_template_writes_them(db, site_tree, superuser):
    from wagtail import hooks
    from wagtail.admin.widgets.button import BaseButton, Button

    def normalised(html):
        return re.sub(r"\s+>", ">", " ".join(str(html).split()))

    story = Page.objects.get(pk=site_tree.story_index.pk).specific
    buttons = [  # what a page listing's "More actions" menu renders
        item if isinstance(item, BaseButton) else Button.from_menu_item(item)
        for hook in hooks.get_hooks("register_page_listing_more_buttons")
        for item in hook(page=story, user=superuser, next_url="/admin/pages/search/?q=x")
    ]
    buttons.append(Button("Plain <b>", url=None, classname="button", attrs={"data-x": '"y"'}))
    assert len(buttons) >= 6
    for button in buttons:
        written = button.render_html({})
        assert normalised(written) == normalised(
            BaseButton.render_html.render_by_template(button, {})
        )
        assert escape(str(button.label)) in written  # the label, escaped as the template does


def test_the_admin_page_search_counts_its_results_once_per_type_and_rightly(
    db, site_tree, client, superuser
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from stories.factories import StoryPageFactory
    from toolkits.factories import ToolkitPageFactory

    for number in range(25):
        StoryPageFactory(parent=site_tree.story_index, title=f"Cooperative story {number}")
    for number in range(3):
        ToolkitPageFactory(parent=site_tree.toolkit_index, title=f"Cooperative toolkit {number}")
    client.force_login(superuser)

    for query, total, shown in (
        ("", 28, 28),
        ("&content_type=stories.storypage", 28, 25),
        ("&content_type=toolkits.toolkitpage", 28, 3),
        ("&content_type=stories.storypage&p=2", 28, 25),
    ):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"/admin/pages/search/?q=cooperative{query}")

        assert response.status_code == 200
        context = response.context
        assert context["paginator"].count == shown  # the pages to go through
        assert context["all_pages"].count() == total  # "All (28)"
        assert {type_.model: n for type_, n in context["content_types"]} == {
            "storypage": 25,
            "toolkitpage": 3,
        }
        html = " ".join(response.content.decode().split())
        assert "There are 28 matching pages" in html and "All (28)" in html
        page = context["page_obj"]
        assert len(page.object_list) == min(20, shown - page.start_index() + 1)
        counted = 'SELECT COUNT(*) AS "__count" FROM "wagtailcore_page"'
        counts = [q["sql"] for q in queries if q["sql"].startswith(counted)]
        assert counts == []  # all three from the count per type


def test_admin_icons_are_written_as_wagtails_template_writes_them():
    from django.template import Context, Template
    from django.template.loader import render_to_string
    from django.test.signals import template_rendered

    rendered = []

    def note(sender, template, **kwargs):
        rendered.append(template.name)

    for arguments in (
        {"name": "link"},
        {"name": "comment-add", "classname": "initial w-text-primary"},
        {"name": "help", "title": 'Help & "more" <here>'},
        {"name": "lock", "classname": "initial", "title": "Locked", "wrapped": True},
        {"name": "cross", "wrapped": True},
    ):
        tag = " ".join(f"{key}={key}" for key in arguments)  # values from the context: escaped
        template_rendered.connect(note)
        written = Template("{% load wagtailadmin_tags %}{% icon " + tag + " %}").render(
            Context(arguments)
        )
        template_rendered.disconnect(note)
        by_template = render_to_string(
            "wagtailadmin/shared/icon.html",
            {"classname": "icon", "title": None, "wrapped": False}
            | {key: value for key, value in arguments.items() if value},
        )
        assert written == by_template
    assert "wagtailadmin/shared/icon.html" not in rendered and 'href="#icon-cross"' in written


def test_admin_dropdown_buttons_are_written_as_wagtails_templates_write_them(
    db, site_tree, superuser, rf
):
    from django.test.signals import template_rendered
    from wagtail import hooks
    from wagtail.admin.widgets.button import BaseButton, Button, ButtonWithDropdown

    def normalised(html):
        return re.sub(r"\s+>", ">", " ".join(str(html).split()))

    story = Page.objects.get(pk=site_tree.story_index.pk).specific
    request = rf.get("/admin/pages/search/?q=x")
    request.user = superuser
    dropdowns = [  # a page listing's "More actions" menu, and its other buttons
        button
        for hook in hooks.get_hooks("register_page_listing_buttons")
        for button in hook(page=story, user=superuser, next_url="/admin/pages/search/?q=x")
    ]
    plain = [Button("Edit <b>", url="/e/", icon_name="edit"), Button("Delete", url="/d/")]
    dropdowns += [
        ButtonWithDropdown(buttons=plain, label="", icon_name="dots-horizontal"),
        ButtonWithDropdown(
            buttons=plain,
            label="More & more",
            classname=["button", "button-secondary"],
            attrs={"aria-label": "Actions for <x>", "data-x": '"y"'},
        ),
    ]
    rendered = []

    def note(sender, template, **kwargs):
        rendered.append(template.name)

    for button in dropdowns:
        template_rendered.connect(note)
        written = button.render_html({"request": request})
        template_rendered.disconnect(note)
        assert normalised(written) == normalised(
            BaseButton.render_html.render_by_template(button, {"request": request})
        )
    assert rendered == []  # nor the dropdown's templates, nor its buttons'
    assert sum("w-dropdown__content" in str(button.render_html({})) for button in dropdowns) >= 3


def test_page_button_addresses_are_djangos_whatever_the_id_prefix_or_name(db):
    from django.urls import NoReverseMatch, reverse, set_script_prefix
    from wagtail.admin.ui.menus import pages

    kept_reverse = pages.reverse
    assert kept_reverse is not reverse and hasattr(kept_reverse, "patterns")
    names = ["wagtailadmin_pages:edit", "wagtailadmin_pages:delete", "wagtailadmin_explore"]
    try:
        for prefix in ("/", "/network/"):
            set_script_prefix(prefix)
            for name in names:
                for page_id in (0, 7, 12345, 918273645546372819):
                    assert kept_reverse(name, args=[page_id]) == reverse(name, args=[page_id])
                assert kept_reverse(name, args=[3]).startswith(f"{prefix}admin/")
    finally:
        set_script_prefix("/")
    assert kept_reverse("wagtailadmin_pages:search") == reverse("wagtailadmin_pages:search")
    assert kept_reverse("wagtailadmin_explore", args=["4"]) == reverse(
        "wagtailadmin_explore", args=["4"]
    )
    with pytest.raises(NoReverseMatch):
        kept_reverse("wagtailadmin_pages:search", args=[5])  # as Django's
    assert any(key[0] == "wagtailadmin_pages:edit" for key in kept_reverse.patterns)


def test_admin_form_fields_are_written_as_wagtails_template_writes_them():
    from django import forms
    from django.template import Context, Template
    from django.template.loader import render_to_string
    from django.test.html import parse_html
    from django.test.signals import template_rendered
    from django.utils.safestring import mark_safe
    from wagtail.admin.templatetags import wagtailadmin_tags

    class Form(forms.Form):
        title = forms.CharField(help_text="Short & <clear>")
        day = forms.DateField(required=False, label='Day "of" <it>')

    blank, wrong = Form(), Form(data={"day": "not a date"})
    rendered, all_written = [], []

    def note(sender, template, **kwargs):
        rendered.append(template.name)

    for arguments in (
        {"field": blank["title"]},
        {"field": wrong["title"], "show_add_comment_button": True, "icon": "date"},
        {
            "field": wrong["day"],
            "classname": "wide",
            "wrapper_id": "w<1>",
            "error_message_id": "e1",
            "help_text_id": "h1",
            "attrs": {"data-a": "x<y", "data-b": mark_safe("&amp;"), "hidden": True, "no": False},
            "show_add_comment_button": True,
        },
        {"field": blank["day"], "show_label": False, "rendered_field": mark_safe("<b>x</b>")},
        {"field": blank["title"], "sr_only_label": True, "id_for_label": "own", "label_text": "L"},
        {"rendered_field": mark_safe("<select></select>"), "label_text": "<L>", "help_text": "h"},
    ):
        for language in ("en", "fr"):
            tag = " ".join(f"{key}={key}" for key in arguments)
            with translation.override(language):
                template_rendered.connect(note)
                written = Template(
                    "{% load wagtailadmin_tags %}{% formattedfield " + tag + " %}"
                ).render(Context(arguments))
                from_context = Template(
                    "{% load wagtailadmin_tags %}{% formattedfieldfromcontext %}"
                ).render(Context(arguments))
                template_rendered.disconnect(note)
                by_template = render_to_string(
                    "wagtailadmin/shared/formatted_field.html",
                    wagtailadmin_tags.formattedfield(**arguments),
                )
                from_context_by_template = render_to_string(
                    "wagtailadmin/shared/formatted_field.html",
                    wagtailadmin_tags.formattedfieldfromcontext(Context(arguments)),
                )
            assert parse_html(written) == parse_html(by_template), arguments
            assert parse_html(from_context) == parse_html(from_context_by_template), arguments
            all_written.append(written)
    assert "wagtailadmin/shared/formatted_field.html" not in rendered
    for part in ('aria-label="Add comment"', "data-a=", "error-message", "icon-date", "w-sr-only"):
        assert part in "".join(all_written)
