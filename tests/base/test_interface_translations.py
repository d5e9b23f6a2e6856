"""No untranslated interface strings: render each page type in fr/es/pt and compare the visible
text against the English catalog's msgids.

The msgids of locale/<language>/LC_MESSAGES/django.po are the English interface. A page rendered
in French must show none of them, neither as a text node nor in an attribute people read
(aria-label, title, placeholder, alt), unless French writes it the same way ("Type", "Local").
Content from the database (titles, summaries, taxonomy terms) is written in each language here,
and is not in the catalog anyway.

The catalogs must also be complete (every string of the templates and the code translated, no
fuzzy entry) and compiled: the .mo files are built from the .po files when they are missing or
older, which needs gettext's msgfmt (`make translations` installs it).
"""

import ast
import contextlib
import os
import re
import shutil
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup, Comment, Doctype
from django.conf import settings
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation.reloader import translation_file_changed
from django.utils.translation.template import templatize
from django.views.defaults import server_error
from wagtail.models import Locale

from base.factories import ImageFactory
from home.models import HomeFeaturedStory, HomeFeaturedToolkit
from stories.factories import StoryPageFactory, StoryRelatedToolkitFactory
from taxonomy.factories import SectorFactory, TargetGroupFactory, ThemeFactory
from taxonomy.models import Sector, TargetGroup, Theme, WorkAxis
from toolkits.factories import ToolkitFileFactory, ToolkitPageFactory

LANGUAGES = ["fr", "es", "pt"]
BASE_DIR = Path(settings.BASE_DIR)
LOCALE_DIR = Path(settings.LOCALE_PATHS[0])
MAKEMESSAGES = (
    "DJANGO_SETTINGS_MODULE=config.settings.dev .venv/bin/python manage.py makemessages "
    "-l fr -l es -l pt --ignore=.venv --ignore=.cache --ignore=node_modules --ignore=tests "
    "--no-obsolete"
)
# As in MAKEMESSAGES and the Makefile: never the installed packages.
IGNORED_DIRS = {".venv", ".cache", "node_modules", "tests"}
READ_ATTRIBUTES = ("aria-label", "aria-description", "title", "placeholder", "alt")
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|%%")
NUMERIC_PLACEHOLDERS = {"counter", "count", "number", "pages", "start", "end", "total"}
# Pieces of a text node: "Story · in English", "— English · PDF · 1 page", "International, Brazil".
SEPARATORS = re.compile(r"\s*(?:[·—–|]|,\s|:\s)\s*")


def po_path(language):
    return LOCALE_DIR / language / "LC_MESSAGES" / "django.po"


def mo_path(language):
    return po_path(language).with_suffix(".mo")


@pytest.fixture(scope="session")
def catalogs():
    """{language: polib catalog}, with the .mo files compiled from the current .po files."""
    for language in LANGUAGES:
        assert po_path(language).exists(), f"{po_path(language)} is missing: {MAKEMESSAGES}"
    stale = [
        language
        for language in LANGUAGES
        if not mo_path(language).exists()
        or mo_path(language).stat().st_mtime < po_path(language).stat().st_mtime
    ]
    if stale:
        if shutil.which("msgfmt") is None:
            pytest.fail(
                f"The compiled catalogs of {', '.join(stale)} are missing or older than the .po "
                "files, and gettext's msgfmt is not installed to compile them: run "
                "`make translations` (it installs Debian's gettext and runs compilemessages)."
            )
        with contextlib.chdir(BASE_DIR):
            call_command(
                "compilemessages",
                locale=stale,
                ignore_patterns=sorted(IGNORED_DIRS - {"tests"}),
                verbosity=0,
            )
        # Forget the catalogs Django may have loaded before they were compiled.
        translation_file_changed(sender=None, file_path=mo_path(stale[0]))
    return {language: polib.pofile(str(po_path(language))) for language in LANGUAGES}


# What an untranslated string looks like --------------------------------------------------------


def _pattern(english):
    """A regex that matches `english` as rendered, its placeholders filled in."""
    parts, position = [], 0
    for match in PLACEHOLDER.finditer(english):
        parts.append(re.escape(english[position : match.start()]))
        if match.group(0) == "%%":
            parts.append("%")
        elif match.group(1) in NUMERIC_PLACEHOLDERS:
            parts.append(r"\d[\d.,\s]*")
        else:
            parts.append(r".+")
        position = match.end()
    parts.append(re.escape(english[position:]))
    return re.compile("".join(parts))


class EnglishStrings:
    """The English strings of a catalog whose translation reads differently.

    A msgid translated as itself ("Type" in French) and one that is the translation of another
    msgid in that language cannot tell an untranslated page, so they are left out.
    """

    def __init__(self, catalog):
        translations = set()
        english = set()
        for entry in catalog:
            if entry.obsolete:
                continue
            forms = [entry.msgid, entry.msgid_plural] if entry.msgid_plural else [entry.msgid]
            translated = set(entry.msgstr_plural.values()) if entry.msgid_plural else {entry.msgstr}
            translations |= translated
            english |= {form for form in forms if form not in translated}
        english -= translations
        self.plain = {self.normalize(text) for text in english if not PLACEHOLDER.search(text)}
        self.patterns = {
            text: _pattern(self.normalize(text)) for text in english if PLACEHOLDER.search(text)
        }

    @staticmethod
    def normalize(text):
        return " ".join(text.split()).rstrip(":").rstrip()

    def found_in(self, text):
        """The English strings that `text` (a text node or an attribute value) shows."""
        text = " ".join(text.split())
        pieces = {text} | set(SEPARATORS.split(text))
        pieces = {self.normalize(piece) for piece in pieces} - {""}
        found = [piece for piece in pieces if piece in self.plain]
        for english, pattern in self.patterns.items():
            if any(pattern.fullmatch(piece) for piece in pieces):
                found.append(english)
        return found


def _language_of(element):
    while element is not None:
        if element.get("lang"):
            return element["lang"]
        element = element.parent
    return None


def readable_texts(html):
    """(text, where) of each visible text node and read attribute, with the language that
    the HTML declares for it."""
    soup = BeautifulSoup(html, "html.parser")
    for node in soup.find_all(string=True):
        if isinstance(node, Comment | Doctype) or node.parent.name in ("script", "style"):
            continue
        if node.strip():
            yield node, f"<{node.parent.name}> text", _language_of(node.parent)
    for element in soup.find_all(True):
        for attribute in READ_ATTRIBUTES:
            value = element.get(attribute)
            if value and value.strip():
                yield value, f"<{element.name} {attribute}>", _language_of(element)


def untranslated(html, strings):
    """The English interface strings that a page shows outside parts marked lang="en"."""
    problems = []
    for text, where, language in readable_texts(html):
        if language == "en":
            continue  # deliberately English, e.g. the link to the original of a translation
        for english in strings.found_in(text):
            problems.append(f"{english!r} in {where}: {' '.join(text.split())[:100]!r}")
    return problems


# Content in every language -----------------------------------------------------------------


def terms(model, language):
    return list(model.objects.filter(locale__language_code=language))


TITLES = {
    "fr": ("Échange de politiques ESS", "Récits", "Boîtes à outils"),
    "es": ("Intercambio de políticas ESS", "Historias", "Cajas de herramientas"),
    "pt": ("Intercâmbio de políticas ESS", "Histórias", "Kits de ferramentas"),
}
STORY = {
    "fr": ("Le marché coopératif de Kaolack", "Des familles et la commune gèrent un marché."),
    "es": ("El mercado cooperativo de Kaolack", "Familias y municipio gestionan un mercado."),
    "pt": ("O mercado cooperativo de Kaolack", "Famílias e prefeitura gerem um mercado."),
}
TOOLKIT = {
    "fr": ("Guide municipal de Kaolack", "Comment les réseaux et les communes coopèrent."),
    "es": ("Guía municipal de Kaolack", "Cómo cooperan las redes y los municipios."),
    "pt": ("Guia municipal de Kaolack", "Como as redes e as prefeituras cooperam."),
}


def build_exchange(site_tree, video_embed, language, publish, translate):
    """A story and a toolkit with every optional part, translated into `language`, an
    English-only story, and the home page and listings in `language`; all in the search index.

    Returns the pages in `language`: home, stories, toolkits, story, toolkit, other_toolkit.
    """
    toolkit = ToolkitPageFactory(
        parent=site_tree.toolkit_index,
        title="Kaolack municipal guide",
        countries=["SN", "BR"],
        is_international=True,
        files=None,
    )
    ToolkitFileFactory(page=toolkit, language="en", label="Full guide", document__pages=24)
    ToolkitFileFactory(page=toolkit, language="es", document__pages=1)
    toolkit.themes.add(ThemeFactory())
    toolkit.sectors.add(SectorFactory())
    toolkit.target_groups.add(TargetGroupFactory())
    publish(toolkit)
    other_toolkit = publish(
        ToolkitPageFactory(parent=site_tree.toolkit_index, title="Kaolack campaign kit")
    )

    photo = ImageFactory()
    body = [
        {"type": "paragraph", "value": "<p>Kaolack.</p>"},
        {
            "type": "image",
            "value": {
                "image": {"image": photo.pk, "alt_text": "Kaolack", "decorative": False},
                "caption": "Kaolack",
                "credit": "Awa Diop",
            },
        },
        {"type": "quote", "value": {"quote": "Kaolack!", "attribution": "Mariama Sow"}},
        {"type": "key_figures", "value": {"figures": [{"value": "1 200", "label": "Kaolack"}]}},
        {"type": "video", "value": {"video": video_embed.url, "title": "Kaolack"}},
        {"type": "video", "value": {"video": "https://video.example.org/1", "title": "Kaolack"}},
        {"type": "toolkit", "value": {"toolkit": toolkit.pk, "note": "Kaolack"}},
    ]
    story = StoryPageFactory(
        parent=site_tree.story_index, title="Kaolack cooperative market", body=body
    )
    story.themes.add(ThemeFactory())
    story.sectors.add(SectorFactory())
    story.target_groups.add(TargetGroupFactory())
    StoryRelatedToolkitFactory(page=story, toolkit=toolkit)
    publish(story)
    # Shown in the visitor's listings and search in English, marked as such.
    publish(
        StoryPageFactory(parent=site_tree.story_index, title="Kaolack waste pickers", country="BR")
    )
    HomeFeaturedStory.objects.create(page=site_tree.home, story=story)
    HomeFeaturedToolkit.objects.create(page=site_tree.home, toolkit=toolkit)
    publish(site_tree.home)

    home_title, stories_title, toolkits_title = TITLES[language]
    pages = {
        "home": translate(
            site_tree.home, language, title=home_title, introduction=f"<p>{home_title}.</p>"
        ),
        "stories": translate(
            site_tree.story_index, language, title=stories_title, introduction=home_title
        ),
        "toolkits": translate(
            site_tree.toolkit_index, language, title=toolkits_title, introduction=home_title
        ),
    }
    local = {
        "themes": terms(Theme, language)[:2],
        "sectors": terms(Sector, language)[:1],
        "target_groups": terms(TargetGroup, language)[:1],
    }
    for name, page, (title, summary) in (
        ("toolkit", toolkit, TOOLKIT[language]),
        ("story", story, STORY[language]),
    ):
        translated = page.copy_for_translation(Locale.objects.get(language_code=language))
        translated.title, translated.summary = title, summary
        translated.work_axis = terms(WorkAxis, language)[0]
        if name == "story":
            translated.organisation = title
        else:
            translated.publisher = title
        translated.save()
        for field, values in local.items():
            getattr(translated, field).set(values)
        pages[name] = publish(translated)
    pages["other_toolkit"] = translate(
        other_toolkit, language, title=f"Kit Kaolack ({language})", summary=STORY[language][1]
    )
    return pages


def interface_pages(client, mine, language):
    """{name: html} of every page type in `language`, in the states that show other strings."""
    search = f"/{language}/search/"
    requests = [
        ("home page", mine["home"].url, {}, 200),
        ("story listing", mine["stories"].url, {}, 200),
        ("story listing, page 2", mine["stories"].url, {"page": 2}, 200),
        ("story listing, filtered", mine["stories"].url, {"country": "JP"}, 200),
        ("story", mine["story"].url, {}, 200),
        ("toolkit listing", mine["toolkits"].url, {"continent": "002"}, 200),
        ("toolkit listing, filtered", mine["toolkits"].url, {"theme": "nothing"}, 200),
        ("toolkit", mine["toolkit"].url, {}, 200),
        ("search page", search, {}, 200),
        ("search with a query", search, {"q": "Kaolack", "page_size": 1, "page": 2}, 200),
        (
            "search with facets",
            search,
            {"q": "Kaolack", "country": "SN", "kind": "toolkit", "sort": "newest"},
            200,
        ),
        ("search in every language", search, {"q": "Kaolack", "languages": "all"}, 200),
        ("search without results", search, {"q": "zzzyyyxxx"}, 200),
        ("search that cannot be answered", search, {"sort": "price"}, 400),
        ("autocomplete", f"{search}autocomplete/", {"q": "Se", "format": "html"}, 200),
        ("page not found", f"/{language}/no-such-page/", {}, 404),
    ]
    rendered = {}
    for name, url, params, status in requests:
        response = client.get(url, params)
        assert response.status_code == status, f"{name} ({url}): {response.status_code}"
        html = response.content.decode()
        if "<html" in html:
            assert f'<html lang="{language}"' in html, f"{name} is not in {language}"
        rendered[name] = html
    with translation.override(language):
        rendered["server error"] = server_error(RequestFactory().get("/")).content.decode()
    return rendered


# Tests -------------------------------------------------------------------------------------

NAMES = {
    # Senegal, Brazil, Africa, Spanish (django-countries and CLDR), and a date (Django).
    "fr": ("Sénégal", "Brésil", "Afrique", "espagnol", "4 mai 2023"),
    "es": ("Senegal", "Brasil", "África", "español", "4 de mayo de 2023"),
    "pt": ("Senegal", "Brasil", "África", "espanhol", "4 de maio de 2023"),
}
ENGLISH_NAMES = ("Brazil", "Africa", "Spanish", "May 2023")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_shows_no_english_interface_string(
    client, catalogs, site_tree, video_embed, settings, language, publish, translate
):
    settings.LISTING_PAGE_SIZE = 1  # two stories, two pages: the pagination shows
    settings.ELASTICSEARCH_URL = ""  # the database answers the search, as in every test run
    pages = build_exchange(site_tree, video_embed, language, publish, translate)
    strings = EnglishStrings(catalogs[language])
    assert len(strings.plain) > 100  # the catalog was read

    rendered = interface_pages(client, pages, language)

    problems = []
    for name, html in rendered.items():
        problems += [f"{name}: {problem}" for problem in untranslated(html, strings)]
    assert not problems, f"Untranslated in {language}:\n" + "\n".join(problems)

    # Names that come from other catalogs: django-countries, babel (CLDR) and Django's dates.
    senegal, brazil, africa, spanish, date = NAMES[language]
    text = {
        name: BeautifulSoup(rendered[name], "html.parser").get_text(" ", strip=True)
        for name in ("story", "toolkit", "home page", "search with a query")
    }
    story, toolkit, search = text["story"], text["toolkit"], text["search with a query"]
    assert senegal in story and africa in story  # StoryPageFactory: Senegal, 4 May 2023
    assert date in story.lower()  # Django's pt catalog writes "Maio"; Brazil writes "maio"
    assert brazil in toolkit and senegal in toolkit and spanish in toolkit
    assert africa in text["home page"]
    assert senegal in search and africa in search and spanish in search  # facets
    for english in ENGLISH_NAMES:
        for name, shown in text.items():
            # Whole words: "República Centro-Africana" is Portuguese.
            found = re.search(rf"\b{re.escape(english)}\b", shown)
            assert not found, f"{english!r} on the {language} {name}"


DOWNLOAD_VERB = {"fr": "Télécharger", "es": "Descargar", "pt": "Baixar"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_download_button_says_download_as_a_verb(
    client, catalogs, site_tree, language, publish, translate
):
    translate(site_tree.home, language)
    translate(site_tree.toolkit_index, language)
    toolkit = translate(publish(ToolkitPageFactory(parent=site_tree.toolkit_index)), language)

    soup = BeautifulSoup(client.get(toolkit.url).content, "html.parser")

    button = soup.find(class_="download-button__action").get_text(strip=True)
    assert button == DOWNLOAD_VERB[language]


def test_a_search_that_cannot_be_answered_says_why_in_the_visitor_language(client, catalogs, db):
    html = client.get("/fr/search/", {"sort": "price"}).content.decode()

    assert "Impossible d'effectuer cette recherche" in html
    assert "“relevance” or “newest”" not in html


def test_the_check_finds_an_untranslated_string(catalogs):
    strings = EnglishStrings(catalogs["fr"])
    html = (
        '<html lang="fr"><body><nav aria-label="Main"></nav><p>Story · in English</p>'
        "<p>Récit · en anglais</p><span>— anglais · PDF · 24 pages</span><p>3 stories</p>"
        '<h1>Search results for “Kaolack”</h1><p lang="en"><a>Read the original</a></p>'
        "<dt>Type</dt></body></html>"
    )

    problems = untranslated(html, strings)

    assert len(problems) == 5, problems  # Main, Story, in …, … stories, Search results for …
    assert not any("Read the original" in problem for problem in problems)


# The catalogs themselves -------------------------------------------------------------------


EXPECTED_PLURAL_FORMS = {
    "fr": "nplurals=2; plural=(n > 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "pt": "nplurals=2; plural=(n != 1);",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_is_complete_and_keeps_placeholders(catalogs, language):
    catalog = catalogs[language]

    assert catalog.metadata["Language"] == language
    assert catalog.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert catalog.metadata["Plural-Forms"] == EXPECTED_PLURAL_FORMS[language]
    assert not catalog.metadata_is_fuzzy
    problems = []
    for entry in catalog:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            problems.append(f"fuzzy: {entry.msgid!r}")
        if entry.msgid_plural:
            pairs = [(entry.msgid, entry.msgstr_plural.get(0, ""))]
            pairs.append((entry.msgid_plural, entry.msgstr_plural.get(1, "")))
        else:
            pairs = [(entry.msgid, entry.msgstr)]
        for english, translated in pairs:
            if not translated.strip():
                problems.append(f"not translated: {english!r}")
            elif sorted(PLACEHOLDER.findall(english)) != sorted(PLACEHOLDER.findall(translated)):
                problems.append(f"placeholders differ: {english!r} -> {translated!r}")
    assert not problems, "\n".join(problems)


def _source_files():
    """The templates and the Python code that MAKEMESSAGES reads."""
    skipped = IGNORED_DIRS | {"media", "static", "collected-static"}
    for directory, subdirectories, files in os.walk(BASE_DIR):
        subdirectories[:] = sorted(
            d for d in subdirectories if d not in skipped and not d.startswith(".")
        )
        for name in sorted(files):
            if name.endswith((".html", ".txt", ".py")):
                yield Path(directory) / name


GETTEXT_CALL = re.compile(r"\b(n?p?gettext)\(((?:\s*u?'(?:[^'\\]|\\.)*'\s*,?)+)")
STRING = re.compile(r"u?'(?:[^'\\]|\\.)*'")
PYTHON_FUNCTIONS = {
    # name: (argument of the context, arguments of the msgid and the plural)
    "_": (None, 1),
    "gettext": (None, 1),
    "gettext_lazy": (None, 1),
    "gettext_noop": (None, 1),
    "ngettext": (None, 2),
    "ngettext_lazy": (None, 2),
    "pgettext": (0, 1),
    "pgettext_lazy": (0, 1),
    "npgettext": (0, 2),
    "npgettext_lazy": (0, 2),
}


def _template_messages(path):
    """(context, msgid, plural) of a template, as makemessages sees them through templatize."""
    for function, arguments in GETTEXT_CALL.findall(templatize(path.read_text(), origin=path)):
        strings = [ast.literal_eval(s.lstrip("u")) for s in STRING.findall(arguments)]
        context = strings.pop(0) if function.startswith(("p", "np")) else None
        plural = strings[1] if function.startswith(("n", "np")) and len(strings) > 1 else None
        yield context, strings[0], plural


def _python_messages(path):
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in PYTHON_FUNCTIONS:
            continue
        context_at, count = PYTHON_FUNCTIONS[name]
        start = 0 if context_at is None else 1
        arguments = node.args[start : start + count]
        context_node = node.args[context_at] if context_at is not None else None
        if not arguments or not all(
            isinstance(a, ast.Constant) and isinstance(a.value, str) for a in arguments
        ):
            continue
        context = context_node.value if isinstance(context_node, ast.Constant) else None
        plural = arguments[1].value if count == 2 and len(arguments) > 1 else None
        yield context, arguments[0].value, plural


def test_every_string_of_the_templates_and_code_is_in_the_catalogs(catalogs):
    found = {}
    for path in _source_files():
        messages = _python_messages(path) if path.suffix == ".py" else _template_messages(path)
        for message in messages:
            found.setdefault(message, path.relative_to(BASE_DIR))

    assert len(found) > 100  # the extraction works
    for language, catalog in catalogs.items():
        translated = set()
        for entry in catalog.translated_entries():
            translated.add((entry.msgctxt, entry.msgid, entry.msgid_plural or None))
            # gettext() falls back to the singular of a plural entry with the same msgid.
            translated.add((entry.msgctxt, entry.msgid, None))
        missing = [
            f"{where}: {message!r}" for message, where in found.items() if message not in translated
        ]
        assert not missing, (
            f"Not translated in locale/{language}: run `{MAKEMESSAGES}`, fill in the new "
            "msgstr and remove the `#, fuzzy` flags:\n" + "\n".join(missing)
        )


def test_english_pages_still_show_the_english_interface(client, catalogs, site_tree):
    html = client.get(site_tree.story_index.url).content.decode()

    assert "Refine" in html and "Apply filters" in html


def test_portuguese_is_brazilian_in_every_catalogue():
    """The site's "pt" is Brazilian Portuguese: Django's and Wagtail's own strings too, with
    the project's catalogue over them (settings.CATALOGUE_LOCALES, compat/django.py)."""
    with translation.override("pt"):
        assert translation.gettext("Czech") == "Tcheco"  # Django's pt_BR ("Checo" in pt)
        assert translation.gettext("Dashboard") == "Painel"  # Wagtail ships pt_BR, no "pt"
        assert translation.gettext("Previous page") == "Página anterior"  # locale/pt/
        assert translation.get_language() == "pt"  # the addresses keep /pt/
