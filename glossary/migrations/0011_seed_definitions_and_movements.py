from django.db import migrations

# The entries the seed added after 0010, by English term: ideas of the movements the network
# allies with (the strategic plan's third axis).
ENTRIES_ADDED_AFTER_0010 = ["just transition", "buen vivir", "degrowth", "mutual aid"]
# The entries databases hold without a definition, which the seed defined after 0010 (a page
# explains only the terms that have one).
DEFINED_AFTER_0010 = [
    "gender equality", "indigenous peoples", "food security", "food council", "school canteens",
    "seed bank", "organic farming", "climate change", "climate justice", "renewable energy",
    "circular economy", "sustainable development goals", "localisation", "united nations",
    "international labour organization", "tax incentives", "subsidy", "land rights", "tourism",
    "digital platform", "business incubator", "peer exchange", "rural development",
    "local development", "legal status", "governance", "general assembly",
    "public-private partnership", "procurement officers", "social inclusion",
    "work integration enterprise", "social innovation", "international cooperation", "shea butter",
]


def seeded_definitions():
    """{English term: definition} of the entries of DEFINED_AFTER_0010, from the seed."""
    from glossary.seed import seed_entries

    return {
        entry["en"][0]: entry["definition"]
        for entry in seed_entries()
        if entry["en"][0] in DEFINED_AFTER_0010
    }


def add_definitions_and_movements(apps, schema_editor):
    from caching.content_version import bump_content_version
    from glossary.seed import add_definitions, load_glossary

    term_model = apps.get_model("glossary", "GlossaryTerm")
    load_glossary(term_model, apps.get_model("wagtailcore", "Locale"))
    # No definition an editor wrote is replaced.
    add_definitions(term_model, seeded_definitions())
    # Saved through the historical model, which sends no signal the caches listen to.
    bump_content_version()


def remove_definitions_and_movements(apps, schema_editor):
    from caching.content_version import bump_content_version
    from glossary.seed import remove_definitions, remove_entries

    term_model = apps.get_model("glossary", "GlossaryTerm")
    remove_entries(term_model, ENTRIES_ADDED_AFTER_0010)
    remove_definitions(term_model, seeded_definitions())
    bump_content_version()


class Migration(migrations.Migration):
    dependencies = [("glossary", "0010_seed_international_arenas")]

    operations = [
        migrations.RunPython(add_definitions_and_movements, remove_definitions_and_movements)
    ]
