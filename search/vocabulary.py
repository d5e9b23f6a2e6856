"""The words the index holds, to tell a typo from a word and to correct it (SymSpell).

Read from the database engine's full-text index (kept in the same transaction as the pages, and
fed the same tokens as Elasticsearch), once per content version and process. A word is
corrected within an edit distance scaled to its length, as Elasticsearch's fuzziness AUTO:
none up to 3 letters, one up to 7, two beyond.
"""

from functools import lru_cache

from django.db import connection
from symspellpy import SymSpell, Verbosity

from search.engines import fulltext

MAX_SUGGESTIONS = 3


def allowed_edits(word):
    if len(word) <= 3:
        return 0
    return 1 if len(word) <= 7 else 2


class Vocabulary:
    def __init__(self, counts):
        self.counts = counts  # token -> number of documents holding it
        self.spelling = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
        for token, count in counts.items():
            # Only words: digits and the synonym tokens ("syn_sse") are never suggested.
            if token.isalpha() and len(token) > 2:
                self.spelling.create_dictionary_entry(token, count)

    def __bool__(self):
        return bool(self.counts)

    def holds_any(self, tokens):
        return any(token in self.counts for token in tokens)

    def correct(self, word):
        """The closest indexed words to `word` (most frequent first), or []."""
        edits = allowed_edits(word)
        if not edits or not word.isalpha():
            return []
        suggestions = self.spelling.lookup(
            word, Verbosity.CLOSEST, max_edit_distance=edits, transfer_casing=False
        )
        return [s.term for s in suggestions[:MAX_SUGGESTIONS] if s.term != word]


@lru_cache(maxsize=2)
def _vocabulary(content_version, database_alias):
    return Vocabulary(fulltext.token_counts())


def current_vocabulary():
    from caching.content_version import content_version

    return _vocabulary(content_version(), connection.settings_dict["NAME"])
