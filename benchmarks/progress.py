"""A one-line progress display on stderr for the benchmark's long steps."""

import sys
import time


class Progress:
    """`with Progress("indexing", total=10_000) as progress: progress.advance(500)`."""

    def __init__(self, label, total, unit=""):
        self.label, self.total, self.unit = label, max(total, 1), unit
        self.done = 0
        self.started = time.monotonic()
        self._shown_at = 0.0
        self._interactive = sys.stderr.isatty()
        self._last_tenth = -1

    def __enter__(self):
        self._show()
        return self

    def __exit__(self, *exc):
        self._show(final=True)

    def advance(self, count=1):
        self.done += count
        self._show()

    def _show(self, final=False):
        now = time.monotonic()
        tenth = int(10 * self.done / self.total)
        if self._interactive:
            if not final and now - self._shown_at < 0.1:
                return
            end = "\n" if final else ""
        else:  # a log file: one line per tenth
            if tenth == self._last_tenth:
                return
            end = "\n"
        self._shown_at, self._last_tenth = now, tenth
        width = 30
        filled = int(width * min(self.done, self.total) / self.total)
        elapsed = now - self.started
        rate = self.done / elapsed if elapsed > 0 else 0
        line = (
            f"  {self.label:<34} [{'#' * filled}{'.' * (width - filled)}] "
            f"{self.done:>7,}/{self.total:,}{self.unit} {elapsed:6.1f} s {rate:8,.0f}/s"
        )
        sys.stderr.write(("\r" if self._interactive else "") + line + end)
        sys.stderr.flush()


def say(message):
    sys.stderr.write(message + "\n")
    sys.stderr.flush()
