"""Keep wagtail-localize's translation memory aware of translations made without it.

Migration home/0004 created the taxonomy directly in four languages. When a page is submitted
for translation, wagtail-localize also submits the snippets it links to (its work axis) and
rewrites their existing translations from its memory, falling back to the source text for
strings it has no translation of: the French work axis would become English. Recording the
existing translations in the memory first turns that rewrite into a no-op.
"""

from collections import defaultdict

from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from compat.wagtail_localize import StringSegmentValue, extract_segments
from translations.permissions import translatable_snippet_models


def strings_by_path(instance):
    """The translatable strings of `instance`, listed under their content path."""
    strings = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
    return strings


@transaction.atomic
def adopt_existing_translations(models=None, source_locale=None):
    """Record every translation of `models` that wagtail-localize does not manage yet.

    Idempotent: an object whose translations all have a Translation record is left alone.
    Returns the number of translations adopted.
    """
    source_locale = source_locale or Locale.get_default()
    adopted = 0
    for model in translatable_snippet_models() if models is None else models:
        originals = list(model.objects.filter(locale=source_locale))
        keys = [original.translation_key for original in originals]
        managed = set(
            Translation.objects.filter(
                source__object_id__in=keys, source__locale=source_locale
            ).values_list("source__object_id", "target_locale_id")
        )
        unmanaged = defaultdict(list)
        for translated in model.objects.filter(translation_key__in=keys).exclude(
            locale=source_locale
        ):
            if (translated.translation_key, translated.locale_id) not in managed:
                unmanaged[translated.translation_key].append(translated)
        for original in originals:
            if unmanaged[original.translation_key]:
                adopted += adopt(original, unmanaged[original.translation_key])
    return adopted


def adopt(original, translations):
    source, _created = TranslationSource.update_or_create_from_instance(original)
    segments = list(source.stringsegment_set.select_related("string", "context").order_by("order"))
    for translated in translations:
        translated_strings = strings_by_path(translated)
        seen = defaultdict(int)  # a rich text field holds several strings under one path
        for segment in segments:
            path = segment.context.path
            position = seen[path]
            seen[path] += 1
            if position >= len(translated_strings[path]):
                continue  # the translation's structure differs: leave this string to translators
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale_id=translated.locale_id,
                context=segment.context,
                defaults={
                    "data": translated_strings[path][position],
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "tool_name": "",
                    "has_error": False,
                    "field_error": "",
                },
            )
        Translation.objects.get_or_create(
            source=source, target_locale_id=translated.locale_id, defaults={"enabled": True}
        )
    return len(translations)
