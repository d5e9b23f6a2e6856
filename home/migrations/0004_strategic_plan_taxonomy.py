"""The taxonomy of the network's 2021-2023 strategic plan, in the four working languages.

Source: shared/seed/work-axes-2021-2023.fr.txt. Editors extend these lists as snippets.
"""

import uuid

from django.conf import settings
from django.db import migrations

# (slug, {language: name}) — slugs are shared by every translation of a term.
WORK_AXES = [
    (1, "international-advocacy", {
        "en": "Advocacy in international arenas",
        "fr": "Plaidoyer dans les arènes internationales",
        "es": "Incidencia en los espacios internacionales",
        "pt": "Advocacy nas arenas internacionais",
    }),
    (2, "public-policy", {
        "en": "National and local advocacy for SSE public policy",
        "fr": "Plaidoyer national et local pour des politiques publiques de l’ESS",
        "es": "Incidencia nacional y local por políticas públicas de ESS",
        "pt": "Advocacy nacional e local por políticas públicas de ESS",
    }),
    (3, "alliances", {
        "en": "Alliances with other transformative movements",
        "fr": "Convergence avec d’autres mouvements",
        "es": "Convergencia con otros movimientos",
        "pt": "Convergência com outros movimentos",
    }),
    (4, "information-and-tools", {
        "en": "Information, tools and educational material",
        "fr": "Informations, outils et matériel éducatif",
        "es": "Información, herramientas y material educativo",
        "pt": "Informação, ferramentas e material educativo",
    }),
]
THEMES = [
    ("environment", {"en": "Environment", "fr": "Environnement", "es": "Medio ambiente",
                     "pt": "Meio ambiente"}),
    ("sdgs", {"en": "Sustainable Development Goals", "fr": "Objectifs de développement durable",
              "es": "Objetivos de Desarrollo Sostenible",
              "pt": "Objetivos de Desenvolvimento Sustentável"}),
    ("local-development", {"en": "Local development", "fr": "Développement local",
                           "es": "Desarrollo local", "pt": "Desenvolvimento local"}),
    ("policy-co-construction", {"en": "Co-construction of public policy",
                                "fr": "Co-construction des politiques publiques",
                                "es": "Co-construcción de políticas públicas",
                                "pt": "Co-construção de políticas públicas"}),
    ("transformative-economies", {"en": "Transformative economies",
                                  "fr": "Économies transformatrices",
                                  "es": "Economías transformadoras",
                                  "pt": "Economias transformadoras"}),
]
SECTORS = [
    ("food-sovereignty", {"en": "Food sovereignty", "fr": "Souveraineté alimentaire",
                          "es": "Soberanía alimentaria", "pt": "Soberania alimentar"}),
    ("social-protection", {"en": "Social protection", "fr": "Protection sociale",
                           "es": "Protección social", "pt": "Proteção social"}),
    ("ethical-finance", {"en": "Ethical finance", "fr": "Finances éthiques",
                         "es": "Finanzas éticas", "pt": "Finanças éticas"}),
]
TARGET_GROUPS = [
    ("youth", {"en": "Youth", "fr": "Jeunes", "es": "Jóvenes", "pt": "Juventude"}),
    ("women", {"en": "Women", "fr": "Femmes", "es": "Mujeres", "pt": "Mulheres"}),
    ("migrants", {"en": "Migrants", "fr": "Migrants", "es": "Migrantes", "pt": "Migrantes"}),
    ("informal-workers", {"en": "Informal workers", "fr": "Travailleurs informels",
                          "es": "Trabajadores informales", "pt": "Trabalhadores informais"}),
    ("indigenous-peoples", {"en": "Indigenous peoples", "fr": "Peuples autochtones",
                            "es": "Pueblos indígenas", "pt": "Povos indígenas"}),
]


def create_taxonomy(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    locales = {}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locales[code], _created = Locale.objects.get_or_create(language_code=code)

    def create_terms(model_name, terms):
        model = apps.get_model("home", model_name)
        for extra, slug, names in terms:
            if model.objects.filter(slug=slug).exists():
                continue
            key = uuid.uuid4()
            for code, locale in locales.items():
                name = names.get(code, names["en"])
                model.objects.create(translation_key=key, locale=locale, slug=slug, name=name,
                                     **extra)

    create_terms("WorkAxis", [({"number": n}, slug, names) for n, slug, names in WORK_AXES])
    create_terms("Theme", [({}, slug, names) for slug, names in THEMES])
    create_terms("Sector", [({}, slug, names) for slug, names in SECTORS])
    create_terms("TargetGroup", [({}, slug, names) for slug, names in TARGET_GROUPS])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_taxonomy, migrations.RunPython.noop)]
