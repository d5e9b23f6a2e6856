"""The Elasticsearch index cannot be corrupted by a write and repairs itself (search/indexing.py).

On the shared test node: a write never creates an index (require_alias), an older copy of a page
never overwrites a newer one (external versions), and the reconciliation that the worker runs
periodically removes an index created at the alias name and orphan indices, recreates a lost
index and repairs missing, stale and extra documents. The search page says "results may be
incomplete" only while a repair is pending. tests/test_faults.py does the same against a node
that is really restarted, paused and a worker that is killed.
"""

import pytest
from django.core.management import call_command
from django.test import override_settings

from search import engines, indexing
from search.documents import build_document
from search.engines.base import SearchQuery, SearchUnavailable
from search.engines.elasticsearch import index_mappings, index_settings
from search.models import PendingRepair
from stories.factories import StoryPageFactory
from stories.models import StoryPage
from tests.conftest import elasticsearch_url

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]


@pytest.fixture
def site_search(elasticsearch):
    """The site's settings pointed at the test's own alias on the shared node."""
    prefix = elasticsearch.alias.removesuffix("_exchange")
    engines.reset_failure_memory()
    with override_settings(
        ELASTICSEARCH_URL=elasticsearch_url(), ELASTICSEARCH_INDEX_PREFIX=prefix
    ):
        yield elasticsearch
    engines.reset_failure_memory()


def titles(engine, text):
    engine.refresh()
    return [hit.title for hit in engine.search(SearchQuery(text=text)).hits]


def indices(engine):
    return engine.client.indices.get(index=f"{engine.alias}*")


def lose_the_index(engine):
    """What a node restarted empty looks like: no index, no alias."""
    for name in indices(engine):
        engine.client.indices.delete(index=name)


def test_a_write_to_a_node_that_lost_its_index_creates_nothing(site_tree, elasticsearch):
    story = StoryPageFactory(parent=site_tree.story_index, title="Tidal cooperative")
    lose_the_index(elasticsearch)

    with pytest.raises(SearchUnavailable, match="require_alias"):
        elasticsearch.index_documents([build_document(story)], version=indexing.new_version())
    with pytest.raises(SearchUnavailable, match="no index behind the alias"):
        elasticsearch.delete_pages([story.pk], version=indexing.new_version())

    assert indices(elasticsearch) == {}


def test_an_older_copy_never_overwrites_a_newer_one(site_tree, elasticsearch):
    story = StoryPageFactory(parent=site_tree.story_index, title="Harbour cooperative 01")
    older = build_document(story)
    story.title = "Harbour cooperative 02"
    newer = build_document(story)
    first, second = indexing.new_version(), indexing.new_version()

    elasticsearch.index_documents([newer], version=second)
    elasticsearch.index_documents([older], version=first)  # arrives late: refused, no error

    assert titles(elasticsearch, "harbour") == ["Harbour cooperative 02"]


def test_an_older_delete_never_removes_a_newer_copy(site_tree, elasticsearch):
    story = StoryPageFactory(parent=site_tree.story_index, title="Orchard cooperative")
    first, second = indexing.new_version(), indexing.new_version()
    elasticsearch.index_documents([build_document(story)], version=second)
    elasticsearch.delete_pages([story.pk], version=first)
    assert titles(elasticsearch, "orchard") == ["Orchard cooperative"]


def test_publishing_pushes_the_page_through_a_task(site_tree, site_search):
    story = StoryPageFactory(parent=site_tree.story_index, title="Bakery cooperative")
    story.title = "Bakery cooperative renamed"
    story.save_revision().publish()  # the ImmediateBackend runs the push task at once
    assert titles(site_search, "bakery") == ["Bakery cooperative renamed"]


def test_reconciliation_recreates_a_lost_index_with_every_page(site_tree, site_search):
    stories = [
        StoryPageFactory(parent=site_tree.story_index, title=f"Weavers {n}") for n in range(3)
    ]
    lose_the_index(site_search)

    (database, elasticsearch) = indexing.reconcile(repair=True)

    assert database.problems == 0
    assert elasticsearch.missing == sorted(story.pk for story in stories)
    assert elasticsearch.actions[0].startswith("recreated the index")
    assert len(titles(site_search, "weavers")) == 3
    assert indexing.reconcile(repair=False)[1].problems == 0


def test_reconciliation_rebuilds_an_index_an_older_version_made_with_other_fields(
    site_tree, site_search
):
    stories = [
        StoryPageFactory(parent=site_tree.story_index, title=f"Tanners {n}") for n in range(2)
    ]
    # The index as the site made it before the facets got their combined field: its strict
    # mappings refuse today's documents, and counting facets over it finds nothing.
    lose_the_index(site_search)
    older = f"{site_search.alias}_20261101000000_1"
    older_mappings = index_mappings()
    del older_mappings["properties"]["facet_values"]
    site_search.client.indices.create(
        index=older, settings=index_settings(), mappings=older_mappings
    )
    site_search.client.indices.put_alias(index=older, name=site_search.alias)
    assert site_search.has_outdated_fields()

    with pytest.raises(Exception, match="problem"):
        call_command("rebuild_exchange_index", "--check")
    elasticsearch = indexing.reconcile(repair=True)[1]

    assert elasticsearch.stale == sorted(story.pk for story in stories)
    assert elasticsearch.actions[0].startswith("rebuilt the index with today's fields")
    assert site_search.current_index() != older
    assert not site_search.has_outdated_fields()
    assert len(titles(site_search, "tanners")) == 2
    facets = site_search.search(SearchQuery(text="tanners")).facets
    assert facets["kind"] == [("story", 2)]
    call_command("rebuild_exchange_index", "--check")  # raises if anything still differs


def test_reconciliation_removes_an_index_created_at_the_alias_name(site_tree, site_search):
    story = StoryPageFactory(parent=site_tree.story_index, title="Fishers cooperative")
    lose_the_index(site_search)
    # What a write without require_alias did to a node restarted empty: a real index with
    # dynamic mappings at the alias name, on which every search fails.
    site_search.client.index(index=site_search.alias, id=story.pk, document={"facets": {}})

    with pytest.raises(Exception, match="problem"):
        call_command("rebuild_exchange_index", "--check")
    call_command("rebuild_exchange_index", "--check", "--repair")

    assert site_search.current_index() != site_search.alias
    assert titles(site_search, "fishers") == ["Fishers cooperative"]
    call_command("rebuild_exchange_index", "--check")  # raises if anything still differs


def test_rebuild_repairs_an_index_at_the_alias_name_and_leaves_no_orphan(site_tree, site_search):
    StoryPageFactory(parent=site_tree.story_index, title="Potters cooperative")
    lose_the_index(site_search)
    site_search.client.index(index=site_search.alias, id=1, document={"facets": {}})

    call_command("rebuild_exchange_index")
    call_command("rebuild_exchange_index")

    assert list(indices(site_search)) == [site_search.current_index()]
    assert titles(site_search, "potters") == ["Potters cooperative"]


def test_orphan_indices_are_removed_once_old_enough(site_search):
    orphan = site_search.create_index()
    assert site_search.orphan_indices(older_than_seconds=600) == []  # maybe a rebuild filling it
    assert site_search.remove_orphan_indices(older_than_seconds=0) == [orphan]
    assert list(indices(site_search)) == [site_search.current_index()]


def test_stale_missing_and_extra_documents_are_repaired(site_tree, site_search):
    kept = StoryPageFactory(parent=site_tree.story_index, title="Millers cooperative")
    missing = StoryPageFactory(parent=site_tree.story_index, title="Millers association")
    gone = StoryPageFactory(parent=site_tree.story_index, title="Millers mutual")
    site_search.delete_pages([missing.pk], version=indexing.new_version())
    stale = build_document(kept) | {"fingerprint": "old"}
    site_search.index_documents([stale], version=indexing.new_version())
    # Unpublished behind the site's back (no signal, no push): Elasticsearch still has it.
    StoryPage.objects.filter(pk=gone.pk).update(live=False)
    site_search.refresh()

    check = indexing.reconcile(repair=True)[1]

    assert (check.missing, check.stale, check.extra) == ([missing.pk], [kept.pk], [gone.pk])
    assert sorted(titles(site_search, "millers")) == ["Millers association", "Millers cooperative"]


def test_results_may_be_incomplete_only_while_a_repair_is_pending(site_tree, site_search, client):
    StoryPageFactory(parent=site_tree.story_index, title="Beekeepers cooperative")
    site_search.refresh()

    assert "may be incomplete" not in client.get("/en/search/", {"q": "beekeepers"}).text
    indexing.mark_repair_pending()
    page = client.get("/en/search/", {"q": "beekeepers"}).text
    assert "Beekeepers cooperative" in page
    assert "may be incomplete" in page
    assert client.get("/en/search/api/", {"q": "beekeepers"}).json()["incomplete"] is True

    indexing.reconcile(repair=True)

    assert not PendingRepair.objects.exists()
    assert "may be incomplete" not in client.get("/en/search/", {"q": "beekeepers"}).text


def test_a_failed_push_marks_a_repair_pending(site_tree, site_search, settings):
    story = StoryPageFactory(parent=site_tree.story_index, title="Carpenters cooperative")
    lose_the_index(site_search)
    story.save_revision().publish()  # the push task fails: require_alias
    assert PendingRepair.objects.exists()


def test_an_index_left_without_the_alias_is_taken_back_rather_than_another_made(
    site_tree, site_search
):
    """A rebuild whose index creation timed out leaves an index without the alias: the next
    reconciliation puts the alias back on it and fills it, so no orphan piles up."""
    StoryPageFactory(parent=site_tree.story_index, title="Salt cooperative")
    lose_the_index(site_search)
    left = site_search.create_index()

    check = indexing.reconcile(repair=True)[1]

    assert check.actions[0] == f"put the alias back on {left}"
    assert list(indices(site_search)) == [left]
    assert titles(site_search, "salt") == ["Salt cooperative"]
