from django.db import migrations

# "CSA" is the English name of community-supported agriculture too, not only the Portuguese
# one: the search takes a name's language for the language the visitor typed it in, and would
# count "community-supported agriculture" as its translation into English.
# seed/sse_terms.tsv gives it to a fresh database (0002).
ADDED_AFTER_0007 = {"community-supported agriculture": {"en": ["CSA"]}}


def add_english_csa(apps, schema_editor):
    from caching.content_version import bump_content_version
    from glossary.seed import add_names

    add_names(apps.get_model("glossary", "GlossaryTerm"), ADDED_AFTER_0007)
    # Saved through the historical model, which sends no signal the caches listen to.
    bump_content_version()


class Migration(migrations.Migration):
    dependencies = [("glossary", "0007_seed_adjectives_of_groups")]

    operations = [migrations.RunPython(add_english_csa, migrations.RunPython.noop)]
