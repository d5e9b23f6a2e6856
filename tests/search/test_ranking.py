"""Relevance ranking, the same on both engines: the database's own full-text index (SQLite FTS5
bm25 / PostgreSQL ts_rank_cd) and Elasticsearch's BM25 over the same tokens."""

import datetime
import random

import pytest

from search.analysis import analyse
from search.engines import fulltext
from search.engines.base import SearchQuery
from search.engines.database import (
    PHRASE_FACTOR,
    TITLE_FACTOR,
    DatabaseEngine,
    exact_scores,
    phrase_in_title,
    title_factor,
    title_patterns,
)
from search.models import SearchDocument
from search.query_analysis import analyse_query
from search.vocabulary import Vocabulary, current_vocabulary
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


@pytest.mark.elasticsearch
def test_a_one_word_query_scores_the_title_once_on_elasticsearch(elasticsearch, site_tree):
    # Both titles name the word; the course also says it in its (long) summary. A one-word
    # query is no phrase: its "phrase boost" scored the title's word a second time, by the
    # title's length, and put the three-word title first. (The database engine still does:
    # FTS5's bm25() divides the title's weight by the length of title, summary and body.)
    engine = elasticsearch
    course = toolkit(
        site_tree,
        title="Social procurement for municipal buyers: training course",
        summary="Eight sessions on writing tenders, weighing offers, reserving contracts, meeting "
        "suppliers, counting social value and reporting to the council, then visits to "
        "kitchens, schools, hospitals and depots with their managers. A course for the buyers "
        "of towns and cities, with exercises, cases and a final test on procurement.",
    )
    guidance = toolkit(
        site_tree,
        title="Social procurement guidance",
        summary="A guide for the buyers of towns and cities, with cases.",
    )
    towns = "A guide for the buyers of towns and cities."
    others = [toolkit(site_tree, title=f"Report {n}", summary=towns) for n in range(4)]
    index(engine, course, guidance, *others)

    results = engine.search(SearchQuery(text="procurement"))

    assert ids(results) == [course.pk, guidance.pk]


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


def test_long_files_do_not_lower_the_score_of_the_words_in_the_page_itself(engine, site_tree):
    # Both pages say "procurement" in a title and a summary of the same lengths; the course's
    # files are long and say it once more. In one FTS5 table, bm25() divided the title's and
    # summary's weight by the whole row's length, files included: the course came second.
    sessions = " ".join(
        f"Session {n}: tenders, offers, contracts, suppliers and social value in practice."
        for n in range(30)
    )
    course = toolkit(
        site_tree,
        title="Training course on social procurement",
        summary="For the buyers of towns: social procurement, step by step.",
        files__document__paragraphs=[sessions, "A last word on procurement."],
    )
    note = toolkit(
        site_tree,
        title="Guidance note on social procurement",
        summary="For the buyers of towns: social procurement, case by case.",
    )
    others = [toolkit(site_tree, title=f"Report {n}") for n in range(4)]
    index(engine, course, note, *others)

    results = engine.search(SearchQuery(text="procurement"))

    assert ids(results) == [course.pk, note.pk]


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


def test_a_typo_whose_stem_a_few_pages_hold_is_still_corrected(db):
    # "cooperatica" stems to "cooperat" (Spanish, Portuguese), which 3 pages hold by another
    # word; "cooperativa", one edit away, is in 56.
    vocabulary = Vocabulary({"cooperat": 3, "cooperativa": 56, "sfax": 3, "fax": 40})

    analysed = analyse_query("cooperatica", vocabulary)

    assert analysed.corrections == {"cooperatica": "cooperativa"}
    assert "cooperativa" in [alternative.text for alternative in analysed.units[0].alternatives]
    # A word pages hold as typed is theirs, however common its neighbours.
    assert analyse_query("Sfax", vocabulary).corrections == {}


def test_a_word_few_pages_hold_weighs_more_than_one_most_pages_hold(db):
    """PostgreSQL's ts_rank_cd knows no rarity: the engine multiplies by this one (BM25's)."""
    index_of = Vocabulary({"quilombola": 2, "cooperativ": 90, "cooperative": 80}, pages=100)

    rare, common = index_of.rarity({"quilombola"}), index_of.rarity({"cooperativ", "cooperative"})

    assert rare > 3 * common > 0
    assert index_of.rarity({"never"}) > rare  # a token no page holds is the rarest


def test_a_synonym_phrase_also_matches_its_plural_form(db):
    # "local governments" holds no synonym token: only the phrase's own words can find it.
    page_tokens = analyse("A webinar with local governments.", "en")
    (unit,) = analyse_query("local government").units

    assert any(all(forms & page_tokens for forms in alt.words) for alt in unit.alternatives)


def test_the_phrase_boost_wants_the_words_in_order_and_close():
    title = " guide to housing cooperatives for municipal land"
    assert phrase_in_title(["housing", "cooperatives"], title)
    assert phrase_in_title(["housing", "municipal"], title)  # two words between: within slop
    assert not phrase_in_title(["cooperatives", "housing"], title)
    assert not phrase_in_title(["guide", "land"], title)  # too far apart
    assert not phrase_in_title(["housing"], title)  # one word is no phrase


def test_the_phrase_boost_finds_the_words_in_other_forms():
    # Typed in the plural, the title in the singular: the same words in order.
    assert phrase_in_title(["cooperativas", "comunitarias"], " una cooperativa comunitaria")
    assert phrase_in_title(["housing", "cooperative"], " guide to housing cooperatives")
    assert not phrase_in_title(["comunitarias", "cooperativas"], " una cooperativa comunitaria")


def test_one_word_of_another_name_of_the_query_is_no_title_named_after_it(db):
    """A region's other names bring common words ("medio" of "Medio Oriente", "sul" of "Cone
    Sul"): a title holding one of them is not named after the region."""
    for query, unrelated, named in [
        ("Middle East", " cooperativas y medio ambiente en turquia ", " medio oriente "),
        ("Southern Cone", " cooperativas na america do sul ", " cone sul "),
        ("Horn of Africa", " cooperatives en afrique de l ouest ", " corne de l afrique "),
    ]:
        patterns = title_patterns(analyse_query(query, current_vocabulary()))
        assert title_factor(patterns, unrelated) == 1, query
        assert title_factor(patterns, named) == 1 + TITLE_FACTOR, query


def test_titles_are_scored_only_where_they_can_change_the_page_asked_for(db):
    """exact_scores skips the title factors of rows that cannot reach the first `wanted`: the
    first rows must be those of scoring every row."""
    analysed = analyse_query("housing cooperatives", current_vocabulary())
    patterns = title_patterns(analysed)
    phrase = ["housing", "cooperatives"]
    titles = [
        " housing cooperatives",
        " cooperatives",
        " annual report",
        " housing and cooperatives",
    ]
    generator = random.Random(7)
    rows = [
        (
            (generator.randint(0, 1),),
            generator.randint(1, len(analysed.units)),
            generator.choice([1.0, 2.0, generator.random() * 3]),
            datetime.date(2020, 1, generator.randint(1, 28)),
            page_id,
            title,
            f" {title} ",
        )
        for page_id, title in ((n, generator.choice(titles)) for n in range(300))
    ]

    def key(row):
        nearness, held, score, published, page_id, title, tokens = row
        score *= title_factor(patterns, tokens)
        if held == len(analysed.units) and phrase_in_title(phrase, title):
            score *= PHRASE_FACTOR
        return (*nearness, -held, -score, -published.toordinal(), page_id)

    everything = sorted((key(row), row[4]) for row in rows)
    for wanted in (1, 12, 36, 300, 400):
        assert (
            exact_scores(list(rows), wanted, patterns, phrase, analysed.units)
            == (everything[:wanted])
        )


def test_a_region_that_is_no_country_finds_the_pages_of_its_countries(engine, site_tree):
    peru = toolkit(site_tree, title="Seed guardians share their potatoes", countries=["PE"])
    kenya = toolkit(site_tree, title="Fish farmers write their course", countries=["KE"])
    naming = toolkit(site_tree, title="Andean weavers", summary="Weavers of the Andes.")
    index(engine, peru, kenya, naming)

    results = engine.search(SearchQuery(text="Andes"))

    assert ids(results) == [naming.pk, peru.pk]


def test_a_region_finds_its_countries_by_their_names_not_their_stems(engine, site_tree):
    # The Portuguese stem of "Sudão", a Sahel country, is "sud": French for the "South" of
    # the Brazilian page's "Amérique du Sud" label.
    mali = toolkit(site_tree, title="Millet growers' union", countries=["ML"])
    brazil = toolkit(site_tree, title="Community banks", countries=["BR"])
    index(engine, mali, brazil)

    assert ids(engine.search(SearchQuery(text="Sahel"))) == [mali.pk]


def test_a_page_naming_the_region_in_any_form_outranks_one_named_after_one_country(
    engine, site_tree
):
    bolivia = toolkit(site_tree, title="Cooperatives of Bolivia", countries=["BO"])
    andean = toolkit(site_tree, title="Weavers' network", summary="From the Andean highlands.")
    andina = toolkit(site_tree, title="Red de tejedoras", summary="Una red andina.")
    index(engine, bolivia, andean, andina)

    results = engine.search(SearchQuery(text="Andes"))

    assert set(ids(results)[:2]) == {andean.pk, andina.pk}
    assert ids(results)[2:] == [bolivia.pk]


def test_a_query_naming_only_the_field_ranks_the_pages_for_everywhere_first(engine, site_tree):
    # "SSE" (or "économie solidaire") is on nearly every page: it names no subject, no place.
    laws = [
        toolkit(site_tree, title=f"SSE law of {name}", countries=[code])
        for name, code in [("Mali", "ML"), ("Peru", "PE"), ("Chile", "CL"), ("Nepal", "NP")]
    ]
    everywhere = toolkit(
        site_tree,
        title="Counting what national accounts leave out",
        summary="A guide for statistics offices to the social and solidarity economy.",
        countries=[],
        is_international=True,
    )
    index(engine, *laws, everywhere)

    for text, language in [("SSE", "en"), ("économie solidaire", "fr")]:
        results = engine.search(SearchQuery(text=text, language=language, all_languages=True))
        assert ids(results)[0] == everywhere.pk, text
        assert set(ids(results)) == {everywhere.pk, *(law.pk for law in laws)}, text
    # A word that names a subject keeps the order of relevance; newest first stays so.
    assert ids(engine.search(SearchQuery(text="SSE law Mali")))[0] == laws[0].pk
    assert everywhere.pk != ids(engine.search(SearchQuery(text="SSE", sort="newest")))[0]


def test_a_word_finds_the_pages_of_its_family_the_stemmer_leaves_apart(engine, site_tree):
    # English stems "register" to "regist" and "registration" to "registr".
    registering = toolkit(site_tree, title="Registering a cooperative", summary="Step by step.")
    registration = toolkit(site_tree, title="Registration of cooperatives", summary="The forms.")
    regional = toolkit(site_tree, title="Regional cooperatives", summary="A network.")
    index(engine, registering, registration, regional)

    results = engine.search(SearchQuery(text="register"))

    assert ids(results) == [registering.pk, registration.pk]


def test_a_word_no_page_holds_finds_the_pages_of_its_family(engine, site_tree):
    # No page says "villageoises" and nothing corrects it; stemmed twice ("villageois",
    # "villageo") it is of the family of "village" ("villag").
    village = toolkit(site_tree, title="Village enterprises", summary="Owned by a village.")
    town = toolkit(site_tree, title="Town enterprises", summary="Owned by a town.")
    index(engine, village, town)

    results = engine.search(SearchQuery(text="villageoises", language="fr", all_languages=True))

    assert ids(results) == [village.pk]


def test_a_word_no_page_holds_finds_the_pages_holding_its_stems_stem(engine, site_tree):
    # "autogestionnaires" stems to "autogestionnair", then "autogestionn", one letter longer
    # than the "autogestion" pages hold.
    self_managed = toolkit(site_tree, title="Autogestion", summary="Des coopératives.")
    town = toolkit(site_tree, title="Gestion municipale", summary="Des coopératives.")
    index(engine, self_managed, town)

    results = engine.search(
        SearchQuery(text="autogestionnaires", language="fr", all_languages=True)
    )

    assert ids(results) == [self_managed.pk]


def test_the_words_that_make_a_query_a_question_are_not_looked_for(engine, site_tree):
    youth = toolkit(site_tree, title="Cooperativas de jovens", summary="Um guia.")
    voting = toolkit(site_tree, title="Eles podem votar", summary="Quais regras? Quantos votos?")
    index(engine, youth, voting)

    for text in ["podem as cooperativas", "quais cooperativas", "quantos jovens"]:
        results = engine.search(SearchQuery(text=text, language="pt", all_languages=True))
        assert ids(results) == [youth.pk], text


def test_a_city_named_in_another_language_finds_its_pages(engine, site_tree):
    # Spanish "Seúl" folds to French "seul" (alone), a word of many pages: the city's other
    # names (CLDR's, through babel) find the page about it, first.
    seoul = toolkit(site_tree, title="Seoul's social economy support centre")
    alone = [
        toolkit(site_tree, title=f"Marché paysan {number}", summary="Un seul producteur.")
        for number in range(3)
    ]
    lisbon = toolkit(site_tree, title="Lisbon's community kitchens")
    index(engine, seoul, *alone, lisbon)

    assert ids(engine.search(SearchQuery(text="Seúl", language="es")))[0] == seoul.pk
    for language, text in [("fr", "Lisbonne"), ("pt", "Lisboa"), ("es", "Lisboa")]:
        results = engine.search(SearchQuery(text=text, language=language, all_languages=True))
        assert ids(results) == [lisbon.pk], text


def test_a_region_of_several_words_finds_the_pages_of_its_countries(engine, site_tree):
    chile = toolkit(site_tree, title="Seed guardians share their potatoes", countries=["CL"])
    kenya = toolkit(site_tree, title="Fish farmers write their course", countries=["KE"])
    naming = toolkit(site_tree, title="Weavers", summary="Weavers of the Southern Cone.")
    cone = toolkit(site_tree, title="Ice cream cone makers", countries=["KE"])
    index(engine, chile, kenya, naming, cone)

    results = engine.search(SearchQuery(text="Southern Cone"))
    assert ids(results)[:2] == [naming.pk, chile.pk]
    assert kenya.pk not in ids(results)
    for language, text in [("es", "el Cono Sur"), ("pt", "Cone Sul")]:
        results = engine.search(SearchQuery(text=text, language=language, all_languages=True))
        assert chile.pk in ids(results), text
        assert kenya.pk not in ids(results), text
