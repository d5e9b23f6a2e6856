"""Finding the tools that fit, typed as people type: typos, questions, other languages.

One test body runs against both engines, as in test_search_contract.py; the Elasticsearch run
needs the node `make test` starts.
"""

from urllib.parse import urlencode

import pytest
from django.http import QueryDict
from django.utils import translation
from wagtail.models import Locale

from glossary.models import GlossaryTerm
from search import query_analysis
from search.documents import build_document
from search.engines.base import FEW_RESULTS, SearchQuery
from search.engines.database import DatabaseEngine
from search.query_analysis import analyse_query
from search.query_parameters import parse_search_query
from search.query_understanding import understand
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


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


# One-letter typos ------------------------------------------------------------------------


def test_a_country_typed_with_a_typo_finds_its_toolkits_and_says_what_it_meant(engine, site_tree):
    senegal = toolkit(site_tree, title="Savings groups manual", countries=["SN"])
    brazil = toolkit(site_tree, title="Community banks", countries=["BR"])
    index(engine, senegal, brazil)

    for typed in ["Senegl", "Snegal", "Senegall"]:
        assert ids(engine.search(SearchQuery(text=typed))) == [senegal.pk], typed
    assert engine.search(SearchQuery(text="Snegal")).did_you_mean == "senegal"


def test_a_word_with_one_letter_wrong_still_finds_the_page(engine, site_tree):
    wanted = toolkit(site_tree, title="Crowdfunding for cooperatives")
    other = toolkit(site_tree, title="Public procurement")
    index(engine, wanted, other)

    results = engine.search(SearchQuery(text="crowdfundng"))

    assert ids(results) == [wanted.pk]
    assert "<mark>" in "".join(results.hits[0].highlights) or results.hits[0].title


def test_a_known_word_is_not_corrected(engine, site_tree):
    index(engine, toolkit(site_tree, title="Public procurement"))

    assert engine.search(SearchQuery(text="procurement")).did_you_mean == ""


def test_a_name_typed_with_its_number_finds_the_pages_naming_it_without(engine, site_tree):
    summit = toolkit(site_tree, title="Our delegation at the COP in Belém")
    copper = toolkit(site_tree, title="Copper miners' cooperatives")
    index(engine, summit, copper)

    assert ids(engine.search(SearchQuery(text="COP30"))) == [summit.pk]
    # Only letters pages hold stand for it: "XY" of "XY12" is in none.
    assert engine.search(SearchQuery(text="XY12")).total == 0


# Questions and long queries --------------------------------------------------------------


def test_a_question_finds_the_page_that_holds_most_of_its_words(engine, site_tree):
    council = toolkit(
        site_tree,
        title="Setting up a municipal SSE council",
        summary="How networks and city halls created joint councils.",
    )
    unrelated = toolkit(site_tree, title="Seed banks", summary="Keeping native seeds.")
    index(engine, council, unrelated)

    results = engine.search(
        SearchQuery(text="how do we set up a council with our municipality in the region?")
    )

    assert ids(results)[0] == council.pk


def test_a_question_no_page_answers_whole_finds_the_pages_that_answer_part(engine, site_tree):
    """Two words are both required ("apoyar" and "recicladores"); when no page holds both, the
    pages holding either come back, flagged, instead of nothing."""
    pickers = toolkit(site_tree, title="Recicladores de Bogotá", summary="Una cooperativa.")
    seeds = toolkit(site_tree, title="Bancos de semillas", summary="Apoyar a los campesinos.")
    banks = toolkit(site_tree, title="Banca ética", summary="Apoyar a las cooperativas.")
    index(engine, pickers, seeds, banks)

    results = engine.search(SearchQuery(text="¿cómo apoyar a los recicladores?", language="es"))
    assert results.any_word
    assert ids(results)[0] == pickers.pk  # the rarer word weighs more
    assert set(ids(results)) == {pickers.pk, seeds.pk, banks.pk}

    assert results.held_enough == 0
    assert engine.search(SearchQuery(text="zzyzx qwvj")).total == 0


def test_the_few_pages_holding_every_word_come_first_then_those_holding_some(engine, site_tree):
    """One page says "rural women": it leads, and the pages saying one of the words follow it
    (flagged), even one whose title repeats a word and outscores it on text alone."""
    both = toolkit(site_tree, title="Village savings", summary="Rural women save together.")
    women = toolkit(
        site_tree, title="Women, women's cooperatives", summary="Women lead women's cooperatives."
    )
    rural = toolkit(site_tree, title="Rural credit", summary="Loans for farms.")
    unrelated = toolkit(site_tree, title="Seed banks", summary="Keeping native seeds.")
    index(engine, both, women, rural, unrelated)

    results = engine.search(SearchQuery(text="rural women"))

    assert ids(results)[0] == both.pk
    assert set(ids(results)) == {both.pk, women.pk, rural.pk}
    assert results.any_word and results.held_enough == 1
    # Enough pages holding every word: no second try.
    more = [toolkit(site_tree, title=f"Rural women {n}") for n in range(FEW_RESULTS - 1)]
    index(engine, *more)
    enough = engine.search(SearchQuery(text="rural women"))
    assert set(ids(enough)) == {both.pk, *(page.pk for page in more)}
    assert not enough.any_word


def test_fewer_than_a_page_of_results_holding_every_word_are_followed_by_the_others(
    engine, site_tree
):
    """Three pages say "huertos escolares": a page of results would show only them; the
    pages saying one of the words follow them. (Not a glossary name: one unit, such as
    "mercados campesinos", is held or not.)"""
    both = [
        toolkit(site_tree, title=f"Huertos escolares {n}", summary="Una guía.") for n in range(3)
    ]
    markets = toolkit(site_tree, title="Huertos urbanos", summary="Una guía.")
    index(engine, *both, markets)

    results = engine.search(SearchQuery(text="huertos escolares", language="es"))

    assert set(ids(results)[:3]) == {page.pk for page in both}
    assert ids(results)[3:] == [markets.pk]
    assert results.any_word and results.held_enough == 3


def test_highlights_never_mark_stop_words(engine, site_tree):
    page = toolkit(
        site_tree,
        title="Domestic workers",
        summary="The cooperative of the domestic workers in the city.",
    )
    index(engine, page)

    results = engine.search(SearchQuery(text="the cooperative of the city"))

    snippet = results.hits[0].highlights[0]
    assert "<mark>cooperative</mark>" in snippet
    assert "<mark>the</mark>" not in snippet.lower()
    assert "<mark>of</mark>" not in snippet


def test_content_words_are_searched_and_the_words_of_a_question_are_not(engine, site_tree):
    """General stop word lists hold content words ("parts", "index", "bill", "goods"): "parts
    sociales", a cooperative's shares, was searched as "sociales", finding every page about
    social things. Only grammar is left out, in every language, and a question's words too."""
    shares = toolkit(
        site_tree,
        title="Les parts sociales d'une coopérative",
        summary="Ce que vaut une part et quand la rembourser.",
    )
    social = toolkit(site_tree, title="Entreprises sociales", summary="Un annuaire régional.")
    index(engine, shares, social)

    results = engine.search(SearchQuery(text="parts sociales", language="fr"))
    assert ids(results)[0] == shares.pk
    assert results.held_enough == 1  # the other page says "sociales" only
    question = "comment peut-on vendre ses parts sociales"
    results = engine.search(SearchQuery(text=question, language="fr"))
    assert ids(results)[0] == shares.pk
    assert results.held_enough == 1  # "vendre" is not on the page; "comment", "peut" not asked
    assert [unit.text for unit in analyse_query("how could we get a price index").units] == [
        "price",
        "index",
    ]
    assert [unit.text for unit in analyse_query("would a bill on land help").units] == [
        "bill",
        "land",
        "help",
    ]
    assert [u.text for u in analyse_query("¿cómo pueden los recicladores cobrar?").units] == [
        "recicladores",
        "cobrar",
    ]


def test_questions_in_any_language_keep_only_their_subject(db):
    """Grammar Snowball's lists lack ("sont-elles", "cuáles", "existen", "ter", "unas", "one")
    is not searched: a question or a request for filters asks for its subject only."""
    for text, units in [
        (
            "Pourquoi les coopératives sont-elles plus résilientes ?",
            ["cooperatives", "resilientes"],
        ),
        ("Que faut-il avoir pour créer une SCIC ?", ["creer", "scic"]),
        ("Como posso ter acesso ao crédito?", ["acesso", "credito"]),
        ("what has been done since the crisis", ["crisis"]),
        # What happens to (and how to achieve) something: the something is asked for.
        ("¿Qué pasa con el consejo cuando cambia el gobierno?", ["consejo", "cambia", "gobierno"]),
        ("cómo lograr un mercado local", ["mercado", "local"]),
        ("o que acontece quando conseguem o crédito", ["credito"]),
        ("what happens to a council after the elections", ["council", "elections"]),
        ("que se passe-t-il quand le maire change", ["maire", "change"]),
    ]:
        assert [unit.text for unit in analyse_query(text).units] == units, text
    for language, text in [
        ("es", "¿Existen herramientas para Colombia?"),
        ("es", "¿hay unas historias de Colombia?"),
        ("pt", "umas histórias do Brasil"),
        ("en", "stories like those from Kenya"),
    ]:
        assert parsed(language, text).text == "", text


def test_a_broken_install_of_the_stop_word_lists_fails_the_system_check(monkeypatch):
    from search import checks, query_analysis

    query_analysis.stop_words.cache_clear()
    monkeypatch.setattr(query_analysis.snowball_stop_words, "load", lambda *args: [])
    try:
        assert [error.id for error in checks.stop_word_lists(None)] == ["search.E001"]
    finally:
        query_analysis.stop_words.cache_clear()
    monkeypatch.undo()
    assert checks.stop_word_lists(None) == []


def test_more_words_held_ranks_higher_than_one_word_repeated(engine, site_tree):
    about = toolkit(site_tree, title="Housing cooperatives and municipal land")
    repeated = toolkit(
        site_tree,
        title="Annual report",
        summary="Housing, housing and housing: a booklet chapter repeated in many files.",
    )
    index(engine, about, repeated)

    results = engine.search(SearchQuery(text="housing cooperative on municipal land"))

    assert ids(results)[0] == about.pk


# Across languages ------------------------------------------------------------------------


def test_a_french_question_finds_the_english_only_toolkit(engine, site_tree):
    english = toolkit(
        site_tree,
        title="Starting a domestic workers' cooperative",
        summary="Owning the agency: fair rates and shared clients.",
    )
    other = toolkit(site_tree, title="Seed banks", summary="Keeping native seeds.")
    index(engine, english, other)

    results = engine.search(
        SearchQuery(
            text="comment créer une coopérative de travailleuses domestiques", language="fr"
        )
    )

    assert ids(results)[0] == english.pk
    assert results.hits[0].language == "en"


def test_an_ordinary_spanish_word_finds_the_english_only_page_through_its_translation(
    engine, site_tree
):
    # No glossary entry and no translated segment knows "canasta": Apertium does (Debian's
    # pairs, `make machine-translation`).
    english = toolkit(
        site_tree,
        title="Community-supported agriculture",
        summary="Families pay for a share of the harvest basket.",
    )
    other = toolkit(site_tree, title="Seed banks", summary="Keeping native seeds.")
    index(engine, english, other)

    results = engine.search(SearchQuery(text="canasta de las familias", language="es"))

    assert ids(results) == [english.pk]
    assert not results.did_you_mean  # a Spanish word, no typo of an indexed one


def test_a_word_typed_with_its_accents_is_translated_as_typed(engine, site_tree):
    # Apertium knows "día", not the folded "dia" the index holds.
    english = toolkit(site_tree, title="The International Day of Cooperatives")
    index(engine, english, toolkit(site_tree, title="Seed banks"))

    # Typed twice, with and without accents, or with its accent as a combining mark.
    for typed in ["el día", "el dia día", "el día dia", "el di\u0301a"]:
        assert ids(engine.search(SearchQuery(text=typed, language="es"))) == [english.pk], typed


def test_a_translation_of_stop_words_only_is_not_looked_for(engine, site_tree):
    # "solamente" is "only": a stop word, which would make the query's second unit.
    spanish = toolkit(site_tree, title="Cooperativas de vivienda")
    only = toolkit(site_tree, title="Only seeds")
    index(engine, spanish, only)

    assert ids(engine.search(SearchQuery(text="solamente cooperativas", language="es"))) == [
        spanish.pk
    ]


def test_a_word_of_the_sites_language_that_pages_hold_is_not_translated(engine, site_tree):
    # "village" would be "pueblo", which is also a people.
    english = toolkit(site_tree, title="Village savings groups")
    spanish = toolkit(site_tree, title="Un pueblo originario se organiza")
    index(engine, english, spanish)

    assert ids(engine.search(SearchQuery(text="village", language="en"))) == [english.pk]
    # A Spanish visitor's word is translated, held or not: "pueblo" is also "village".
    found = ids(engine.search(SearchQuery(text="pueblo", language="es")))
    assert sorted(found) == sorted([spanish.pk, english.pk])


def test_a_term_added_to_the_glossary_expands_the_next_search(engine, site_tree):
    page = toolkit(site_tree, title="Tontines in Dakar")
    index(engine, page)
    assert engine.search(SearchQuery(text="rotating savings club")).total == 0

    english = GlossaryTerm.objects.create(term="rotating savings club")
    GlossaryTerm.objects.create(
        term="tontine",
        translation_key=english.translation_key,
        locale=Locale.objects.get(language_code="fr"),
    )

    assert ids(engine.search(SearchQuery(text="rotating savings club"))) == [page.pk]


def test_a_glossary_name_holding_a_synonym_of_cooperative_is_one_concept(engine, site_tree):
    # "coopérative" is one of the synonyms of cooperative, which a query holds as a unit of
    # its own; inside "coopérative d'habitation" it is part of the glossary's name, whose
    # English name finds the page, in the synonyms' other spelling ("co-op") too.
    housing = toolkit(site_tree, title="Starting a housing co-op")
    bakery = toolkit(site_tree, title="A cooperative bakery")
    index(engine, housing, bakery)
    english = GlossaryTerm.objects.create(term="housing cooperative")
    GlossaryTerm.objects.create(
        term="coopérative d'habitation",
        translation_key=english.translation_key,
        locale=Locale.objects.get(language_code="fr"),
    )

    results = engine.search(SearchQuery(text="coopératives d'habitation", language="fr"))

    assert ids(results) == [housing.pk]


def test_a_name_of_the_sse_stays_one_unit_where_a_glossary_name_holds_part_of_it(db):
    english = GlossaryTerm.objects.create(term="social economy")
    GlossaryTerm.objects.create(
        term="economía social",
        translation_key=english.translation_key,
        locale=Locale.objects.get(language_code="es"),
    )

    (unit,) = analyse_query("economía social y solidaria").units

    assert "syn_sse" in unit.tokens()
    # Only a word that is one of the synonyms stands for them in a name: "essa" (Portuguese
    # for "this") is no "ess".
    assert "syn_sse" not in query_analysis._word_tokens("essa")
    assert "syn_coop" in query_analysis._word_tokens("cooperatives")


def test_the_translated_labels_of_facet_values_expand_the_search(engine, site_tree):
    # "Fund" is a kind of policy, whose label the interface's catalogs translate: "fondos"
    # finds the English-only page about a fund (no glossary entry names funds).
    fund = toolkit(site_tree, title="Drafting a fund for cooperatives")
    bank = toolkit(site_tree, title="Drafting a bank for cooperatives")
    index(engine, fund, bank)

    assert ids(engine.search(SearchQuery(text="fondos", language="es"))) == [fund.pk]
    # A status is no subject, and a label its grammar would shrink to one word is no name:
    # "forced" is not "in force" ("en vigueur" without "en").
    forced = analyse_query("forced labour").units[0]
    assert not {"vigueur", "vigor"} & forced.tokens()


def test_a_name_two_glossary_entries_share_expands_to_both(engine, site_tree):
    group = toolkit(site_tree, title="Group lending in Dakar")
    joint = toolkit(site_tree, title="Joint liability loans handbook")
    index(engine, group, joint)
    assert joint.pk not in ids(engine.search(SearchQuery(text="solidarity lending")))

    GlossaryTerm.objects.create(term="group lending", synonyms="solidarity lending")
    GlossaryTerm.objects.create(term="joint liability loans", synonyms="solidarity lending")

    assert set(ids(engine.search(SearchQuery(text="solidarity lending")))) == {group.pk, joint.pk}


def test_an_acronym_in_the_plural_finds_its_glossary_entry(engine, site_tree):
    # English stems neither "NGOs" nor "CSAs" (an "s" after a vowel is no plural to it).
    singular = toolkit(site_tree, title="Working with an NGO")
    french = toolkit(site_tree, title="Travailler avec une ONG")
    other = toolkit(site_tree, title="Nos coopératives")  # "nos": one edit from "ngos"
    index(engine, singular, french, other)
    english = GlossaryTerm.objects.create(term="NGO", synonyms="non-governmental organisation")
    GlossaryTerm.objects.create(
        term="ONG",
        translation_key=english.translation_key,
        locale=Locale.objects.get(language_code="fr"),
    )

    results = engine.search(SearchQuery(text="NGOs", all_languages=True))

    assert ids(results) == [singular.pk, french.pk]


def test_the_names_of_the_sse_and_of_cooperatives_in_the_plural_are_those_names(engine, site_tree):
    coops = toolkit(site_tree, title="Notes", summary="How the co-ops of the valley met.")
    other = toolkit(site_tree, title="Minutes", summary="How the valley met.")
    index(engine, coops, other)

    assert ids(engine.search(SearchQuery(text="cooperative"))) == [coops.pk]
    # No stemmer makes "sse" of "sses": the plural is read as the SSE's name.
    assert "syn_sse" in analyse_query("SSEs").units[0].tokens()


def test_an_acronym_written_with_dots_is_the_acronym(engine, site_tree):
    united = toolkit(site_tree, title="Speaking at the UN", summary="A kit.")
    dotted = toolkit(site_tree, title="Notes", summary="What we said at the U.N. forum.")
    letters = toolkit(site_tree, title="Plan B", summary="A plan n u and more letters.")
    index(engine, united, dotted, letters)

    results = engine.search(SearchQuery(text="U.N."))

    assert set(ids(results)) == {united.pk, dotted.pk}


def test_an_acronym_typed_in_capitals_is_no_stop_word(engine, site_tree):
    # "un" is a French, Spanish and Portuguese stop word; "UN" is the United Nations.
    united = toolkit(site_tree, title="What UN agencies fund", summary="A kit.")
    other = toolkit(site_tree, title="Agencies and their funds", summary="A guide.")
    index(engine, united, other)
    GlossaryTerm.objects.create(term="United Nations", synonyms="UN")

    results = engine.search(SearchQuery(text="UN agencies"))
    assert ids(results)[0] == united.pk
    assert results.held_enough == 1  # two words were searched, and one page held both
    # Lower-cased, or in a query typed all in capitals, it is the article it looks like.
    assert [unit.text for unit in analyse_query("un guide").units] == ["guide"]
    assert [unit.text for unit in analyse_query("UN GUIDE POUR AGIR").units] == ["guide", "agir"]


def test_a_french_acronym_that_is_a_stop_word_finds_its_glossary_entry(engine, site_tree):
    # "AVEC", associations villageoises d'épargne et de crédit, the VSLAs; "avec" is "with".
    groups = toolkit(site_tree, title="Running a village savings and loan association")
    other = toolkit(site_tree, title="Working with networks")
    index(engine, groups, other)

    results = engine.search(SearchQuery(text="les AVEC au Sahel", language="fr"))

    assert ids(results) == [groups.pk]


def test_a_group_finds_its_sector_and_its_other_names_in_the_four_languages(engine, site_tree):
    # The seeded glossary: no stemmer joins "fishers" to "fishing", "pêcheurs" to "pêche".
    fishing = toolkit(site_tree, title="Small-scale fisheries: landing sites run together")
    nations = toolkit(site_tree, title="First Nations enterprises and procurement")
    pensions = toolkit(site_tree, title="Social insurance for cooperative members")
    homes = toolkit(site_tree, title="Housing cooperatives for homeless people")
    other = toolkit(site_tree, title="Festival programme")
    index(engine, fishing, nations, pensions, homes, other)

    def found(text, language):
        return ids(engine.search(SearchQuery(text=text, language=language, all_languages=True)))

    assert found("pêcheurs", "fr") == [fishing.pk]
    # Few pages: their common words find them all, below the page the names find.
    assert found("peuples autochtones", "fr")[0] == nations.pk
    assert found("previdência social", "pt")[0] == pensions.pk
    assert found("personas sin hogar", "es")[0] == homes.pk


def test_markets_and_ownership_by_workers_are_found_by_their_names_in_any_language(
    engine, site_tree
):
    # The seeded glossary (migration 0009): no word of these queries is in the page it wants.
    buyouts = toolkit(site_tree, title="Worker buyouts: legal pathways")
    markets = toolkit(site_tree, title="Ordinance on local food markets")
    villages = toolkit(site_tree, title="Regulation on village-owned enterprises")
    millet = toolkit(site_tree, title="State programme for millet cooperatives")
    other = toolkit(site_tree, title="Festival programme")
    index(engine, buyouts, markets, villages, millet, other)

    def found(text, language):
        return ids(engine.search(SearchQuery(text=text, language=language, all_languages=True)))

    assert found("employee ownership", "en")[0] == buyouts.pk
    assert found("mercados campesinos", "es")[0] == markets.pk
    assert found("entreprises villageoises", "fr")[0] == villages.pk
    assert found("cooperativas de mijo", "es")[0] == millet.pk


def test_the_ideas_of_allied_movements_are_found_by_their_names_in_any_language(engine, site_tree):
    # The seeded glossary (migration 0011); Apertium alone gives "decrease" and "well live".
    degrowth = toolkit(site_tree, title="Degrowth and the social economy")
    buen_vivir = toolkit(site_tree, title="Buen vivir in Andean municipalities")
    other = toolkit(site_tree, title="Growth of municipal markets", summary="Living well.")
    index(engine, degrowth, buen_vivir, other)

    def found(text, language):
        return ids(engine.search(SearchQuery(text=text, language=language, all_languages=True)))

    assert found("décroissance", "fr") == [degrowth.pk]
    assert found("bem viver", "pt")[0] == buen_vivir.pk


def test_a_glossary_term_no_page_uses_finds_the_pages_its_definition_describes(engine, site_tree):
    loans = toolkit(site_tree, title="Small loans for people the banks turn away")
    seeds = toolkit(site_tree, title="Seed banks")
    others = [toolkit(site_tree, title=f"Festival programme {n}") for n in range(4)]
    index(engine, loans, seeds, *others)
    GlossaryTerm.objects.create(
        term="microfinance", synonyms="MFI", definition="Small loans to people excluded from banks."
    )

    # Only its rare words: "banks", on a third of the pages, would find any page about banks.
    assert ids(engine.search(SearchQuery(text="microfinance"))) == [loans.pk]

    # Once a page uses one of its names, that page is what the term finds.
    named = toolkit(site_tree, title="How an MFI lends")
    index(engine, named)
    assert ids(engine.search(SearchQuery(text="microfinance"))) == [named.pk]


def remember_translations(page, segments, block_field="text"):
    """Record (English text, language, translation) segments of `page` in wagtail-localize's
    translation memory, each a `block_field` of a block of the body, as a translator's work
    does, and bump the content version as publishing the translation does."""
    from wagtail_localize.models import (
        String,
        StringTranslation,
        TranslatableObject,
        TranslationContext,
    )
    from wagtail_localize.strings import StringValue

    from caching.content_version import bump_content_version

    translated_object, _created = TranslatableObject.objects.get_or_create_from_instance(page)
    for number, (text, language, data) in enumerate(segments):
        source = String.from_value(
            Locale.objects.get(language_code="en"), StringValue.from_plaintext(text)
        )
        context, _created = TranslationContext.objects.get_or_create(
            object=translated_object, path=f"body.{number}.{block_field}", field_path="body"
        )
        StringTranslation.objects.get_or_create(
            translation_of=source,
            locale=Locale.objects.get(language_code=language),
            context=context,
            defaults={"data": data},
        )
    bump_content_version()


def test_segments_translators_have_translated_expand_the_search(engine, site_tree):
    page = toolkit(site_tree, title="Selling the wattleseed harvest")
    index(engine, page)
    query = SearchQuery(text="récolte de graines d'acacia", language="fr")
    assert engine.search(query).total == 0

    remember_translations(page, [("wattleseed harvest", "fr", "récolte de graines d'acacia")])

    assert ids(engine.search(query)) == [page.pk]


def test_a_word_translated_in_several_segments_crosses_languages_on_its_own(
    engine, site_tree, without_apertium
):
    # No segment is "delivery" alone: the word pair is learnt from the segments holding it
    # (Apertium, which knows it, is left out).
    page = toolkit(site_tree, title="Couriers share their delivery income")
    index(engine, page)
    query = SearchQuery(text="livraison", language="fr")
    assert engine.search(query).total == 0

    remember_translations(
        page,
        [
            ("delivery app", "fr", "application de livraison"),
            ("home delivery", "fr", "livraison à domicile"),
            ("delivery workers", "fr", "travailleurs de la livraison"),
        ],
    )

    assert ids(engine.search(query)) == [page.pk]


def test_a_word_is_linked_to_its_best_partner_only(site_tree):
    from glossary.concepts import translation_memory_word_concepts

    remember_translations(
        toolkit(site_tree),
        [
            ("indigenous peoples", "es", "pueblos indígenas"),
            ("indigenous peoples' rights", "es", "derechos de los pueblos indígenas"),
            ("indigenous peoples' lands", "es", "tierras de los pueblos indígenas"),
            ("indigenous communities", "es", "comunidades originarias"),
            ("indigenous languages", "es", "lenguas originarias"),
            # One heading on three pages is one segment.
            ("The numbers", "es", "Las cifras"),
            ("The numbers", "es", "Las cifras"),
            ("the numbers", "es", "las cifras"),
            # Twice only: chance, in a memory of thousands of segments.
            ("wattleseed harvest", "es", "cosecha de acacia"),
            ("wattleseed flour", "es", "harina de acacia"),
            # Slugs: words chosen for an address, not translated.
            ("coffee-harvest-1", "es", "cafe-1"),
            ("coffee-harvest-2", "es", "cafe-2"),
            ("coffee-harvest-3", "es", "cafe-3"),
        ],
    )

    learnt = {frozenset(group) for group in translation_memory_word_concepts()}

    # "peoples" is always beside "indígenas", more often than "indigenous" is (translated
    # "originarias" twice), but "indígenas" is "indigenous" spelt alike: "peoples" is "pueblos".
    assert frozenset({("en", "peoples"), ("es", "pueblos")}) in learnt
    assert not any(("es", "indigenas") in group for group in learnt)
    assert not any(("en", "wattleseed") in group for group in learnt)
    assert not any(("en", "coffee") in group for group in learnt)
    assert not any(("en", "numbers") in group for group in learnt)


def test_a_word_translated_alike_in_few_of_its_segments_is_not_learnt(site_tree):
    from glossary.concepts import translation_memory_word_concepts

    # "quandong" is "santal" in 3 of its 10 segments (Dice 2 x 3 / (10 + 3) = 0.46): chance.
    page = toolkit(site_tree)
    otherwise = ["pêche", "fruit", "baie", "noix", "amande", "drupe", "pêche"]
    remember_translations(
        page,
        [(f"quandong {number}", "fr", f"santal {number}") for number in range(3)]
        + [(f"quandong {number}", "fr", word) for number, word in enumerate(otherwise, start=3)],
    )
    assert not any(("en", "quandong") in group for group in translation_memory_word_concepts())

    # In 5 of its 12 (Dice 10 / 17 = 0.59): the translators' word for it.
    remember_translations(
        page, [(f"quandong {number}", "fr", f"santal {number}") for number in (10, 11)]
    )
    assert [("en", "quandong"), ("fr", "santal")] in translation_memory_word_concepts()


def test_a_learnt_word_crosses_languages_only_as_it_is_written(engine, site_tree):
    # Spanish stems "trabajadoras", "trabajadores" (workers) and "trabajo" (work) alike.
    page = toolkit(site_tree, title="Domestic workers organise")
    index(engine, page)
    remember_translations(
        page,
        [
            ("domestic workers", "es", "trabajadoras domésticas"),
            ("informal workers", "es", "trabajadores informales"),
            ("platform workers", "es", "trabajadores de plataformas"),
            ("workers at work", "es", "trabajo de las trabajadoras"),
        ],
    )

    for spelling in ("trabajadoras", "trabajadores", "trabajador"):
        assert ids(engine.search(SearchQuery(text=spelling, language="es"))) == [page.pk]
    assert engine.search(SearchQuery(text="trabajo", language="es")).total == 0


def test_a_translated_one_word_heading_crosses_languages_only_as_inflected(engine, site_tree):
    page = toolkit(site_tree, title="Domestic workers organise")
    index(engine, page)
    remember_translations(page, [("Workers", "es", "Trabajadoras")])

    for spelling in ("trabajadoras", "trabajadores"):
        assert ids(engine.search(SearchQuery(text=spelling, language="es"))) == [page.pk]
    assert engine.search(SearchQuery(text="trabajo", language="es")).total == 0


def test_words_describing_an_image_are_not_learnt(site_tree):
    from glossary.concepts import translation_memory_word_concepts

    # A logo "in white letters in a circle": no SSE words, and "white" would be "lettres".
    logo = [
        ("white letters", "fr", "lettres blanches"),
        ("letters in a circle", "fr", "cercle de lettres"),
        ("letters on green", "fr", "lettres sur vert"),
    ]
    remember_translations(toolkit(site_tree), logo, block_field="alt_text")
    assert not any(("en", "letters") in group for group in translation_memory_word_concepts())

    remember_translations(toolkit(site_tree), logo, block_field="heading")
    assert [("en", "letters"), ("fr", "lettres")] in translation_memory_word_concepts()


def test_segments_in_a_language_the_site_does_not_stem_are_left_out(site_tree):
    from glossary.concepts import translation_memory_word_concepts

    # A locale removed from the site's languages keeps its translations.
    Locale.objects.create(language_code="de")
    delivery = ["delivery app", "home delivery", "delivery workers"]
    remember_translations(
        toolkit(site_tree),
        [(text, "de", f"Lieferung {number}") for number, text in enumerate(delivery)]
        + [(text, "fr", f"livraison {number}") for number, text in enumerate(delivery)],
    )

    learnt = translation_memory_word_concepts()

    assert [("en", "delivery"), ("fr", "livraison")] in learnt
    assert not any(language == "de" for group in learnt for language, _word in group)


def test_what_was_learnt_is_kept_while_the_translation_memory_is_unchanged(
    site_tree, django_assert_num_queries
):
    from glossary.concepts import translation_memory_word_concepts

    page = toolkit(site_tree)
    delivery = [
        ("delivery app", "fr", "application de livraison"),
        ("home delivery", "fr", "livraison à domicile"),
        ("delivery workers", "fr", "travailleurs de la livraison"),
    ]
    remember_translations(page, delivery[:2])
    assert [("en", "delivery"), ("fr", "livraison")] not in translation_memory_word_concepts()

    # A publish that translates nothing: the memory's state is read, nothing is learnt again.
    with django_assert_num_queries(1):
        translation_memory_word_concepts()

    remember_translations(page, delivery[2:])
    assert [("en", "delivery"), ("fr", "livraison")] in translation_memory_word_concepts()


def test_the_visitors_own_words_rank_above_their_translation(engine, site_tree, translate):
    # A French visitor: the French page holding the typed words comes before the English
    # original holding their translation, which weighs as much as the typed words on a page
    # written in English, or nearly, but is not in the visitor's language.
    translated_match = toolkit(site_tree, title="Domestic workers organise")
    original = toolkit(site_tree, title="A guide")
    own_words = translate(
        original, "fr", copy_parents=True, title="Travailleuses domestiques : un guide"
    )
    index(engine, translated_match, original, own_words)

    results = engine.search(SearchQuery(text="travailleuses domestiques", language="fr"))

    assert ids(results) == [own_words.pk, translated_match.pk]


def test_a_translation_into_the_pages_language_counts_as_the_typed_word(engine, site_tree):
    # A French visitor types Spanish. Neither page is in French, and both titles name the
    # query: the English page's own word for it ("farmers") weighs as the word typed would,
    # nearly, while another Spanish name ("campesinos", a synonym, no translation) stays an
    # expansion wherever a page holds it, in its title and its text.
    own_language = toolkit(site_tree, title="Farmers organise")
    other_language = toolkit(
        site_tree, title="Campesinos organizados", description=paragraph("Campesinos del valle.")
    )
    others = [toolkit(site_tree, title=f"Festival programme {n}") for n in range(3)]
    index(engine, own_language, other_language, *others)

    results = engine.search(SearchQuery(text="agricultores", language="fr"))

    assert ids(results) == [own_language.pk, other_language.pk]


def expansion_languages(text):
    """{alternative's text: the languages it translates the typed name into} of the first unit."""
    return {alt.text: alt.languages for alt in analyse_query(text).units[0].alternatives}


def test_an_expansion_carries_the_languages_it_translates_the_typed_words_into(db):
    languages = expansion_languages("mulheres")  # the seeded glossary's "women"
    assert languages["women"] == {"en"}
    assert languages["femmes"] == {"fr"}
    assert languages["mujeres"] == {"es"}
    # Another Portuguese name is a synonym, not a translation: no page is written in its
    # language and not in the typed words'.
    assert languages["feminina"] == frozenset()

    # "agricultores" is Spanish and Portuguese: neither language's other names translate it.
    languages = expansion_languages("agricultores")
    assert languages["farmers"] == {"en"}
    assert languages["agriculteurs"] == {"fr"}
    assert languages["campesinos"] == languages["camponeses"] == frozenset()


@pytest.fixture
def concept_sources(monkeypatch):
    """Replace the registered concept sources for one test, with no index cached before or
    after it."""
    from search import query_analysis

    sources = []
    monkeypatch.setattr(query_analysis, "_concept_sources", sources)
    query_analysis._concepts_by_first_word.cache_clear()
    yield sources
    query_analysis._concepts_by_first_word.cache_clear()


def test_names_whose_language_is_unknown_translate_nothing(db, concept_sources):
    concept_sources.append(lambda: [["mulheres", "women", "femmes"]])

    languages = expansion_languages("mulheres")

    assert set(languages) == {"mulheres", "women", "femmes"}
    assert not any(languages.values())


def test_a_segment_copied_untranslated_is_no_name_in_the_translations_language(site_tree):
    page = toolkit(site_tree, title="Selling the wattleseed harvest")
    # The French translator copied the English name; the Spanish one translated it.
    remember_translations(
        page,
        [
            ("wattleseed harvest", "fr", "wattleseed harvest"),
            ("wattleseed harvest", "es", "cosecha de acacia"),
        ],
    )

    # Typed in Spanish, the English name translates it into English only: a French page
    # saying "wattleseed harvest" holds an English name.
    assert expansion_languages("cosecha de acacia")["wattleseed harvest"] == {"en"}


def test_a_taxonomy_name_shown_by_its_slug_is_no_name_in_that_language(db):
    from caching.content_version import bump_content_version
    from taxonomy.factories import ThemeFactory

    ThemeFactory(slug="seed-sovereignty", name="Seed sovereignty")
    ThemeFactory(
        slug="seed-sovereignty",
        name="Souveraineté semencière",
        locale=Locale.objects.get(language_code="fr"),
    )
    bump_content_version()

    # Untranslated into Spanish and Portuguese, the theme is "seed-sovereignty" there: the
    # English name's words, which translate the French one into English only.
    assert expansion_languages("souveraineté semencière")["seed sovereignty"] == {"en"}


# Bugs ------------------------------------------------------------------------------------


def test_a_block_setting_is_not_page_text(site_tree):
    page = toolkit(
        site_tree,
        description=[{"type": "heading", "value": {"text": "Our method", "level": "h2"}}],
    )

    document = build_document(page)

    assert "Our method" in document["body"]
    assert "heading" not in document["body"].lower()


def test_codes_are_read_whatever_their_case_and_a_bad_year_is_refused(client, site_tree):
    page = toolkit(site_tree, countries=["SN"])

    lower = client.get("/en/search/api/", {"country": "sn"})
    bad_year = client.get("/en/search/api/", {"year": "abc"})

    assert [hit["page_id"] for hit in lower.json()["results"]] == [page.pk]
    assert bad_year.status_code == 400
    assert "year" in bad_year.json()["error"]


def test_the_search_page_offers_the_corrected_query(client, site_tree):
    toolkit(site_tree, title="Crowdfunding for cooperatives")

    html = client.get("/en/search/", {"q": "crowdfundng"}).content.decode()

    assert "Did you mean" in html
    assert "q=crowdfunding" in html
    assert "Crowdfunding for cooperatives" in html


def test_the_search_page_says_when_results_hold_only_some_of_the_words(client, site_tree):
    toolkit(site_tree, title="Community kitchens for street vendors")
    toolkit(site_tree, title="Rooftop gardens")

    html = client.get("/en/search/", {"q": "rooftop kitchens"}).content.decode()
    api = client.get("/en/search/api/", {"q": "rooftop kitchens"}).json()

    assert "No page holds all of your words" in html
    assert "Community kitchens for street vendors" in html
    assert api["any_word"] is True and api["total"] == 2


# Applicability ---------------------------------------------------------------------------


@pytest.fixture
def toolkits_for_senegal(site_tree):
    """A toolkit for Senegal, one for West Africa, an international one, and one for Brazil."""
    return {
        "own": toolkit(site_tree, title="Senegal's SSE law", countries=["SN"], year=2019),
        "region": toolkit(
            site_tree,
            title="West African savings groups",
            countries=["GH", "ML"],
            government_level="continental",
            year=2024,
        ),
        "world": toolkit(
            site_tree,
            title="Speaking up at the UN",
            countries=[],
            is_international=True,
            government_level="international",
            year=2025,
        ),
        "elsewhere": toolkit(site_tree, title="Brazilian community banks", countries=["BR"]),
    }


def test_a_country_filter_returns_what_applies_there_nearest_first(engine, toolkits_for_senegal):
    pages = toolkits_for_senegal
    index(engine, *pages.values())

    for sort in ["relevance", "newest"]:
        results = engine.search(SearchQuery(filters={"country": ["SN"]}, sort=sort))
        assert ids(results) == [pages["own"].pk, pages["region"].pk, pages["world"].pk], sort
    counts = dict(engine.search(SearchQuery()).facets["country"])
    assert counts["SN"] == 3  # its own, West Africa's and the international toolkit
    assert counts["GH"] == 2
    assert counts["BR"] == 2


def test_results_say_how_they_apply_to_the_chosen_country(client, toolkits_for_senegal):
    body = client.get("/fr/search/api/", {"country": "sn"}).json()

    labels = {hit["title"]: hit["applicability"] for hit in body["results"]}
    assert labels == {
        "Senegal's SSE law": "",
        "West African savings groups": "pour toute la région Afrique occidentale",
        "Speaking up at the UN": "international",
    }
    country_facet = next(facet for facet in body["facets"] if facet["name"] == "country")
    assert "international" in country_facet["note"]


def test_a_page_placed_on_a_continent_applies_to_its_countries(engine, network_tree):
    """A continental network and a regional working group (a continent, no country) are listed,
    and counted, for every country of their continent, after the country's own pages."""
    from organisations.factories import OrganisationPageFactory
    from workinggroups.factories import WorkingGroupPageFactory

    own = OrganisationPageFactory(parent=network_tree.organisations, country="CM")
    network = OrganisationPageFactory(
        parent=network_tree.organisations, country="", continent="002", kind="continental-network"
    )
    group = WorkingGroupPageFactory(parent=network_tree.groups, kind="regional", continent="002")
    elsewhere = WorkingGroupPageFactory(
        parent=network_tree.groups, kind="regional", continent="019"
    )
    index(engine, own, network, group, elsewhere)

    results = engine.search(SearchQuery(filters={"country": ["CM"]}))
    counts = dict(engine.search(SearchQuery()).facets["country"])

    assert ids(results)[0] == own.pk
    assert set(ids(results)) == {own.pk, network.pk, group.pk}
    assert counts["CM"] == 3 and counts["SN"] == 2 and counts["BR"] == 1
    assert dict(results.facets["continent"]) == {"002": 3}


def test_a_continental_network_is_labelled_for_its_continent(client, network_tree):
    from organisations.factories import OrganisationPageFactory

    OrganisationPageFactory(
        parent=network_tree.organisations,
        title="Réseau Africain",
        country="",
        continent="002",
        kind="continental-network",
    )

    body = client.get("/fr/search/api/", {"country": "cm"}).json()

    labels = {hit["title"]: hit["applicability"] for hit in body["results"]}
    assert labels == {"Réseau Africain": "pour toute la région Afrique"}


# Query understanding ---------------------------------------------------------------------


def test_a_country_named_in_the_query_becomes_a_removable_filter(client, toolkits_for_senegal):
    pages = toolkits_for_senegal

    body = client.get("/fr/search/api/", {"q": "épargne au Sénégal"}).json()
    html = client.get("/fr/search/", {"q": "épargne au Sénégal"}).content.decode()
    kept = client.get("/fr/search/api/", {"q": "épargne au Sénégal", "keep": "Sénégal"}).json()

    assert body["query"]["filters"] == {"country": ["SN"]}
    assert [names["label"] for names in body["query"]["understood"]] == ["Sénégal"]
    assert {hit["page_id"] for hit in body["results"]} <= {
        pages["own"].pk,
        pages["region"].pk,
        pages["world"].pk,
    }
    assert "keep=senegal" in html  # the chip's ×: the same search, Senegal taken as a word
    assert kept["query"]["filters"] == {}
    assert kept["query"]["understood"] == []


def test_a_country_typed_with_a_typo_becomes_the_country_filter(client, toolkits_for_senegal):
    pages = toolkits_for_senegal

    body = client.get("/en/search/api/", {"q": "Senegl"}).json()
    kept = client.get("/en/search/api/", {"q": "Senegl", "keep": "Senegl"}).json()

    assert body["query"]["filters"] == {"country": ["SN"]}
    assert [names["label"] for names in body["query"]["understood"]] == ["Senegal"]
    # What applies there, nearest first, as for the country spelt right.
    assert [hit["page_id"] for hit in body["results"]] == [
        pages["own"].pk,
        pages["region"].pk,
        pages["world"].pk,
    ]
    assert kept["query"]["filters"] == {}
    # Five letters are too few to tell a typo from another word ("mail" is not Mali, "basil"
    # not Brasil), a typo keeps the first and last letters (no page holds "child" or "tiger",
    # still words), a city is no typo ("Lagos" is not Laos), and two words no page holds are
    # rather a name ("Angela Davis" is not Angola).
    for words in ["mail", "child care", "tiger", "basil", "Lagos", "Angela Davis"]:
        assert client.get("/en/search/api/", {"q": words}).json()["query"]["filters"] == {}, words


def test_a_named_country_nothing_applies_to_is_searched_as_words(client, toolkits_for_senegal):
    pages = toolkits_for_senegal

    # No community banks' page applies to Senegal: rather than nothing, the words are searched
    # with "Senegal" among them, as when the visitor removes the chip, and the page says so.
    body = client.get("/en/search/api/", {"q": "community banks Senegal"}).json()
    html = client.get("/fr/search/", {"q": "community banks Sénégal"}).content.decode()
    feed = client.get("/en/feeds/rss/", {"q": "community banks Senegal"}).content.decode()

    assert body["unapplied_filters"] == ["Senegal"]
    assert body["query"]["filters"] == {} and body["query"]["understood"] == []
    assert body["results"][0]["page_id"] == pages["elsewhere"].pk
    assert pages["own"].pk in [hit["page_id"] for hit in body["results"]]  # it names Senegal
    assert "Aucun résultat avec le filtre Sénégal" in html
    assert "Brazilian community banks" in html
    assert "Brazilian community banks" not in feed  # a feed keeps to what it was asked
    # A name also chosen as a filter stays one, and when the words find nothing either, the
    # chips stay for the visitor to remove.
    chosen = client.get("/en/search/api/", {"q": "community banks Senegal", "country": "SN"})
    assert chosen.json()["unapplied_filters"] == []
    assert chosen.json()["query"]["filters"] == {"country": ["SN"]}
    nothing = client.get("/en/search/api/", {"q": "xylophones Tuvalu"}).json()
    assert nothing["unapplied_filters"] == [] and nothing["total"] == 0
    assert [names["label"] for names in nothing["query"]["understood"]] == ["Tuvalu"]


def test_an_acronym_written_with_dots_stays_whole_beside_a_country(db):
    assert understand("E.S.S. Senegal", "en")[0] == "ESS"


def parsed(language, text, **params):
    """The query the search views make of `text` (before they search)."""
    with translation.override(language):
        return parse_search_query(QueryDict(urlencode({"q": text, **params}, doseq=True)))


def test_regions_and_kinds_of_content_in_any_language_become_filters(db):
    for language, text, filters in [
        ("en", "toolkits for West Africa", {"kind": ["toolkit"], "subregion": ["011"]}),
        (
            "fr",
            "boîtes à outils en Afrique de l'Ouest",
            {"kind": ["toolkit"], "subregion": ["011"]},
        ),
        ("es", "historias de Brasil", {"kind": ["story"], "country": ["BR"]}),
        ("pt", "histórias da África do Sul", {"kind": ["story"], "country": ["ZA"]}),
        ("en", "Sub-Saharan Africa", {"subregion": ["011", "014", "017", "018"]}),
        ("fr", "Afrique subsaharienne", {"subregion": ["011", "014", "017", "018"]}),
    ]:
        query = parsed(language, text)
        assert query.filters == filters, text
        assert query.text == "", text
    # The chip's ×: a region's name taken as words leaves none of its words a filter, and a
    # longer name than the one kept is still a name.
    assert parsed("en", "toolkits for West Africa", keep="West Africa").filters == {
        "kind": ["toolkit"]
    }
    assert parsed("en", "Guinea and Guinea-Bissau", keep="Guinea").filters == {"country": ["GW"]}


def test_a_region_of_several_words_holding_a_continent_is_not_that_continent(client, db):
    for language, text in [("en", "Horn of Africa"), ("fr", "la Corne de l'Afrique")]:
        body = client.get(f"/{language}/search/api/", {"q": text}).json()
        assert body["query"]["filters"] == {}, text
        assert body["query"]["text"] == text, text


def test_a_city_named_after_its_country_is_not_that_country(client, db):
    for language, text in [("es", "Ciudad de México"), ("en", "Mexico City")]:
        body = client.get(f"/{language}/search/api/", {"q": text}).json()
        assert body["query"]["filters"] == {}, text
        assert body["query"]["text"] == text, text


def test_a_country_whose_name_begins_with_a_citys_is_still_the_country(db):
    # São Tomé is a city; "São Tomé e Príncipe" and "Singapore" (city and country) are countries.
    for language, text, code in [
        ("pt", "São Tomé e Príncipe", "ST"),
        ("en", "Sao Tome and Principe", "ST"),
        ("fr", "Saint-Vincent-et-les-Grenadines", "VC"),
        ("en", "Singapore", "SG"),
    ]:
        assert parsed(language, text).filters == {"country": [code]}, text


def test_a_kind_of_content_alone_stays_a_word(client, db):
    body = client.get("/en/search/api/", {"q": "stories"}).json()

    assert body["query"]["filters"] == {}
    assert body["query"]["text"] == "stories"


def test_the_search_page_says_how_many_pages_hold_every_word(client, site_tree):
    toolkit(site_tree, title="Community kitchens on rooftops")
    toolkit(site_tree, title="Rooftop gardens")

    html = client.get("/en/search/", {"q": "rooftop kitchens"}).content.decode()
    french = client.get("/fr/search/", {"q": "rooftop kitchens"}).content.decode()
    api = client.get("/en/search/api/", {"q": "rooftop kitchens"}).json()

    listing = client.get(site_tree.toolkit_index.url, {"q": "rooftop kitchens"}).content.decode()

    notice = "Only one page holds all of your words; pages that hold some of them are shown too."
    assert notice in html and notice in listing
    assert "Une seule page contient tous vos mots" in french
    assert api["any_word"] is True and api["held_enough"] == 1 and api["total"] == 2


def test_a_name_keeps_the_stop_words_that_carry_its_meaning(engine, site_tree):
    """ "older" and "first" were on the English stop word list: without them "older people" was
    "people" and "First Nations" "nations", so any page saying "people" or "national" was about
    the elderly or indigenous peoples, and typing "people" searched the elderly."""
    elderly = toolkit(site_tree, title="Care cooperatives for the elderly")
    people = toolkit(site_tree, title="People's kitchens", summary="National network.")
    index(engine, elderly, people)
    GlossaryTerm.objects.create(term="the elderly", synonyms="older people")

    assert ids(engine.search(SearchQuery(text="older people")))[0] == elderly.pk
    assert elderly.pk not in ids(engine.search(SearchQuery(text="people")))
    assert [unit.text for unit in analyse_query("First Nations national").units] == [
        "first nations",
        "national",
    ]
    # A name of stop words only ("how do", the seed's entry for "comment") starts no unit.
    assert [unit.text for unit in analyse_query("how do we start").units] == ["start"]
