"""Translates the demo site into the language packs' languages with wagtail-localize, as the
network's translators would in its editor, so that their tools see real translations.

For each page: the English page becomes a TranslationSource, a Translation targets the locale,
every string segment gets a manual StringTranslation (by the locale's demo translator, when
there is one) and wagtail-localize saves the translated page, which is then published here.
Segments the pack has no translation for keep the English text (wagtail-localize's fallback)
and are counted in the progress line, so that a translator can still find them.

Translated pages are published at once rather than when the command's transaction commits,
where wagtail-localize would leave it (Translation.save_target(publish=True) publishes on
commit): children go under parents that are already live (no stale child counts), and a test
that rolls the transaction back sees them. The search index gets the new translations, with
their other language versions, once at the end of the run, in the same transaction.
"""

import datetime
import html

from django.core.management.base import CommandError
from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from compat.wagtail_localize import StringValue, extract_strings
from demo import network_content
from demo.illustrations import PALETTES
from demo.story_content import STORIES
from demo.toolkit_content import TOOLKITS
from demo.translations import DELIBERATELY_UNTRANSLATED, LANGUAGE_PACKS
from translations.memory import adopt_existing_translations
from translations.permissions import setup_translator_group

# username, full name: one demo translator per language, member of its "Translators (xx)" group.
TRANSLATOR_USERS = {
    "fr": ("traductrice", "Traductrice démo"),
    "es": ("traductora", "Traductora demo"),
    "pt": ("tradutora", "Tradutora demo"),
}


class PageStrings:
    """English text -> translation for one page, with the pack's recurring phrases and
    illustration descriptions after the page's own strings."""

    def __init__(self, pack, strings):
        self.pack = pack
        self.strings = {english: text for english, text in strings.items() if english and text}

    def get(self, english):
        translated = self.strings.get(english)
        if translated is None:
            translated = self.pack.phrases.get(english)
        if translated is None:
            translated = alt_text(english, self.pack.alt_text)
        return translated


class TranslatedSlug:
    """A page's strings, its slug made from its translated title (/fr/recits/, /es/historias/)
    as a translator would write it; the home page keeps its own (it is no part of addresses)."""

    MAX_LENGTH = 80

    def __init__(self, page, strings):
        self.strings = strings
        self.slug = page.slug
        title = strings.get(page.title)
        self.translated = page.slug
        if title and page.depth > 2:
            slug = slugify(title)
            if len(slug) > self.MAX_LENGTH:
                slug = slug[: self.MAX_LENGTH].rsplit("-", 1)[0]
            self.translated = slug or page.slug

    def get(self, english):
        if english == self.slug:
            return self.translated
        return self.strings.get(english)


def alt_text(english, alt):
    """The translation of an illustration's description (see illustrations.draw_illustration),
    or None when `english` is not one."""
    prefix = "Illustration: "
    if not english.startswith(prefix):
        return None
    shows = english.removeprefix(prefix)
    for name, palette in PALETTES.items():
        endings = (
            (f" in {palette.land_words} under {palette.sky_words}", alt.template),
            (f" in {palette.land_words}", alt.template_without_sky),
        )
        for ending, template in endings:
            scene = alt.scenes.get(shows.removesuffix(ending))
            if shows.endswith(ending) and scene:
                return template.format(scene=scene, land=alt.lands[name], sky=alt.skies[name])
    return None


def story_strings(content, translation):
    strings = {
        content.slug: content.slug,
        content.title: translation.title,
        content.summary: translation.summary,
        content.organisation: translation.organisation,
        content.locality: translation.locality or content.locality,
        content.introduction: translation.introduction,
        content.quote[0]: translation.quote[0],
        content.quote[1]: content.quote[1],  # a person's name
        content.quote[2]: translation.quote[1],
        content.toolkit_note: translation.toolkit_note,
        content.caption: translation.caption,
    }
    for english, translated in (
        *zip(content.sections, translation.sections, strict=True),
        *zip(content.figures, translation.figures, strict=True),
    ):
        strings.update(zip(english, translated, strict=True))
    return strings


def toolkit_strings(content, translation, language):
    """A toolkit's description lists the sections of its first booklet (English when it has
    one): their headings become those of the booklet in `language`, when there is one."""
    listed = "en" if "en" in content.texts else next(iter(content.texts))
    headings = [heading for heading, _text in content.texts[listed].sections]
    translated_headings = translation.sections
    if not translated_headings and language in content.texts:
        translated_headings = [heading for heading, _text in content.texts[language].sections]
    strings = {
        content.slug: content.slug,
        content.title: translation.title,
        content.summary: translation.summary,
        content.description: translation.description,
        content.publisher: translation.publisher or content.publisher,
    }
    if translated_headings:
        strings.update(zip(headings, translated_headings, strict=True))
    else:
        strings.update((heading, heading) for heading in headings)
    return strings


def rich_text_strings(english_html, translations):
    """Pair the strings wagtail-localize extracts from `english_html` with `translations`."""
    _template, strings = extract_strings(english_html)
    english = [html.unescape(value.data) for value, _attrs in strings]
    return dict(zip(english, translations, strict=True))


class DemoTranslator:
    """Translates what DemoBuilder built; `builder` lends its progress lines, random
    generators, users and publishing."""

    def __init__(self, builder, home_introduction, packs=LANGUAGE_PACKS):
        self.builder = builder
        self.home_introduction = home_introduction  # the English, as DemoBuilder writes it
        self.packs = packs
        self.untranslated_strings = 0  # segments left in English, over the whole run

    def translate(self, home, story_index, toolkit_index, stories, toolkits):
        adopt_existing_translations()  # the taxonomy's translations, as translators' tools expect
        for pack in self.packs:
            self.translate_language(pack, home, story_index, toolkit_index, stories, toolkits)

    def translate_language(self, pack, home, story_index, toolkit_index, stories, toolkits):
        locale = Locale.objects.filter(language_code=pack.language).first()
        if locale is None:
            raise CommandError(f"There is no {pack.language!r} locale (migration home/0004?).")
        self.builder.write(f"Translations: {locale.get_display_name()} ({pack.language})")
        user = self.translator(pack.language, locale)
        self.translate_site(pack, locale, user, home, story_index, toolkit_index)
        chosen = [content for content in TOOLKITS if content.slug in pack.toolkits]
        for number, content in enumerate(chosen, 1):
            self.translate_page(
                toolkits[content.slug],
                locale,
                PageStrings(
                    pack, toolkit_strings(content, pack.toolkits[content.slug], pack.language)
                ),
                user,
                kind="toolkit",
                position=(number, len(chosen)),
            )
        chosen = [content for content in STORIES if content.slug in pack.stories]
        for number, content in enumerate(chosen, 1):
            self.translate_page(
                stories[content.slug],
                locale,
                PageStrings(pack, story_strings(content, pack.stories[content.slug])),
                user,
                kind="story",
                position=(number, len(chosen)),
            )
        missing = DELIBERATELY_UNTRANSLATED[pack.language]
        self.builder.write(
            f"  left in English on purpose: {len(missing['stories'])} stories, "
            f"{len(missing['toolkits'])} toolkits"
        )

    def translate_site(self, pack, locale, user, home, story_index, toolkit_index):
        site = pack.site
        home_strings = {home.slug: home.slug, home.title: site.home_title}
        home_strings.update(rich_text_strings(self.home_introduction, site.home_introduction))
        home_strings.update(network_content.home_strings(pack.language))  # calls to action
        # Parents first: a translated page goes under its parent's translation.
        self.translate_page(home, locale, PageStrings(pack, home_strings), user, kind="home")
        listings = (
            (story_index, site.stories_title, site.stories_introduction),
            (toolkit_index, site.toolkits_title, site.toolkits_introduction),
        )
        for listing, title, introduction in listings:
            strings = {listing.slug: listing.slug, listing.title: title}
            strings[listing.introduction] = introduction
            self.translate_page(listing, locale, PageStrings(pack, strings), user, kind="listing")
        # The locale's home page exists now: its translators get their page permissions.
        setup = setup_translator_group(locale)
        if setup.granted:
            self.builder.note("group", "updated", setup.group.name, detail="page permissions")

    def translator(self, language, locale):
        """The locale's translators' group, and its demo translator (None when the demo users
        are skipped)."""
        setup = setup_translator_group(locale)
        self.builder.note("group", "created" if setup.created else "found", setup.group.name)
        if self.builder.password is None or language not in TRANSLATOR_USERS:
            return None
        username, full_name = TRANSLATOR_USERS[language]
        return self.builder.create_user(username, setup.group.name, full_name)

    def translate_page(self, page, locale, strings, user, *, kind, position=None):
        translated = Page.objects.filter(
            translation_key=page.translation_key, locale=locale, alias_of__isnull=True
        ).first()
        if translated is not None:
            label = f"{translated.title} ({kind})"
            self.builder.note(locale.language_code, "found", label, position)
            return translated.specific
        source, _created = TranslationSource.update_or_create_from_instance(page)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        kept = self.record_strings(source, locale, TranslatedSlug(page, strings), user)
        translation.save_target(user=user, publish=False)
        translated = translation.get_target_instance()
        rng = self.builder.rng("translation", locale.language_code, page.slug)
        written = page.first_published_at or self.builder.now
        when = written + datetime.timedelta(days=rng.randint(5, 60), minutes=rng.randint(0, 600))
        self.builder.publish(translated, when, revision=translated.latest_revision, user=user)
        self.untranslated_strings += kept
        detail = f"{kept} texts left in English" if kept else ""
        self.builder.note(
            locale.language_code, "created", f"{translated.title} ({kind})", position, detail
        )
        return translated

    def record_strings(self, source, locale, strings, user):
        """A manual translation of every segment `strings` knows; returns how many it does not."""
        kept = 0
        segments = source.stringsegment_set.select_related("string", "context").order_by("order")
        for segment in segments:
            english = html.unescape(segment.string.data)
            translated = strings.get(english)
            if translated is None:
                kept += 1
                continue
            if "<" in segment.string.data:  # rich text with inline tags
                data = StringValue.from_translated_html(translated).data
            else:
                data = StringValue.from_plaintext(translated).data
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "tool_name": "",
                    "last_translated_by": user,
                    "has_error": False,
                    "field_error": "",
                },
            )
        return kept
