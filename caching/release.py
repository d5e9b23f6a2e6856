"""The release: a digest of the files that render pages, in the keys of cached pages and
fragments.

The content state (content_version.py) knows when content changes, not when the code does: a
deploy that changes a template, a translation or a view would leave the pages cached before it
served as they were rendered, until they expire (PAGE_CACHE_SECONDS). With the release in their
keys, the new code never reads what the old one rendered; the old entries expire unread. Every
machine running the same checkout computes the same digest (sources, not compiled files), so
they share one cache.
"""

import hashlib
import os
from functools import lru_cache
from pathlib import Path

from django.conf import settings

# What renders pages: code, templates, translations (their sources: .mo files are built on each
# machine), static sources and the locked dependencies.
RENDERING_SUFFIXES = (".py", ".html", ".txt", ".po", ".css", ".js", ".svg", ".json", ".lock")
# What does not: tests, benchmarks, screenshots, backups, uploads and collected static files
# (by their default names, and wherever STATIC_ROOT and MEDIA_ROOT are), hidden folders (.venv,
# .git, .cache).
LEFT_OUT_FOLDERS = {
    "__pycache__", "node_modules", "tests", "benchmarks", "screenshots", "backups", "media",
    "collected-static",
}  # fmt: skip


def release():
    """The digest of this checkout's rendering files, read once per process (a deploy restarts
    them)."""
    return code_digest(settings.BASE_DIR, settings.STATIC_ROOT, settings.MEDIA_ROOT)


@lru_cache(maxsize=4)
def code_digest(root, *left_out_roots):
    root = Path(root)
    digest = hashlib.sha256()
    left_out_roots = {Path(path).resolve() for path in left_out_roots}
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(
            name
            for name in subfolders
            if not name.startswith(".")
            and name not in LEFT_OUT_FOLDERS
            and (Path(folder) / name).resolve() not in left_out_roots
        )
        for name in sorted(files):
            if name.endswith(RENDERING_SUFFIXES):
                path = Path(folder) / name
                digest.update(f"{path.relative_to(root)}\0".encode())
                try:
                    digest.update(path.read_bytes())
                except OSError:  # a broken link or a file the site cannot read renders nothing
                    continue
    return digest.hexdigest()[:16]
