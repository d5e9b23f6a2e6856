"""Checks that the demo content covers what the site must show (every continent, both halves
of the Americas, every term of the taxonomy, several languages and types of toolkit), and the
titles by which generated images and documents are found again on the next run."""

from collections import Counter

from base import geography
from demo.booklets import COVER_LABELS, SHARED_SECTIONS
from demo.story_content import STORIES
from demo.toolkit_content import TOOLKITS
from demo.translations import DELIBERATELY_UNTRANSLATED, LANGUAGE_PACKS
from taxonomy.models import GovernmentLevel, Sector, TargetGroup, Theme, WorkAxis
from toolkits.models import Licence, ToolkitType

MIN_COUNTRIES = 20
AMERICAS_SUBREGIONS = {"South America": "005", "Central America": "013", "Northern America": "021"}

SCENE_TITLES = {
    "hills": "rolling hills",
    "terraces": "terraced hillsides",
    "fields": "fields",
    "coast": "the coast",
    "town": "a row of houses",
    "weave": "a woven pattern",
}
PALETTE_TITLES = {
    "dawn": "at dawn",
    "dusk": "at dusk",
    "noon": "at noon",
    "rain": "in the rainy season",
    "desert": "in dry-season light",
    "highland": "in highland light",
    "tropic": "in tropical colours",
    "night": "at night",
    "autumn": "in autumn colours",
    "lagoon": "in lagoon blues",
}
IMAGE_ROLES = {"cover": "cover illustration", "figure": "illustration"}


def image_title(story, scene, palette, role):
    """Titles identify images across runs; they say what the image shows and for which story."""
    place = story.locality.split(",")[0]
    return f"{place}: {SCENE_TITLES[scene]} {PALETTE_TITLES[palette]} ({IMAGE_ROLES[role]})"


def document_title(toolkit, file):
    """Titles identify documents across runs, so each must be unique."""
    title = toolkit.texts[file.language].title
    return f"{title} — {file.label}" if file.label else title


def content_problems(locale=None):
    """Everything wrong with the demo content, as sentences; empty when all is well.

    With a `locale`, taxonomy slugs are also checked against that locale's terms.
    """
    problems = []
    pages = [*STORIES, *TOOLKITS]
    for kind, items in (("story", STORIES), ("toolkit", TOOLKITS)):
        for slug, count in Counter(item.slug for item in items).items():
            if count > 1:
                problems.append(f"{count} {kind} pages share the slug {slug!r}")
    problems += [
        f"{page.slug}: summary over 600 characters" for page in pages if len(page.summary) > 600
    ]

    toolkit_slugs = {toolkit.slug for toolkit in TOOLKITS}
    for story in STORIES:
        problems += [
            f"{story.slug}: unknown related toolkit {slug!r}"
            for slug in story.toolkits
            if slug not in toolkit_slugs
        ]
        if not story.toolkits:
            problems.append(f"{story.slug}: no related toolkit")
    images = Counter(
        image_title(story, *drawing, role)
        for story in STORIES
        for role, drawing in (("cover", story.hero), ("figure", story.figure))
        if drawing
    )
    problems += [
        f"{count} images are titled {title!r}" for title, count in images.items() if count > 1
    ]
    problems += _toolkit_problems()
    problems += _coverage_problems()
    problems += _translation_problems()
    if locale is not None:
        problems += _taxonomy_problems(locale)
    return problems


def _toolkit_problems():
    problems = []
    titles = Counter()
    for toolkit in TOOLKITS:
        if not toolkit.countries and not toolkit.is_international:
            problems.append(f"{toolkit.slug}: no country and not international")
        if toolkit.toolkit_type not in ToolkitType.values:
            problems.append(f"{toolkit.slug}: unknown type {toolkit.toolkit_type!r}")
        if toolkit.government_level not in GovernmentLevel.values:
            problems.append(f"{toolkit.slug}: unknown level {toolkit.government_level!r}")
        if toolkit.licence not in Licence.values:
            problems.append(f"{toolkit.slug}: unknown licence {toolkit.licence!r}")
        for file in toolkit.files:
            titles[document_title(toolkit, file)] += 1
            if file.language not in COVER_LABELS:
                problems.append(f"{toolkit.slug}: no booklet labels in {file.language!r}")
        for language, text in toolkit.texts.items():
            for words in [text.title, *(part for section in text.sections for part in section)]:
                try:
                    words.encode("cp1252")
                except UnicodeEncodeError:
                    problems.append(f"{toolkit.slug} ({language}): PDF fonts cannot show {words!r}")
    problems += [
        f"{count} documents are titled {title!r}" for title, count in titles.items() if count > 1
    ]
    for language, sections in SHARED_SECTIONS.items():
        for words in (part for section in sections for part in section):
            try:
                words.encode("cp1252")
            except UnicodeEncodeError:
                problems.append(f"shared section ({language}): PDF fonts cannot show {words!r}")
    return problems


def _coverage_problems():
    problems = []
    countries = {story.country for story in STORIES}
    for toolkit in TOOLKITS:
        countries.update(toolkit.countries)
    if len(countries) < MIN_COUNTRIES:
        problems.append(f"only {len(countries)} countries, fewer than {MIN_COUNTRIES}")
    story_countries = {story.country for story in STORIES}
    continents = {geography.continent_of(code) for code in story_countries}
    for code in geography.CONTINENTS:
        if code not in continents:
            problems.append(f"no story from {geography.region_name(code, 'en')}")
    subregions = {geography.subregion_of(code) for code in story_countries}
    if not subregions & {AMERICAS_SUBREGIONS["South America"]}:
        problems.append("no story from South America")
    if not subregions & {
        AMERICAS_SUBREGIONS["Central America"],
        AMERICAS_SUBREGIONS["Northern America"],
    }:
        problems.append("no story from North or Central America")
    pages = [*STORIES, *TOOLKITS]
    used = {
        "work axis": {page.work_axis for page in pages},
        "theme": {slug for page in pages for slug in page.themes},
        "sector": {slug for page in pages for slug in page.sectors},
        "target group": {slug for page in pages for slug in page.target_groups},
    }
    for kind, slugs in _TAXONOMY_SLUGS.items():
        problems += [f"no page uses the {kind} {slug!r}" for slug in slugs - used[kind]]
        problems += [f"unknown {kind} {slug!r}" for slug in used[kind] - slugs]
    if not any(toolkit.is_international for toolkit in TOOLKITS):
        problems.append("no international toolkit")
    if not any(len(toolkit.countries) > 1 for toolkit in TOOLKITS):
        problems.append("no multi-country toolkit")
    languages = {file.language for toolkit in TOOLKITS for file in toolkit.files}
    problems += [f"no toolkit file in {code!r}" for code in {"en", "fr", "es", "pt"} - languages]
    return problems


# Recurring English texts of the pages DemoBuilder makes, which every language pack translates.
BLOCK_PHRASES = (
    "What's inside",
    "Among the sections:",
    "In figures",
    "At a glance",
    "The numbers",
    "SSE Policy Exchange (generated illustration)",
)


def _translation_problems():
    """Each pack translates every page its language does not deliberately lack, with the
    structure of the English (as many sections and figures, a caption for each illustration)."""
    from demo.illustrations import PALETTES

    problems = []
    stories = {story.slug: story for story in STORIES}
    toolkits = {toolkit.slug: toolkit for toolkit in TOOLKITS}
    for pack in LANGUAGE_PACKS:
        language = pack.language
        untranslated = DELIBERATELY_UNTRANSLATED.get(language, {})
        for kind, contents, translated in (
            ("stories", stories, pack.stories),
            ("toolkits", toolkits, pack.toolkits),
        ):
            missing = set(untranslated.get(kind, ()))
            problems += [
                f"{language}: unknown {kind} {slug!r}" for slug in missing - contents.keys()
            ]
            problems += [
                f"{language}: unknown {kind} {slug!r}"
                for slug in translated.keys() - contents.keys()
            ]
            problems += [
                f"{language}: {slug!r} is translated and listed as untranslated"
                for slug in translated.keys() & missing
            ]
            problems += [
                f"{language}: {slug!r} has no translation (add it, or list it as untranslated)"
                for slug in contents.keys() - translated.keys() - missing
            ]
        for slug, translation in pack.stories.items():
            story = stories.get(slug)
            if story is None:
                continue
            if len(translation.sections) != len(story.sections):
                problems.append(f"{language}: {slug}: {len(story.sections)} sections in English")
            if len(translation.figures) != len(story.figures):
                problems.append(f"{language}: {slug}: {len(story.figures)} figures in English")
            if bool(translation.caption) != bool(story.figure):
                problems.append(f"{language}: {slug}: a caption goes with an illustration")
        labels = set()
        for slug, translation in pack.toolkits.items():
            toolkit = toolkits.get(slug)
            if toolkit is None:
                continue
            labels.update(file.label for file in toolkit.files if file.label)
            listed = "en" if "en" in toolkit.texts else next(iter(toolkit.texts))
            count = len(toolkit.texts[listed].sections)
            if translation.sections and len(translation.sections) != count:
                problems.append(f"{language}: {slug}: {count} section headings in English")
            if not translation.sections and language not in toolkit.texts:
                problems.append(f"{language}: {slug}: translate the section headings")
        problems += [
            f"{language}: no translation of {phrase!r}"
            for phrase in sorted(labels | set(BLOCK_PHRASES))
            if phrase not in pack.phrases
        ]
        for name, words in (("lands", pack.alt_text.lands), ("skies", pack.alt_text.skies)):
            problems += [
                f"{language}: no translation of the {name} of the {palette!r} palette"
                for palette in PALETTES.keys() - words.keys()
            ]
    return problems


# The slugs migration home/0004 creates; checked against the database when a locale is given.
_TAXONOMY_SLUGS = {
    "work axis": {"international-advocacy", "public-policy", "alliances", "information-and-tools"},
    "theme": {
        "environment",
        "sdgs",
        "local-development",
        "policy-co-construction",
        "transformative-economies",
    },
    "sector": {"food-sovereignty", "social-protection", "ethical-finance"},
    "target group": {"youth", "women", "migrants", "informal-workers", "indigenous-peoples"},
}
_TAXONOMY_MODELS = {
    "work axis": WorkAxis,
    "theme": Theme,
    "sector": Sector,
    "target group": TargetGroup,
}


def _taxonomy_problems(locale):
    problems = []
    for kind, model in _TAXONOMY_MODELS.items():
        existing = set(model.objects.filter(locale=locale).values_list("slug", flat=True))
        problems += [
            f"the {kind} {slug!r} is missing from the database (migration home/0004?)"
            for slug in sorted(_TAXONOMY_SLUGS[kind] - existing)
        ]
    return problems
