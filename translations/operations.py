"""Translating pages and snippets with wagtail-localize, one object or a whole page tree.

Every entry point adopts the taxonomy's existing translations first (see memory.py), so that
translating a page never overwrites a translated work axis with English.
"""

import time
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from compat.wagtail_localize import TranslationCreator, translate_object
from translations.memory import adopt_existing_translations
from translations.permissions import TAXONOMY_MODELS

# DeepL accepts at most 50 texts per request.
MACHINE_BATCH_SIZE = 50


def translate(instance, locales, user=None):
    """Submit `instance` (a page or a snippet) for translation into `locales`, as
    wagtail-localize's "Translate" view does; untranslated strings show the source text."""
    adopt_existing_translations()
    translate_object(instance, locales, user=user)
    return [instance.get_translation(locale) for locale in locales]


def machine_translate(sources, locale, translator=None, user=None):
    """Fill the strings of `sources` that have no translation into `locale` with the machine
    translator's, marked as machine translations. Returns the number of strings translated."""
    translator = translator or get_machine_translator()
    if translator is None:
        raise ValueError("WAGTAILLOCALIZE_MACHINE_TRANSLATOR is not set.")
    segments = (
        StringSegment.objects.filter(source__in=sources)
        .annotate_translation(locale, include_errors=True)
        .filter(translation__isnull=True)
        .select_related("string", "source__locale")
    )
    by_source_locale = defaultdict(lambda: defaultdict(set))
    for segment in segments:
        value = segment.string.as_value()
        by_source_locale[segment.source.locale][value].add((segment.string_id, segment.context_id))
    created = 0
    for source_locale, contexts_by_string in by_source_locale.items():
        if not translator.can_translate(source_locale, locale):
            continue
        strings = list(contexts_by_string)
        for start in range(0, len(strings), MACHINE_BATCH_SIZE):
            batch = strings[start : start + MACHINE_BATCH_SIZE]
            translations = translator.translate(source_locale, locale, batch)
            for string in batch:
                translated = translations.get(string)
                if translated is None or translated.data is None:
                    continue
                for string_id, context_id in contexts_by_string[string]:
                    _object, was_created = StringTranslation.objects.get_or_create(
                        translation_of_id=string_id,
                        locale=locale,
                        context_id=context_id,
                        defaults={
                            "data": translated.data,
                            "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                            "tool_name": str(translator.display_name),
                            "last_translated_by": user,
                        },
                    )
                    created += was_created
    return created


@dataclass
class TreeTranslation:
    """What translate_tree did, for its caller to report."""

    translated: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    terms: int = 0
    machine_strings: int = 0
    seconds: float = 0.0


def translate_tree(root, locale, *, machine=False, taxonomy=False, user=None, progress=None):
    """Translate `root` and every page under it into `locale`, page by page.

    Each page is translated in its own transaction, parents before children: a run that stops
    half-way keeps what it did and a second run carries on, skipping the pages that already
    have a translation (not a mere alias) in `locale`. It also publishes each translation
    before its children are added under it: wagtail-localize's "Include subtree" does it all in
    one transaction, and its deferred publications reset the translated parents' child counts
    to 0. With `taxonomy`, the taxonomy terms missing in `locale` are translated first (the
    listings' filters need them). With `machine`, the missing strings are machine translated
    first, in batches; otherwise the new pages show the source text until translators
    translate it, as wagtail-localize does.
    """
    started = time.monotonic()
    adopt_existing_translations()
    result = TreeTranslation()
    translator = get_machine_translator() if machine else None
    if machine and translator is None:
        raise ValueError("WAGTAILLOCALIZE_MACHINE_TRANSLATOR is not set.")
    # One creator for the whole run: it submits each linked snippet (a work axis) only once.
    creator = TranslationCreator(user, [locale])

    def translate_one(instance):
        with transaction.atomic():
            if translator is not None:
                source, _created = TranslationSource.update_or_create_from_instance(instance)
                result.machine_strings += machine_translate([source], locale, translator, user)
            creator.create_translations(instance)

    if taxonomy:
        for model in TAXONOMY_MODELS:
            existing = model.objects.filter(locale=locale).values("translation_key")
            for term in model.objects.filter(locale=root.locale_id).exclude(
                translation_key__in=existing
            ):
                translate_one(term)
                result.terms += 1

    translated_keys = set(
        Page.objects.filter(locale=locale, alias_of__isnull=True).values_list(
            "translation_key", flat=True
        )
    )
    pages = [root, *root.get_descendants().order_by("path")]
    for position, page in enumerate(pages, 1):
        if page.translation_key in translated_keys:
            result.skipped.append(page)
            continue
        translate_one(page.specific)
        result.translated.append(page)
        if progress:
            progress(position, len(pages), page)
    # Inside an outer transaction, wagtail-localize's publications all run at its commit, from
    # page objects loaded before their children were added: recount the children once they
    # have run (at once when nothing is pending).
    transaction.on_commit(repair_child_counts)
    result.seconds = time.monotonic() - started
    return result


def repair_child_counts():
    """Recount every page's children (treebeard's own repair, two SQL statements)."""
    Page.fix_tree()
