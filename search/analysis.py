"""Text analysis shared by both search engines: folded accents, stems per language, synonyms.

Elasticsearch's integration-test distribution (the one Maven Central serves) ships without its
analysis-common module, so it has no language analyzers, no asciifolding and no synonyms. The
text is therefore analysed here, with the Snowball stemmers, and both engines index and query the
same tokens: they then find the same pages, and Elasticsearch adds ranking, facets and scale.
"""

import html
import re
import unicodedata
from functools import cache, lru_cache

import snowballstemmer

STEMMER_LANGUAGES = {"en": "english", "fr": "french", "es": "spanish", "pt": "portuguese"}
WORD = re.compile(r"\w+")

# SSE has many names; each group is one concept, indexed and queried as its first term.
SYNONYMS = [
    [
        "sse",
        "ess",
        "social and solidarity economy",
        "social solidarity economy",
        "solidarity economy",
        "économie sociale et solidaire",
        "économie solidaire",
        "economía social y solidaria",
        "economía solidaria",
        "economia social e solidária",
        "economia solidária",
    ],
    ["coop", "cooperative", "coopérative", "cooperativa", "co-operative"],
    ["municipality", "municipalité", "municipio", "município", "local government"],
]


def fold(text):
    """Lower-case and strip accents, so 'Économie' and 'economie' are the same word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _synonym_phrases():
    canonical = {}
    for group in SYNONYMS:
        for term in group:
            canonical[" ".join(WORD.findall(fold(term)))] = "syn_" + fold(group[0])
    pattern = "|".join(re.escape(p) for p in sorted(canonical, key=len, reverse=True))
    return canonical, re.compile(rf"\b(?:{pattern})\b")


SYNONYM_CANONICAL, SYNONYM_PATTERN = _synonym_phrases()


@cache
def _stemmer(language):
    return snowballstemmer.stemmer(STEMMER_LANGUAGES[language])


@lru_cache(maxsize=2**16)  # words repeat: stemming is most of a search's Python time
def _stem(word, language):
    """The folded stem of a lower-case word (stemming sees the accents, the index does not)."""
    return fold(_stemmer(language).stemWord(word))


def analyse(text, language):
    """Index tokens of a text written in `language`: folded words, their stems, synonyms."""
    words = WORD.findall(text.casefold())
    folded = [fold(word) for word in words]
    tokens = set(folded)
    if language in STEMMER_LANGUAGES:
        tokens.update(_stem(word, language) for word in words)
    tokens.update(SYNONYM_CANONICAL[m] for m in SYNONYM_PATTERN.findall(" ".join(folded)))
    return tokens


def analyse_everywhere(text):
    """Tokens of a text that exists in every language (country and taxonomy labels)."""
    tokens = set()
    for language in STEMMER_LANGUAGES:
        tokens |= analyse(text, language)
    return tokens


MAX_QUERY_WORDS = 12


def query_terms(text):
    """The visitor's words, each as the set of tokens that may stand for it in any language.

    A page matches when, for every word, one of its tokens is in the page. Synonym phrases
    count as one word.
    """
    folded = " ".join(WORD.findall(fold(text)))
    terms = []
    for match in SYNONYM_PATTERN.finditer(folded):
        phrase = match.group(0)
        terms.append(
            {SYNONYM_CANONICAL[phrase]} | (_variants(phrase) if " " not in phrase else set())
        )
    for word in WORD.findall(SYNONYM_PATTERN.sub(" ", folded)):
        terms.append(_variants(word))
    return terms[:MAX_QUERY_WORDS]


def _variants(word):
    return {word} | {_stem(word, language) for language in STEMMER_LANGUAGES}


@lru_cache(maxsize=2**14)
def _prefix(piece):
    """The first three folded letters of a piece of text (texts repeat their words)."""
    return fold(piece)[:3]


@lru_cache(maxsize=2**14)
def _tokens_everywhere(word):
    return frozenset(analyse_everywhere(word))


def highlight(text, terms, context_words=14):
    """An HTML snippet of `text` around its first matching word, matches wrapped in <mark>."""
    wanted = set().union(*terms) if terms else set()
    prefixes = {token[:3] for token in wanted}
    pieces = re.findall(r"\w+|\W+", text)

    def matches(piece):
        # Stemming every word of a long text is slow: only words that could match are stemmed.
        return _prefix(piece) in prefixes and bool(_tokens_everywhere(piece) & wanted)

    first = next((i for i, piece in enumerate(pieces) if matches(piece)), None)
    if first is None:
        return ""
    start = max(0, first - context_words)
    window = pieces[start : first + context_words]
    snippet = "".join(
        f"<mark>{html.escape(piece)}</mark>" if matches(piece) else html.escape(piece)
        for piece in window
    )
    return ("… " if start else "") + snippet.strip() + " …"
