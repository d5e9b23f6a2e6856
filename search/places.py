"""Places people name in a query that are not filters.

Regions that are neither countries nor UN M49 regions (the Andes, the Sahel, the Southern
Cone): a query naming one, in one word or several, also looks for the pages of its countries
(search/query_analysis.py), below the pages that name the region itself. Country and M49
region names ("West Africa", "Sub-Saharan Africa") become filters instead
(search/query_understanding.py).

Cities, whose names differ between languages ("Seúl", "Séoul", "Seoul"): a query naming one
also looks for its other names, from CLDR's exemplar cities (babel), so no list is kept here.
"""

from functools import cache

from babel.core import get_global
from babel.dates import get_timezone_location
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
    # Names of several words, as people write them (folded when read).
    ("southern cone", "cône sud", "cono sur", "cone sul"): ("AR", "CL", "PY", "UY"),
    ("horn of africa", "corne de l'afrique", "cuerno de África", "chifre da África",
     "corno de África"): ("DJ", "ER", "ET", "SO"),
    # No dependency defines it well (country_converter's IMAGE "Middle East" leaves out
    # Palestine, Egypt and Turkey): the usual meaning.
    ("middle east", "moyen-orient", "proche-orient", "oriente medio", "medio oriente",
     "oriente próximo", "oriente médio"): (
        "AE", "BH", "EG", "IL", "IQ", "IR", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY",
        "TR", "YE",
    ),
}  # fmt: skip
MAX_REGION_WORDS = 4


@cache
def _countries_of():
    """Folded name ("southern cone") -> ISO codes of its countries."""
    return {
        " ".join(WORD.findall(fold(name))): codes
        for names, codes in REGIONS.items()
        for name in names
    }


def region_at(words, position):
    """(how many words, the region's other names, the names of its countries) of the longest
    region named by the folded `words` from `position` ("southern cone" in "cooperatives of the
    southern cone"); (0, (), ()) when none starts there."""
    for length in range(min(MAX_REGION_WORDS, len(words) - position), 0, -1):
        name = " ".join(words[position : position + length])
        countries_names = country_names_of_region(name)
        if countries_names:
            return length, other_names_of_region(name), countries_names
    return 0, (), ()


@cache
def other_names_of_region(name):
    """The region's other folded names and adjectives ("andean", "andina" for "andes")."""
    for names in REGIONS:
        folded = [" ".join(WORD.findall(fold(other))) for other in names]
        if name in folded:
            return tuple(other for other in folded if other != name)
    return ()


@cache
def country_names_of_region(name):
    """The names, in every working language, of the countries of the region a folded name
    names; () when it names none."""
    codes = _countries_of().get(name, ())
    names = set()
    for code in codes:
        for language, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            with translation.override(language):
                name = countries.name(code)
            if name:
                names.add(" ".join(WORD.findall(fold(str(name)))))
    return tuple(sorted(names))


MAX_CITY_WORDS = 4


def _folded(name):
    return " ".join(WORD.findall(fold(name)))


@cache
def _city_names():
    """Folded name of a city in one working language -> its folded names in all of them.

    CLDR names the main city of every time zone in each language. A name that is also a
    country's ("Mexico", French for Mexico City; "Panama") is left to the country filter.
    """
    languages = [language for language, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    country_names = set()
    for language in languages:
        with translation.override(language):
            country_names.update(_folded(str(name)) for _code, name in countries)
    names_of = {}
    for zone in get_global("zone_territories"):
        if zone.startswith("Etc/"):
            continue
        names = {
            _folded(get_timezone_location(zone, language, return_city=True))
            for language in languages
        } - country_names
        if len(names) < 2:
            continue  # named alike in every language: the words as typed find it
        for name in names:
            names_of.setdefault(name, set()).update(names)
    return {name: tuple(sorted(others - {name})) for name, others in names_of.items()}


def city_at(words, position):
    """(how many words, the city's other names) of the longest city named by the folded
    `words` from `position` ("ciudad de mexico"); (0, ()) when none starts there."""
    for length in range(min(MAX_CITY_WORDS, len(words) - position), 0, -1):
        others = _city_names().get(" ".join(words[position : position + length]))
        if others:
            return length, others
    return 0, ()
