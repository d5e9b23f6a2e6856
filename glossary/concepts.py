"""Concepts the site search expands a query with: the glossary's entries and the short
segments translators have translated (wagtail-localize's translation memory), and the single
words learnt from them."""

import hashlib
import html
import re
from collections import Counter, defaultdict

from caching.content_version import shared_cache
from glossary.models import GlossaryTerm
from search.analysis import STEMMER_LANGUAGES, WORD, fold, stem
from search.query_analysis import INFLECTION_LENGTH, DescribedConcept, SpeltConcept, stop_words

MAX_SEGMENT_WORDS = 4  # longer segments are sentences, not names of things
MAX_SEGMENT_CHARACTERS = 100  # nor are segments this long, whatever their words

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


# What describes an image or names who made it teaches wrong pairs ("white" and "lettres" from
# a logo "in white letters in a circle"): not learnt from.
DESCRIBING_FIELDS = r"(^|[._])(alt_text|caption|credit|attribution)$"


def _short_segments():
    """(source language, source text, language, translation) of the segments translators
    have translated that are short enough to be names (the database leaves out sentences)."""
    from django.db.models.functions import Length
    from wagtail_localize.models import StringTranslation

    rows = (
        StringTranslation.objects.filter(has_error=False)
        .exclude(context__path__regex=DESCRIBING_FIELDS)
        .annotate(source_length=Length("translation_of__data"), length=Length("data"))
        .filter(source_length__lte=MAX_SEGMENT_CHARACTERS, length__lte=MAX_SEGMENT_CHARACTERS)
        .values_list(
            "translation_of__locale__language_code",
            "translation_of__data",
            "locale__language_code",
            "data",
        )
    )
    return rows.iterator(chunk_size=2000)


def translation_memory_concepts():
    """Each short translated segment with its translations (titles of themes, headings…), as
    (language, text) pairs."""
    groups = defaultdict(set)
    for source_language, source, language, translation in _short_segments():
        if (
            len(source.split()) <= MAX_SEGMENT_WORDS
            and len(translation.split()) <= MAX_SEGMENT_WORDS
        ):
            groups[source].add((source_language, source))
            # A segment copied untranslated is no name in the translation's language.
            if translation != source:
                groups[source].add((language, translation))
    return [
        # One word in every language ("Workers", "Trabajadores") is a word pair too: a query
        # word inflects it or misses it ("trabajo", of the same Spanish stem, is not workers).
        (SpeltConcept if all(len(WORD.findall(text)) == 1 for _, text in group) else list)(
            sorted(group)
        )
        for group in groups.values()
    ]


# Two words are linked as translations when they meet in at least this many distinct short
# segments and their translations (fewer is chance in a memory of a few thousand)...
MIN_SHARED_SEGMENTS = 3
# ...and the Dice coefficient of their segments is at least this (1.0: always together).
MIN_DICE = 0.5
# Changed when what is cached changes: 4, every spelling in a segment counted; 3, every
# spelling of a pair; 2, SpeltConcept groups
# (plain lists were matched by stems).
LEARNT_FORMAT = 4
# A page's slug is a segment too, its words chosen for the address rather than translated.
SLUG = re.compile(r"^\w+(-\w+)+$")
TAG = re.compile(r"<[^>]*>")


def _content_stems(text, language):
    """{stem: its folded spellings} of a segment's content words (no stop words, numbers or
    letters; no inline HTML: wagtail-localize keeps <b>, <a href…>, <br/> and entities in
    segments)."""
    stems = defaultdict(set)
    for word in WORD.findall(html.unescape(TAG.sub(" ", text)).casefold()):
        folded = fold(word)
        if len(folded) > 2 and not folded.isdigit() and folded not in stop_words():
            stems[stem(word, language)].add(folded)
    return stems


class _WordCounts:
    """For one pair of languages: how many segments hold each stem and each pair of stems
    (one in the source, one in its translation), and the words a pair was written as."""

    def __init__(self):
        self.source = Counter()
        self.translation = Counter()
        self.together = Counter()
        # How often each pair was written with each spelling ("workers"; "trabajadoras",
        # "trabajadores" and "trabajo", all stemmed "trabaj" in Spanish).
        self.source_spellings = defaultdict(Counter)
        self.translated_spellings = defaultdict(Counter)

    def add(self, source_stems, translated_stems):
        self.source.update(source_stems.keys())
        self.translation.update(translated_stems.keys())
        for a, source_words in source_stems.items():
            for b, translated_words in translated_stems.items():
                self.together[a, b] += 1
                self.source_spellings[a, b].update(source_words)
                self.translated_spellings[a, b].update(translated_words)

    def links(self):
        """(source spellings, translated spellings) of each pair of words, each word linked
        once to its best partner (competitive linking on the Dice coefficient)."""
        candidates = []
        for (a, b), shared in self.together.items():
            dice = 2 * shared / (self.source[a] + self.translation[b])
            if shared >= MIN_SHARED_SEGMENTS and dice >= MIN_DICE:
                # A word spelt alike in both ("indigenous", "indígenas") is its own
                # translation, whatever word it is always written beside ("peoples").
                candidates.append((a != b, -dice, -shared, a, b))
        linked_sources, linked_translations = set(), set()
        for different, _dice, _shared, a, b in sorted(candidates):
            if a in linked_sources or b in linked_translations:
                continue
            linked_sources.add(a)
            linked_translations.add(b)
            if different:
                yield (
                    _inflections(self.source_spellings[a, b]),
                    _inflections(self.translated_spellings[a, b]),
                )


def _inflections(spellings):
    """The spellings of one word of a pair, the names a query must type (inflected at most,
    query_analysis.SpeltConcept): the most frequent ("trabajadoras"; of equally frequent
    ones, the same every run) and those of about its length ("trabajadores", not "trabajo",
    stemmed alike but another word)."""
    most_frequent = max(spellings.items(), key=lambda item: (item[1], item[0]))[0]
    return sorted(
        spelling
        for spelling in spellings
        if abs(len(spelling) - len(most_frequent)) <= INFLECTION_LENGTH
    )


def translation_memory_word_concepts():
    """Single words and their translations, learnt from the short segments translators have
    translated: "platform" and "plateforme" from "digital platform", "platform cooperative"
    and "platform workers", so a query word crosses languages when no segment is that one
    word. "digital" is not "plateforme": each word is linked to its best partner only.

    Learning reads every short segment of the memory, in time that grows with its size, so
    what it learnt is kept in the shared cache for as long as the memory is unchanged: a
    publish that translates nothing costs one query here."""
    from django.db.models import Count, Max
    from wagtail_localize.models import StringTranslation

    memory = StringTranslation.objects.aggregate(
        segments=Count("pk"), newest=Max("pk"), changed=Max("updated_at")
    )
    state = repr(
        (sorted(memory.items()), MAX_SEGMENT_WORDS, MIN_SHARED_SEGMENTS, MIN_DICE, LEARNT_FORMAT)
    )
    key = "glossary:learnt-words:" + hashlib.sha256(state.encode()).hexdigest()
    learnt = shared_cache().get(key)
    if learnt is None:
        learnt = _learn_word_pairs()
        shared_cache().set(key, learnt, timeout=None)
    return learnt


def _learn_word_pairs():
    counts = defaultdict(_WordCounts)
    seen = set()
    for source_language, source, language, translation in _short_segments():
        # A heading on many pages is one segment, however many pages hold it.
        segment = (source_language, source.casefold(), language, translation.casefold())
        if segment in seen or SLUG.match(source) or segment[1] == segment[3]:
            continue
        # Words with the stop words between them: no need to stem a sentence to know it is one.
        if max(len(source.split()), len(translation.split())) > 2 * MAX_SEGMENT_WORDS:
            continue
        seen.add(segment)
        # The site's stemmers know the working languages only (a removed locale's rows stay).
        if {source_language, language} <= STEMMER_LANGUAGES.keys():
            source_stems = _content_stems(source, source_language)
            translated_stems = _content_stems(translation, language)
            if max(len(source_stems), len(translated_stems)) <= MAX_SEGMENT_WORDS:
                counts[source_language, language].add(source_stems, translated_stems)
    return [
        SpeltConcept(
            [(source_language, word) for word in source_words]
            + [(language, word) for word in translated_words]
        )
        for (source_language, language), pair in counts.items()
        for source_words, translated_words in pair.links()
    ]
