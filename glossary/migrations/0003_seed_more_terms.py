from django.db import migrations


def seed(apps, schema_editor):
    """The entries added to seed/sse_terms.tsv since 0002 (load_glossary creates only the missing ones)."""
    from glossary.seed import load_glossary

    load_glossary(apps.get_model("glossary", "GlossaryTerm"), apps.get_model("wagtailcore", "Locale"))


class Migration(migrations.Migration):
    dependencies = [("glossary", "0002_seed_glossary")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
