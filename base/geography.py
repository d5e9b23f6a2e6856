"""Continents and sub-regions of countries (UN M49), with names in the visitor's language.

Which region a country belongs to comes from country_converter's data table (UN M49 regions),
and region names come from babel's CLDR data, so no list of countries is written by hand here.
"""

import csv
import re
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from babel import Locale, UnknownLocaleError
from django.utils.translation import get_language

# country_converter names a few regions differently from CLDR's English names.
REGION_NAME_ALIASES = {
    "America": "019",
    "Australia and New Zealand": "053",
    "Micronesia": "057",
    "South-eastern Asia": "035",
}
CONTINENTS = ("002", "019", "142", "150", "009")  # Africa, Americas, Asia, Europe, Oceania


@cache
def _english_region_codes():
    names = Locale("en").territories
    codes = {name: code for code, name in names.items() if code.isdigit()}
    return {**codes, **REGION_NAME_ALIASES}


@cache
def _country_regions():
    """Map ISO 3166 alpha-2 code to (continent M49 code, sub-region M49 code)."""
    codes = _english_region_codes()
    # Only its data file: importing country_converter loads pandas (+60 MB in each worker).
    package = find_spec("country_converter").submodule_search_locations[0]
    table = Path(package) / "country_data.tsv"
    regions = {}
    with table.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows, delimiter="\t"):
            continent = codes.get(row["continent"])
            # A few rows give a pattern of alternative codes, e.g. "^GB$|^UK$" (GB is ISO's).
            iso_codes = re.findall(r"[A-Z]{2}", row["ISO2"])
            if iso_codes and not row["obsolete"] and continent:
                regions[iso_codes[0]] = (continent, codes.get(row["UNregion"], ""))
    return regions


def continent_of(country_code):
    return _country_regions().get(country_code, ("", ""))[0]


def subregion_of(country_code):
    return _country_regions().get(country_code, ("", ""))[1]


def countries_in(region_code):
    """Country codes of a continent or a sub-region."""
    return sorted(code for code, regions in _country_regions().items() if region_code in regions)


def is_region(code):
    return any(code in regions for regions in _country_regions().values())


def region_name(region_code, language=None):
    try:
        locale = Locale.parse((language or get_language() or "en").replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        locale = Locale("en")
    return locale.territories.get(region_code, region_code)


def continent_choices(language=None):
    return [(code, region_name(code, language)) for code in CONTINENTS]
