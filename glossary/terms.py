"""The glossary's names by language, read once per content version: what the search boxes
suggest (search/suggestions.py) and the terms explained on the pages that use them."""

import re
from dataclasses import dataclass
from functools import lru_cache

from django.utils.translation import gettext as _

from caching.content_version import content_version
from glossary.models import GlossaryTerm
from search.analysis import WORD, fold
from search.suggestions import Suggestion, starts_like

MAX_TERMS_ON_A_PAGE = 12
# Entries the glossary holds for the search (their names in four languages find each other) but
# that no reader needs explained on a page: everyday words. By English term, for every language.
EVERYDAY_TERMS = frozenset(
    {
        "campaign", "case study", "guide", "law", "loan", "mapping", "measurement",
        "recycling", "savings", "statistics", "story", "toolkit", "training",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Entry:
    term: str
    names: tuple  # the folded words of the term and each synonym
    definition: str
    definition_language: str  # the page's language, or English when it has no definition
    everyday: bool = False  # suggested and searched, not explained on pages (EVERYDAY_TERMS)


def _key(text):
    return " ".join(WORD.findall(fold(text)))


@lru_cache(maxsize=8)
def _entries(language, version):
    """[Entry] of the glossary in `language`, each with a definition in that language or, when
    its translators have not written one yet, the English one."""
    english = {
        key: (term, definition)
        for key, term, definition in GlossaryTerm.objects.filter(
            locale__language_code="en"
        ).values_list("translation_key", "term", "definition")
    }
    entries = []
    for term in GlossaryTerm.objects.filter(locale__language_code=language).order_by("term"):
        english_term, english_definition = english.get(term.translation_key, ("", ""))
        definition, definition_language = term.definition.strip(), language
        if not definition:
            definition, definition_language = english_definition.strip(), "en"
        names = tuple(key for key in dict.fromkeys(_key(name) for name in term.names()) if key)
        if names:
            everyday = english_term in EVERYDAY_TERMS
            entries.append(Entry(term.term, names, definition, definition_language, everyday))
    return entries


def entries(language):
    return _entries(language, content_version())


def glossary_suggestions(prefix_key, language, limit):
    """Terms whose name (or a word of it) starts with what the visitor typed."""
    label = _("glossary term")
    found = [
        Suggestion(label=entry.term, kind="term", kind_label=label)
        for entry in entries(language)
        if any(starts_like(prefix_key, name) for name in entry.names)
    ]
    found.sort(key=lambda s: (not _key(s.label).startswith(prefix_key), len(s.label)))
    return found[:limit]


@lru_cache(maxsize=8)
def _pattern(language, version):
    """One expression finding every name of the glossary (plurals too) in folded text, and the
    entry of each name; the longest name wins where names overlap."""
    by_name = {}
    for entry in _entries(language, version):
        if entry.definition and not entry.everyday:
            for name in entry.names:
                by_name.setdefault(name, entry)
    if not by_name:
        return None, {}
    names = sorted(by_name, key=len, reverse=True)
    # Each word may take a plural ending: "coopératives de travail", "worker cooperatives".
    alternatives = "|".join(
        " ".join(rf"{re.escape(word)}(?:e?s|x)?" for word in name.split()) for name in names
    )
    return re.compile(rf"\b(?:{alternatives})\b"), by_name


def terms_in(text, language):
    """The glossary entries (with a definition) named in `text`, in order of first mention."""
    pattern, by_name = _pattern(language, content_version())
    if pattern is None:
        return []
    found = {}
    for match in pattern.finditer(" ".join(WORD.findall(fold(text)))):
        entry = _entry_of(match.group(0), by_name)
        if entry is None:
            continue
        found.setdefault(entry.term, entry)
        if len(found) == MAX_TERMS_ON_A_PAGE:
            break
    return list(found.values())


def _entry_of(matched, by_name):
    """The entry of a name found with plural endings ("worker cooperatives")."""
    words = matched.split()
    for endings in _singulars(words):
        entry = by_name.get(" ".join(endings))
        if entry is not None:
            return entry
    return None


def _singulars(words):
    """Every way of reading the words as written or without a plural ending."""
    if not words:
        yield []
        return
    first, rest = words[0], words[1:]
    forms = dict.fromkeys([first, first.removesuffix("s"), first.removesuffix("es")])
    forms.update(dict.fromkeys([first.removesuffix("x")]))
    for tail in _singulars(rest):
        for form in forms:
            yield [form, *tail]
