from django.db import migrations

# The adjectives a query uses for the people and sectors the glossary names, in the languages
# that make one ("cooperativa juvenil", "coopérative féminine", "fondo forestal"), which no
# stemmer joins to the noun; seed/sse_terms.tsv gives them to a fresh database (0002).
ADDED_AFTER_0006 = {
    "youth": {
        "fr": ["juvénile", "juvéniles"],
        "es": ["juvenil", "juveniles"],
        "pt": ["juvenil", "juvenis"],
    },
    "women": {
        "en": ["female"],
        "fr": ["féminine", "féminines"],
        "es": ["femenina", "femeninas", "femenino"],
        "pt": ["feminina", "femininas", "feminino"],
    },
    "fishers": {
        "fr": ["halieutique"],
        "es": ["pesquera", "pesquero", "pesqueras"],
        "pt": ["pesqueira", "pesqueiro", "pesqueiras"],
    },
    "forest": {
        "en": ["forests"],
        "fr": ["forestier", "forestière", "forestières"],
        "es": ["forestal", "forestales"],
        "pt": ["florestal", "florestais"],
    },
    # And the United States' name of reserved contracts.
    "reserved contracts": {"en": ["set-aside contracts", "set-asides"]},
    "children": {
        "en": ["child"],
        "fr": ["enfance"],
        "es": ["infantil", "infancia"],
        "pt": ["infantil", "infância"],
    },
}


def add_adjectives(apps, schema_editor):
    from caching.content_version import bump_content_version
    from glossary.seed import add_names

    add_names(apps.get_model("glossary", "GlossaryTerm"), ADDED_AFTER_0006)
    # Saved through the historical model, which sends no signal the caches listen to.
    bump_content_version()


class Migration(migrations.Migration):
    dependencies = [("glossary", "0006_seed_groups_and_sectors")]

    operations = [migrations.RunPython(add_adjectives, migrations.RunPython.noop)]
