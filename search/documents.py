"""What the exchange search knows about a story or a toolkit: one flat document per page.

Both engines (the database and Elasticsearch) are fed the same documents built here, so they
find the same pages and count the same facets. Country and taxonomy labels are written in every
working language, so a query in one language finds pages written in another.
"""

import hashlib
import json

from babel import Locale
from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags
from django_countries import countries as all_countries

from base import geography
from base.languages import original_version, page_versions
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


def _streamfield_text(page, field_name):
    field = page._meta.get_field(field_name)
    return " ".join(
        strip_tags(text) for text in field.get_searchable_content(getattr(page, field_name))
    )


def build_document(page):
    """The search document of a live StoryPage or ToolkitPage (specific instance)."""
    from stories.models import StoryPage

    is_story = isinstance(page, StoryPage)
    language = page.locale.language_code
    country_codes = page.country_codes
    continents = sorted({geography.continent_of(code) for code in country_codes} - {""})
    subregions = sorted({geography.subregion_of(code) for code in country_codes} - {""})
    themes = sorted(theme.slug for theme in page.themes.all())
    sectors = sorted(sector.slug for sector in page.sectors.all())
    groups = sorted(group.slug for group in page.target_groups.all())
    versions = page_versions(page)
    original = original_version(versions)

    labels = set()
    for code in country_codes:
        labels |= country_names(code)
    for code in continents + subregions:
        labels |= region_names(code)
    labels |= _taxonomy_names(WorkAxis, [page.work_axis.slug])
    labels |= _taxonomy_names(Theme, themes)
    labels |= _taxonomy_names(Sector, sectors)
    labels |= _taxonomy_names(TargetGroup, groups)

    files_text = {}
    if is_story:
        body = _streamfield_text(page, "body")
        extra = [page.organisation, page.locality]
        facets = {"kind": ["story"], "year": [str(page.date.year)]}
        published = page.date.isoformat()
    else:
        body = _streamfield_text(page, "description")
        extra = [page.publisher]
        # A file in a private collection is served to its admitted users only: neither its
        # words nor its language may show in what every visitor searches.
        files = [
            file
            for file in page.files.select_related("document__collection")
            if not file.document.collection.get_view_restrictions().exists()
        ]
        file_languages = sorted({file.language for file in files})
        for file in files:
            text = f"{file.label} {file.document.title} {file.document.text_content}"
            files_text[file.language] = f"{files_text.get(file.language, '')} {text}"
        facets = {
            "kind": ["toolkit"],
            "year": [str(page.year)],
            "type": [page.toolkit_type],
            "level": [page.government_level],
            "file_language": file_languages,
        }
        published = f"{page.year:04d}-12-31"
        if page.is_international:
            labels |= {"international", "internacional"}
    facets |= {
        "country": country_codes,
        "continent": continents,
        "subregion": subregions,
        "axis": [page.work_axis.slug],
        "theme": themes,
        "sector": sectors,
        "group": groups,
    }
    body = f"{body} {' '.join(filter(None, extra))}"[:MAX_TEXT_CHARACTERS]
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


def language_name(code, language=None):
    try:
        locale = Locale.parse((language or translation.get_language() or "en").replace("-", "_"))
    except ValueError:
        locale = Locale("en")
    return locale.languages.get(code, code)
