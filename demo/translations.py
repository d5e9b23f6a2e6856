"""The demo's translations: the language packs, and the pages each language goes without.

English is the source language. Each pack (translations_fr.py, translations_es.py,
translations_pt.py) translates the home page, the two listings and a share of the stories and
toolkits; the others are left untranslated on purpose, so that visitors see the fallback at
work: listings and search show them in English, labelled with their language, and the
language switcher says they are not translated.
"""

from demo import translations_es, translations_fr, translations_pt

LANGUAGE_PACKS = (translations_fr.PACK, translations_es.PACK, translations_pt.PACK)

# Slugs of the pages each language deliberately lacks; every other page has a translation.
DELIBERATELY_UNTRANSLATED = {
    "fr": {
        "stories": (
            "seoul-district-social-economy-council",
            "quezon-city-informal-workers-mutual",
            "suva-market-vendors-pacific-forum",
            "quetzaltenango-maya-weavers-collective-designs",
            "rotorua-community-housing-enterprise",
            "yogyakarta-courier-platform-cooperative",
            "koraput-millet-cooperative",
            "valparaiso-migrant-cleaning-cooperative",
            "oaxaca-indigenous-coffee-cooperative",
            "riobamba-community-savings-banks",
            "central-australia-bush-foods-cooperative",
        ),
        "toolkits": (
            "reserved-procurement-brief",
            "recycling-cooperative-contract-template",
            "community-bank-handbook",
            "informal-workers-social-protection-brief",
            "domestic-workers-cooperative-guide",
            "indigenous-led-enterprises-case-studies",
            "latin-american-sse-policy-tracker",
            "asia-social-protection-dialogue",
            "cooperatives-with-migrants-guide",
            "local-food-councils-brief",
            "pacific-community-enterprise-brief",
        ),
    },
    "es": {
        "stories": (
            "sherbrooke-social-procurement",
            "seoul-district-social-economy-council",
            "liege-ethical-finance-guarantee",
            "bafoussam-regional-sse-platform",
            "quezon-city-informal-workers-mutual",
            "suva-market-vendors-pacific-forum",
            "kisumu-youth-fish-farming-cooperative",
            "rotorua-community-housing-enterprise",
            "bobo-dioulasso-shea-butter-agroecology",
            "koraput-millet-cooperative",
            "chefchaouen-weaving-cooperative-mapping",
        ),
        "toolkits": (
            "community-bank-handbook",
            "womens-savings-groups-manual",
            "informal-workers-social-protection-brief",
            "csa-municipal-partnerships",
            "youth-cooperative-starter-kit",
            "african-sse-advocacy-agenda",
            "asia-social-protection-dialogue",
            "public-guarantees-ethical-finance",
            "local-sse-council-bylaws",
            "social-procurement-training",
            "pacific-community-enterprise-brief",
        ),
    },
    "pt": {
        "stories": (
            "sherbrooke-social-procurement",
            "seoul-district-social-economy-council",
            "liege-ethical-finance-guarantee",
            "bafoussam-regional-sse-platform",
            "quezon-city-informal-workers-mutual",
            "suva-market-vendors-pacific-forum",
            "sfax-youth-olive-oil-cooperative",
            "kisumu-youth-fish-farming-cooperative",
            "quetzaltenango-maya-weavers-collective-designs",
            "rotorua-community-housing-enterprise",
            "yogyakarta-courier-platform-cooperative",
            "koraput-millet-cooperative",
            "apennines-community-cooperative",
            "chefchaouen-weaving-cooperative-mapping",
            "riobamba-community-savings-banks",
            "central-australia-bush-foods-cooperative",
        ),
        "toolkits": (
            "sse-framework-law-model",
            "reserved-procurement-brief",
            "womens-savings-groups-manual",
            "informal-workers-social-protection-brief",
            "csa-municipal-partnerships",
            "fair-trade-school-canteens-campaign",
            "youth-cooperative-starter-kit",
            "sse-and-sdg-localisation",
            "asia-social-protection-dialogue",
            "public-guarantees-ethical-finance",
            "local-sse-council-bylaws",
            "social-procurement-training",
            "trade-unions-and-sse",
            "measuring-the-sse-statistics",
            "pacific-community-enterprise-brief",
            "peer-exchange-visits-guide",
        ),
    },
}
