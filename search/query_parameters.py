"""Turn a visitor's (or a partner's) query string into a SearchQuery, or a clear error."""

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django_countries import countries

from search.documents import FACET_NAMES
from search.engines.base import MAX_PAGE_SIZE, MAX_RESULT_WINDOW, SearchQuery
from search.query_understanding import understand

MAX_QUERY_CHARACTERS = 200
MAX_VALUES_PER_FACET = 50
MAX_VALUE_LENGTH = 40


class BadSearchRequest(ValueError):
    """A parameter no search can answer; the message is shown to the visitor."""


def _clean(text):
    return text.replace("\x00", "").strip()


def _positive_int(params, name, default, maximum):
    raw = params.get(name, "")
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadSearchRequest(_("“%(name)s” must be a whole number.") % {"name": name}) from None
    if value < 1:
        raise BadSearchRequest(_("“%(name)s” must be 1 or more.") % {"name": name})
    return min(value, maximum)


# How values are written: codes are upper case whatever the visitor typed, and a value that
# cannot exist is refused with a message rather than silently matching nothing.
UPPER_CASE_FACETS = {"country"}
LOWER_CASE_FACETS = {"kind", "axis", "theme", "sector", "group", "type", "level", "file_language"}
NUMBER_FACETS = {"year"}


def _country_code(value, language):
    """The code of a country given by its code (any case) or by its name in the visitor's
    language or English, as the country picker's type-ahead sends it. Anything else matches
    nothing, like an unknown code (listings then offer to clear the filters)."""
    if len(value) == 2 and value.isalpha():
        return value.upper()
    for name_language in dict.fromkeys([language, "en"]):
        code = countries.by_name(value, language=name_language)
        if code:
            return code
    return value.upper()


def _normalised(facet, value, language):
    if facet == "country":
        return _country_code(value, language)
    if facet in UPPER_CASE_FACETS:
        return value.upper()
    if facet in LOWER_CASE_FACETS:
        return value.lower()
    if facet in NUMBER_FACETS and not value.isdigit():
        raise BadSearchRequest(
            _("“%(facet)s” must be a number, not “%(value)s”.") % {"facet": facet, "value": value}
        )
    return value


def parse_search_query(params, page_size=None):
    """A SearchQuery from a QueryDict; raises BadSearchRequest for what cannot be answered."""
    language = get_language() or settings.LANGUAGE_CODE
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    if language not in languages:
        language = settings.LANGUAGE_CODE
    filters = {}
    for facet in FACET_NAMES:
        values = [_clean(v)[:MAX_VALUE_LENGTH] for v in params.getlist(facet)]
        values = sorted({_normalised(facet, v, language) for v in values if v})
        if len(values) > MAX_VALUES_PER_FACET:
            raise BadSearchRequest(
                _("At most %(count)s values of “%(facet)s”.")
                % {"count": MAX_VALUES_PER_FACET, "facet": facet}
            )
        if values:
            filters[facet] = values
    page_size = page_size or _positive_int(params, "page_size", 12, MAX_PAGE_SIZE)
    page = _positive_int(params, "page", 1, 10**9)
    if page * page_size > MAX_RESULT_WINDOW:
        raise BadSearchRequest(
            _("Results go up to number %(count)s: narrow the search with filters.")
            % {"count": MAX_RESULT_WINDOW}
        )
    sort = params.get("sort", "relevance")
    if sort not in ("relevance", "newest"):
        raise BadSearchRequest(_("“sort” is “relevance” or “newest”."))
    typed = _clean(params.get("q", ""))[:MAX_QUERY_CHARACTERS]
    keep = [_clean(words)[:MAX_QUERY_CHARACTERS] for words in params.getlist("keep")[:20]]
    text, understood = understand(typed, language, keep)
    for names in understood:
        values = set(filters.get(names.facet, [])) | set(names.values)
        filters[names.facet] = sorted(values)
    return SearchQuery(
        text=text,
        typed=typed,
        understood=tuple(understood),
        filters=filters,
        language=language,
        all_languages=params.get("languages") == "all",
        sort=sort,
        page=page,
        page_size=page_size,
    )
