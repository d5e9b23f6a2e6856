"""Concepts the site search expands a query with: the glossary's entries and the short
segments translators have translated (wagtail-localize's translation memory)."""

from collections import defaultdict

from glossary.models import GlossaryTerm
from search.query_analysis import DescribedConcept

MAX_SEGMENT_WORDS = 4  # longer segments are sentences, not names of things

ESSGLOBAL = "http://purl.org/essglobal/standard/"
# English term of a seeded entry (seed/essglobal_terms.tsv) -> its ESSGlobal concept, read from
# the map-sse vocabularies (vocabs/standard/activities, themes and legal-form .skos): the SKOS
# export says they are the same concept (skos:exactMatch).
ESSGLOBAL_CONCEPTS = {
    "Agriculture and environment": "activities/a01",
    "Mining and quarrying": "activities/a02",
    "Craftmanship and manufacturing": "activities/a03",
    "Energy production and distribution": "activities/a04",
    "Recycling, waste treatment, water cycle and ecological restoration": "activities/a05",
    "Construction, public works and refurbishing": "activities/a06",
    "Trade and distribution": "activities/a07",
    "Transport, logistics and storage": "activities/a08",
    "Hospitality and food service activities": "activities/a09",
    "Information, communication and technologies": "activities/a10",
    "Financial, insurance and related activities": "activities/a11",
    "Habitat and housing": "activities/a12",
    "Professional, scientific and technical activities": "activities/a13",
    "Administration and management, tourism, rentals": "activities/a14",
    "Public administration and social security": "activities/a15",
    "Education and training": "activities/a16",
    "Social services, health and employment": "activities/a17",
    "Arts, culture, recreation and sports": "activities/a18",
    "Company": "legal-form/L3",
    "Transition towns and housing rights": "themes/T1",
    "Food souvereignty and peasant's farming agriculture": "themes/T2",
    "Social and solidarity finances": "themes/T3",
    "Concepts and values related to Solidarity Economy": "themes/T4",
    "Environment and commons": "themes/T5",
    "Public policies": "themes/T6",
    "Free culture and knowledge": "themes/T7",
    "Popular education and training": "themes/T8",
    "Solidarity and Responsible production, commerce and consumption": "themes/T9",
    'Territorial development and "Bien Vivir"': "themes/T10",
    "International Cooperation": "themes/T11",
    "Social Justice and insertion and fight against poverty": "themes/T12",
    "Decent work and Self-Management": "themes/T13",
    "Women": "themes/T14",
    "SSE movement organizing and networking (national and international)": "themes/T15",
    "Research and technology": "themes/T16",
    "Indigenous peoples and communities": "themes/T17",
    "Alternative communication and information": "themes/T18",
    "Other themes": "themes/T19",
}


def glossary_concepts():
    """Each glossary entry's names in every language, as one group of (language, name),
    described by its definitions (the search looks for their words when no page uses any of
    the names)."""
    groups = defaultdict(DescribedConcept)
    for term in GlossaryTerm.objects.select_related("locale"):
        group = groups[term.translation_key]
        group.extend((term.locale.language_code, name) for name in term.names())
        if term.definition:
            group.description = f"{group.description} {term.definition}".strip()
    return list(groups.values())


def skos_concepts():
    """Each glossary entry as a SKOS concept (opendata/vocabularies.py), addressed by its
    translation key: the same in every language and when a term is renamed."""
    from rdflib import URIRef
    from rdflib.namespace import SKOS

    from opendata.vocabularies import Concept

    entries = defaultdict(list)
    for term in GlossaryTerm.objects.select_related("locale").order_by("pk"):
        entries[term.translation_key].append(term)
    for key, versions in sorted(entries.items(), key=lambda item: str(item[0])):
        concept = Concept(notation=str(key))
        for term in versions:
            language = term.locale.language_code
            concept.labels.append((language, term.term))
            concept.alternative_labels += [(language, name) for name in term.names()[1:]]
            if term.definition:
                concept.definitions.append((language, term.definition))
            essglobal = ESSGLOBAL_CONCEPTS.get(term.term) if language == "en" else None
            if essglobal:
                concept.mappings.append((SKOS.exactMatch, URIRef(ESSGLOBAL + essglobal)))
        yield concept


def translation_memory_concepts():
    """Each short translated segment with its translations (titles of themes, headings…), as
    (language, text) pairs."""
    from wagtail_localize.models import StringTranslation

    groups = defaultdict(set)
    rows = StringTranslation.objects.filter(has_error=False).values_list(
        "translation_of__data",
        "translation_of__locale__language_code",
        "data",
        "locale__language_code",
    )
    for source, source_language, translation, language in rows:
        if (
            len(source.split()) <= MAX_SEGMENT_WORDS
            and len(translation.split()) <= MAX_SEGMENT_WORDS
        ):
            groups[source].add((source_language, source))
            # A segment copied untranslated is no name in the translation's language.
            if translation != source:
                groups[source].add((language, translation))
    return [sorted(group) for group in groups.values()]
