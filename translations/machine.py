"""Machine-translated pages: how to tell them, and how a translator signs them off.

wagtail-localize records for every translated string whether a person or a machine wrote it
(StringTranslation.translation_type). Editing a string in the translation editor, or importing
a changed PO file, makes it "manual"; a string the machine got right stays "machine" until a
translator marks the page as reviewed (mark_reviewed).
"""

from django.db.models import Exists, OuterRef
from django.utils import timezone
from wagtail_localize.models import StringSegment, StringTranslation, Translation

# The tool name of a machine translation a translator approved without changing it.
REVIEWED_TOOL_NAME = "{tool} (reviewed)"


def machine_strings(translation):
    """The machine translations, not edited since, of the source's current strings."""
    segments = StringSegment.objects.filter(
        source_id=translation.source_id,
        string_id=OuterRef("translation_of_id"),
        context_id=OuterRef("context_id"),
    )
    return StringTranslation.objects.filter(
        Exists(segments),
        locale_id=translation.target_locale_id,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    )


def machine_translated(page):
    """Whether `page` is a wagtail-localize translation that still shows text a machine
    translated and no translator has reviewed. One query."""
    if page is None or getattr(page, "translation_key", None) is None:
        return False
    segments = StringSegment.objects.filter(
        source__object_id=page.translation_key,
        source__translations__target_locale_id=page.locale_id,
        source__translations__enabled=True,
        string_id=OuterRef("translation_of_id"),
        context_id=OuterRef("context_id"),
    )
    return StringTranslation.objects.filter(
        Exists(segments),
        locale_id=page.locale_id,
        context__object_id=page.translation_key,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    ).exists()


def machine_translated_versions(pages):
    """{(translation_key, locale_id)} of those of `pages` that machine_translated() would call
    machine-translated, in one query whatever their number (the sitemap, feeds and exports)."""
    keys = {page.translation_key for page in pages}
    locales = {page.locale_id for page in pages}
    if not keys:
        return set()
    segments = StringSegment.objects.filter(
        source__object_id=OuterRef("context__object_id"),
        source__translations__target_locale_id=OuterRef("locale_id"),
        source__translations__enabled=True,
        string_id=OuterRef("translation_of_id"),
        context_id=OuterRef("context_id"),
    )
    found = StringTranslation.objects.filter(
        Exists(segments),
        locale_id__in=locales,
        context__object_id__in=keys,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    ).values_list("context__object_id", "locale_id")
    return {(key, locale_id) for key, locale_id in found.distinct()}


def machine_translated_versions_in_request(request, pages):
    """machine_translated_versions(pages), asked once per request for the same pages: the
    search engines' head and the machine-translation notice both ask about a page's live
    versions."""
    pages = list(pages)
    if request is None:
        return machine_translated_versions(pages)
    asked = request.__dict__.setdefault("_machine_translated_versions", {})
    key = frozenset((page.translation_key, page.locale_id) for page in pages)
    if key not in asked:
        asked[key] = machine_translated_versions(pages)
    return asked[key]


def mark_reviewed(translation: Translation, user):
    """A translator approves the machine translations of `translation` as they are.

    Returns how many strings were approved. The page itself does not change: the strings keep
    their text, they only stop counting as machine output.
    """
    approved = 0
    for string_translation in machine_strings(translation):
        string_translation.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
        string_translation.tool_name = REVIEWED_TOOL_NAME.format(
            tool=string_translation.tool_name or "machine"
        )[:255]
        string_translation.last_translated_by = user
        string_translation.updated_at = timezone.now()
        string_translation.save(
            update_fields=["translation_type", "tool_name", "last_translated_by", "updated_at"]
        )
        approved += 1
    return approved
