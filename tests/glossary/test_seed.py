"""Names a later seed gives existing entries reach databases seeded before, and loading the
seed never undoes an editor's or a translator's work."""

import importlib

from wagtail.models import Locale

from caching.content_version import content_version
from glossary.models import GlossaryTerm
from glossary.seed import add_names, load_glossary

ADDED_AFTER_0003 = importlib.import_module(
    "glossary.migrations.0004_seed_names_of_existing_entries"
).ADDED_AFTER_0003


def worker_cooperative(language):
    english = GlossaryTerm.objects.get(term="worker cooperative", locale__language_code="en")
    return GlossaryTerm.objects.filter(
        translation_key=english.translation_key, locale__language_code=language
    ).first()


def test_names_a_later_seed_added_reach_an_entry_the_database_already_holds(db):
    french = worker_cooperative("fr")
    # As seeded before the French full names were in the seed, then edited by a translator,
    # who also removed a synonym of the seed's first list ("coopérative de travail").
    french.term = "coopérative de travailleurs"
    french.synonyms = "SCOP\ncoopérative ouvrière\nune tournure du traducteur"
    french.definition = "Définition du traducteur."
    french.save()
    worker_cooperative("pt").delete()

    add_names(GlossaryTerm, ADDED_AFTER_0003)

    french.refresh_from_db()
    assert french.term == "coopérative de travailleurs"
    assert french.definition == "Définition du traducteur."
    assert french.names() == [
        "coopérative de travailleurs",
        "SCOP",
        "coopérative ouvrière",
        "une tournure du traducteur",
        "société coopérative et participative",
        "société coopérative ouvrière de production",
    ]
    assert worker_cooperative("pt") is None  # a deleted language version is not made again


def test_names_already_held_whatever_their_case_are_not_added_twice(db):
    fishers = GlossaryTerm.objects.get(term="fishers", locale__language_code="en")
    fishers.synonyms = "Fishermen"
    fishers.save()

    add_names(GlossaryTerm, ADDED_AFTER_0003)
    add_names(GlossaryTerm, ADDED_AFTER_0003)

    fishers.refresh_from_db()
    assert fishers.names() == ["fishers", "Fishermen", "fisherwomen", "fisherfolk"]


def test_an_entry_an_editor_renamed_or_deleted_is_not_made_again(db):
    GlossaryTerm.objects.filter(term="worker cooperative", locale__language_code="en").update(
        term="Worker co-operative"
    )
    entries = GlossaryTerm.objects.count()

    add_names(GlossaryTerm, ADDED_AFTER_0003)

    assert GlossaryTerm.objects.count() == entries


def glossary_rows():
    return sorted(GlossaryTerm.objects.values_list("translation_key", "locale", "term", "synonyms"))


def test_loading_the_seed_again_changes_nothing(db):
    before = glossary_rows()

    assert load_glossary(GlossaryTerm, Locale) == 0
    assert glossary_rows() == before


def test_the_migration_makes_cached_pages_stale(db):
    """Its historical model sends no signal the caches hear: the migration renews them."""
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    name = ("glossary", "0004_seed_names_of_existing_entries")
    historical_apps = MigrationLoader(connection).project_state(name).apps
    GlossaryTerm.objects.filter(term="fishers", locale__language_code="en").update(synonyms="")
    before = content_version()

    importlib.import_module(f"glossary.migrations.{name[1]}").add_seed_names(historical_apps, None)

    assert content_version() != before
    assert GlossaryTerm.objects.get(term="fishers", locale__language_code="en").synonyms


def test_the_fields_acronyms_reach_a_database_seeded_before_them(db):
    """ "AVEC" (the French VSLA) joins its entry; the entries added with them are made."""
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    name = ("glossary", "0005_seed_acronyms_of_the_field")
    historical_apps = MigrationLoader(connection).project_state(name).apps
    english = GlossaryTerm.objects.get(term="savings group", locale__language_code="en")
    french = GlossaryTerm.objects.get(
        translation_key=english.translation_key, locale__language_code="fr"
    )
    french.synonyms = "tontine"  # as seeded before, then edited by a translator
    french.save()
    civil_society = GlossaryTerm.objects.get(term="civil society organisation")
    GlossaryTerm.objects.filter(translation_key=civil_society.translation_key).delete()

    importlib.import_module(f"glossary.migrations.{name[1]}").add_seed_acronyms(
        historical_apps, None
    )

    french.refresh_from_db()
    assert french.names() == ["groupe d'épargne", "tontine", "AVEC"]
    made = GlossaryTerm.objects.get(term="civil society organisation")
    assert (
        "OSC"
        in GlossaryTerm.objects.get(
            translation_key=made.translation_key, locale__language_code="fr"
        ).names()
    )


def test_the_groups_sectors_and_other_names_reach_a_database_seeded_before_them(db):
    """ "pêche" joins the French fishers entry a translator edited; the new entries are made."""
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    name = ("glossary", "0006_seed_groups_and_sectors")
    historical_apps = MigrationLoader(connection).project_state(name).apps
    english = GlossaryTerm.objects.get(term="fishers", locale__language_code="en")
    french = GlossaryTerm.objects.get(
        translation_key=english.translation_key, locale__language_code="fr"
    )
    french.synonyms = "pêcheuses\npêcheurs à pied"  # as seeded before, then edited
    french.save()
    homeless = GlossaryTerm.objects.get(term="homeless people")
    GlossaryTerm.objects.filter(translation_key=homeless.translation_key).delete()

    importlib.import_module(f"glossary.migrations.{name[1]}").add_groups_and_sectors(
        historical_apps, None
    )

    french.refresh_from_db()
    assert french.names() == ["pêcheurs", "pêcheuses", "pêcheurs à pied", "pêche", "pêcheries"]
    made = GlossaryTerm.objects.get(term="homeless people")
    assert (
        "personas sin hogar"
        in GlossaryTerm.objects.get(
            translation_key=made.translation_key, locale__language_code="es"
        ).names()
    )


def test_the_adjectives_of_groups_reach_a_database_seeded_before_them(db):
    """ "juvenil" joins the Spanish youth entry a translator edited, after its own names."""
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    name = ("glossary", "0007_seed_adjectives_of_groups")
    historical_apps = MigrationLoader(connection).project_state(name).apps
    english = GlossaryTerm.objects.get(term="youth", locale__language_code="en")
    spanish = GlossaryTerm.objects.get(
        translation_key=english.translation_key, locale__language_code="es"
    )
    spanish.synonyms = "juventud\nmuchachos"  # as seeded before, then edited
    spanish.save()

    importlib.import_module(f"glossary.migrations.{name[1]}").add_adjectives(historical_apps, None)

    spanish.refresh_from_db()
    assert spanish.names() == ["jóvenes", "juventud", "muchachos", "juvenil", "juveniles"]


def test_the_english_csa_reaches_a_database_seeded_before_it(db):
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    name = ("glossary", "0008_seed_english_csa")
    historical_apps = MigrationLoader(connection).project_state(name).apps
    english = GlossaryTerm.objects.get(
        term="community-supported agriculture", locale__language_code="en"
    )
    english.synonyms = ""  # as seeded before
    english.save()

    importlib.import_module(f"glossary.migrations.{name[1]}").add_english_csa(historical_apps, None)

    english.refresh_from_db()
    assert english.names() == ["community-supported agriculture", "CSA"]


def test_the_market_and_ownership_terms_reach_a_database_seeded_before_them_and_go_back(db):
    """ "employee ownership" joins the worker buyout entry an editor edited, the farmers' market
    entry is made; migrating back takes out those names and entries, and nothing else."""
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    name = ("glossary", "0009_seed_market_and_ownership_terms")
    migration = importlib.import_module(f"glossary.migrations.{name[1]}")
    historical_apps = MigrationLoader(connection).project_state(name).apps
    buyout = GlossaryTerm.objects.get(term="worker buyout", locale__language_code="en")
    buyout.synonyms = "recovered enterprise\nan editor's name"  # as seeded before, then edited
    buyout.save()
    market = GlossaryTerm.objects.get(term="farmers' market")
    GlossaryTerm.objects.filter(translation_key=market.translation_key).delete()

    migration.add_market_and_ownership_terms(historical_apps, None)

    buyout.refresh_from_db()
    assert buyout.names() == [
        "worker buyout",
        "recovered enterprise",
        "an editor's name",
        "employee buyout",
        "employee ownership",
    ]
    made = GlossaryTerm.objects.get(term="farmers' market")
    spanish = GlossaryTerm.objects.get(
        translation_key=made.translation_key, locale__language_code="es"
    )
    assert "mercado campesino" in spanish.names()

    migration.remove_market_and_ownership_terms(historical_apps, None)

    buyout.refresh_from_db()
    assert buyout.names() == ["worker buyout", "recovered enterprise", "an editor's name"]
    assert not GlossaryTerm.objects.filter(translation_key=made.translation_key).exists()
    assert GlossaryTerm.objects.filter(term="worker buyout").exists()


def test_the_international_arenas_reach_a_database_seeded_before_them_and_go_back(db):
    """ "AGM" joins the general assembly entry, the High-level Political Forum's entry is made in
    the four languages; migrating back takes out those names and entries, and nothing else."""
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    name = ("glossary", "0010_seed_international_arenas")
    migration = importlib.import_module(f"glossary.migrations.{name[1]}")
    historical_apps = MigrationLoader(connection).project_state(name).apps
    assembly = GlossaryTerm.objects.get(term="general assembly", locale__language_code="en")
    assembly.synonyms = "an editor's name"  # as seeded before 0010, then edited
    assembly.save()
    forum = GlossaryTerm.objects.get(term="High-level Political Forum")
    GlossaryTerm.objects.filter(translation_key=forum.translation_key).delete()

    migration.add_international_arenas(historical_apps, None)

    assembly.refresh_from_db()
    assert assembly.names() == [
        "general assembly",
        "an editor's name",
        "annual general meeting",
        "AGM",
    ]
    made = GlossaryTerm.objects.get(term="High-level Political Forum")
    spanish = GlossaryTerm.objects.get(
        translation_key=made.translation_key, locale__language_code="es"
    )
    assert spanish.names() == ["Foro Político de Alto Nivel", "FPAN"]

    migration.remove_international_arenas(historical_apps, None)

    assembly.refresh_from_db()
    assert assembly.names() == ["general assembly", "an editor's name"]
    assert not GlossaryTerm.objects.filter(translation_key=made.translation_key).exists()
    assert GlossaryTerm.objects.filter(term="general assembly").exists()


def test_the_definitions_and_movements_reach_a_database_seeded_before_them_and_go_back(db):
    """An entry seeded without a definition gets the seed's, one an editor defined keeps its
    own, the four new entries are made (and no entry an editor deleted); migrating back
    clears only the definitions it wrote and takes out exactly the new entries."""
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    from glossary.seed import seed_entries

    name = ("glossary", "0011_seed_definitions_and_movements")
    migration = importlib.import_module(f"glossary.migrations.{name[1]}")
    historical_apps = MigrationLoader(connection).project_state(name).apps
    seeded = {entry["en"][0]: entry["definition"] for entry in seed_entries()}
    # As seeded before 0011: no definition and no new entry; then an editor defined the seed
    # bank and deleted the living wage entry.
    GlossaryTerm.objects.filter(term__in=list(migration.DEFINED_AFTER_0010)).update(definition="")
    GlossaryTerm.objects.filter(term="seed bank").update(definition="An editor's definition.")
    for term in [*migration.ENTRIES_ADDED_AFTER_0010, "living wage"]:
        key = GlossaryTerm.objects.get(term=term, locale__language_code="en").translation_key
        GlossaryTerm.objects.filter(translation_key=key).delete()
    english = GlossaryTerm.objects.filter(locale__language_code="en")
    entries_before = english.count()

    migration.add_definitions_and_movements(historical_apps, None)

    assert english.get(term="united nations").definition == seeded["united nations"] != ""
    assert english.get(term="seed bank").definition == "An editor's definition."
    assert english.count() == entries_before + 4
    assert not english.filter(term="living wage").exists()
    made = english.get(term="degrowth")
    assert made.definition == seeded["degrowth"] != ""
    spanish = GlossaryTerm.objects.get(
        translation_key=made.translation_key, locale__language_code="es"
    )
    assert spanish.names() == ["decrecimiento"]
    # A definition the seed had before 0011 is not the migration's to clear.
    defined_before = english.get(term="microcredit")
    assert defined_before.definition

    migration.remove_definitions_and_movements(historical_apps, None)

    assert english.get(term="united nations").definition == ""
    assert english.get(term="seed bank").definition == "An editor's definition."
    assert english.get(term="microcredit").definition == defined_before.definition
    assert english.count() == entries_before
    assert not english.filter(term__in=migration.ENTRIES_ADDED_AFTER_0010).exists()


def test_the_definitions_0011_writes_are_the_seeds():
    """Each definition the migration gives old databases is the seed's (fresh databases get
    the seed's), and every entry the seed defines was defined before 0011 or by it."""
    from glossary.seed import seed_entries

    migration = importlib.import_module("glossary.migrations.0011_seed_definitions_and_movements")
    defined = {
        entry["en"][0]: entry["definition"] for entry in seed_entries() if entry["definition"]
    }
    assert {term: defined.get(term) for term in migration.DEFINED_AFTER_0010} == (
        migration.DEFINED_AFTER_0010
    )
    assert set(migration.ENTRIES_ADDED_AFTER_0010) <= set(defined)
    assert len(defined) == DEFINED_BY_0010 + len(migration.DEFINED_AFTER_0010) + len(
        migration.ENTRIES_ADDED_AFTER_0010
    )


# How many seed entries had a definition when 0010 was written.
DEFINED_BY_0010 = 100
