"""The language a file's text is written in, guessed from its stop words (the stop-words
package's lists): the language whose most common little words ("the", "de", "que", "não")
make up the largest share of the text. Enough for a document of a few sentences; None when
the text is too short or has too few of any language's stop words to tell.
"""

import re
from functools import cache

import stop_words as stop_word_lists

# Languages whose words are separated by spaces (the lists of Chinese, Japanese and Korean
# would need a word segmenter to be matched).
UNSEGMENTED = {"zh", "ja", "ko"}
SAMPLE_CHARACTERS = 100_000  # the start of a long text tells its language as well as all of it
MINIMUM_STOP_WORDS = 5
MINIMUM_SHARE = 0.15  # of the words; running text in the language is around 40 %
WORD = re.compile(r"\w+")


@cache
def stop_word_sets():
    return {
        code: frozenset(stop_word_lists.get_stop_words(code))
        for code in stop_word_lists.LANGUAGE_MAPPING
        if code not in UNSEGMENTED
    }


def text_language(text):
    """The ISO 639-1 code of the language of `text`, or None when it cannot be told."""
    words = WORD.findall(text[:SAMPLE_CHARACTERS].lower())
    if not words:
        return None
    counts = {
        code: sum(word in stop_words for word in words)
        for code, stop_words in stop_word_sets().items()
    }
    language, count = max(counts.items(), key=lambda item: item[1])
    if count < MINIMUM_STOP_WORDS or count / len(words) < MINIMUM_SHARE:
        return None
    return language
