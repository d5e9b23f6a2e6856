"""Relevance ranking, the same on both engines: the database's own full-text index (SQLite FTS5
bm25 / PostgreSQL ts_rank_cd) and Elasticsearch's BM25 over the same tokens."""

import pytest

from search.engines import fulltext
from search.engines.base import SearchQuery
from search.engines.database import DatabaseEngine, phrase_in_title
from search.models import SearchDocument
from search.vocabulary import current_vocabulary
from tests.conftest import index
from toolkits.factories import ToolkitPageFactory


@pytest.fixture(params=["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def engine(request, db):
    if request.param == "database":
        return DatabaseEngine()
    return request.getfixturevalue("elasticsearch")


def ids(results):
    return [hit.page_id for hit in results.hits]


def toolkit(site_tree, **fields):
    return ToolkitPageFactory(parent=site_tree.toolkit_index, **{"summary": "A guide.", **fields})


def test_the_page_named_after_the_query_ranks_above_pages_that_mention_it(engine, site_tree):
    mentions = [
        toolkit(
            site_tree,
            title=f"Annual report {number}",
            summary="Among other things, a word on participatory budgeting in the region.",
        )
        for number in range(3)
    ]
    about = toolkit(site_tree, title="Participatory budgeting for small towns")
    index(engine, *mentions, about)

    results = engine.search(SearchQuery(text="participatory budgeting"))

    assert ids(results)[0] == about.pk
    assert set(ids(results)) == {about.pk, *(page.pk for page in mentions)}


def test_a_rare_word_weighs_more_than_a_common_one(engine, site_tree):
    common = [
        toolkit(site_tree, title=f"Note {n}", summary="The network voted its budget.")
        for n in range(4)
    ]
    rare = toolkit(site_tree, title="Note 5", summary="The quilombola assembly voted its budget.")
    index(engine, *common, rare)

    # Three words: a page holding two of them is found; the rarer pair ranks first.
    results = engine.search(SearchQuery(text="quilombola network budget"))

    assert ids(results)[0] == rare.pk
    assert len(ids(results)) == 5


def test_a_booklet_chapter_shared_by_many_files_does_not_outrank_the_page_about_it(
    engine, site_tree
):
    chapter = (
        "Chapter 4. Community seed banks keep local varieties alive: seed banks lend seeds, "
        "seed banks store them, and the seed bank committee decides."
    )
    sharing = [
        toolkit(site_tree, title=f"Training booklet {n}", files__document__paragraphs=[chapter])
        for n in range(4)
    ]
    about = toolkit(
        site_tree,
        title="Community seed banks run as cooperatives",
        summary="How farmers run a seed bank together.",
    )
    index(engine, *sharing, about)

    results = engine.search(SearchQuery(text="community seed banks"))

    assert ids(results)[0] == about.pk
    assert len(ids(results)) == 5


def test_the_database_index_follows_writes_and_deletions(site_tree):
    engine = DatabaseEngine()
    page = toolkit(site_tree, title="Quilombola land rights")
    index(engine, page)

    assert ids(engine.search(SearchQuery(text="quilombola"))) == [page.pk]
    assert fulltext.token_counts()["quilombola"] == 1

    engine.delete_pages([page.pk])

    assert ids(engine.search(SearchQuery(text="quilombola"))) == []
    assert fulltext.token_counts().get("quilombola", 0) == 0
    assert not SearchDocument.objects.exists()
    engine.index_documents([])  # nothing to write is no error


def test_typos_are_corrected_from_the_full_text_index_vocabulary(site_tree):
    engine = DatabaseEngine()
    index(engine, toolkit(site_tree, title="Agroecology schools"))

    assert current_vocabulary().correct("agroecolgy") == ["agroecology"]


def test_the_phrase_boost_wants_the_words_in_order_and_close():
    title = " guide to housing cooperatives for municipal land"
    assert phrase_in_title(["housing", "cooperatives"], title)
    assert phrase_in_title(["housing", "municipal"], title)  # two words between: within slop
    assert not phrase_in_title(["cooperatives", "housing"], title)
    assert not phrase_in_title(["guide", "land"], title)  # too far apart
    assert not phrase_in_title(["housing"], title)  # one word is no phrase


def test_a_region_that_is_no_country_finds_the_pages_of_its_countries(engine, site_tree):
    peru = toolkit(site_tree, title="Seed guardians share their potatoes", countries=["PE"])
    kenya = toolkit(site_tree, title="Fish farmers write their course", countries=["KE"])
    naming = toolkit(site_tree, title="Andean weavers", summary="Weavers of the Andes.")
    index(engine, peru, kenya, naming)

    results = engine.search(SearchQuery(text="Andes"))

    assert ids(results) == [naming.pk, peru.pk]
