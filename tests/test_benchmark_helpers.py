"""The benchmark's own helpers that no other test runs: wrk's p95, the search load of the cluster
step (a fall-back to the database counts as a failed search), the cutting of a run into phases,
Varnish started and stopped in front of a server (benchmarks/run.py, steps `varnish` and
`cluster`), and the refusal to measure a site whose translations are not compiled. Real wrk and
Varnish against a small HTTP server in a thread."""

import json
import os
import socket
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace

import pytest

from benchmarks.cluster_outage import SearchLoad, phases
from benchmarks.django_environment import uncompiled_translations
from benchmarks.http_measurements import install_wrk, wrk
from benchmarks.servers import VarnishServer


class Backend(BaseHTTPRequestHandler):
    """Every tenth request waits 40 ms; /fallback answers as the site does when it fell back."""

    count = 0
    lock = threading.Lock()

    def do_GET(self):
        with Backend.lock:
            Backend.count += 1
            slow = Backend.count % 10 == 0
        if slow:
            time.sleep(0.04)
        body = json.dumps(
            {"engine": "database" if self.path == "/fallback" else "elasticsearch",
             "fallback": self.path == "/fallback"}
        ).encode()  # fmt: skip
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Cache-Control", "public, max-age=0, s-maxage=60")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # wrk hangs up on requests still running when its time is over


@pytest.fixture
def backend():
    server = QuietServer(("127.0.0.1", 0), Backend)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_wrk_reports_the_95th_percentile(backend):
    assert install_wrk()
    result = wrk(f"http://127.0.0.1:{backend}", "/", 2, 2)
    assert result["requests"] > 50
    # One request in ten waits 40 ms: the median does not see it, the 95th percentile does.
    assert result["p50_ms"] < 20 <= result["p95_ms"] <= result["p99_ms"]


def test_the_search_load_counts_a_fall_back_to_the_database_as_a_failed_search(backend):
    load = SearchLoad(backend, ["/api", "/fallback"], threads=2)
    load.start()
    time.sleep(0.5)
    load.stop()
    errors = [error for _at, _ms, error in load.samples if error]
    assert len(load.samples) > 4
    assert errors and all("/fallback: answered by database" in error for error in errors)
    assert len(errors) < len(load.samples)  # /api answered by Elasticsearch counts as served


def test_phases_cut_searches_and_writes_at_each_event():
    events = [("before any kill", 100.0), ("node 2 killed", 110.0), ("end", 120.0)]
    searches = [(101.0, 5.0, None), (105.0, 7.0, None), (111.0, 9.0, None), (112.0, 0.0, "503")]
    writes = [{"at": 101.5, "indexed": 10}, {"at": 113.0, "indexed": 10}]
    writes.append({"at": 114.0, "error": "x"})
    before, down = phases(events, searches, writes)
    assert (before["phase"], before["seconds"], before["requests"]) == ("before any kill", 10, 2)
    assert (before["search_errors"], before["documents_indexed"]) == (0, 10)
    assert (down["requests"], down["p95_ms"], down["search_errors"]) == (1, 9.0, 1)
    assert (down["documents_indexed"], down["indexing_errors"]) == (10, 1)


def answers(port):
    with socket.socket() as probe:
        probe.settimeout(0.2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.fault
def test_varnish_serves_from_its_cache_and_is_gone_once_stopped(backend, tmp_path):
    port = int(os.environ.get("VARNISH_PORT", "6092"))
    admin_port = int(os.environ.get("VARNISH_ADMIN_PORT", "6093"))
    assert not answers(port), f"port {port} is taken: set VARNISH_PORT"
    varnish = VarnishServer(
        "Varnish", SimpleNamespace(port=backend), port, admin_port, tmp_path / "varnish.log"
    )
    varnish.start("/")
    try:
        served_before = Backend.count
        for _ in range(5):
            assert json.loads(urlopen_text(varnish.base_url + "/cached"))["engine"]
        assert Backend.count - served_before <= 1  # the first view at most; then Varnish's copy
    finally:
        varnish.stop()
    assert not answers(port)


def urlopen_text(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode()


def test_benchmarks_refuse_translations_not_compiled_or_older_than_their_source(tmp_path):
    folder = tmp_path / "locale" / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    source = folder / "django.po"
    source.write_text('msgid "Country"\nmsgstr "Pays"\n')
    assert uncompiled_translations(tmp_path) == ["locale/fr/LC_MESSAGES/django.po"]
    compiled = folder / "django.mo"
    compiled.write_bytes(b"")
    os.utime(compiled, (source.stat().st_mtime - 60,) * 2)  # compiled before the last edit
    assert uncompiled_translations(tmp_path) == ["locale/fr/LC_MESSAGES/django.po"]
    os.utime(compiled, (source.stat().st_mtime + 60,) * 2)
    assert uncompiled_translations(tmp_path) == []
