"""Which languages a page exists in, which version of a page a visitor should see, and the
names of languages.

A translation that wagtail-localize has only synchronised (an alias of the source page) is not
a version in its own language: it shows the source text, so it never counts as a translation.
"""

from urllib.parse import urlsplit, urlunsplit

from babel import Locale, UnknownLocaleError
from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language
from wagtail.models import Page

from caching.content_version import RecentlyUsed, content_version

# {(language, section slug): {language: that section's slug}} per content version.
shared_section_slugs = RecentlyUsed(size=4)
SHARED_SECONDS = 60 * 60
# The depth of a site's sections (the listings, the atlas, the general pages): the children of
# the home pages, which are the root page's children.
SECTION_DEPTH = 3


def language_name(code, language=None):
    """The CLDR name of an ISO 639 language code, in `language` (default: the active one);
    the code itself for a language CLDR does not name."""
    try:
        locale = Locale.parse((language or get_language() or "en").replace("-", "_"))
    except (ValueError, UnknownLocaleError):  # a language CLDR does not know (added in settings)
        locale = Locale("en")
    return locale.languages.get(code, code)


def versions_by_translation_key(translation_keys):
    """translation_key -> {language code: live page in that language}, in one query."""
    pages = (
        Page.objects.live()
        .public()
        .filter(translation_key__in=set(translation_keys), alias_of__isnull=True)
        .select_related("locale")
        .order_by("pk")
    )
    versions = {}
    for page in pages:
        versions.setdefault(page.translation_key, {}).setdefault(page.locale.language_code, page)
    return versions


def page_versions(page):
    """{language code: live version of this page}, in the order of settings.LANGUAGES."""
    found = versions_by_translation_key([page.translation_key]).get(page.translation_key, {})
    return {code: found[code] for code, _name in settings.LANGUAGES if code in found}


def original_version(versions):
    """The version written first (the others are its translations)."""
    return min(versions.values(), key=lambda page: page.pk) if versions else None


def default_version(versions):
    """The x-default version: the site's default language, or else the original."""
    return versions.get(settings.LANGUAGE_CODE) or original_version(versions)


def one_version_per_page(pages, language_code):
    """Narrow a page queryset to one version per page: the visitor's language when it exists,
    otherwise the original. Aliases (untranslated synchronised copies) are left out."""
    real = Page.objects.live().public().filter(alias_of__isnull=True)
    same_page = real.filter(translation_key=OuterRef("translation_key"))
    # A page in another language is shown when no version is in the visitor's language and
    # none was written before it: one subquery for both (half the work of two, in Python and
    # in the database).
    preferred_version = Exists(
        same_page.filter(Q(locale__language_code=language_code) | Q(pk__lt=OuterRef("pk")))
    )
    return pages.filter(alias_of__isnull=True).filter(
        Q(locale__language_code=language_code) | ~preferred_version
    )


def visitor_versions(pages, language_code):
    """{pk: the live version of each page in the visitor's language, or the page itself}.

    For links an editor chose in one language (a story's toolkit link): a translated story
    leads its readers to the toolkit in their language when there is one. One query per page
    type, whatever the number of pages.
    """
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page)
    versions = {}
    for model, group in by_model.items():
        translations = (
            model.objects.live()
            .public()
            .filter(
                alias_of__isnull=True,
                locale__language_code=language_code,
                translation_key__in={page.translation_key for page in group},
            )
        )
        by_key = {translation.translation_key: translation for translation in translations}
        for page in group:
            versions[page.pk] = by_key.get(page.translation_key, page)
    return versions


def find_in_any_language(home, path_components):
    """The live page that `path_components` name below `home`, each slug being that of any
    language version of the page at its level; None when there is none.

    A visitor reading French who follows /fr/stories/<slug of an English-only story>/ finds the
    English story under the French listing's original. At each level the version in `home`'s
    own language wins, then a real page over an alias, then the original.
    """
    page = home
    for slug in path_components:
        paths = Page.objects.filter(translation_key=page.translation_key).values_list(
            "path", flat=True
        )
        below_a_version = Q()
        for path in paths:
            below_a_version |= Q(path__startswith=path)
        candidates = Page.objects.filter(below_a_version, depth=page.depth + 1, slug=slug)
        ranked = sorted(
            candidates,
            key=lambda child: (
                child.locale_id != home.locale_id,
                not child.live,
                child.alias_of_id is not None,
                child.pk,
            ),
        )
        if not ranked:
            return None
        page = ranked[0]
    return page.specific if page.live and page.pk != home.pk else None


def version_in_locale(page, locale_id):
    """The live version of `page` written in the locale `locale_id` (not an alias), or None."""
    return (
        Page.objects.live()
        .filter(translation_key=page.translation_key, locale_id=locale_id, alias_of__isnull=True)
        .first()
    )


def section_slugs(request=None):
    """{(language code, slug of a section in it): {language code: the slug of that section's
    version in that language}}, one query per content version.

    Sections have translated slugs (/fr/recits/, /es/historias/): a page that has no version in
    the visitor's language is still served under the visitor's section.
    """
    version = content_version(request)
    slugs = shared_section_slugs.get(version)
    if slugs is None:
        by_key = {}
        sections = (
            Page.objects.filter(depth=SECTION_DEPTH)
            .order_by("alias_of_id", "pk")  # a real translation over an alias
            .values_list("translation_key", "locale__language_code", "slug")
        )
        for key, language, slug in sections:
            by_key.setdefault(key, {}).setdefault(language, slug)
        slugs = {
            (language, slug): versions
            for versions in by_key.values()
            for language, slug in versions.items()
        }
        shared_section_slugs.set(version, slugs, SHARED_SECONDS)
    return slugs


def visitor_address(url, language=None, request=None):
    """The address of the page at `url` for a visitor reading `language` (default: the active
    one): its language prefix and its section's slug in that language, the rest unchanged.

    When the page has no version in that language, HomePage.route serves it there with the
    visitor's interface; translated section slugs keep the address in the visitor's language
    (/fr/recits/<slug of an English-only story>/).
    """
    if not url:
        return url
    language = language or get_language()
    source = translation.get_language_from_path(urlsplit(url).path)
    if not source or source == language:
        return url
    # translate_url resolves the address in the active language: that of the page's prefix.
    with translation.override(source):
        translated = translate_url(url, language)
    parts = urlsplit(translated)
    prefix, _language, rest = parts.path.partition(f"/{language}/")
    section, slash, below = rest.partition("/")
    section = section_slugs(request).get((source, section), {}).get(language, section)
    path = f"{prefix}/{language}/{section}{slash}{below}"
    return urlunsplit(parts._replace(path=path))
