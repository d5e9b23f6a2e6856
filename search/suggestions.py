"""What the search boxes suggest as a visitor types: countries, page titles and the terms other
apps register (the SSE glossary), in the visitor's language.

A source is a function (folded prefix, language, limit) -> [Suggestion]; apps register one in
their AppConfig.ready() with `register_suggestion_source`, so search never imports them.
"""

from dataclasses import asdict, dataclass
from functools import lru_cache

from django.utils import translation
from django.utils.translation import gettext as _
from django_countries import countries

from search import engines
from search.analysis import WORD, fold

SUGGESTION_LIMIT = 8
MAX_PREFIX_CHARACTERS = 100
# At most this many countries and glossary terms, so titles always show.
COUNTRY_SHARE = 3
TERM_SHARE = 3


@dataclass(frozen=True)
class Suggestion:
    label: str
    kind: str  # "country", "page" or "term"
    kind_label: str  # what visitors read for the kind, in their language
    url: str = ""  # where choosing it goes; empty: search for the label
    country: str = ""  # the code, for a country


_sources = []


def register_suggestion_source(source):
    """`source(prefix_key, language, limit)` returns Suggestions (prefix_key: the folded words
    of what was typed, see `starts_like`); safe to call again."""
    if source not in _sources:
        _sources.append(source)


def _key(text):
    return " ".join(WORD.findall(fold(text)))


def starts_like(prefix_key, name_key):
    """Whether a name starts with the prefix, or has a word that does ("senegal" for "sen",
    "economie sociale" for "soc")."""
    return name_key.startswith(prefix_key) or f" {prefix_key}" in f" {name_key}"


@lru_cache(maxsize=8)
def _country_names(language):
    with translation.override(language):
        return [(_key(str(name)), str(name), code) for code, name in countries]


def country_suggestions(prefix_key, language, limit):
    with translation.override(language):
        kind_label = _("country")
    return [
        Suggestion(label=name, kind="country", kind_label=kind_label, country=code)
        for key, name, code in _country_names(language)
        if key.startswith(prefix_key)
    ][:limit]


def suggestions(prefix, language, limit=SUGGESTION_LIMIT):
    """Up to `limit` Suggestions for what the visitor typed: countries first (a few), then
    titles of pages in their language, then registered terms; nothing for a prefix without
    letters or digits. Never raises for any text."""
    prefix = prefix.replace("\x00", "").strip()[:MAX_PREFIX_CHARACTERS]
    prefix_key = _key(prefix)
    if not prefix_key:
        return []
    places = country_suggestions(prefix_key, language, COUNTRY_SHARE)
    terms = []
    for source in _sources:
        terms += source(prefix_key, language, TERM_SHARE)
    terms = _unique(terms)[:TERM_SHARE]
    with translation.override(language):
        page_label = _("page")
    pages = [
        Suggestion(label=title, kind="page", kind_label=page_label, url=url)
        for title, url in engines.autocomplete(prefix, language)
    ]
    pages = _unique(pages)[: max(0, limit - len(places) - len(terms))]
    return (places + pages + terms)[:limit]


def _unique(found):
    seen, unique = set(), []
    for suggestion in found:
        if suggestion.label.casefold() not in seen:
            seen.add(suggestion.label.casefold())
            unique.append(suggestion)
    return unique


def as_json(suggestion):
    return asdict(suggestion)
