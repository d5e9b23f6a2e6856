"""Where a page applies, so that a visitor who picks a country finds what applies there.

A page applies to its own countries; a continental toolkit to every country of the sub-regions
its countries are in (a whole continent when they cover all of its sub-regions); a page placed on
a continent or a sub-region and no country (a continental network, a regional working group) to
every country there; an international toolkit everywhere. The `country` facet of a search
document lists every country a page applies to, so both engines filter and count it by this rule
with no change; the `scope` values say how (`country:SN`, `subregion:011`, `continent:002`,
`world`), to rank the pages of the country first, then its sub-region, its continent, the world,
and to label them.
"""

from functools import cache

from django.utils.translation import gettext as _

from base import geography

WORLD = "world"


@cache
def _subregions_of_continent(continent):
    return frozenset(geography.subregion_of(code) for code in geography.countries_in(continent))


def applicability(country_codes, level="", is_international=False, region_codes=()):
    """(scope values, every country the page applies to). `region_codes`: the continents or
    sub-regions (UN M49) of a page placed on them rather than on countries."""
    scope = [f"country:{code}" for code in country_codes]
    scope += [f"{_region_kind(code)}:{code}" for code in region_codes]
    if is_international:
        return scope + [WORLD], sorted(all_countries())
    if region_codes:
        covered = set(country_codes)
        for region in region_codes:
            covered.update(geography.countries_in(region))
        return scope, sorted(covered)
    if level != "continental":
        return scope, list(country_codes)
    subregions = {geography.subregion_of(code) for code in country_codes} - {""}
    scope += [f"subregion:{code}" for code in sorted(subregions)]
    for continent in sorted({geography.continent_of(code) for code in country_codes} - {""}):
        if _subregions_of_continent(continent) <= subregions:
            scope.append(f"continent:{continent}")
    covered = set(country_codes)
    for subregion in subregions:
        covered.update(geography.countries_in(subregion))
    return scope, sorted(covered)


def _region_kind(code):
    return "continent" if code in geography.CONTINENTS else "subregion"


def continental_reach(code):
    """The countries a continental page must list to apply to `code` under applicability()'s
    rule: those of its sub-region (a page covering the whole continent lists one of them too).
    For lists of pages filtered in the database (the atlas's country dossier)."""
    subregion = geography.subregion_of(code)
    return sorted(geography.countries_in(subregion)) if subregion else [code]


def applies_to(code, country_codes, level="", is_international=False):
    """True when a page of these countries, level and reach applies to the country `code`."""
    return code in applicability(country_codes, level, is_international)[1]


@cache
def all_countries():
    countries = set()
    for continent in geography.CONTINENTS:
        countries.update(geography.countries_in(continent))
    return frozenset(countries)


PLACE_FACETS = ("country", "subregion", "continent")


def scope_tiers(filters):
    """The scope values that make a page apply to the chosen places (countries, sub-regions,
    continents), nearest first: the places' own pages, then their sub-regions', continents',
    the world's. None when no place is chosen."""
    countries = set(filters.get("country", []))
    subregions = set(filters.get("subregion", []))
    continents = set(filters.get("continent", []))
    if not (countries or subregions or continents):
        return None
    for region in subregions | continents:
        countries.update(geography.countries_in(region))
    subregions |= {geography.subregion_of(code) for code in countries} - {""}
    continents |= {geography.continent_of(code) for code in countries} - {""}
    return [
        sorted(f"country:{code}" for code in countries),
        sorted(f"subregion:{code}" for code in subregions),
        sorted(f"continent:{code}" for code in continents),
        [WORLD],
    ]


def ranking_tiers(filters, names_the_field=False):
    """The tiers results are ranked by: the chosen places' (scope_tiers), or for a query naming
    only the field itself ("SSE", "economia solidária": words on most pages, so no subject and
    no place) the pages meant for everywhere before a law, a story or an organisation of one
    country (sorted by relevance: newest first stays newest first). None: no tiers."""
    return scope_tiers(filters) or ([[WORLD]] if names_the_field else None)


def tier(scope, tiers):
    """0 for the places' own pages, then 1, 2, 3: sub-region, continent, world."""
    for number, values in enumerate(tiers):
        if any(value in scope for value in values):
            return number
    return len(tiers)


def applicability_label(scope, tiers, language):
    """ "for all of Western Africa", "international", or "" for the place's own pages."""
    found = tier(scope, tiers)
    if found == 0 or found >= len(tiers):
        return ""
    if found == 3:
        return _("international")
    region = next(value for value in tiers[found] if value in scope).partition(":")[2]
    return _("for all of %(region)s") % {"region": geography.region_name(region, language)}
