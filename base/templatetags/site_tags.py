"""Template tags of the public site: navigation, language links, cards and pagination helpers."""

import re
from dataclasses import dataclass, field

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.html import escape, format_html
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from base.languages import default_version, language_name, page_versions, visitor_address
from base.models import listing_page_models
from caching import dependencies
from caching.content_version import RecentlyUsed, content_version

register = template.Library()

# The card of a page type that names none (as `card_template`) in a list.
GENERIC_CARD_TEMPLATE = "components/page_card.html"
# site_sections() per (content version, site, language), shared by this process's requests.
shared_sections = RecentlyUsed(size=64)
# {locale id: language code} per content version: which language a page is written in, without
# a query per page.
shared_locale_codes = RecentlyUsed(size=4)
# {translation key: term} per (content version, term model, locale): the taxonomy chips of a
# card in the visitor's language, without a query per card.
shared_term_versions = RecentlyUsed(size=64)
SHARED_SECONDS = 60 * 60


@dataclass
class SiteSections:
    """The current site's home page and section listings, in the visitor's language.

    A template reads a listing by its `section` name: `sections.stories`, `sections.toolkits`.
    """

    site_name: str = settings.WAGTAIL_SITE_NAME
    home: Page | None = None
    listings: dict = field(default_factory=dict)

    def pages(self):
        """What a cached page showing these sections depends on (caching/dependencies.py)."""
        return [self.home, *self.listings.values()]

    def __getitem__(self, section):
        return self.listings[section]


def _request_cache(request, name):
    """A dictionary stored on the request, so a tag used several times queries once."""
    if request is None:
        return {}
    caches = request.__dict__.setdefault("_site_tags_cache", {})
    return caches.setdefault(name, {})


def versions_of_page(request, page):
    """page_versions(page), queried once per request (the switcher, hreflang and the search
    engines' head all need it)."""
    cache = _request_cache(request, "page_versions")
    if page.pk not in cache:
        cache[page.pk] = page_versions(page)
    return cache[page.pk]


@register.simple_tag(takes_context=True)
def site_sections(context):
    """The home page and the story and toolkit listings of the current site and language.

    A section not yet translated falls back to the site's own (default language) listing.
    """
    sections = _site_sections(context)
    dependencies.record_pages(sections.pages())
    return sections


def _site_sections(context):
    request = context.get("request")
    cache = _request_cache(request, "site_sections")
    language = get_language()
    if language in cache:
        return cache[language]

    sections = SiteSections()
    site = Site.find_for_request(request) if request is not None else None
    # The same for every request until the content changes: kept per content version.
    shared_key = (content_version(request), site.pk if site else None, language)
    shared = shared_sections.get(shared_key)
    if shared is not None:
        cache[language] = shared
        return shared
    if site is not None:
        sections.site_name = site.site_name or settings.WAGTAIL_SITE_NAME
        site_home = site.root_page
        home = site_home.localized
        sections.home = home
        for model in listing_page_models():
            index = model.objects.child_of(home).live().first()
            if index is None and home.pk != site_home.pk:
                index = model.objects.child_of(site_home).live().first()
            sections.listings[model.section] = index
    shared_sections.set(shared_key, sections, SHARED_SECONDS)
    cache[language] = sections
    return sections


def _locale_codes(request):
    version = content_version(request)
    codes = shared_locale_codes.get(version)
    if codes is None:
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        shared_locale_codes.set(version, codes, SHARED_SECONDS)
    return codes


@register.simple_tag(takes_context=True)
def content_language(context, page=None):
    """The language `page` (by default the page shown) is written in; "" for anything else.

    It differs from the interface's when a visitor reads a page that has no version in their
    language: they keep their menus, and the page's own text is marked with its language.
    """
    page = page if page is not None else context.get("page")
    if not isinstance(page, Page):
        return ""
    return _locale_codes(context.get("request")).get(page.locale_id, "")


@register.simple_tag(takes_context=True)
def visitor_term(context, term):
    """The version of a translatable term (a card's work axis or theme) in the visitor's
    language, or the term itself when it has none.

    A French visitor reading the listing sees the cards of English-only pages with English
    terms otherwise, beside facets in French.
    """
    request = context.get("request")
    codes = _locale_codes(request)
    language = get_language()
    locale_id = next((pk for pk, code in codes.items() if code == language), None)
    if term is None or locale_id is None or term.locale_id == locale_id:
        return term
    model = type(term)
    key = (content_version(request), model._meta.label, locale_id)
    versions = shared_term_versions.get(key)
    if versions is None:
        versions = {
            version.translation_key: version
            for version in model._default_manager.filter(locale_id=locale_id)
        }
        shared_term_versions.set(key, versions, SHARED_SECONDS)
    return versions.get(term.translation_key, term)


@register.simple_tag(takes_context=True)
def content_lang(context, page=None):
    """` lang="xx"` for an element holding the page's own text, when the page is written in
    another language than the interface's (and its `dir` when that differs too); nothing
    otherwise."""
    language = content_language(context, page)
    if not language or language == get_language():
        return ""
    attributes = format_html(' lang="{}"', language)
    right_to_left = language.split("-")[0] in settings.LANGUAGES_BIDI
    if right_to_left != translation.get_language_bidi():
        # English text on an Arabic page keeps its own direction (its full stop on the right).
        attributes += format_html(' dir="{}"', "rtl" if right_to_left else "ltr")
    return attributes


@register.simple_tag(takes_context=True)
def visitor_pageurl(context, page):
    """The address of `page` for a visitor reading the current language: its own address when
    it is written in that language, otherwise the same page under this language's prefix,
    which HomePage.route serves with the visitor's interface."""
    request = context.get("request")
    return visitor_address(page.get_url(request=request), request=request)


@register.filter
def visitor_url(url):
    """A page address (a search hit's) in the visitor's language (base.languages)."""
    return visitor_address(url)


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str  # through the view that remembers the visitor's choice
    target: str  # the page itself, for hreflang
    exists: bool  # False: this page is not in that language, the link leads to its home page
    is_current: bool


@register.simple_tag(takes_context=True)
def language_links(context):
    """The language switcher: for each site language, this page in that language when it exists,
    otherwise that language's home page (and the switcher says so)."""
    request = context.get("request")
    cache = _request_cache(request, "language_links")
    if "links" in cache:
        return cache["links"]

    page = context.get("page")
    current = get_language()
    targets, exists = {}, set()
    if isinstance(page, Page):
        for code, version in versions_of_page(request, page).items():
            targets[code] = version.get_url(request)
            exists.add(code)
    elif _is_django_view(request):
        # A view under i18n_patterns (the search): the same address in each language.
        path = request.get_full_path()
        for code, _name in settings.LANGUAGES:
            targets[code] = translate_url(path, code)
            exists.add(code)
    links = []
    for code, name in settings.LANGUAGES:
        target = targets.get(code) or _home_url(code)
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=reverse("choose_language", args=[code]) + "?" + urlencode({"next": target}),
                target=request.build_absolute_uri(target) if request else target,
                exists=code in exists,
                is_current=code == current,
            )
        )
    cache["links"] = links
    return links


@register.simple_tag(takes_context=True)
def existing_versions(context):
    """The languages this page exists in (language_links that lead to a version of it)."""
    return [link for link in language_links(context) if link.exists]


@register.simple_tag(takes_context=True)
def default_language_url(context):
    """x-default for hreflang: the default language's version, or the original."""
    links = {link.code: link for link in language_links(context) if link.exists}
    page = context.get("page")
    if isinstance(page, Page):
        version = default_version(versions_of_page(context.get("request"), page))
        return links[version.locale.language_code].target if version else ""
    link = links.get(settings.LANGUAGE_CODE)
    return link.target if link else ""


def _home_url(language_code):
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


def _is_django_view(request):
    """True for a view other than Wagtail's page serving (whose 404s have no translations)."""
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name != "wagtail_serve"


@register.simple_tag(takes_context=True)
def nav_state(context, section):
    """The aria-current value of a navigation link: "page" on the section, "true" below it."""
    page = context.get("page")
    if section is None or not isinstance(page, Page):
        return ""
    if page.pk == section.pk:
        return "page"
    if page.path.startswith(section.path):
        return "true"
    return ""


@register.filter
def card_template(page):
    """The card component that shows this (specific) page in a list."""
    return getattr(page, "card_template", GENERIC_CARD_TEMPLATE)


@register.filter
def page_description(page):
    """A page's description in plain text (SitePage.description_text)."""
    return page.description_text() if hasattr(page, "description_text") else ""


@register.filter
def language_names(codes):
    """Names, in the visitor's language, of ISO 639-1 language codes."""
    return [language_name(code) for code in codes]


@register.filter(name="language_name")
def language_name_filter(code):
    """The name, in the visitor's language, of an ISO 639-1 language code."""
    return language_name(code)


@register.simple_tag
def elided_page_range(page_obj):
    """Page numbers around the current one, with Paginator.ELLIPSIS where numbers are skipped."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)


IFRAME_WITHOUT_TITLE = re.compile(r"<iframe\b(?![^>]*\btitle=)", re.IGNORECASE)


@register.filter
def iframe_title(html, title):
    """Give embedded iframes the accessible name the editor wrote (providers often omit it)."""
    if not html:
        return ""
    return mark_safe(IFRAME_WITHOUT_TITLE.sub(f'<iframe title="{escape(title)}"', str(html)))
