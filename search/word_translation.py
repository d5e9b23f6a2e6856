"""The visitor's words in the site's other languages, by Apertium (Debian's rule-based machine
translation, `make machine-translation`): "canasta" is "basket", "azeite" is "aceite" and
"oil". The glossary and the translation memory know the field's names; Apertium knows the
ordinary words, so a question asked in Spanish finds the English-only page that answers it.

Debian ships Apertium's pairs of English, French and Portuguese with Spanish. Spanish words go
to the three other languages; English ones to Spanish; French and Portuguese ones to Spanish,
and through it to English, the language most pages are written in. Through Spanish to French or
Portuguese a wrong sense chosen on the way is translated again ("village": "pueblo", then
"povo", a people): those are left out.

Each word is translated alone (its own request), for its dictionary sense, as typed (with its
accents). A word Apertium does not know in the visitor's language (a name, a word of another
language, a typo) gets no translation. Without Apertium (the system check warns) the search
answers as before, with no translation.
"""

import contextlib
import logging
import os
import re
import select
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

from search.analysis import WORD, fold

logger = logging.getLogger(__name__)

MODES_DIRECTORY = Path("/usr/share/apertium/modes")
# (from, to) -> the Apertium mode translating between them.
MODES = {
    ("en", "es"): "eng-spa",
    ("es", "en"): "spa-eng",
    ("fr", "es"): "fr-es",
    ("es", "fr"): "es-fr",
    ("pt", "es"): "pt-es",
    ("es", "pt"): "es-pt",
}
PIVOT = "es"
# The languages each visitor's language is translated into, through PIVOT when no mode joins
# them directly.
TARGETS = {
    "en": ("es",),
    "es": ("en", "fr", "pt"),
    "fr": ("es", "en"),
    "pt": ("es", "en"),
}
TIMEOUT_SECONDS = 5
# Apertium marks a word it does not know (*), and one it cannot translate (@) or inflect (#).
UNTRANSLATED_MARKS = ("*", "@", "#")
CACHE_SIZE = 20_000
# What the `apertium` command's text deformatter ends a text with: a full stop, then the
# line's end as formatting ("superblank").
SENTENCE_END = b".[][\n]"
UNKNOWN = ""

_cache = {}  # (word, language) -> {target language: [folded words]}


def missing_modes():
    """The Apertium modes the search uses that this machine lacks (all, without Apertium)."""
    if shutil.which("lt-proc") is None:
        return sorted(MODES.values())
    return sorted(
        mode for mode in MODES.values() if not (MODES_DIRECTORY / f"{mode}.mode").exists()
    )


class Pipeline:
    """One Apertium mode kept running, so that a word costs milliseconds instead of the tenth
    of a second its dictionaries take to load: each program of the mode's pipeline runs with
    -z (null flush), and answers each request ended by a NUL character with its translation
    ended by one. The deformatter of the `apertium` command is left out: words hold none of
    the characters it escapes. Started in the process that uses it (never shared across a
    fork), and again after it died or timed out."""

    def __init__(self, mode):
        self.mode = mode
        self.process = None
        self.owner = None  # the process id that started it
        self.lock = threading.Lock()

    def command(self):
        text = (MODES_DIRECTORY / f"{self.mode}.mode").read_text().strip()
        # $1: the generator's option (-g: mark words it cannot inflect); $2: the tagger's.
        text = text.replace("$1", "-g").replace("$2", "")
        return " | ".join(re.sub(r"^\s*(\S+)", r"\1 -z", part) for part in text.split("|"))

    def _start(self):
        self.process = subprocess.Popen(
            ["/bin/sh", "-c", self.command()],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its programs are stopped together (_stop)
        )
        self.owner = os.getpid()

    def _stop(self):
        if self.process is not None and self.owner == os.getpid():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self.process = None

    def _read_answer(self):
        deadline = time.monotonic() + TIMEOUT_SECONDS
        answer = b""
        descriptor = self.process.stdout.fileno()
        while not answer.endswith(b"\0"):
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([descriptor], [], [], remaining)[0]:
                raise TimeoutError(f"no answer in {TIMEOUT_SECONDS} s")
            chunk = os.read(descriptor, 65536)
            if not chunk:
                raise OSError("the pipeline stopped")
            answer += chunk
        return answer[:-1].decode("utf-8", "replace")

    def translate(self, word):
        """Apertium's translation of `word`: its text, UNKNOWN (a word it does not know, cannot
        translate or inflect), or None when the pipeline failed (then stopped)."""
        with self.lock:
            if self.process is None or self.owner != os.getpid() or self.process.poll() is not None:
                self._start()
            try:
                # Ended as a sentence, as the `apertium` command's deformatter ends its text:
                # without the full stop the tagger often takes a noun for a verb ("vino":
                # "it came", not "wine").
                self.process.stdin.write(word.encode() + SENTENCE_END + b"\0")
                self.process.stdin.flush()
                answer = self._read_answer()
            except (OSError, ValueError, TimeoutError) as error:
                logger.warning(
                    "Apertium (%s) did not translate %r: %s", self.mode, word[:50], error
                )
                self._stop()
                return None
        text = answer.removesuffix(SENTENCE_END.decode()).strip().removesuffix(".").strip()
        if not text or any(mark in text for mark in UNTRANSLATED_MARKS):
            return UNKNOWN
        return text


_pipelines = {mode: Pipeline(mode) for mode in MODES.values()}


def _translate(word, language):
    """{target language: translation} of `word` typed in `language`; None when a pipeline
    failed (a result to try again, not to keep)."""
    found = {}
    for target in TARGETS[language]:
        if (language, target) in MODES:
            text = _pipelines[MODES[(language, target)]].translate(word)
        elif found.get(PIVOT):
            text = _pipelines[MODES[(PIVOT, target)]].translate(found[PIVOT])
        else:
            text = UNKNOWN
        if text is None:
            return None
        found[target] = text
    return {target: text for target, text in found.items() if text}


def forget_translations():
    """Empty the process's translations: the next words are translated anew (benchmarks)."""
    _cache.clear()


def translations(words, language):
    """{word: {language: [folded words]}}: each of `words`, typed in `language`, in the site's
    other languages Apertium translates it into ({} for a word it does not know, and for
    anything but a word: the pipelines are fed words only)."""
    if language not in TARGETS or missing_modes():
        return {word: {} for word in words}
    found = {}
    for word in words:
        key = (word, language)
        translated = _cache.get(key)
        if translated is None:
            if not WORD.fullmatch(word):
                translated = {}
            else:
                by_language = _translate(word, language)
                if by_language is None:  # failed: no translation this time, tried again next
                    found[word] = {}
                    continue
                translated = {
                    target: WORD.findall(fold(text)) for target, text in by_language.items()
                }
            if len(_cache) >= CACHE_SIZE:
                _cache.clear()
            _cache[key] = translated
        found[word] = translated
    return found
