"""The page types the exchange search indexes. Each registers itself; search never imports one.

A page app registers its page types when Django starts (in its AppConfig.ready()):

    from search import registry

    registry.register(StoryPage, kind="story", label=_("Story"))

A page type may declare a ranking weight (1.0 unless told): both engines multiply its pages'
relevance by it, so the exchange's own material (toolkits, stories, policies) comes before the
network's pages (organisations, events...) unless one of those is clearly more relevant.

and the page type answers `search_content()` with a SearchContent: what only it knows (its
text, its date, its own facet values). What every ClassifiedPage shares (title, summary,
countries, regions, work axis, themes, sectors, target groups, languages) search reads itself;
a page placed on a continent or a sub-region rather than on countries names it in `region_codes`.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass
class SearchContent:
    """What a page type adds to its search document (search/documents.py)."""

    body: str  # its words, in plain text, in the page's language
    published: str  # ISO date that `sort=newest` orders by
    facets: dict[str, list[str]] = field(default_factory=dict)  # e.g. {"year": ["2021"]}
    # Words of its downloadable files, by the language they are written in.
    files_text: dict[str, str] = field(default_factory=dict)
    labels: set[str] = field(default_factory=set)  # more words that find it in any language


@dataclass(frozen=True)
class IndexedPageType:
    model: type
    kind: str  # the value of the `kind` facet, e.g. "story"
    label: str  # what visitors read for that value (lazily translated)
    # facet name -> the TextChoices whose labels name its values (e.g. {"type": ToolkitType})
    facet_choices: dict = field(default_factory=dict)
    # documents (a queryset) -> the pages of this type that show them, re-indexed when a
    # document or the privacy of its collection changes
    pages_using_documents: Callable[[Iterable], Iterable] | None = None
    # Its pages' relevance is multiplied by this on both engines (and orders them when the
    # query holds no words, only filters).
    ranking_weight: float = 1.0


# The ranking weight of the network's pages (organisations, events, statements, campaigns,
# working groups): visitors come for the exchange's material, so one of these comes first only
# when clearly more relevant, e.g. when its name is the query.
NETWORK_PAGE_WEIGHT = 0.7

_page_types: dict[str, IndexedPageType] = {}


def register(
    model, *, kind, label, facet_choices=None, pages_using_documents=None, ranking_weight=1.0
):
    """Index the live, public pages of `model` as `kind`; safe to call again (tests, reloads)."""
    _page_types[kind] = IndexedPageType(
        model=model,
        kind=kind,
        label=label,
        facet_choices=dict(facet_choices or {}),
        pages_using_documents=pages_using_documents,
        ranking_weight=ranking_weight,
    )


def first_published_date(page):
    """`published` for a page that has no date of its own: the day it was first published."""
    from django.utils import timezone

    return (page.first_published_at or timezone.now()).date().isoformat()


def page_types():
    return list(_page_types.values())


def kinds():
    return [page_type.kind for page_type in _page_types.values()]


def indexed_models():
    return tuple(page_type.model for page_type in _page_types.values())


def kind_of(page):
    for page_type in _page_types.values():
        if isinstance(page, page_type.model):
            return page_type.kind
    raise LookupError(f"{type(page).__name__} is not registered with the search")


def ranking_weights():
    """{kind: ranking weight} of the page types whose weight is not 1."""
    return {
        page_type.kind: page_type.ranking_weight
        for page_type in _page_types.values()
        if page_type.ranking_weight != 1.0
    }


def ranking_weight(kind):
    page_type = _page_types.get(kind)
    return page_type.ranking_weight if page_type else 1.0


def kind_label(kind):
    page_type = _page_types.get(kind)
    return page_type.label if page_type else None


def choice_label(facet, value):
    """The label of a facet value that comes from a page type's choices, or None."""
    for page_type in _page_types.values():
        choices = page_type.facet_choices.get(facet)
        if choices is not None:
            label = dict(choices.choices).get(value)
            if label is not None:
                return label
    return None


def pages_using_documents(documents):
    """The indexed pages that show any of these documents (a queryset of documents)."""
    pages = set()
    for page_type in _page_types.values():
        if page_type.pages_using_documents is not None:
            pages.update(page_type.pages_using_documents(documents))
    return pages
