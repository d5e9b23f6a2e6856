"""Text analysis shared by both search engines: folded accents, stems per language, synonyms.

Elasticsearch's integration-test distribution (the one Maven Central serves) ships without its
analysis-common module, so it has no language analyzers, no asciifolding and no synonyms. The
text is therefore analysed here, with the Snowball stemmers, and both engines index and query the
same tokens: they then find the same pages, and Elasticsearch adds ranking, facets and scale.
"""

import html
import itertools
import re
import unicodedata
from collections import deque
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
    ["coop", "cooperative", "coopérative", "cooperativa", "co-operative", "co-op"],
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
    # In the plural too: "SSEs", "co-ops", "local governments" (no stemmer makes "sse" of "sses").
    return canonical, re.compile(rf"\b(?:{pattern})s?\b")


SYNONYM_CANONICAL, SYNONYM_PATTERN = _synonym_phrases()


def synonym_phrase(matched):
    """The phrase of SYNONYMS (folded) that a SYNONYM_PATTERN match stands for: itself, or its
    singular."""
    return matched if matched in SYNONYM_CANONICAL else matched[:-1]


@cache
def _stemmer(language):
    return snowballstemmer.stemmer(STEMMER_LANGUAGES[language])


@lru_cache(maxsize=2**16)  # words repeat: stemming is most of a search's Python time
def stem(word, language):
    """The folded stem of a lower-case word (stemming sees the accents, the index does not)."""
    return fold(_stemmer(language).stemWord(word))


# "U.N.", "S.S.E.", "o.n.u.": an acronym written with dots is the word its letters make, or
# it would be single letters that every page holds ("E.S.S." found "e" and "s").
DOTTED_ACRONYM = re.compile(r"\b(?:[^\W\d_]\.)+[^\W\d_]\b\.?")


def join_dotted_acronyms(text):
    return DOTTED_ACRONYM.sub(lambda match: match.group(0).replace(".", ""), text)


def analyse(text, language):
    """Index tokens of a text written in `language`: folded words, their stems, synonyms."""
    words = WORD.findall(join_dotted_acronyms(text).casefold())
    folded = [fold(word) for word in words]
    tokens = set(folded)
    if language in STEMMER_LANGUAGES:
        tokens.update(stem(word, language) for word in words)
    tokens.update(
        SYNONYM_CANONICAL[synonym_phrase(m)] for m in SYNONYM_PATTERN.findall(" ".join(folded))
    )
    return tokens


def analyse_everywhere(text):
    """Tokens of a text that exists in every language (country and taxonomy labels)."""
    tokens = set()
    for language in STEMMER_LANGUAGES:
        tokens |= analyse(text, language)
    return tokens


MAX_QUERY_WORDS = 12


def autocomplete_words(prefix):
    """The folded words both engines complete, at most MAX_QUERY_WORDS of them."""
    return WORD.findall(fold(prefix))[:MAX_QUERY_WORDS]


@lru_cache(maxsize=2**16)
def _prefix(piece):
    """The first three folded letters of a word (texts repeat their words)."""
    return fold(piece)[:3]


@lru_cache(maxsize=2**16)
def _tokens_everywhere(word):
    return frozenset(analyse_everywhere(word))


PIECES = re.compile(r"\w+|\W+")


def highlight(text, terms, context_words=14):
    """An HTML snippet of `text` around its first matching word, matches wrapped in <mark>."""
    wanted = set().union(*terms) if terms else set()
    prefixes = {token[:3] for token in wanted}
    seen = {}  # word -> matches: a text repeats its words, the check is done once per word

    def matches(word):
        found = seen.get(word)
        if found is None:
            # Stemming every word of a long text is slow: only words that could match are.
            found = seen[word] = _prefix(word) in prefixes and bool(
                _tokens_everywhere(word) & wanted
            )
        return found

    # Words and the runs of other characters between them alternate, and the window counts
    # both. Only words are looked at until the first match, then the pieces around it are cut.
    before = deque(maxlen=context_words)  # the words just before the first match
    first = None
    for number, word in enumerate(WORD.finditer(text)):
        if matches(word.group()):
            first = (number, word)
            break
        before.append(word)
    if first is None:
        return ""
    number, word = first
    leading = 0 if WORD.match(text) else 1  # a run of other characters before the first word
    first_piece = 2 * number + leading
    start = max(0, first_piece - context_words)
    # Where piece `start` begins: a word's start, or the end of the word before its run.
    back = first_piece - start
    if back == 0:
        offset = word.start()
    elif back % 2 == 0:
        offset = before[-back // 2].start()
    else:
        offset = before[-(back + 1) // 2].end() if (back + 1) // 2 <= len(before) else 0
    window = [
        piece.group()
        for piece in itertools.islice(PIECES.finditer(text, offset), back + context_words)
    ]
    snippet = "".join(
        f"<mark>{html.escape(piece)}</mark>" if matches(piece) else html.escape(piece)
        for piece in window
    )
    return ("… " if start else "") + snippet.strip() + " …"
