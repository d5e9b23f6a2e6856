"""The words the index holds, to tell a typo from a word and to correct it (SymSpell).

Read from the database engine's full-text index (kept in the same transaction as the pages, and
fed the same tokens as Elasticsearch), once per content version and process. A word is
corrected within an edit distance scaled to its length, as Elasticsearch's fuzziness AUTO:
none up to 3 letters, one up to 7, two beyond.
"""

import math
from bisect import bisect_left
from functools import lru_cache

from django.db import connection
from symspellpy import SymSpell, Verbosity

from search.engines import fulltext

MAX_SUGGESTIONS = 3
# A word not indexed as typed, found only through a stem that few pages hold, is taken for a
# typo when a spelling one edit away is held by this many times more pages.
MORE_COMMON = 10
# Stems of one word family that the stemmers leave apart differ by their last letters
# ("regist" for register, "registr" for registration; Spanish "garantiz" for garantizar,
# "garant" for garantía): up to this many, on a stem long enough not to be another word's.
DERIVATION_LETTERS = 2
MIN_DERIVATION_STEM = 6


def allowed_edits(word):
    if len(word) <= 3:
        return 0
    return 1 if len(word) <= 7 else 2


class Vocabulary:
    def __init__(self, counts, pages=0):
        self.counts = counts  # token -> number of documents holding it
        self.pages = max(pages, max(counts.values(), default=0))  # documents indexed
        self.spelling = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
        for token, count in counts.items():
            # Only words: digits and the synonym tokens ("syn_sse") are never suggested.
            if token.isalpha() and len(token) > 2:
                self.spelling.create_dictionary_entry(token, count)
        self.words = sorted(token for token in counts if token.isalpha())

    def __bool__(self):
        return bool(self.counts)

    def holds_any(self, tokens):
        return any(token in self.counts for token in tokens)

    def share(self, tokens):
        """The share of the pages holding the most common of `tokens`."""
        held = max((self.counts.get(token, 0) for token in tokens), default=0)
        return held / self.pages if self.pages else 0.0

    def rarity(self, tokens):
        """BM25's inverse document frequency of a word standing for any of `tokens`, from the
        pages holding its most common token: ln((N + 1) / (n + 0.5))."""
        held = max((self.counts.get(token, 0) for token in tokens), default=0)
        return math.log((self.pages + 1) / (held + 0.5))

    def correct(self, word):
        """The closest indexed words to `word` (most frequent first), or []."""
        edits = allowed_edits(word)
        if not edits or not word.isalpha():
            return []
        suggestions = self.spelling.lookup(
            word, Verbosity.CLOSEST, max_edit_distance=edits, transfer_casing=False
        )
        return [s.term for s in suggestions[:MAX_SUGGESTIONS] if s.term != word]

    def derivations(self, tokens):
        """Indexed tokens of the same word family as `tokens` (a word and its stems) that the
        stemmers leave apart: a token is one to DERIVATION_LETTERS letters longer or shorter
        than one of them, which it starts or ends ("regist" - "registr")."""
        found = set()
        for token in tokens:
            if len(token) < MIN_DERIVATION_STEM or not token.isalpha():
                continue
            position = bisect_left(self.words, token)
            while position < len(self.words) and self.words[position].startswith(token):
                if len(self.words[position]) - len(token) <= DERIVATION_LETTERS:
                    found.add(self.words[position])
                position += 1
            for cut in range(1, DERIVATION_LETTERS + 1):
                shorter = token[:-cut]
                if len(shorter) >= MIN_DERIVATION_STEM and shorter in self.counts:
                    found.add(shorter)
        return found - set(tokens)

    def better_spellings(self, word, tokens):
        """Corrections for a word no page holds as typed, whose `tokens` (its stems) are held
        only as rare stems of other words ("cooperatica": the stem "cooperat", 3 pages) while a
        spelling one edit away is far more common ("cooperativa", 56 pages); [] otherwise. A
        word pages hold as typed ("Sfax", "seul") is never corrected."""
        if word in self.counts:
            return []
        held = max((self.counts.get(token, 0) for token in tokens), default=0)
        corrected = self.correct(word)
        if corrected and self.counts.get(corrected[0], 0) >= MORE_COMMON * held:
            return corrected
        return []


@lru_cache(maxsize=2)
def _vocabulary(content_version, database_alias):
    return Vocabulary(fulltext.token_counts(), fulltext.page_count())


def current_vocabulary():
    from caching.content_version import content_version

    return _vocabulary(content_version(), connection.settings_dict["NAME"])
