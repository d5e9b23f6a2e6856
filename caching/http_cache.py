"""The HTTP cache in front (Varnish, a CDN): what it may keep, and what it must forget.

A page the page cache stores (the same for every anonymous visitor) goes out with
`Cache-Control: public, max-age=0, s-maxage=PAGE_CACHE_SECONDS` (browsers ask again, shared
caches keep it) and its dependency tags (dependencies.py) in `xkey` (Varnish's xkey module) and
`Surrogate-Key` (Fastly and other CDNs); a page that must not be shared goes out `private`.
Whenever versions are renewed, each address in HTTP_CACHE_PURGE_URLS gets
`PURGE` with `xkey-purge: <tags>`, which drops exactly the pages showing what changed, in every
language (deploy/varnish.vcl); the purge goes again after the editor's transaction commits.
"""

import logging
import urllib.request

from django.conf import settings

from caching.content_version import tags_renewed

logger = logging.getLogger(__name__)
PURGE_TIMEOUT_SECONDS = 2


def mark_shared(response, versions):
    """Headers of a page every anonymous visitor may get from a shared cache."""
    seconds = getattr(settings, "PAGE_CACHE_SECONDS", 3600)
    response["Cache-Control"] = f"public, max-age=0, s-maxage={seconds}"
    tags = " ".join(sorted(versions))
    response["xkey"] = tags
    response["Surrogate-Key"] = tags


def mark_private(response):
    """A page for one visitor: no shared cache keeps it."""
    if not response.has_header("Cache-Control"):
        response["Cache-Control"] = "private"


def purge(tags):
    """Ask every HTTP cache in front to drop the pages depending on these tags."""
    for url in getattr(settings, "HTTP_CACHE_PURGE_URLS", ()):
        request = urllib.request.Request(
            url, method="PURGE", headers={"xkey-purge": " ".join(tags)}
        )
        try:
            with urllib.request.urlopen(request, timeout=PURGE_TIMEOUT_SECONDS):
                pass
        except OSError as error:
            # The page cache behind it is still right; the HTTP cache is stale until it expires.
            logger.error("HTTP cache purge at %s failed: %s", url, error)


def _tags_renewed(sender, tags, **kwargs):
    purge(tags)


def connect_signals():
    tags_renewed.connect(_tags_renewed, dispatch_uid="http_cache_purge")
