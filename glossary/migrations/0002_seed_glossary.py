from django.db import migrations


def seed(apps, schema_editor):
    from glossary.seed import load_glossary

    load_glossary(apps.get_model("glossary", "GlossaryTerm"), apps.get_model("wagtailcore", "Locale"))


class Migration(migrations.Migration):
    dependencies = [("glossary", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
