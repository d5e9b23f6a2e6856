"""End to end through a real Varnish (Debian's varnish + varnish-modules, deploy/varnish.vcl) in
front of the test server: a publish is visible through Varnish at once, the pages that do not
show it stay in Varnish, and nothing personal is ever kept by it.

Marked `fault` so CI runs it once (it starts a process of its own); VARNISH_PORT and
VARNISH_ADMIN_PORT (default 6092/6093) choose its ports.
"""

import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.test import Client

from stories.factories import StoryPageFactory

ROOT = Path(__file__).resolve().parents[2]
VARNISH_PORT = int(os.environ.get("VARNISH_PORT", "6092"))
VARNISH_ADMIN_PORT = int(os.environ.get("VARNISH_ADMIN_PORT", "6093"))

pytestmark = [
    pytest.mark.fault,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("fresh_page_cache"),
    pytest.mark.parametrize("cache_backend", ["locmem"]),
]


def ensure_varnish():
    subprocess.run([ROOT / "scripts" / "varnish", "install"], check=True)


def answers(port):
    with socket.socket() as probe:
        probe.settimeout(0.2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def varnish(live_server, tmp_path, settings):
    ensure_varnish()
    assert not answers(VARNISH_PORT), f"port {VARNISH_PORT} is taken: set VARNISH_PORT"
    backend_port = urlsplit(live_server.url).port
    vcl = (ROOT / "deploy" / "varnish.vcl").read_text()
    vcl_file = tmp_path / "test.vcl"
    vcl_file.write_text(vcl.replace('.port = "8000"', f'.port = "{backend_port}"'))
    process = subprocess.Popen(
        [
            "varnishd", "-F", "-j", "none", "-n", str(tmp_path / "varnish"),
            "-a", f"127.0.0.1:{VARNISH_PORT}", "-T", f"127.0.0.1:{VARNISH_ADMIN_PORT}",
            "-f", str(vcl_file), "-s", "malloc,32m",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 20
    while not answers(VARNISH_PORT):
        assert process.poll() is None, process.stderr.read().decode()
        assert time.monotonic() < deadline, "Varnish did not start"
        time.sleep(0.1)
    settings.HTTP_CACHE_PURGE_URLS = [f"http://127.0.0.1:{VARNISH_PORT}/"]
    yield f"http://127.0.0.1:{VARNISH_PORT}"
    process.terminate()
    process.wait(timeout=10)


def through(varnish, path, cookie=None):
    request = urllib.request.Request(varnish + path, headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers, response.read().decode()


def test_a_publish_is_visible_through_varnish_at_once_and_only_what_shows_it_is_dropped(
    varnish, site_tree, publish
):
    story = publish(StoryPageFactory(parent=site_tree.story_index, title="Seed banks"))
    other = publish(StoryPageFactory(parent=site_tree.story_index, title="Worker buyouts"))
    for path in (story.url, other.url, site_tree.story_index.url):
        through(varnish, path)
        headers, _html = through(varnish, path)
        assert headers["X-Varnish-Cache"] == "hit", path
        assert "xkey" not in headers and "Surrogate-Key" not in headers  # for caches only
        assert "s-maxage" in headers["Cache-Control"]

    story.title = "Seed banks of the Sahel"
    publish(story)

    for path in (story.url, site_tree.story_index.url):
        headers, html = through(varnish, path)
        assert headers["X-Varnish-Cache"] == "miss" and "Seed banks of the Sahel" in html, path
    assert through(varnish, other.url)[0]["X-Varnish-Cache"] == "hit"


def test_nothing_personal_is_kept_by_varnish(varnish, site_tree, publish, editor):
    story = publish(StoryPageFactory(parent=site_tree.story_index, title="Seed banks"))
    editor_browser = Client()
    editor_browser.force_login(editor)
    session = f"sessionid={editor_browser.cookies['sessionid'].value}"

    for _ in range(2):
        headers, html = through(varnish, story.url, cookie=session)
        assert headers["X-Varnish-Cache"] == "miss"
        assert "private" in headers["Cache-Control"]
    for _ in range(2):
        headers, _html = through(varnish, "/admin/login/")
        assert headers["X-Varnish-Cache"] == "miss"

    through(varnish, story.url)
    headers, html = through(varnish, story.url, cookie="sessionid=made-up; csrftoken=x")
    assert headers["X-Varnish-Cache"] == "miss"  # passed to the site, which serves its cache
    headers, html = through(varnish, story.url, cookie="csrftoken=x")
    assert headers["X-Varnish-Cache"] == "hit"
    assert editor.username not in html
