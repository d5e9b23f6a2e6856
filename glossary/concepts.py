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
