from django.db import migrations


def seed(apps, schema_editor):
    """The names added to seed/*.tsv for entries a database already holds ("SCOP"'s French full
    name): load_glossary adds what an entry lacks and changes nothing a translator wrote."""
    from glossary.seed import load_glossary

    load_glossary(apps.get_model("glossary", "GlossaryTerm"), apps.get_model("wagtailcore", "Locale"))


class Migration(migrations.Migration):
    dependencies = [("glossary", "0003_seed_more_terms")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
