"""A node of a 3-node Elasticsearch cluster dies during a bounded load: no search fails, indexing
goes on, and the cluster is green again on the two nodes left (every shard has a replica).

The cluster is this module's own (scripts/elasticsearch with ES_NODES=3, HTTP on
CLUSTER_ES_PORT..+2, default FAULT_ES_PORT+20), started and stopped here. Marked `fault`: CI
runs it once, in its SQLite phase; it takes about a minute, most of it starting the nodes.
"""

import copy
import json
import os
import signal
import subprocess
import threading
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from search.documents import build_document
from search.engines.base import SearchQuery, SearchUnavailable
from search.engines.elasticsearch import ElasticsearchEngine
from stories.factories import StoryPageFactory

pytestmark = [pytest.mark.fault, pytest.mark.django_db]

ROOT = Path(__file__).resolve().parents[1]
PORT = int(os.environ.get("CLUSTER_ES_PORT", int(os.environ.get("FAULT_ES_PORT", "9213")) + 20))
NODES = [PORT, PORT + 1, PORT + 2]
LOAD_SECONDS = 12
KILL_AFTER_SECONDS = 4


def cluster(command):
    result = subprocess.run(
        [ROOT / "scripts" / "elasticsearch", command],
        env=os.environ | {"ES_PORT": str(PORT), "ES_NODES": "3", "ES_START_TIMEOUT": "240"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode:
        pytest.fail(f"scripts/elasticsearch {command} (3 nodes from {PORT}):\n{result.stderr}")


def health(port, **wait):
    query = "&".join(f"{name}={value}" for name, value in wait.items())
    url = f"http://127.0.0.1:{port}/_cluster/health?{query}"
    with urllib.request.urlopen(url, timeout=120) as response:
        return json.load(response)


def node_pid(port):
    return int(
        (ROOT / ".cache" / "elasticsearch" / f"run-{port}" / "elasticsearch.pid").read_text()
    )


def master_port():
    with urllib.request.urlopen(
        f"http://127.0.0.1:{PORT}/_cat/master?format=json", timeout=10
    ) as response:
        name = json.load(response)[0]["node"]
    return int(name.removeprefix("node-"))


@pytest.fixture(scope="module")
def three_nodes():
    cluster("start")
    yield ",".join(f"http://127.0.0.1:{port}" for port in NODES)
    cluster("stop")


def documents_like(base, first, count):
    documents = []
    for number in range(first, first + count):
        document = copy.deepcopy(base)
        document["page_id"] = 1_000_000 + number
        document["title"] = f"Seed bank cooperative {number}"
        documents.append(document)
    return documents


def test_a_node_killed_during_load_fails_no_search_and_indexing_goes_on(three_nodes, site_tree):
    engine = ElasticsearchEngine(three_nodes, f"cluster_{uuid.uuid4().hex[:8]}", timeout=5)
    engine.ensure_index()
    story = StoryPageFactory(parent=site_tree.story_index, title="Seed bank cooperative")
    # Built here: the threads below never touch the test database (SQLite shares it badly).
    base = build_document(story)
    engine.index_documents(documents_like(base, 0, 200), refresh=True)
    index = engine.current_index()
    assert health(PORT, wait_for_status="green", timeout="60s")["status"] == "green"
    settings = engine.client.indices.get_settings(index=index)[index]["settings"]["index"]
    assert settings["number_of_replicas"] == "1"

    searches, failures, indexed = [], [], [200]
    stop = threading.Event()

    def search():
        while not stop.is_set():
            started = time.monotonic()
            try:
                # The engine's client and error handling, without the query analysis (it reads
                # the test database).
                results = engine._call(
                    engine.client.search,
                    index=engine.alias,
                    query={"match": {"title": "seed bank cooperative"}},
                    track_total_hits=True,
                )
                searches.append((time.monotonic() - started, results["hits"]["total"]["value"]))
            except SearchUnavailable as error:
                failures.append(str(error))

    def write():
        while not stop.is_set():
            try:
                engine.index_documents(documents_like(base, indexed[0], 10))
                indexed[0] += 10
            except SearchUnavailable as error:
                failures.append(f"indexing: {error}")
            time.sleep(0.3)

    # Not the elected master: its election would pause writes for seconds (searches go on).
    victim = next(port for port in reversed(NODES) if port != master_port())
    threads = [threading.Thread(target=search) for _ in range(2)] + [threading.Thread(target=write)]
    for thread in threads:
        thread.start()
    time.sleep(KILL_AFTER_SECONDS)
    os.kill(node_pid(victim), signal.SIGKILL)
    indexed_at_kill = indexed[0]
    time.sleep(LOAD_SECONDS - KILL_AFTER_SECONDS)
    stop.set()
    for thread in threads:
        thread.join()

    assert failures == []
    assert len(searches) > 50
    assert indexed[0] > indexed_at_kill + 50  # indexing went on without the dead node
    survivor = next(port for port in NODES if port != victim)
    recovered = health(survivor, wait_for_status="green", wait_for_nodes="2", timeout="90s")
    assert recovered["status"] == "green" and recovered["number_of_nodes"] == 2
    engine.refresh()
    assert engine.search(SearchQuery(text="seed bank cooperative")).total == indexed[0] + 1 - 1
    slowest = max(seconds for seconds, _total in searches)
    print(
        f"\n3-node cluster, node {victim} killed: {len(searches)} searches, none failed, "
        f"slowest {slowest * 1000:.0f} ms; {indexed[0] - indexed_at_kill} documents indexed after"
    )
