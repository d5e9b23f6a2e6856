from django.db import migrations

# The field's acronyms seed/sse_terms.tsv gave, after 0004, to entries databases already hold
# (a fresh database gets them from 0002). Only these: nothing else of an entry is touched.
# Not "WISE" (work integration social enterprise): names match in any case, and "wise" is a word.
ADDED_AFTER_0004 = {
    "savings group": {"fr": ["AVEC"]},
    "microfinance institution": {"fr": ["SFD"]},
    "popular economy": {"es": ["EPS"]},
}


def add_seed_acronyms(apps, schema_editor):
    from caching.content_version import bump_content_version
    from glossary.seed import add_names, load_glossary

    term_model = apps.get_model("glossary", "GlossaryTerm")
    # The entries added since 0004 (civil society organisation, SME, ICA…): only the missing.
    load_glossary(term_model, apps.get_model("wagtailcore", "Locale"))
    add_names(term_model, ADDED_AFTER_0004)
    # Saved through the historical model, which sends no signal the caches listen to.
    bump_content_version()


class Migration(migrations.Migration):
    dependencies = [("glossary", "0004_seed_names_of_existing_entries")]

    operations = [migrations.RunPython(add_seed_acronyms, migrations.RunPython.noop)]
