"""Lists of related pages shown on a page, contributed by the apps that hold them.

A working group lists its members, events, statements, stories and toolkits; an organisation
the events it organised and the statements it signed; the home page the upcoming events.
The page showing a list never imports the app whose pages it lists: that app registers the
list here (in its AppConfig.ready), naming the page type it appears on.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.functional import Promise


@dataclass(frozen=True)
class RelatedList:
    key: str  # also the template's CSS modifier and the heading's id
    heading: str | Promise
    pages: Callable  # (page shown, language code) -> the pages to list, each a live page
    order: int = 50
    more: Callable | None = None  # (page shown, language code) -> URL of the full list, or None


_registry: dict[str, list[RelatedList]] = {}


def register(shown_on, key, heading, pages, *, order=50, more=None):
    """List `pages(page, language)` on the pages of type `shown_on` ("app_label.ModelName")."""
    lists = _registry.setdefault(shown_on.lower(), [])
    lists[:] = [existing for existing in lists if existing.key != key]
    lists.append(RelatedList(key, heading, pages, order, more))
    lists.sort(key=lambda related: related.order)


@dataclass
class FilledList:
    key: str
    heading: str
    pages: list
    more_url: str | None


def lists_for(page, language):
    """The registered lists of this (specific) page that have pages, in their order."""
    filled = []
    for related in _registry.get(page._meta.label_lower, []):
        pages = list(related.pages(page, language))
        if pages:
            more = related.more(page, language) if related.more else None
            filled.append(FilledList(related.key, related.heading, pages, more))
    return filled
