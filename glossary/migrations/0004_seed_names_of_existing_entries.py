from django.db import migrations

# The names seed/sse_terms.tsv gave, after 0003, to entries databases already hold (a fresh
# database gets them from 0002). Only these: nothing else of an entry is touched.
ADDED_AFTER_0003 = {
    "worker cooperative": {
        "fr": ["société coopérative et participative", "société coopérative ouvrière de production"],
    },
    "fishers": {
        "en": ["fishermen", "fisherwomen", "fisherfolk"],
        "fr": ["pêcheuses"],
        "es": ["pescadoras"],
        "pt": ["pescadoras"],
    },
}


def add_seed_names(apps, schema_editor):
    from caching.content_version import bump_content_version
    from glossary.seed import add_names

    add_names(apps.get_model("glossary", "GlossaryTerm"), ADDED_AFTER_0003)
    # Saved through the historical model, which sends no signal the caches listen to: the
    # search's expansions (and pages showing definitions) must not stay on the old names.
    bump_content_version()


class Migration(migrations.Migration):
    dependencies = [("glossary", "0003_seed_more_terms")]

    operations = [migrations.RunPython(add_seed_names, migrations.RunPython.noop)]
