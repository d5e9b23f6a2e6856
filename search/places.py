"""Regions people name that are neither countries nor UN M49 regions (the Andes, the Sahel):
a query naming one also looks for the pages of its countries (search/query_analysis.py), below
the pages that name the region itself. Country and M49 region names become filters instead
(search/query_understanding.py).
"""

from functools import cache

from django.conf import settings
from django.utils import translation
from django_countries import countries

from search.analysis import WORD, fold

# Folded names (and adjectives) in the four working languages -> ISO codes of the countries.
REGIONS = {
    ("andes", "andean", "andin", "andine", "andino", "andina", "andinos", "andinas"): (
        "AR", "BO", "CL", "CO", "EC", "PE", "VE",
    ),
    ("amazon", "amazonia", "amazonie", "amazonas", "amazonian", "amazonien", "amazonico"): (
        "BO", "BR", "CO", "EC", "GY", "PE", "SR", "VE",
    ),
    ("sahel", "sahelian", "sahelien", "saheliano"): (
        "BF", "ML", "MR", "NE", "SN", "TD", "SD", "NG",
    ),
    ("maghreb", "magreb", "magrebe", "maghrebin", "magrebi"): ("DZ", "LY", "MA", "MR", "TN"),
    ("balkans", "balkan", "balcanes", "balcas", "balcanico"): (
        "AL", "BA", "BG", "GR", "HR", "ME", "MK", "RS", "SI", "XK",
    ),
    ("himalaya", "himalayas", "himalayan", "himalayen", "himalayo", "himalaia"): (
        "BT", "CN", "IN", "NP", "PK",
    ),
    ("caucasus", "caucase", "caucaso"): ("AM", "AZ", "GE"),
    ("patagonia", "patagonie"): ("AR", "CL"),
    ("mesoamerica", "mesoamerique"): ("BZ", "CR", "GT", "HN", "MX", "NI", "PA", "SV"),
}  # fmt: skip


@cache
def _countries_of():
    return {name: codes for names, codes in REGIONS.items() for name in names}


@cache
def country_names_of_region(word):
    """The names, in every working language, of the countries of the region a folded word
    names; () when it names none."""
    codes = _countries_of().get(word, ())
    names = set()
    for code in codes:
        for language, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            with translation.override(language):
                name = countries.name(code)
            if name:
                names.add(" ".join(WORD.findall(fold(str(name)))))
    return tuple(sorted(names))
