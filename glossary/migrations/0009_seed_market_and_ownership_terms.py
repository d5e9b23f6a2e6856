from django.db import migrations

# The names seed/sse_terms.tsv gave, after 0008, to an entry databases already hold (a fresh
# database gets them from 0002): employee ownership and buyout, in English and French. Only
# these: names made of two ordinary words ("worker-owned", "compra por los trabajadores") would
# find every page holding both words anywhere.
ADDED_AFTER_0008 = {
    "worker buyout": {
        "en": ["employee buyout", "employee ownership"],
        "fr": ["rachat par les salariés", "actionnariat salarié"],
    },
}
# The entries the seed added after 0008, by English term.
ENTRIES_ADDED_AFTER_0008 = [
    "farmers' market",
    "market vendors",
    "community enterprise",
    "millet",
]


def add_market_and_ownership_terms(apps, schema_editor):
    from caching.content_version import bump_content_version
    from glossary.seed import add_names, load_glossary

    term_model = apps.get_model("glossary", "GlossaryTerm")
    # Farmers' markets, market vendors, community enterprises, millet.
    load_glossary(term_model, apps.get_model("wagtailcore", "Locale"))
    add_names(term_model, ADDED_AFTER_0008)
    # Saved through the historical model, which sends no signal the caches listen to.
    bump_content_version()


def remove_market_and_ownership_terms(apps, schema_editor):
    from caching.content_version import bump_content_version
    from glossary.seed import remove_entries, remove_names

    term_model = apps.get_model("glossary", "GlossaryTerm")
    remove_names(term_model, ADDED_AFTER_0008)
    remove_entries(term_model, ENTRIES_ADDED_AFTER_0008)
    bump_content_version()


class Migration(migrations.Migration):
    dependencies = [("glossary", "0008_seed_english_csa")]

    operations = [
        migrations.RunPython(add_market_and_ownership_terms, remove_market_and_ownership_terms)
    ]
