"""wagtail-localize internals the site relies on (compat/wagtail_localize.py)."""

import pytest
from wagtail.models import Locale

from compat.wagtail_localize import (
    StringSegmentValue,
    StringValue,
    TranslationCreator,
    extract_segments,
    extract_strings,
)
from stories.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def test_translation_creator_translates_a_page_and_its_parents_translations(
    site_tree, superuser, translate, django_capture_on_commit_callbacks
):
    translate(site_tree.home, "fr")
    translate(site_tree.story_index, "fr")
    story = StoryPageFactory(parent=site_tree.story_index, title="Seed banks")
    french = Locale.objects.get(language_code="fr")

    with django_capture_on_commit_callbacks(execute=True):
        TranslationCreator(superuser, [french]).create_translations(story)

    translated = story.get_translation(french)
    assert translated.get_parent().locale == french
    assert translated.title == "Seed banks"  # untranslated strings show the source text


def test_extract_segments_gives_the_strings_of_a_page_by_path(site_tree):
    story = StoryPageFactory(parent=site_tree.story_index, title="Seed banks")

    strings = {
        segment.path: segment.string.data
        for segment in extract_segments(story)
        if isinstance(segment, StringSegmentValue)
    }

    assert strings["title"] == "Seed banks"
    assert strings["summary"] == story.summary


def test_extract_strings_splits_rich_text_into_translatable_strings():
    template, strings = extract_strings("<p>One member, <b>one</b> vote.</p><p>Two</p>")

    assert [string.data for string, _attrs in strings] == ["One member, <b>one</b> vote.", "Two"]
    assert all(isinstance(string, StringValue) for string, _attrs in strings)
    assert "<text" in template
