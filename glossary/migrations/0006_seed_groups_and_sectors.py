from django.db import migrations

# The names of the people the exchange works with and of their sectors that seed/sse_terms.tsv
# gave, after 0005, to entries databases already hold (a fresh database gets them from 0002):
# the activity beside its workers ("fishing" for "fishers": no stemmer joins them), the regional
# names ("First Nations", "previdência social") and the non-profit forms' acronyms. Only these.
ADDED_AFTER_0005 = {
    "fishers": {
        "en": ["fishing", "fisheries"],
        "fr": ["pêche", "pêcheries"],
        "es": ["pesca", "pesquerías"],
        "pt": ["pesca", "pescas"],
    },
    "indigenous peoples": {
        "en": ["indigenous communities", "First Nations", "Aboriginal peoples"],
        "fr": ["communautés autochtones", "premières nations", "peuples premiers"],
        "es": ["comunidades indígenas", "primeras naciones"],
        "pt": ["comunidades indígenas", "primeiras nações"],
    },
    "migrants": {
        "en": ["immigrants"],
        "fr": ["immigrés", "immigrants", "personnes migrantes"],
        "es": ["inmigrantes", "personas migrantes"],
        "pt": ["imigrantes", "pessoas migrantes"],
    },
    "refugees": {
        "en": ["asylum seekers", "displaced people"],
        "fr": ["demandeurs d'asile", "personnes déplacées"],
        "es": ["solicitantes de asilo", "personas desplazadas", "desplazados"],
        "pt": ["requerentes de asilo", "pessoas deslocadas", "deslocados"],
    },
    "persons with disabilities": {
        "en": ["people with disabilities", "disabled people", "disability"],
        "fr": ["handicap"],
        "es": ["personas discapacitadas", "discapacidad"],
        "pt": ["pessoas portadoras de deficiência", "deficiência"],
    },
    "social protection": {
        "en": ["social insurance"],
        "fr": ["assurance sociale"],
        "es": ["seguro social", "previsión social"],
        "pt": ["seguro social", "previdência social"],
    },
    "solidarity finance": {
        "en": ["social finance", "alternative finance"],
        "fr": ["finance sociale", "finance alternative"],
        "es": ["finanzas sociales", "finanzas alternativas"],
        "pt": ["finanças sociais", "finanças alternativas"],
    },
    "association": {
        "en": ["non-profit organisation", "non-profit organization", "nonprofit"],
        "fr": ["organisme à but non lucratif", "organisme sans but lucratif", "OBNL", "OSBL"],
        "es": ["organización sin fines de lucro", "entidad sin ánimo de lucro", "OSFL"],
        "pt": ["organização sem fins lucrativos", "entidade sem fins lucrativos", "OSFL"],
    },
    "care work": {
        "en": ["care workers", "carers"],
        "fr": ["travailleuses du care", "aides à domicile"],
        "es": ["trabajadoras del cuidado", "cuidadoras"],
        "pt": ["trabalhadoras do cuidado", "cuidadoras"],
    },
    "health mutual": {
        "en": ["community-based health insurance", "community health insurance"],
        "fr": ["assurance maladie communautaire", "mutuelle de santé communautaire"],
        "es": ["seguro de salud comunitario", "mutualidad de salud"],
        "pt": ["seguro de saúde comunitário", "mutualidade de saúde"],
    },
    "small and medium-sized enterprises": {
        "en": ["micro, small and medium enterprises", "MSME", "microenterprises"],
        "fr": ["très petites entreprises", "MPME", "TPE", "microentreprises"],
        "es": ["mipyme", "mipymes", "microempresas"],
        "pt": ["micro e pequenas empresas", "MPE", "microempresas"],
    },
    "solidarity economy": {"pt": ["ecosol"]},
}


def add_groups_and_sectors(apps, schema_editor):
    from caching.content_version import bump_content_version
    from glossary.seed import add_names, load_glossary

    term_model = apps.get_model("glossary", "GlossaryTerm")
    # The entries added since 0005 (platform workers, family farming, homeless people, social housing, GIE, FAO…).
    load_glossary(term_model, apps.get_model("wagtailcore", "Locale"))
    add_names(term_model, ADDED_AFTER_0005)
    # Saved through the historical model, which sends no signal the caches listen to.
    bump_content_version()


class Migration(migrations.Migration):
    dependencies = [("glossary", "0005_seed_acronyms_of_the_field")]

    operations = [migrations.RunPython(add_groups_and_sectors, migrations.RunPython.noop)]
