"""Facet values are codes and slugs; visitors read them in their own language."""

from functools import lru_cache

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from base import geography
from base.languages import language_name
from caching.content_version import content_version
from search import registry
from search.documents import FACET_NAMES
from taxonomy.models import GovernmentLevel, Sector, TargetGroup, Theme, WorkAxis

FACET_TITLES = {
    "kind": _("Type of content"),
    "country": _("Country"),
    "continent": _("Continent"),
    "subregion": _("Sub-region"),
    "axis": _("Work axis"),
    "theme": _("Theme"),
    "sector": _("Sector"),
    "group": _("Target group"),
    "type": _("Toolkit type"),
    "level": _("Level of government"),
    "file_language": _("File language"),
    "year": _("Year"),
}
TAXONOMY_FACETS = {"axis": WorkAxis, "theme": Theme, "sector": Sector, "group": TargetGroup}


@lru_cache(maxsize=32)
def _taxonomy_labels(language, content_version):
    """slug -> name of each taxonomy facet; read again when the content version changes."""
    taxonomy = {}
    for facet, model in TAXONOMY_FACETS.items():
        names = model.objects.filter(locale__language_code=language).values_list("slug", "name")
        taxonomy[facet] = dict(names)
        if facet == "axis":
            numbers = model.objects.filter(locale__language_code=language)
            taxonomy[facet] = {axis.slug: str(axis) for axis in numbers}
    return taxonomy


@lru_cache(maxsize=8192)
def _fixed_label(language, facet, value):
    """Labels that come from code and CLDR data, never from editors."""
    with translation.override(language):
        if facet == "country":
            return str(countries.name(value)) or value
        if facet in ("continent", "subregion"):
            return geography.region_name(value, language)
        if facet == "level":
            return str(dict(GovernmentLevel.choices).get(value, value))
        if facet == "file_language":
            return language_name(value, language)
        if facet == "kind":
            return str(registry.kind_label(value) or value)
        # Facets of a page type's own choices, e.g. the toolkit type (search/registry.py).
        return str(registry.choice_label(facet, value) or value)


def facet_labeller(language):
    """A function (facet, value) -> label in `language`; taxonomy names read once per version."""
    taxonomy = _taxonomy_labels(language, content_version())

    def label(facet, value):
        if facet in taxonomy:
            return taxonomy[facet].get(value, value)
        return _fixed_label(language, facet, value)

    return label


def labelled_facets(results, query):
    """[{name, title, values: [{value, label, count, selected}]}] in display order."""
    label = facet_labeller(query.language)
    facets = []
    for name in FACET_NAMES:
        selected = set(query.filters.get(name, []))
        values = [
            {
                "value": value,
                "label": label(name, value),
                "count": count,
                "selected": value in selected,
            }
            for value, count in results.facets.get(name, [])
        ]
        if name == "year":
            values.sort(key=lambda v: v["value"], reverse=True)
        if values:
            facets.append({"name": name, "title": str(FACET_TITLES[name]), "values": values})
    return facets
