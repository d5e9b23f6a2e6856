"""The SQLite search backend's ranking (compat/modelsearch.py) finds what modelsearch's own
finds, in the same order, page after page; on PostgreSQL, its own backend is left alone."""

import pytest
from django.db import connection, transaction
from wagtail.models import Page

from compat import modelsearch
from stories.factories import StoryPageFactory
from tests.conftest import make_site_tree

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def built_stories(django_db_setup, django_db_blocker):
    """24 stories, built once for the module's tests (which only read them; about 2 s each time)
    in a transaction undone after them."""
    with django_db_blocker.unblock(), transaction.atomic():
        site_tree = make_site_tree()
        titles = ["A cooperative bakery", "Cooperative banks", "A market", "Cooperatives of women"]
        for number in range(24):
            StoryPageFactory(parent=site_tree.story_index, title=f"{titles[number % 4]} {number}")
        yield
        transaction.set_rollback(True)


@pytest.fixture
def stories(built_stories, db):
    """Each test runs in a savepoint of the module's transaction."""


def upstream(results):
    own = modelsearch._ORIGINAL_DO_SEARCH or type(results)._do_search
    return [page.pk for page in own(results)]


@pytest.mark.parametrize("method", ["search", "autocomplete"])
@pytest.mark.parametrize("words", ["cooperative", "cooperative bakery", "market", "none-such"])
def test_each_page_of_results_is_modelsearch_own(stories, method, words):
    for start in (0, 5, 10, 20):
        search = getattr(Page.objects.all(), method)
        ranked = [page.pk for page in search(words)[start : start + 5]]

        assert ranked == upstream(search(words)[start : start + 5])
    assert search(words).count() == len(upstream(search(words)[0:100]))


def test_the_ranking_is_in_place_and_keeps_scores(stories):
    results = Page.objects.search("cooperative").annotate_score("_score")[:3]

    pages = list(results)
    if connection.vendor == "sqlite":
        assert type(results)._do_search is modelsearch._rank_once
    else:
        assert modelsearch._ORIGINAL_DO_SEARCH is None
        assert type(results)._do_search is not modelsearch._rank_once
    assert len(pages) == 3 and all(isinstance(page._score, float) for page in pages)
