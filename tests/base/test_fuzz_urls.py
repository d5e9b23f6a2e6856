"""Property-based HTTP fuzzing of every public URL pattern: no 500, and every answer in 1 s.

Generated input goes to each public route of site/config/urls.py: the search page, its API
and autocomplete (all their parameters), the listings (filters and pagination), Wagtail's
pages by slug, documents, the password and login forms, the language switcher and the
sitemap, under any locale prefix, with any Accept-Language, cookie and conditional header.
Each request is timed with time.monotonic; over a second fails, as a 500 does.
"""

import time

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.documents import FACET_NAMES
from stories.factories import StoryPageFactory
from toolkits.factories import ToolkitPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]

MAX_SECONDS = 1.0
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Text a visitor, a partner's script or an attacker might send.
nasty = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "%00",
        "%",
        "%%",
        "../../etc/passwd",
        "..%2f..%2f",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        '"',
        "\\",
        "*",
        "?",
        "#",
        "&",
        "=",
        "é",
        "日本語",
        "🙂",
        "\u202e",
        "\ud7ff",
        "9" * 30,
        "-1",
        "0",
        "1e9",
        "NaN",
        "a" * 3000,
        "null",
        "[]",
        "{}",
    ]
)
value = st.one_of(nasty, st.text(max_size=60), st.integers(-(10**15), 10**15).map(str))
values = st.one_of(value, st.lists(value, min_size=1, max_size=4))
locale_prefix = st.one_of(
    st.sampled_from(["en", "fr", "es", "pt", "EN", "en-us", "pt-br", "zz", "xx-Latn", "", "1"]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz-_", min_size=1, max_size=12),
)
path_segment = st.one_of(
    st.sampled_from(["toolkits", "stories", "search", "api", "_util", "login", "documents"]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_.~%", min_size=1, max_size=40),
    nasty.filter(lambda s: s and "/" not in s and "?" not in s and "#" not in s),
)
accept_language = st.one_of(
    st.sampled_from(["fr-FR,fr;q=0.9,en;q=0.8", "*", "pt-BR", "xx", "en;q=abc", ",,,", "a" * 500]),
    st.text(max_size=80),
)
headers = st.fixed_dictionaries(
    {},
    optional={
        "accept-language": accept_language,
        "cookie": st.one_of(
            st.builds(lambda v: f"django_language={v}", value), st.text(max_size=80)
        ),
        "if-none-match": value,
        "if-modified-since": st.sampled_from(["yesterday", "Sat, 29 Oct 1994 19:43:31 GMT", ""]),
        "range": st.sampled_from(["bytes=0-10", "bytes=-5", "bytes=abc", "bytes=9999999-"]),
        "accept": st.sampled_from(["application/json", "*/*", "text/html;q=x", ""]),
        "user-agent": st.text(max_size=80),
    },
)


def printable_header(value):
    """HTTP headers are latin-1: what a real client could send."""
    return value.encode("latin-1", "replace").decode("latin-1").replace("\r", "").replace("\n", "")


def timed_get(path, params=None, request_headers=None):
    request_headers = {k: printable_header(v) for k, v in (request_headers or {}).items()}

    def get():
        started = time.monotonic()
        response = Client().get(path, params or {}, headers=request_headers)
        if response.streaming:
            b"".join(response.streaming_content)
        return response, time.monotonic() - started

    response, elapsed = get()
    assert response.status_code < 500, (path, params, request_headers, response.status_code)
    if elapsed >= MAX_SECONDS:
        # A slow answer is slow twice; a busy machine (CI, other processes) only once.
        response, elapsed = get()
    assert elapsed < MAX_SECONDS, (path, params, request_headers, f"{elapsed:.2f} s")
    return response


@pytest.fixture
def site(site_tree):
    """A small live site, indexed for the search, every page warmed up once."""
    toolkit = ToolkitPageFactory(parent=site_tree.toolkit_index, countries=["BR", "SN"])
    story = StoryPageFactory(parent=site_tree.story_index)
    for page in (toolkit, story):
        page.save_revision().publish()
    document = toolkit.files.get().document
    for path in (
        "/",
        "/en/",
        site_tree.toolkit_index.url,
        site_tree.story_index.url,
        toolkit.url,
        story.url,
        "/en/search/?q=sse",
        "/en/search/api/?q=sse",
        "/en/search/autocomplete/?q=bra",
        "/sitemap.xml",
        document.url,
        "/en/no-such-page/",
    ):
        timed_get(path)  # templates compiled, caches filled: what a running site has
    return {"site_tree": site_tree, "toolkit": toolkit, "story": story, "document": document}


search_parameters = st.dictionaries(
    st.one_of(
        st.sampled_from(["q", "page", "page_size", "sort", "languages", "format", *FACET_NAMES]),
        value,
    ),
    values,
    max_size=6,
)


@FUZZ
@given(
    prefix=locale_prefix,
    endpoint=st.sampled_from(["search/", "search/api/", "search/autocomplete/"]),
    params=search_parameters,
    request_headers=headers,
)
def test_search_page_api_and_autocomplete(site, prefix, endpoint, params, request_headers):
    response = timed_get(f"/{prefix}/{endpoint}", params, request_headers)
    if response.status_code == 400 and endpoint == "search/api/":
        assert "error" in response.json()


listing_parameters = st.dictionaries(
    st.sampled_from(["country", "continent", "axis", "theme", "page", "q", "sort", "utm"]),
    values,
    max_size=5,
)


@FUZZ
@given(
    listing=st.sampled_from(["toolkit_index", "story_index", "home"]),
    params=listing_parameters,
    request_headers=headers,
)
def test_listings_with_any_filter_and_pagination(site, listing, params, request_headers):
    page = getattr(site["site_tree"], listing)
    response = timed_get(page.url, params, request_headers)
    assert response.status_code in (200, 301, 302, 400, 404)
    if response.status_code == 400:  # a parameter no listing can answer, e.g. sort=oldest
        assert b'role="alert"' in response.content


@FUZZ
@given(
    prefix=locale_prefix,
    segments=st.lists(path_segment, max_size=4),
    trailing_slash=st.booleans(),
    params=st.dictionaries(value, values, max_size=3),
    request_headers=headers,
)
def test_pages_by_any_slug_under_any_locale(
    site, prefix, segments, trailing_slash, params, request_headers
):
    path = "/" + "/".join([prefix, *segments]) + ("/" if trailing_slash else "")
    timed_get(path.replace("//", "/"), params, request_headers)


@FUZZ
@given(
    page=st.sampled_from(["toolkit", "story"]),
    suffix=st.one_of(st.just(""), path_segment.map(lambda s: f"{s}/")),
    prefix=locale_prefix,
    request_headers=headers,
)
def test_real_pages_under_other_prefixes_and_suffixes(site, page, suffix, prefix, request_headers):
    url = site[page].url  # /en/<listing>/<slug>/
    timed_get(f"/{prefix}/{url.split('/', 2)[2]}{suffix}", None, request_headers)


@FUZZ
@given(
    document_id=st.one_of(st.integers(-5, 10**12), value),
    filename=st.one_of(value, st.just("toolkit.pdf")),
    request_headers=headers,
    real=st.booleans(),
)
def test_documents_by_any_id_and_name(site, document_id, filename, request_headers, real):
    document = site["document"]
    path = document.url if real else f"/documents/{document_id}/{filename}"
    response = timed_get(path, None, request_headers)
    if real:
        assert response.status_code in (200, 206, 304, 416)


@FUZZ
@given(
    route=st.sampled_from(
        [
            "/language/{value}/",
            "/documents/authenticate_with_password/{value}/",
            "/{prefix}/_util/login/",
            "/{prefix}/_util/authenticate_with_password/{value}/{value}/",
            "/sitemap.xml",
            "/{value}",
            "/{prefix}/{value}/{value}/",
        ]
    ),
    prefix=locale_prefix,
    fill=path_segment,
    params=st.dictionaries(st.sampled_from(["next", "return_url", "p", "page"]), value, max_size=3),
    request_headers=headers,
)
def test_every_other_public_route(site, route, prefix, fill, params, request_headers):
    timed_get(route.format(prefix=prefix, value=fill), params, request_headers)
