"""The page editor costs the same number of queries however much content the site holds.

Each edit view is opened once to warm what a first view creates (the editing session, caches),
then measured; adding toolkits, stories and taxonomy terms to the site must not add a query.
The choosers, term checkboxes and country and language lists are where such a query would hide.
On failure the message lists the queries that repeat.
"""

import collections
import re

import pytest
from django import forms
from django.db import connection
from django.test.html import parse_html
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from base.widgets import LongSelect, LongSelectMultiple, Select
from stories.factories import StoryPageFactory, StoryRelatedToolkitFactory
from taxonomy.factories import SectorFactory, TargetGroupFactory, ThemeFactory
from toolkits.factories import ToolkitPageFactory
from toolkits.models import language_choices

pytestmark = pytest.mark.django_db

MANY = 15


def edit_view_queries(client, page):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert client.get(url).status_code == 200  # warm-up
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in context.captured_queries]


def repeated(queries):
    shapes = collections.Counter(re.sub(r"\b\d+\b|'[^']*'", "?", sql) for sql in queries)
    return "\n".join(f"{count} x {sql[:300]}" for sql, count in shapes.most_common(3) if count > 1)


def add_site_content(site_tree):
    """MANY more toolkits and stories (each with a related toolkit) and MANY more terms of
    each kind, in the pages' language."""
    toolkits = [ToolkitPageFactory(parent=site_tree.toolkit_index) for _ in range(MANY)]
    for toolkit in toolkits:
        story = StoryPageFactory(parent=site_tree.story_index)
        StoryRelatedToolkitFactory(page=story, toolkit=toolkit, sort_order=0)
    for number in range(MANY):
        ThemeFactory(slug=f"theme-{number}")
        SectorFactory(slug=f"sector-{number}")
        TargetGroupFactory(slug=f"target-group-{number}")


@pytest.fixture
def editor_client(client, superuser):
    client.force_login(superuser)
    return client


def test_story_edit_view_cost_does_not_grow_with_the_site(editor_client, site_tree):
    toolkit = ToolkitPageFactory(parent=site_tree.toolkit_index)
    story = StoryPageFactory(parent=site_tree.story_index)
    StoryRelatedToolkitFactory(page=story, toolkit=toolkit, sort_order=0)
    few = edit_view_queries(editor_client, story)
    add_site_content(site_tree)

    many = edit_view_queries(editor_client, story)
    assert len(many) == len(few), f"{len(few)} then {len(many)} queries:\n" + repeated(many)


def test_toolkit_edit_view_cost_does_not_grow_with_the_site(editor_client, site_tree):
    toolkit = ToolkitPageFactory(parent=site_tree.toolkit_index, countries=["SN", "BR", "FR"])
    few = edit_view_queries(editor_client, toolkit)
    add_site_content(site_tree)

    many = edit_view_queries(editor_client, toolkit)
    assert len(many) == len(few), f"{len(few)} then {len(many)} queries:\n" + repeated(many)


@pytest.mark.parametrize(
    ("plain", "long", "value"),
    [
        (forms.Select, LongSelect, "fr"),
        (forms.Select, Select, "sn"),
        (forms.SelectMultiple, LongSelectMultiple, ["fr", "sn"]),
        (forms.SelectMultiple, LongSelectMultiple, None),
    ],
)
def test_long_select_writes_what_django_writes(plain, long, value):
    choices = [("", "---"), ("Group <1>", [("x", "A & B")]), *language_choices(), ("sn", "Shona")]
    attrs = {"id": "id_language", "required": True, "disabled": False}
    expected = plain(choices=choices, attrs={"size": 12}).render("language", value, attrs)

    # Written after another choice of the same options: what it kept marks nothing chosen.
    long(choices=choices).render("language", ["x", "en", "fr", "sn"], attrs)
    written = long(choices=choices, attrs={"size": 12}).render("language", value, attrs)
    assert parse_html(written) == parse_html(expected)


def test_long_select_options_follow_the_language_of_their_labels():
    select = LongSelect(choices=[("fr", _("French")), ("sn", "Shona")])
    with translation.override("fr"):
        french = select.render("language", "fr")
    english = select.render("language", "fr")
    assert '<option value="fr" selected>Français</option>' in french
    assert '<option value="fr" selected>French</option>' in english


def test_the_editor_shows_the_toolkit_countries_and_file_languages_chosen(editor_client, site_tree):
    toolkit = ToolkitPageFactory(
        parent=site_tree.toolkit_index, countries=["SN", "BR"], files__language="wo"
    )
    html = editor_client.get(reverse("wagtailadmin_pages:edit", args=[toolkit.pk])).content
    for chosen in ("SN", "Senegal"), ("BR", "Brazil"), ("wo", "Wolof"):
        assert f'<option value="{chosen[0]}" selected>{chosen[1]}</option>' in html.decode()
    # Wagtail styles a select's field by its widget's class name.
    assert html.decode().count('data-contentpath="licence"') == 1
    assert 'w-field--select w-field--commentable" data-field data-contentpath="licence"' in (
        html.decode()
    )


def form_fields_with_choices_from_functions():
    """A toolkit file's language (a blank choice before a function's languages), a toolkit's
    countries (django-countries' function) and a function's choices with no blank."""
    from toolkits.models import ToolkitFile, ToolkitPage

    return [
        ToolkitFile._meta.get_field("language").formfield(),
        ToolkitPage._meta.get_field("countries").formfield(),
        forms.ChoiceField(choices=lambda: [("a", "A <b>"), ("", "none")]),
    ]


@pytest.mark.parametrize("language", ["fr", "en", "fr"])
def test_long_select_of_a_function_s_choices_writes_what_django_writes_in_each_language(language):
    written_countries = None
    for field in form_fields_with_choices_from_functions():
        plain, long = forms.SelectMultiple(), LongSelectMultiple()
        if not isinstance(field, forms.MultipleChoiceField):
            plain, long = forms.Select(), LongSelect()
        plain.choices = long.choices = field.choices
        with translation.override(language):
            expected = plain.render("field", ["sn", "SN"], {"id": "id_field"})
            written = long.render("field", ["sn", "SN"], {"id": "id_field"})
            for initial in (None, "sn"):
                assert long.use_required_attribute(initial) == plain.use_required_attribute(initial)
        assert parse_html(written) == parse_html(expected)
        if isinstance(long, LongSelectMultiple):
            written_countries = written
    assert ("Sénégal" if language == "fr" else "Senegal") in written_countries


def test_long_select_reads_a_function_s_choices_once_per_language():
    calls = []

    def choices():
        calls.append(translation.get_language())
        return [("a", _("French"))]

    field = forms.ChoiceField(choices=choices)
    for language in ("en", "fr", "en", "fr"):
        select = LongSelect()
        select.choices = field.choices
        with translation.override(language):
            select.render("field", "a")
            select.use_required_attribute(None)
    assert calls == ["en", "fr"]


@pytest.mark.parametrize("value", [None, [], ["2"], ["1", "x<"]])
def test_term_checkboxes_are_written_as_djangos_templates_write_them(value):
    from base.widgets import CheckboxSelectMultiple

    choices = [("1", "Women & <girls>"), ("2", "Youth"), ("Group", [("x<", "In a group")])]
    for attrs in ({"id": "id_themes", "class": "a<b"}, {}):
        expected = forms.CheckboxSelectMultiple(choices=choices, attrs={"data-x": "1"}).render(
            "themes", value, attrs
        )
        written = CheckboxSelectMultiple(choices=choices, attrs={"data-x": "1"}).render(
            "themes", value, attrs
        )
        assert written == expected


def test_the_editor_ticks_a_page_s_terms_as_django_would(editor_client, site_tree):
    story = StoryPageFactory(parent=site_tree.story_index)
    theme = ThemeFactory(slug="theme-ticked")
    story.themes.add(theme)
    story.save()
    html = editor_client.get(reverse("wagtailadmin_pages:edit", args=[story.pk])).content.decode()
    field = forms.ModelMultipleChoiceField(
        queryset=type(theme).objects.filter(locale_id=story.locale_id),
        widget=forms.CheckboxSelectMultiple,
    )
    expected = field.widget.render("themes", [theme.pk], {"id": "id_themes"})
    assert expected in html and "checked" in expected
