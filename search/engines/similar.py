"""Pages like a given one, for "related" lists: the database engine's equivalent of
Elasticsearch's more_like_this, over the same search documents.

Candidates share a taxonomy term or a place with the page. Each is scored by what it shares:
its most frequent words (content), themes, sectors, target groups and work axis, and where it
applies (the same countries, sub-region or continent, or both international).
"""

import math
from collections import Counter
from functools import lru_cache

from django.db.models import Q

from search.analysis import WORD, fold
from search.models import SearchDocument, facet_values_text
from search.query_analysis import stop_words

TOP_WORDS = 30  # a page's "top tokens": its most frequent words that are not stop words
TEXT_CHARACTERS = 3000  # of the body, read for them
MAX_CANDIDATES = 200
# What one shared thing is worth against the content's cosine (0 to 1, times CONTENT_WEIGHT).
CONTENT_WEIGHT = 6.0
TAXONOMY_WEIGHTS = {"theme": 1.5, "sector": 1.0, "group": 1.0, "axis": 0.5}
PLACE_WEIGHTS = {"country": 2.0, "subregion": 1.0, "continent": 0.5, "world": 1.0}
SHARED_FACETS = ("theme", "sector", "group", "axis", "subregion")


def top_words(title, summary, body):
    """The page's most frequent words and how often each occurs (the title counts twice)."""
    stop = stop_words()
    text = f"{title} {title} {summary} {body[:TEXT_CHARACTERS]}"
    words = Counter(
        word for word in (fold(w) for w in WORD.findall(text)) if len(word) > 2 and word not in stop
    )
    return dict(words.most_common(TOP_WORDS))


def _cosine(left, right):
    shared = left.keys() & right.keys()
    if not shared:
        return 0.0
    dot = sum(left[w] * right[w] for w in shared)
    return dot / (_norm(tuple(left.values())) * _norm(tuple(right.values())))


@lru_cache(maxsize=4096)
def _norm(counts):
    return math.sqrt(sum(count * count for count in counts))


def _places(scope):
    """{"country": {...}, "subregion": {...}, "continent": {...}, "world": {...}}."""
    places = {}
    for value in scope:
        facet, _separator, code = value.partition(":")
        places.setdefault(facet, set()).add(code)
    return places


def similarity(document, candidate):
    """How alike two search documents are: content, taxonomy and applicability."""
    score = CONTENT_WEIGHT * _cosine(document["words"], candidate["words"])
    for facet, weight in TAXONOMY_WEIGHTS.items():
        shared = set(document["facets"].get(facet, [])) & set(candidate["facets"].get(facet, []))
        score += weight * len(shared)
    mine, theirs = document["places"], candidate["places"]
    for facet, weight in PLACE_WEIGHTS.items():
        if mine.get(facet, set()) & theirs.get(facet, set()):
            score += weight
    return score


def _row(document):
    return {
        "page_id": document.pk,
        "published": document.published,
        "facets": document.facets,
        "words": top_words(document.title, document.summary, document.body),
        "places": _places(document.facets.get("scope", [])),
    }


def similar_documents(page_id, language, kind, limit):
    """Page ids of the documents of `kind` most like page `page_id`'s, in `language` (or in
    their original language when not translated into it), other versions of it left out."""
    try:
        own = SearchDocument.objects.select_related("page").get(pk=page_id)
    except SearchDocument.DoesNotExist:
        return []
    document = _row(own)
    shares = Q()
    for facet in SHARED_FACETS:
        for value in own.facets.get(facet, []):
            shares |= Q(facet_values__contains=facet_values_text({facet: [value]}))
    for value in own.facets.get("scope", []):
        shares |= Q(facet_values__contains=facet_values_text({"scope": [value]}))
    if not shares:
        return []
    candidates = (
        SearchDocument.objects.filter(kind=kind)
        .filter(
            Q(language=language)
            | Q(is_original=True) & ~Q(available_languages__contains=f",{language},")
        )
        .exclude(page__translation_key=own.page.translation_key)
        .filter(shares)
        .order_by("-published", "pk")
        .only("pk", "published", "facets", "title", "summary", "body")[:MAX_CANDIDATES]
    )
    scored = [(similarity(document, row), row) for row in map(_row, candidates)]
    scored.sort(key=lambda pair: (-pair[0], -pair[1]["published"].toordinal(), pair[1]["page_id"]))
    return [row["page_id"] for score, row in scored[:limit] if score > 0]
