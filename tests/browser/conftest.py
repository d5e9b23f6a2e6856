"""Browser tests: Playwright (pytest-playwright) drives Debian's Chromium against the site that
pytest-django's `live_server` serves on 127.0.0.1 from the test database.

`scripts/browser-deps` installs what they need besides Python packages: /usr/bin/chromium from
Debian and axe-core from npm (node_modules/). Playwright never downloads a browser of its own.

The live server answers from another thread, so every test here runs in a committed
(transactional) database that is flushed afterwards; what the migrations made (locales,
taxonomy, groups, the moderation workflow) is reloaded before each test (`_fresh_site`).
Screenshots of each journey go to screenshots/<module>/<test>/ (git-ignored).
"""

import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.apps import apps
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.servers.basehttp import WSGIServer
from django.db import DEFAULT_DB_ALIAS, connections
from playwright.sync_api import expect
from wagtail.models import Locale

from base.factories import ImageFactory
from stories.factories import StoryPageFactory, StoryRelatedToolkitFactory
from taxonomy.factories import ThemeFactory
from toolkits.factories import ToolkitDocumentFactory, ToolkitFileFactory, ToolkitPageFactory
from toolkits.generated_documents import make_pdf
from translations.operations import translate_tree

REPO_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = REPO_ROOT / "screenshots"
# No machine here reaches the internet: Chromium must not try (its background connections are
# refused and only slow it down), and must run as root in a container without a GPU.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
# What a page shows after the server's heavier work (publishing, a preview, the first view of an
# admin page with its many scripts) can take longer than Playwright's default 5 s on a loaded
# 2-core machine; a real failure still fails, only later.
expect.set_options(timeout=15_000)
PASSWORD = "password"  # the password of the users made by tests/conftest.py


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Browser tests last, whatever else reordered the session (pytest-django puts the
    transactional tests after the others, then pytest's grouping by Playwright's session-wide
    browser parameter moves them back among them): each one ends with the database flushed,
    and its Playwright loop and environment last until the session ends."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(scope="session", autouse=True)
def _playwright_environment():
    """Playwright's sync API keeps an asyncio loop running in the test's thread, so Django takes
    every ORM call made there (factories, assertions, the database flush) for one made from
    async code and refuses it. Nothing here is async: allow them, for the session (the loop
    lives until its end). Playwright must never fetch a browser of its own either."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        patch.setenv("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
        yield


class OneRequestAtATimeServer(WSGIServer):
    """Django's development server without threads. The test database on SQLite lives in
    memory, shared between connections by table locks that never wait: two requests that write
    at once (Wagtail's autosave and its preview panel do) fail with "database table is locked".
    Served one by one, they cannot; Django then closes each HTTP connection after its answer,
    so a waiting browser never blocks the server."""

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.last_request_ended = time.monotonic()
        self.serving = threading.Lock()

    def process_request(self, request, client_address):
        with self.serving:
            try:
                super().process_request(request, client_address)
            finally:
                self.last_request_ended = time.monotonic()

    def wait_until_idle(self, quiet=1.0, timeout=15):
        """Wait until no request has been served for `quiet` seconds: one that a closed browser
        sent last (Wagtail's editors ping the server every few seconds) must not reach the
        database while the test's teardown empties it, nor once pytest-django blocks it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.serving:
                idle = time.monotonic() - self.last_request_ended
            if idle >= quiet:
                return
            time.sleep(quiet - idle)
        raise AssertionError(f"the live server was still busy {timeout}s after the test")


@pytest.fixture(scope="session")
def live_server(request, _migrated_data):
    """The site, served on the loopback address (pytest-django's default is "localhost"), once
    the test database exists."""
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer(request.config.getvalue("liveserver") or "127.0.0.1", start=False)
    server.thread.server_class = OneRequestAtATimeServer
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/browser-deps (make test does).")
    args = list(CHROMIUM_ARGS)
    if browser_type_launch_args.get("headless", True):
        args.insert(0, "--headless")
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": args}


@pytest.fixture(scope="session")
def base_url(live_server):
    """Playwright's relative addresses (page.goto("/en/")) go to the live server."""
    return live_server.url


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": DESKTOP, "accept_downloads": True}


@pytest.fixture(scope="session", autouse=True)
def _migrated_data(django_db_setup, django_db_blocker):
    """The database as the migrations left it, serialized by pytest-django (for
    `django_db_serialized_rollback`) before Playwright starts.

    Django keeps a connection per thread, but a separate one per asyncio context once a loop
    runs in the thread: the connection that Django's own serialized rollback looks at during
    a browser test is a new one, without the serialized data, so `_fresh_site` reloads it."""
    connection = connections[DEFAULT_DB_ALIAS]
    data = getattr(connection, "_test_serialized_contents", None)
    if data is None:
        with django_db_blocker.unblock():
            data = connection.creation.serialize_db_to_string()
    return data


@pytest.fixture(autouse=True)
def _fresh_site(live_server, django_db_serialized_rollback, _migrated_data):
    """Each test starts from the migrated database and an empty cache. The previous browser
    test's flush emptied the tables (and its post_migrate signal put some rows back), and sends
    no signal that the full-page cache would notice."""
    connection = connections[DEFAULT_DB_ALIAS]
    call_command(
        "flush", interactive=False, inhibit_post_migrate=True, verbosity=0, allow_cascade=True
    )
    connection.creation.deserialize_db_from_string(_migrated_data)
    # The rows came back with their ids: PostgreSQL's sequences must start after them.
    models = apps.get_models(include_auto_created=True)
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)
    for cache in caches.all():
        cache.clear()
    yield
    # The test's browsers are closed by now (their fixtures were set up after this one).
    live_server.thread.httpd.wait_until_idle()


@pytest.fixture
def screenshot(request):
    """screenshot(page, "name") saves the page into screenshots/<module>/<test>/NN-name.png."""
    folder = SCREENSHOTS / Path(request.node.path).stem / _file_name(request.node.name)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    taken = []

    def take(page, name, *, full_page=True):
        taken.append(name)
        path = folder / f"{len(taken):02d}-{_file_name(name)}.png"
        page.screenshot(path=path, full_page=full_page)
        return path

    return take


def _file_name(text):
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-")


def log_in(page, user):
    """Log `user` in through Wagtail's login form, as a person would."""
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def log_out(page):
    page.context.clear_cookies()


def watch_for_errors(page):
    """The errors the browser reports on this page from now on: scripts that fail and what the
    Content-Security-Policy blocks. The public site should have none."""
    errors = []
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    page.on(
        "console",
        lambda message: (
            errors.append(f"{page.url}: {message.text}") if message.type == "error" else None
        ),
    )
    return errors


# Content -------------------------------------------------------------------------------------


@dataclass
class Exchange:
    """What visitors browse: toolkits from five countries, one of them with a Spanish file,
    and a story; all live and in the site search."""

    site: object  # tests/conftest.py's SiteTree
    guide: object  # the Colombian guide, with an English and a Spanish PDF
    spanish_pdf: object  # the guide's Spanish ToolkitDocument
    colombian: list  # the other toolkits from Colombia
    elsewhere: list  # toolkits on the guide's theme from other countries
    story: object


def _theme(slug):
    return ThemeFactory(slug=slug)  # found, not made: the migrations made the taxonomy


@pytest.fixture
def exchange(site_tree):
    toolkits = site_tree.toolkit_index

    def toolkit(title, countries, themes, **fields):
        page = ToolkitPageFactory(parent=toolkits, title=title, countries=countries, **fields)
        page.themes.set([_theme(slug) for slug in themes])
        return page

    guide = toolkit(
        "Municipal SSE councils: a guide from Bogotá",
        ["CO"],
        ["local-development", "policy-co-construction"],
        summary="How Bogotá's SSE networks and the city council wrote a local SSE policy.",
        files__document__title="Municipal SSE councils (English)",
    )
    spanish_pdf = ToolkitDocumentFactory(
        title="Consejos municipales de ESS (español)",
        file=ContentFile(
            make_pdf("Consejos municipales de ESS", ["Una guía de Bogotá."], 3),
            name="guia-consejos-municipales-es.pdf",
        ),
    )
    ToolkitFileFactory(page=guide, document=spanish_pdf, language="es", sort_order=1)
    colombian = [
        toolkit(
            "Recycling cooperatives in Colombian cities",
            ["CO"],
            ["environment"],
            summary="SSE recyclers' cooperatives sign contracts with their cities.",
        ),
        toolkit(
            "Public procurement from SSE enterprises in Medellín and Quito",
            ["CO", "EC"],
            ["policy-co-construction"],
            summary="Two cities reserve part of their purchases for SSE enterprises.",
        ),
    ]
    elsewhere = [
        toolkit(
            "Local development plans with SSE networks in Rosario",
            ["AR"],
            ["local-development"],
            summary="Rosario plans its neighbourhoods with its SSE networks.",
        ),
        toolkit(
            "A municipal SSE fund in Dakar",
            ["SN"],
            ["local-development"],
            summary="Dakar lends to SSE enterprises through a municipal fund.",
        ),
        toolkit(
            "Solidarity finance for local development in Recife",
            ["BR"],
            ["local-development"],
            summary="Community banks and SSE finance in Recife.",
        ),
    ]
    story = StoryPageFactory(
        parent=site_tree.story_index,
        title="Bogotá's market cooperatives sit on the city's SSE council",
        summary="Market vendors organised in SSE cooperatives now advise the city.",
        country="CO",
        locality="Bogotá",
        body=[
            {"type": "paragraph", "value": "<p>It started with <b>twelve</b> market stalls.</p>"},
            {"type": "heading", "value": {"text": "A seat on the council", "level": "h2"}},
            {
                "type": "image",
                "value": {
                    "image": {
                        "image": ImageFactory(title="Market stalls").pk,
                        "decorative": False,
                        "alt_text": "Vendors under striped awnings at a covered market",
                    },
                    "caption": "The Paloquemao market",
                    "credit": "",
                },
            },
            {
                "type": "quote",
                "value": {
                    "quote": "The council listens to us now.",
                    "attribution": "Marta Rojas",
                    "role": "fruit vendor",
                },
            },
            {
                "type": "key_figures",
                "value": {
                    "heading": "",
                    "figures": [
                        {"value": "12", "label": "stalls"},
                        {"value": "3", "label": "seats"},
                    ],
                },
            },
            {"type": "toolkit", "value": {"toolkit": guide.pk, "note": "How the council works"}},
        ],
    )
    story.themes.set([_theme("local-development")])
    StoryRelatedToolkitFactory(page=story, toolkit=guide)
    pages = [guide, *colombian, *elsewhere, story]
    for page in pages:
        page.save_revision().publish()  # as an editor would: the site search indexes them
    return Exchange(
        site=site_tree,
        guide=guide,
        spanish_pdf=spanish_pdf,
        colombian=colombian,
        elsewhere=elsewhere,
        story=story,
    )


def translated_exchange(exchange, language_code):
    """The whole site translated into a language with wagtail-localize, as `manage.py
    translate_tree` does: the text stays in English until translators translate it, the
    interface and the addresses are in that language."""
    locale = Locale.objects.get(language_code=language_code)
    translate_tree(exchange.site.home, locale)
    return {
        name: page.get_translation(locale)
        for name, page in [
            ("home", exchange.site.home),
            ("stories", exchange.site.story_index),
            ("toolkits", exchange.site.toolkit_index),
            ("guide", exchange.guide),
            ("story", exchange.story),
        ]
    }


@pytest.fixture
def spanish_exchange(exchange):
    """`exchange`, translated into Spanish: what a Spanish-speaking visitor browses."""
    exchange.spanish = translated_exchange(exchange, "es")
    return exchange
