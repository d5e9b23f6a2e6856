"""Facet values are codes and slugs; visitors read them in their own language."""

from functools import lru_cache

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from base import geography
from base.languages import language_name
from caching.content_version import content_version
from search import registry
from search.analysis import WORD, fold
from search.documents import FACET_NAMES, working_languages
from search.query_analysis import stop_words
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
    "policy_type": _("Kind of policy"),
    "status": _("Status"),
    "level": _("Level of government"),
    "file_language": _("File language"),
    "year": _("Year"),
}
COUNTRY_COUNTS_NOTE = _(
    "Each count includes the pages for the country's region or continent and the "
    "international toolkits."
)
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
        if facet == "level" and value in GovernmentLevel.values:
            return str(GovernmentLevel(value).label)
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
        elif name == "country":
            # By name in the visitor's language (and its alphabet's order, accents aside),
            # chosen ones first: a long list a visitor reads like an index.
            values.sort(key=lambda v: (not v["selected"], fold(v["label"])))
        if values:
            facet = {"name": name, "title": str(FACET_TITLES[name]), "values": values}
            if name == "country":
                facet["note"] = str(COUNTRY_COUNTS_NOTE)
            facets.append(facet)
    return facets


def place_label(scope, language):
    """Where a page applies, for its card: its countries' names, else its regions', or
    "International"."""
    label = facet_labeller(language)
    countries_, regions, world = [], [], False
    for value in scope:
        facet, _separator, code = value.partition(":")
        if facet == "country":
            countries_.append(label("country", code))
        elif facet in ("subregion", "continent"):
            regions.append(label(facet, code))
        else:
            world = True
    if countries_ and not regions and not world:
        return ", ".join(sorted(countries_, key=fold))
    with translation.override(language):
        international = str(_("International"))
    return ", ".join([*sorted(regions, key=fold), *([international] if world else [])]) or (
        ", ".join(sorted(countries_, key=fold))
    )


# Values whose labels name no subject ("Other", "Autre"): no concept to look for.
UNNAMED_VALUES = {"other"}
# A policy's status ("In force", "Proposed") is no subject either: "forced" and "proper" share
# stems with its labels.
SUBJECTLESS_FACETS = {"status"}


def facet_label_concepts():
    """The labels of each facet value in the working languages, as one group (a concept source
    for search/query_analysis.py): a theme, a target group, a kind of policy or a level of
    government, translated by translators or by the interface's catalogs, so "ley de
    cooperativas" finds the English-only law and "protección social" that theme's pages."""
    values = {
        (facet, slug)
        for facet, model in TAXONOMY_FACETS.items()
        for slug in model.objects.values_list("slug", flat=True).distinct()
    }
    values |= {
        (facet, value)
        for page_type in registry.page_types()
        for facet, choices in page_type.facet_choices.items()
        for value in choices.values
    }
    values |= {("level", value) for value in GovernmentLevel.values}
    labellers = {language: facet_labeller(language) for language in working_languages()}
    version = content_version()
    groups = []
    for facet, value in sorted(values):
        if value in UNNAMED_VALUES or facet in SUBJECTLESS_FACETS:
            continue
        labels = {}  # label -> the languages it is the value's name in
        for language, label in labellers.items():
            name = str(label(facet, value))
            names = labels.setdefault(name, set())
            if _is_named_in(language, facet, value, name, version):
                names.add(language)
        group = []
        for name in sorted(name for name in labels if _names_itself(name)):
            named_in = sorted(labels[name])
            group += [(language, name) for language in named_in] if named_in else [name]
        groups.append(group)
    return groups


def _is_named_in(language, facet, value, label, version):
    """Whether `label` is really the value's name in `language`, not a fallback: a taxonomy
    value untranslated into it is shown by its slug, and a catalog string untranslated into
    it by its English."""
    if facet in TAXONOMY_FACETS:
        return value in _taxonomy_labels(language, version)[facet]
    return language == "en" or label != str(facet_labeller("en")(facet, value))


def _names_itself(label):
    """Whether a label is still itself once its grammar is left out, as the search leaves it:
    "En vigueur" would be "vigueur", one word that means something else; "Lei de bases" is
    still "lei bases"."""
    words = WORD.findall(fold(label))
    content = [word for word in words if word not in stop_words()]
    return len(content) == len(words) or len(content) > 1
