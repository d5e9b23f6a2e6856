"""The translation status of pages: for each source page and locale, is there a translation,
and is it up to date with the source?

wagtail-localize freezes the source page's content in a TranslationSource when it is submitted
for translation, and refreshes it only when someone syncs ("Sync translated pages"); each time a
translation is written into the target page it logs a TranslationLog. So a translation is
outdated when the source page was published after its TranslationSource was last refreshed (the
source changed and nobody synced yet), or when the TranslationSource was refreshed after the
translation was last written (new source text waits for the translators).

Everything is fetched in a fixed number of queries, whatever the number of pages.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, Count, Exists, F, Max, OuterRef, Q, When
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

MACHINE = StringTranslation.TRANSLATION_TYPE_MACHINE

MISSING = "missing"
OUTDATED = "outdated"
IN_PROGRESS = "in-progress"
UP_TO_DATE = "up-to-date"
# A page written in this language that has no version in the source language (a translator
# created it in her own locale): listed with its own state rather than left out.
ORIGINAL = "original"
STATUS_LABELS = {
    MISSING: _("Missing"),
    OUTDATED: _("Outdated"),
    IN_PROGRESS: _("In progress"),
    UP_TO_DATE: _("Up to date"),
    ORIGINAL: _("Written in this language"),
}

# The report's sections: section -> (label, page models), registered by the page apps
# (register_section), in their order.
SECTIONS = {}
_section_order = {}


def register_section(section, label, page_models, order=100):
    """Offer `section` as a filter of the report, for pages of these models."""
    SECTIONS[section] = (label, tuple(page_models))
    _section_order[section] = order
    ordered = sorted(SECTIONS.items(), key=lambda item: _section_order[item[0]])
    SECTIONS.clear()
    SECTIONS.update(ordered)


@dataclass
class Cell:
    """The state of one source page in one locale."""

    locale: Locale
    status: str
    reason: str = ""
    page_id: int | None = None  # the translated page (or the alias standing in for it)
    translation_id: int | None = None  # wagtail-localize's Translation, when it manages it
    source_id: int | None = None  # wagtail-localize's TranslationSource
    needs_sync: bool = False  # the source changed since it was last sent to translators
    untranslated: int = 0
    total: int = 0
    machine: int = 0  # strings still showing unreviewed machine translation

    @property
    def label(self):
        return STATUS_LABELS[self.status]


@dataclass
class Row:
    page: Page  # the source page (not specific: its title, type and dates are enough)
    cells: list = field(default_factory=list)
    origin: Locale | None = None  # set when the page exists only outside the source locale

    @property
    def statuses(self):
        return {cell.status for cell in self.cells}


def section_content_types(section):
    models = SECTIONS[section][1]
    return list(ContentType.objects.get_for_models(*models, for_concrete_models=False).values())


def source_pages(source_locale, section=None):
    """The pages of the sites in the source locale, in tree order, optionally one section's;
    then the pages written in another locale that have no version in the source locale."""
    site_roots = Page.objects.filter(sites_rooted_here__isnull=False)
    roots = Page.objects.filter(
        translation_key__in=site_roots.values("translation_key"), alias_of__isnull=True
    )
    in_a_site = Q(pk__in=[])
    for path in roots.values_list("path", flat=True):
        in_a_site |= Q(path__startswith=path)
    in_source_locale = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale=source_locale
    )
    pages = Page.objects.filter(in_a_site, alias_of__isnull=True).filter(
        Q(locale=source_locale) | ~Exists(in_source_locale)
    )
    if section in SECTIONS:
        pages = pages.filter(content_type__in=section_content_types(section))
    elsewhere_last = Case(When(locale=source_locale, then=0), default=1)
    return pages.select_related("content_type", "locale").order_by(elsewhere_last, "path")


class RowsOfPages:
    """The Rows of `pages` (a queryset), worked out only for the slice a paginator takes."""

    def __init__(self, pages, locales, source_locale):
        self.pages, self.locales, self.source_locale = pages, locales, source_locale

    def __len__(self):
        return self.pages.count()

    def __getitem__(self, index):
        if isinstance(index, slice):
            return translation_status(self.pages[index], self.locales, self.source_locale)
        return self[index : index + 1][0]


def translation_status(pages, locales, source_locale):
    """A Row per source page in `pages` with a Cell per locale in `locales`. A page written
    in another locale (with no version in the source locale) is the source of its own row."""
    pages = list(pages)
    by_origin = {}
    for page in pages:
        by_origin.setdefault(page.locale_id, []).append(page)
    rows = {}
    for locale_id, group in by_origin.items():
        origin = source_locale if locale_id == source_locale.pk else group[0].locale
        for row in _rows(group, locales, origin):
            row.origin = None if origin.pk == source_locale.pk else origin
            rows[row.page.pk] = row
    return [rows[page.pk] for page in pages]


def _rows(pages, locales, source_locale):
    keys = [page.translation_key for page in pages]
    locale_ids = [locale.pk for locale in locales]

    targets = {}  # (translation_key, locale_id) -> values of the page in that locale
    for target in Page.objects.filter(translation_key__in=keys, locale_id__in=locale_ids).values(
        "id",
        "translation_key",
        "locale_id",
        "alias_of_id",
        "last_published_at",
        "latest_revision_created_at",
        "live",
        "has_unpublished_changes",
    ):
        targets[target["translation_key"], target["locale_id"]] = target

    sources = {
        source["object_id"]: source
        for source in TranslationSource.objects.filter(
            object_id__in=keys, locale=source_locale
        ).values("id", "object_id", "last_updated_at")
    }
    source_ids = [source["id"] for source in sources.values()]
    translations = {
        (translation["source_id"], translation["target_locale_id"]): translation
        for translation in Translation.objects.filter(
            source_id__in=source_ids, target_locale_id__in=locale_ids
        ).values("id", "source_id", "target_locale_id", "enabled")
    }
    last_written = {
        (log["source_id"], log["locale_id"]): log["last"]
        for log in TranslationLog.objects.filter(source_id__in=source_ids, locale_id__in=locale_ids)
        .values("source_id", "locale_id")
        .annotate(last=Max("created_at"))
    }
    totals = dict(
        StringSegment.objects.filter(source_id__in=source_ids)
        .values("source_id")
        .annotate(total=Count("id"))
        .values_list("source_id", "total")
    )
    # Translated strings per source and locale: a StringTranslation of the segment's string in
    # the segment's context. Errors count as untranslated, as in wagtail-localize's editor.
    translated = {}
    machine = {}
    for counts in (
        StringTranslation.objects.filter(
            locale_id__in=locale_ids,
            has_error=False,
            translation_of__segments__source_id__in=source_ids,
            translation_of__segments__context_id=F("context_id"),
        )
        .values("locale_id", source_id=F("translation_of__segments__source_id"))
        .annotate(
            translated=Count("id"),
            machine=Count("id", filter=Q(translation_type=MACHINE)),
        )
    ):
        translated[counts["source_id"], counts["locale_id"]] = counts["translated"]
        machine[counts["source_id"], counts["locale_id"]] = counts["machine"]

    rows = []
    for page in pages:
        source = sources.get(page.translation_key)
        row = Row(page=page)
        for locale in locales:
            target = targets.get((page.translation_key, locale.pk))
            translation = source and translations.get((source["id"], locale.pk))
            row.cells.append(
                _cell(
                    page,
                    locale,
                    target,
                    source,
                    translation,
                    last_written,
                    totals,
                    translated,
                    machine,
                )
            )
        rows.append(row)
    return rows


def _cell(page, locale, target, source, translation, last_written, totals, translated, machine):
    if target is not None and target["id"] == page.pk:
        if not target["live"]:
            state = _("Draft, not published")
        elif target["has_unpublished_changes"]:
            state = _("Published, with unpublished changes")
        else:
            state = _("Published")
        return Cell(locale, ORIGINAL, state, page_id=page.pk)
    if target is None:
        return Cell(locale, MISSING, _("Not translated yet"))
    if target["alias_of_id"]:
        return Cell(
            locale,
            MISSING,
            _("An untranslated copy of the source page stands in for it"),
            page_id=target["id"],
        )
    if translation is None or not translation["enabled"]:
        # Translated by hand in Wagtail's editor: only its dates tell.
        cell = Cell(locale, UP_TO_DATE, _("Translated outside wagtail-localize"), target["id"])
        if _later(page.last_published_at, target["latest_revision_created_at"]):
            cell.status = OUTDATED
            cell.reason = _("The source page changed after this translation was last edited")
        return cell

    key = (source["id"], locale.pk)
    cell = Cell(
        locale,
        UP_TO_DATE,
        page_id=target["id"],
        translation_id=translation["id"],
        source_id=source["id"],
        total=totals.get(source["id"], 0),
        machine=machine.get(key, 0),
    )
    cell.untranslated = max(cell.total - translated.get(key, 0), 0)
    cell.needs_sync = _later(page.last_published_at, source["last_updated_at"])
    if cell.needs_sync:
        cell.status = OUTDATED
        cell.reason = _("The source page changed since it was last sent to translators")
    elif _later(source["last_updated_at"], last_written.get(key)):
        cell.status = OUTDATED
        cell.reason = _("New source text is waiting to be translated and published")
    elif cell.untranslated:
        cell.status = IN_PROGRESS
        cell.reason = _("%(count)s of %(total)s texts still show the source language") % {
            "count": cell.untranslated,
            "total": cell.total,
        }
    return cell


def _later(moment, than):
    return moment is not None and (than is None or moment > than)
