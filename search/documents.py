"""What the exchange search knows about a story or a toolkit: one flat document per page.

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

from base import geography
from base.languages import original_version, page_versions
from search import registry
from search.analysis import analyse, analyse_everywhere
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


def streamfield_text(page, field_name):
    """The words of a page's StreamField, in plain text (for SearchContent.body)."""
    field = page._meta.get_field(field_name)
    return " ".join(
        strip_tags(text) for text in field.get_searchable_content(getattr(page, field_name))
    )


def build_document(page):
    """The search document of a live page of a registered type (specific instance).

    What every classified page has (countries, regions, taxonomy) is read here; what only its
    type knows comes from its search_content() (search/registry.py).
    """
    content = page.search_content()
    language = page.locale.language_code
    country_codes = page.country_codes
    continents = sorted({geography.continent_of(code) for code in country_codes} - {""})
    subregions = sorted({geography.subregion_of(code) for code in country_codes} - {""})
    themes = sorted(theme.slug for theme in page.themes.all())
    sectors = sorted(sector.slug for sector in page.sectors.all())
    groups = sorted(group.slug for group in page.target_groups.all())
    versions = page_versions(page)
    original = original_version(versions)

    labels = set(content.labels)
    for code in country_codes:
        labels |= country_names(code)
    for code in continents + subregions:
        labels |= region_names(code)
    labels |= _taxonomy_names(WorkAxis, [page.work_axis.slug])
    labels |= _taxonomy_names(Theme, themes)
    labels |= _taxonomy_names(Sector, sectors)
    labels |= _taxonomy_names(TargetGroup, groups)

    files_text = content.files_text
    body = content.body
    published = content.published
    facets = {"kind": [registry.kind_of(page)], **content.facets}
    facets |= {
        "country": country_codes,
        "continent": continents,
        "subregion": subregions,
        "axis": [page.work_axis.slug],
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
        "summary": page.summary,
        "body": body,
        "files_text": " ".join(files_text.values())[:MAX_TEXT_CHARACTERS],
        "labels": labels,
        # Analysed once here, indexed as they are by both engines (see search/analysis.py).
        "tokens": {
            "title": _joined(analyse(page.title, language)),
            "summary": _joined(analyse(page.summary, language)),
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
