"""The visitor's words in the site's other languages (search/word_translation.py), by the real
Apertium pairs from Debian that `make machine-translation` installs (`make test` runs it)."""

import os
import signal

import pytest
from django.core import checks

from search import word_translation
from search.checks import machine_translation
from search.engines.base import SearchQuery
from search.engines.database import DatabaseEngine
from search.word_translation import translations
from tests.conftest import index
from toolkits.factories import ToolkitPageFactory


@pytest.fixture(autouse=True)
def apertium():
    missing = word_translation.missing_modes()
    assert not missing, f"Apertium's modes {missing} are missing: run `make machine-translation`"


def test_a_spanish_word_is_translated_into_english_and_french():
    assert translations(["canasta"], "es")["canasta"] == {"en": ["basket"], "fr": ["panier"]}


def test_words_are_translated_each_alone_in_their_order():
    # In one sentence Apertium puts the adjective first ("poor families"): each word keeps
    # its own translation.
    found = translations(["familias", "pobres"], "es")

    assert found["familias"]["en"] == ["families"]
    assert found["pobres"]["en"] == ["poor"]


def test_french_and_portuguese_words_reach_english_through_spanish():
    assert translations(["panier"], "fr")["panier"] == {"es": ["canasta"], "en": ["basket"]}
    assert translations(["azeite"], "pt")["azeite"] == {"es": ["aceite"], "en": ["oil"]}


def test_an_english_word_is_translated_into_spanish_only():
    # Through Spanish a wrong sense would be translated again: "pueblo" (a village, or a
    # people) into Portuguese is "povo", a people.
    assert translations(["village"], "en")["village"] == {"es": ["pueblo"]}


def test_a_word_is_translated_with_its_accents():
    # Apertium knows "día", not "dia".
    assert translations(["día"], "es")["día"]["en"] == ["day"]


def test_a_pipeline_that_died_is_started_again():
    pipeline = word_translation.Pipeline("spa-eng")
    assert pipeline.translate("cesta") == "Basket"
    os.killpg(pipeline.process.pid, signal.SIGKILL)
    pipeline.process.wait()

    assert pipeline.translate("canasta") == "Basket"
    pipeline._stop()


def test_a_word_apertium_does_not_know_gets_no_translation():
    assert translations(["ouagadougouz", "canasta"], "es")["ouagadougouz"] == {}


def test_a_language_apertium_has_no_pair_for_gets_no_translation():
    assert translations(["cesta"], "ca") == {"cesta": {}}


def test_a_noun_is_translated_as_a_noun():
    # Each word is sent as a sentence, as the `apertium` command sends text: alone, the tagger
    # took "vino" for the verb ("it came").
    assert translations(["vino", "sal"], "es") == {
        "vino": {"en": ["wine"], "fr": ["vin"], "pt": ["vinho"]},
        "sal": {"en": ["salt"], "fr": ["sel"], "pt": ["sal"]},
    }


def test_a_failed_translation_is_tried_again_next_time(monkeypatch):
    monkeypatch.setattr(word_translation, "TIMEOUT_SECONDS", 0)
    assert translations(["mercado"], "es") == {"mercado": {}}

    monkeypatch.setattr(word_translation, "TIMEOUT_SECONDS", 5)
    assert translations(["mercado"], "es")["mercado"]["en"] == ["market"]


def test_anything_but_a_word_is_not_sent_to_apertium():
    # "^" starts a lexical unit in Apertium's stream format: sent, it would break the pipeline.
    assert translations(["a^b", "canasta"], "es") == {
        "a^b": {},
        "canasta": {"en": ["basket"], "fr": ["panier"]},
    }


def test_without_apertium_the_search_answers_untranslated_and_the_check_warns(
    without_apertium, site_tree
):
    page = ToolkitPageFactory(parent=site_tree.toolkit_index, title="The harvest basket")
    engine = DatabaseEngine()
    index(engine, page)

    assert translations(["canasta"], "es") == {"canasta": {}}
    assert engine.search(SearchQuery(text="canasta", language="es")).total == 0
    [warning] = machine_translation(None)
    assert warning.level == checks.WARNING
    assert "make machine-translation" in warning.hint
