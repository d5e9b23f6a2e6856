from django.db import migrations

# The names seed/sse_terms.tsv gave, after 0009, to an entry databases already hold (a fresh
# database gets them from 0002): the yearly general assembly, as members name it.
ADDED_AFTER_0009 = {
    "general assembly": {
        "en": ["annual general meeting", "AGM"],
        "fr": ["assemblée générale annuelle"],
        "es": ["asamblea general anual"],
        "pt": ["assembleia geral anual"],
    },
}
# The entries the seed added after 0009, by English term: two United Nations arenas where the
# network takes its advocacy (the strategic plan's first axis), and two terms of its members.
# Not the African Union: one unit for its two words, a question about taking proposals there
# lost the pages about Africa (second fresh set, 0.48 -> 0.20).
ENTRIES_ADDED_AFTER_0009 = [
    "High-level Political Forum",
    "Commission on the Status of Women",
    "self-help group",
    "living wage",
]


def add_international_arenas(apps, schema_editor):
    from caching.content_version import bump_content_version
    from glossary.seed import add_names, load_glossary

    term_model = apps.get_model("glossary", "GlossaryTerm")
    load_glossary(term_model, apps.get_model("wagtailcore", "Locale"))
    add_names(term_model, ADDED_AFTER_0009)
    # Saved through the historical model, which sends no signal the caches listen to.
    bump_content_version()


def remove_international_arenas(apps, schema_editor):
    from caching.content_version import bump_content_version
    from glossary.seed import remove_entries, remove_names

    term_model = apps.get_model("glossary", "GlossaryTerm")
    remove_names(term_model, ADDED_AFTER_0009)
    remove_entries(term_model, ENTRIES_ADDED_AFTER_0009)
    bump_content_version()


class Migration(migrations.Migration):
    dependencies = [("glossary", "0009_seed_market_and_ownership_terms")]

    operations = [migrations.RunPython(add_international_arenas, remove_international_arenas)]
