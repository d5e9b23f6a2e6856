"""Sections another app draws on a page, from a template of its own: the atlas's world map on
the home page.

Like base/related_pages.py, but for a section that is not a list of cards: the page showing it
never imports the app that draws it; that app registers the section here (in its
AppConfig.ready), naming the page type it appears on, its template and the context to give it.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class PageSection:
    key: str
    template: str
    context: Callable  # (page shown, language code) -> the template's context, or None to skip
    order: int = 50


_registry: dict[str, list[PageSection]] = {}


def register(shown_on, key, template, context, *, order=50):
    """Draw `template` with `context(page, language)` on the pages of type `shown_on`
    ("app_label.ModelName"); a context of None leaves the section out."""
    sections = _registry.setdefault(shown_on.lower(), [])
    sections[:] = [existing for existing in sections if existing.key != key]
    sections.append(PageSection(key, template, context, order))
    sections.sort(key=lambda section: section.order)


@dataclass
class FilledSection:
    key: str
    template: str
    context: dict


def sections_for(page, language):
    """The registered sections of this (specific) page that have something to show."""
    filled = []
    for section in _registry.get(page._meta.label_lower, []):
        context = section.context(page, language)
        if context is not None:
            filled.append(FilledSection(section.key, section.template, context))
    return filled
