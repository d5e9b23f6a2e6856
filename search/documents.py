"""What the exchange search knows about a page: one flat document per page.

Both engines (the database and Elasticsearch) are fed the same documents built here, so they
find the same pages and count the same facets. Country and taxonomy labels are written in every
working language, so a query in one language finds pages written in another.
"""

import hashlib
import json

from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags
from django_countries import countries as all_countries
from wagtail import blocks

from base import geography
from base.languages import original_version, page_versions
from search import registry
from search.analysis import analyse, analyse_everywhere
from search.applicability import applicability
from taxonomy.models import Sector, TargetGroup, Theme, WorkAxis

MAX_TEXT_CHARACTERS = 200_000


# Facet names are query parameters (?country=BR&country=SN), in the order shown to visitors.
FACET_NAMES = [
    "kind",
    "country",
    "continent",
    "subregion",
    "axis",
    "theme",
    "sector",
    "group",
    "type",
    "policy_type",
    "status",
    "level",
    "file_language",
    "year",
]


def working_languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def country_names(code):
    """The country's name in every working language."""
    names = set()
    for language in working_languages():
        with translation.override(language):
            names.add(str(all_countries.name(code)))
    return names


def region_names(code):
    return {geography.region_name(code, language) for language in working_languages()}


def _taxonomy_names(model, slugs):
    return set(model.objects.filter(slug__in=slugs).values_list("name", flat=True))


def _block_text(block, value):
    """The words a visitor reads in a block. Wagtail's get_searchable_content also gives a
    ChoiceBlock's label ("Section heading"), which is an editor's setting, not page text."""
    if value is None or isinstance(block, blocks.ChoiceBlock):
        return []
    if isinstance(block, blocks.StructBlock) and isinstance(value, blocks.StructValue):
        return [
            text
            for name, child in block.child_blocks.items()
            for text in _block_text(child, value.get(name))
        ]
    if isinstance(block, blocks.ListBlock):
        return [text for item in value for text in _block_text(block.child_block, item)]
    if isinstance(block, blocks.StreamBlock):
        return [text for child in value for text in _block_text(child.block, child.value)]
    return block.get_searchable_content(value)


def streamfield_text(page, field_name):
    """The words of a page's StreamField, in plain text (for SearchContent.body)."""
    stream = getattr(page, field_name)
    return " ".join(
        strip_tags(text) for child in stream for text in _block_text(child.block, child.value)
    )


def _term_slugs(page, name):
    """The slugs of a page's taxonomy terms; none when its type has no such field (an event,
    an organisation: the network's pages lack some of the classification)."""
    terms = getattr(page, name, None)
    return sorted(term.slug for term in terms.all()) if terms is not None else []


def build_document(page):
    """The search document of a live page of a registered type (specific instance).

    What a classified page has (countries, regions, taxonomy) is read here, when its type has
    it; what only its type knows comes from its search_content() (search/registry.py).
    """
    language = page.locale.language_code
    # Labels a page type writes into its words (a kind of event) are in the page's language.
    with translation.override(language):
        content = page.search_content()
    country_codes = getattr(page, "country_codes", [])
    # A page placed on a continent or a sub-region and no country says which (its `region_codes`).
    region_codes = getattr(page, "region_codes", ())
    scope, applies_to = applicability(
        country_codes,
        getattr(page, "government_level", ""),
        getattr(page, "is_international", False),
        region_codes,
    )
    continents = sorted({geography.continent_of(code) for code in applies_to} - {""})
    subregions = sorted({geography.subregion_of(code) for code in applies_to} - {""})
    themes = _term_slugs(page, "themes")
    sectors = _term_slugs(page, "sectors")
    groups = _term_slugs(page, "target_groups")
    axes = [page.work_axis.slug] if getattr(page, "work_axis_id", None) else []
    versions = page_versions(page)
    original = original_version(versions)

    labels = set(content.labels)
    for code in country_codes:
        labels |= country_names(code)
    for code in sorted({geography.continent_of(code) for code in country_codes} - {""}):
        labels |= region_names(code)
    for code in sorted({geography.subregion_of(code) for code in country_codes} - {""}):
        labels |= region_names(code)
    labels |= _taxonomy_names(WorkAxis, axes)
    labels |= _taxonomy_names(Theme, themes)
    labels |= _taxonomy_names(Sector, sectors)
    labels |= _taxonomy_names(TargetGroup, groups)

    files_text = content.files_text
    summary = getattr(page, "summary", "") or page.description_text()
    body = content.body
    published = content.published
    facets = {"kind": [registry.kind_of(page)], **content.facets}
    facets |= {
        # Every country the page applies to (search/applicability.py), and how.
        "country": applies_to,
        "scope": scope,
        "continent": continents,
        "subregion": subregions,
        "axis": axes,
        "theme": themes,
        "sector": sectors,
        "group": groups,
    }
    body = body[:MAX_TEXT_CHARACTERS]
    files_tokens = set()
    for file_language, text in files_text.items():
        files_tokens |= analyse(text, file_language)
    labels = " ".join(sorted(labels))
    document = {
        "page_id": page.pk,
        "translation_key": str(page.translation_key),
        "language": language,
        "available_languages": sorted(versions),
        "is_original": original is None or page.pk == original.pk,
        "title": page.title,
        "summary": summary,
        "body": body,
        "files_text": " ".join(files_text.values())[:MAX_TEXT_CHARACTERS],
        "labels": labels,
        # Analysed once here, indexed as they are by both engines (see search/analysis.py).
        "tokens": {
            "title": _joined(analyse(page.title, language)),
            "summary": _joined(analyse(summary, language)),
            "body": _joined(analyse(body, language)),
            "files": _joined(files_tokens),
            "labels": _joined(analyse_everywhere(labels)),
        },
        "url": page.get_url(),
        "published": published,
        "facets": {name: values for name, values in facets.items() if values},
    }
    # Tells the index check whether an indexed copy is stale.
    serialised = json.dumps(document, sort_keys=True, default=str).encode()
    document["fingerprint"] = hashlib.sha256(serialised).hexdigest()
    return document


def _joined(tokens):
    return " ".join(sorted(tokens))
