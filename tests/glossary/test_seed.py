"""The seed reaches databases seeded before it grew, and never undoes a translator's work."""

from wagtail.models import Locale

from glossary.models import GlossaryTerm
from glossary.seed import load_glossary, seed_entries


def worker_cooperative(language):
    english = GlossaryTerm.objects.get(term="worker cooperative", locale__language_code="en")
    return GlossaryTerm.objects.filter(
        translation_key=english.translation_key, locale__language_code=language
    ).first()


def test_names_added_to_the_seed_reach_an_entry_the_database_already_holds(db):
    french = worker_cooperative("fr")
    # As seeded before the French full names were in the seed, then edited by a translator.
    french.term = "coopérative de travailleurs"
    french.synonyms = "SCOP\ncoopérative ouvrière\nune tournure du traducteur"
    french.definition = "Définition du traducteur."
    french.save()
    worker_cooperative("pt").delete()

    created = load_glossary(GlossaryTerm, Locale)

    french.refresh_from_db()
    assert created == 0
    assert french.term == "coopérative de travailleurs"
    assert french.definition == "Définition du traducteur."
    assert french.names() == [
        "coopérative de travailleurs",
        "SCOP",  # already there, whatever its case: not added twice
        "coopérative ouvrière",
        "une tournure du traducteur",
        "coopérative de travail",  # the seed's term, kept beside the translator's
        "société coopérative et participative",
        "société coopérative ouvrière de production",
    ]
    seed = next(entry for entry in seed_entries() if entry["en"][0] == "worker cooperative")
    assert worker_cooperative("pt").names() == seed["pt"]


def glossary_rows():
    return sorted(GlossaryTerm.objects.values_list("translation_key", "locale", "term", "synonyms"))


def test_loading_the_seed_twice_changes_nothing(db):
    load_glossary(GlossaryTerm, Locale)
    before = glossary_rows()

    assert load_glossary(GlossaryTerm, Locale) == 0
    assert glossary_rows() == before
