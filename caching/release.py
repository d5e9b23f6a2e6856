"""The release: what identifies the code that renders pages, in the keys of cached pages and
fragments.

The content state (content_version.py) knows when content changes, not when the code does: a
deploy that changes a template, a translation or a view would leave the pages cached before it
served as they were rendered, until they expire (PAGE_CACHE_SECONDS). With the release in their
keys, the new code never reads what the old one rendered; the old entries expire unread.

The release is the RELEASE setting when the deploy sets one (e.g. the commit it installs), else
a digest of the checkout's rendering files. Either is fixed when a process starts
(CachingConfig.ready): a worker still running the old code after the files changed keeps the
old release. Processes that read the same files share one cache; a file one of them cannot read
(another user), or one that only some checkouts hold, splits it, which costs hits, not
correctness.
"""

import hashlib
import os
from functools import lru_cache
from pathlib import Path

from django.conf import settings

# What renders pages: code, templates, translations (their sources: .mo files are built on each
# machine), static files (their hashed names are in the pages) and the locked dependencies.
RENDERING_SUFFIXES = (
    ".py", ".html", ".txt", ".po", ".css", ".js", ".svg", ".json", ".lock",
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico", ".woff", ".woff2", ".ttf", ".otf",
)  # fmt: skip
# What does not, at the top of the checkout: tests, benchmarks, their screenshots, backups,
# uploads, collected static files and the packages of the browser tests (node_modules,
# package.json); nor, anywhere, hidden folders (.venv, .git, .cache) and compiled Python. And
# wherever the settings put them: STATIC_ROOT, MEDIA_ROOT and OPEN_DATA_ROOT.
LEFT_OUT_AT_THE_TOP = {
    "tests", "benchmarks", "screenshots", "backups", "media", "collected-static",
    "node_modules", "package.json", "package-lock.json",
}  # fmt: skip


def release():
    """The release of the code this process runs."""
    return getattr(settings, "RELEASE", "") or code_digest(
        settings.BASE_DIR,
        settings.STATIC_ROOT,
        settings.MEDIA_ROOT,
        getattr(settings, "OPEN_DATA_ROOT", settings.MEDIA_ROOT),
    )


@lru_cache(maxsize=4)
def code_digest(root, *left_out_roots):
    """A digest of the rendering files under `root` (names and contents)."""
    root = Path(root)
    left_out = {Path(path).resolve() for path in left_out_roots}
    left_out |= {(root / name).resolve() for name in LEFT_OUT_AT_THE_TOP}
    digest = hashlib.sha256()
    # Linked folders (templates kept elsewhere) are followed: what they hold renders pages.
    for folder, subfolders, files in os.walk(root, followlinks=True):
        subfolders[:] = sorted(
            name
            for name in subfolders
            if not name.startswith(".")
            and name != "__pycache__"
            and (Path(folder) / name).resolve() not in left_out
        )
        for name in sorted(files):
            path = Path(folder) / name
            if not name.endswith(RENDERING_SUFFIXES) or path.resolve() in left_out:
                continue
            digest.update(f"{path.relative_to(root)}\0".encode())
            try:
                digest.update(path.read_bytes())
            except OSError:  # a broken link or a file the site cannot read renders nothing
                continue
    return digest.hexdigest()[:16]
