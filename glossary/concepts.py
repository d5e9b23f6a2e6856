"""Concepts the site search expands a query with: the glossary's entries and the short
segments translators have translated (wagtail-localize's translation memory)."""

from collections import defaultdict

from glossary.models import GlossaryTerm

MAX_SEGMENT_WORDS = 4  # longer segments are sentences, not names of things


def glossary_concepts():
    """Each glossary entry's names in every language, as one group."""
    groups = defaultdict(list)
    for term in GlossaryTerm.objects.all():
        groups[term.translation_key].extend(term.names())
    return list(groups.values())


def skos_concepts():
    """Each glossary entry as a SKOS concept (opendata/vocabularies.py), addressed by its
    translation key: the same in every language and when a term is renamed."""
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
        yield concept


def translation_memory_concepts():
    """Each short translated segment with its translations (titles of themes, headings…)."""
    from wagtail_localize.models import StringTranslation

    groups = defaultdict(set)
    rows = StringTranslation.objects.filter(has_error=False).values_list(
        "translation_of__data", "data"
    )
    for source, translation in rows:
        if (
            len(source.split()) <= MAX_SEGMENT_WORDS
            and len(translation.split()) <= MAX_SEGMENT_WORDS
        ):
            groups[source].update((source, translation))
    return [sorted(group) for group in groups.values()]
