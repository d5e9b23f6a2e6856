"""Lineage: a toolkit or a policy adapted from another one, in another country or language.

A page type with lineage has an `adapted_from` foreign key to its own type (related name
`adaptations`), `adaptation_notes` (what changed), and says where and when it was made
(`lineage_place`, `lineage_year`). Links point at one language version; these functions match
every version by translation key and give the visitor the live version in their language when
there is one, otherwise the original.
"""

from base.languages import visitor_versions


def _one_per_page(pages, language):
    """One version per translation key: the visitor's language's, else the first made."""
    originals = {}
    for page in pages.order_by("pk"):
        originals.setdefault(page.translation_key, page)
    return list(visitor_versions(list(originals.values()), language).values())


def adapted_from(page, language):
    """The live page this one was adapted from, in the visitor's language; or None."""
    if page.adapted_from_id is None:
        return None
    model = type(page)
    source_key = model.objects.filter(pk=page.adapted_from_id).values("translation_key")
    sources = _one_per_page(
        model.objects.live().public().filter(translation_key__in=source_key), language
    )
    return sources[0] if sources else None


def adaptations_of(page, language):
    """The live pages adapted from this one (from any language version of it), oldest first."""
    model = type(page)
    adapted = (
        model.objects.live()
        .public()
        .filter(adapted_from__translation_key=page.translation_key)
        .exclude(translation_key=page.translation_key)
    )
    return sorted(_one_per_page(adapted, language), key=lambda p: (p.lineage_year or 0, p.pk))
