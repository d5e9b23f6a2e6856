"""The page listings' translation buttons are wagtail-localize's, in fewer queries
(translations/listing_buttons.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail import hooks
from wagtail.models import Page
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import TranslationSource

from stories.factories import StoryPageFactory
from translations import listing_buttons

pytestmark = pytest.mark.django_db


def buttons(hook, page, user, next_url="/admin/pages/search/?q=x"):
    with CaptureQueriesContext(connection) as queries:
        found = [
            (button.label, button.url, button.priority, button.icon_name)
            for button in hook(page, user, next_url=next_url)
        ]
    return found, len(queries)


def test_the_buttons_are_wagtail_localizes_in_fewer_queries(translated_site, superuser, translator):
    lonely = StoryPageFactory(parent=translated_site.story_index, title="Not translated")
    unsynced = translated_site.story_index
    TranslationSource.objects.get_for_instance(unsynced).translations.update(enabled=False)
    pages = [
        translated_site.story,  # synced into French and Spanish, not yet Portuguese
        translated_site.story_fr,
        unsynced,
        lonely,
        Page.objects.get(depth=1),
    ]
    seen = set()
    for user in (superuser, translator):
        for page in pages:
            theirs, their_queries = buttons(localize_hooks.page_listing_more_buttons, page, user)
            ours, our_queries = buttons(listing_buttons.page_listing_more_buttons, page, user)
            assert ours == theirs, page
            assert our_queries <= min(their_queries, 1), page
            seen.update(label for label, *_rest in ours)
    assert seen == {"Translate this page", "Sync translated pages"}


def test_the_admin_asks_ours_in_place_of_wagtail_localizes():
    for hook_name in ("register_page_header_buttons", "register_page_listing_more_buttons"):
        registered = hooks.get_hooks(hook_name)
        assert listing_buttons.page_listing_more_buttons in registered
        assert localize_hooks.page_listing_more_buttons not in registered


def test_a_listings_rows_are_read_at_once_and_give_the_same_buttons(
    translated_site, superuser, translator, rf
):
    lonely = StoryPageFactory(parent=translated_site.story_index, title="Not translated")
    unsynced = translated_site.story_index
    TranslationSource.objects.get_for_instance(unsynced).translations.update(enabled=False)
    ids = [translated_site.story.pk, translated_site.story_fr.pk, unsynced.pk, lonely.pk, 1]
    seen = set()
    for user in (superuser, translator):
        pages = list(Page.objects.filter(pk__in=ids).specific())  # as a listing reads them
        request = rf.get("/admin/pages/search/?q=x")
        request.user = user
        user.has_perm("wagtail_localize.submit_translation")  # its permissions, read once
        with CaptureQueriesContext(connection) as queries:
            listing_buttons.know_listing_rows(pages, request)
        assert len(queries) <= 3
        for page in pages:
            fresh = Page.objects.get(pk=page.pk).specific
            theirs, _queries = buttons(localize_hooks.page_listing_more_buttons, fresh, user)
            ours, our_queries = buttons(listing_buttons.page_listing_more_buttons, page, user)
            assert ours == theirs, page
            assert our_queries == 0, page
            seen.update(label for label, *_rest in ours)
    assert seen == {"Translate this page", "Sync translated pages"}


def test_the_admin_page_search_reads_its_rows_buttons_at_once(translated_site, superuser, client):
    for number in range(6):
        StoryPageFactory(parent=translated_site.story_index, title=f"Market {number}")
    client.force_login(superuser)

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/admin/pages/search/?q=market")

    html = response.content.decode()
    assert response.status_code == 200 and html.count("Translate this page") >= 6
    per_row = [q for q in queries if "NOT IN" in q["sql"] and "translation_key" in q["sql"]]
    assert per_row == []
