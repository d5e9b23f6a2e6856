"""A node of a 3-node Elasticsearch cluster killed while visitors search and pages are indexed.

benchmarks/run.py's `cluster` step (issue 19) starts the cluster with scripts/elasticsearch
(ES_NODES=3), fills it with the search corpus, then runs `outage_run` here: visitors search the
site's API (threads, one request at a time each) and a writer process indexes new documents
through the site's engine, while one node is killed and restarted, then the node the clients
name first. Every answer is timed; phases() cuts the run at each event (kill, restart, green).
One visitor asks one search at a time, as the search step does, so the p95 compares with that
step's single node.

    python -m benchmarks.cluster_outage write SECONDS   # the writer, run by outage_run

The writer prints one JSON line per bulk request ({"at": unix time, "indexed": n} or
{"at": ..., "error": "..."}) and reads ELASTICSEARCH_URL and ELASTICSEARCH_INDEX_PREFIX.
"""

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

from benchmarks.http_measurements import fetch, summary
from benchmarks.servers import REPOSITORY

ELASTICSEARCH_SCRIPT = REPOSITORY / "scripts" / "elasticsearch"
WRITER_BATCH = 10
WRITER_PAUSE_SECONDS = 0.3


class LocalCluster:
    """The nodes scripts/elasticsearch starts on first_port, first_port + 1, ..."""

    def __init__(self, first_port, nodes=3, start_timeout=300):
        self.ports = [first_port + number for number in range(nodes)]
        self.env = os.environ | {
            "ES_PORT": str(first_port),
            "ES_NODES": str(nodes),
            "ES_START_TIMEOUT": str(start_timeout),
        }
        self.start_timeout = start_timeout

    @property
    def urls(self):
        return ",".join(f"http://127.0.0.1:{port}" for port in self.ports)

    def _script(self, command):
        result = subprocess.run(
            [ELASTICSEARCH_SCRIPT, command],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=self.start_timeout + 120,
        )
        if result.returncode:
            raise RuntimeError(f"scripts/elasticsearch {command}:\n{result.stderr[-2000:]}")

    def start(self):
        """Start every node that is not running; returns once all of them are green."""
        self._script("start")

    def stop(self):
        self._script("stop")

    def kill(self, port):
        pid_file = REPOSITORY / ".cache" / "elasticsearch" / f"run-{port}" / "elasticsearch.pid"
        os.kill(int(pid_file.read_text()), signal.SIGKILL)

    def health(self):
        """(status, number of nodes) from the first node that answers, or (None, 0)."""
        for port in self.ports:
            url = f"http://127.0.0.1:{port}/_cluster/health"
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    answer = json.load(response)
                return answer["status"], answer["number_of_nodes"]
            except OSError:
                continue
        return None, 0

    def wait_for_green(self, nodes, timeout=300):
        url = (
            f"http://127.0.0.1:{self.ports[0]}/_cluster/health?wait_for_status=green"
            f"&wait_for_nodes={nodes}&timeout={timeout}s"
        )
        with urllib.request.urlopen(url, timeout=timeout + 30) as response:
            return json.load(response)["status"] == "green"

    def master_port(self):
        for port in self.ports:
            try:
                url = f"http://127.0.0.1:{port}/_cat/master?format=json"
                with urllib.request.urlopen(url, timeout=5) as response:
                    return int(json.load(response)[0]["node"].removeprefix("node-"))
            except OSError:
                continue
        return None

    def replicas(self, index_pattern):
        url = f"http://127.0.0.1:{self.ports[0]}/{index_pattern}/_settings"
        with urllib.request.urlopen(url, timeout=30) as response:
            found = json.load(response)
        return {name: row["settings"]["index"]["number_of_replicas"] for name, row in found.items()}


class SearchLoad:
    """Threads asking the site's search API, one request at a time each, until stopped.

    An answer counts as failed unless it is a 200 from Elasticsearch: the site's fall-back to
    the database would hide a failed search from the visitor, not from this count.
    """

    def __init__(self, port, paths, threads=2):
        self.port, self.paths = port, paths
        self.samples = []  # (unix time, milliseconds, error or None)
        self._stop = threading.Event()
        self._threads = [
            threading.Thread(target=self._search, args=(number,), daemon=True)
            for number in range(threads)
        ]

    def _search(self, number):
        turn = number
        while not self._stop.is_set():
            path = self.paths[turn % len(self.paths)]
            turn += 1
            error = None
            try:
                status, _headers, body, ms = fetch(self.port, path)
                if status != 200:
                    error = f"{path}: {status}"
                else:
                    answer = json.loads(body)
                    if answer["engine"] != "elasticsearch" or answer["fallback"]:
                        error = f"{path}: answered by {answer['engine']} (fallback)"
            except Exception as failure:  # noqa: BLE001 - any failure is a failed search, counted
                ms, error = 0.0, f"{path}: {failure!r}"
            self.samples.append((time.time(), ms, error))

    def start(self):
        for thread in self._threads:
            thread.start()

    def stop(self):
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=90)


def phases(events, searches, writes):
    """Searches and writes cut at each event: [{phase, seconds, searches…, indexed…}].

    `events` are (name, unix time) in order, the first starting the run and the last ending
    it; `searches` are (time, ms, error or None) and `writes` the writer's JSON lines.
    """
    rows = []
    for (name, start), (_next_name, end) in zip(events, events[1:], strict=False):
        timed = [(ms, error) for at, ms, error in searches if start <= at < end]
        written = [row for row in writes if start <= row["at"] < end]
        errors = [error for _ms, error in timed if error]
        rows.append(
            {
                "phase": name,
                "seconds": round(end - start, 1),
                **summary([ms for ms, error in timed if not error]),
                "search_errors": len(errors),
                "first_search_errors": errors[:3],
                "documents_indexed": sum(row.get("indexed", 0) for row in written),
                "indexing_errors": sum(1 for row in written if "error" in row),
            }
        )
    return rows


def outage_run(cluster, site_port, paths, env, cwd, *, baseline, outage, settle, log):
    """Kill a node that is not the clients' first (preferably not the elected master), restart
    it, then kill the first node and restart it, under search and indexing load throughout."""
    first = cluster.ports[0]
    master = cluster.master_port()
    others = [port for port in cluster.ports[1:] if port != master] or cluster.ports[1:]
    victims = [others[-1], first]
    total = len(victims) * (outage + settle + cluster.start_timeout) + baseline + 60
    written = tempfile.TemporaryFile("w+")  # noqa: SIM115 (read once the writer has ended)
    writer = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.cluster_outage", "write", str(total)],
        env=env,
        cwd=cwd,
        stdout=written,
        stderr=log,
        text=True,
        start_new_session=True,
    )
    _wait_for_first_write(writer, written)
    load = SearchLoad(site_port, paths, threads=1)
    events, kills, health = [("before any kill", time.time())], [], []
    sampling = threading.Event()

    def sample_health():
        while not sampling.is_set():
            status, nodes = cluster.health()
            health.append({"at": time.time(), "status": status, "nodes": nodes})
            sampling.wait(1)

    sampler = threading.Thread(target=sample_health, daemon=True)
    try:
        load.start()
        sampler.start()
        time.sleep(baseline)
        for victim in victims:
            was_master = victim == cluster.master_port()
            cluster.kill(victim)
            killed_at = time.time()
            events.append((f"node {victim} killed", killed_at))
            time.sleep(outage)
            restarted_at = time.time()
            events.append((f"node {victim} restarting", restarted_at))
            cluster.start()  # returns once the three nodes are green
            green_at = time.time()
            events.append((f"node {victim} back, green", green_at))
            kills.append(
                {
                    "port": victim,
                    "clients_first_node": victim == first,
                    "was_elected_master": was_master,
                    "down_seconds": round(restarted_at - killed_at, 1),
                    "restart_to_green_seconds": round(green_at - restarted_at, 1),
                    "status_while_down": sorted(
                        {
                            row["status"] or "no answer"
                            for row in health
                            if killed_at <= row["at"] < restarted_at
                        }
                    ),
                }
            )
            time.sleep(settle)
        events.append(("end", time.time()))
    finally:
        load.stop()
        sampling.set()
        os.killpg(writer.pid, signal.SIGTERM)
        writer.wait(timeout=60)
        written.seek(0)
        output = written.read()
        written.close()
    writes = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    errors = [error for _at, _ms, error in load.samples if error]
    return {
        "nodes": len(cluster.ports),
        "clients_first_node": first,
        "elected_master_at_start": master,
        "kills": kills,
        "all_searches": {
            **summary([ms for _at, ms, error in load.samples if not error]),
            "errors": len(errors),
            "first_errors": errors[:5],
        },
        "documents_indexed": sum(row.get("indexed", 0) for row in writes),
        "indexing_errors": sum(1 for row in writes if "error" in row),
        "phases": phases(events, load.samples, writes),
    }


def _wait_for_first_write(writer, written, timeout=180):
    """The clock starts once the writer indexes (Django and the corpus take a while to load)."""
    deadline = time.monotonic() + timeout
    while os.fstat(written.fileno()).st_size == 0:
        if writer.poll() is not None:
            raise RuntimeError("the writer exited before its first write (see the log)")
        if time.monotonic() > deadline:
            os.killpg(writer.pid, signal.SIGTERM)
            raise RuntimeError(f"the writer did not write in {timeout} s")
        time.sleep(0.2)


def write(seconds):
    """Index WRITER_BATCH new documents every WRITER_PAUSE_SECONDS through the site's engine."""
    from benchmarks.django_environment import set_up_django

    set_up_django()
    from benchmarks.search_corpus import documents
    from search.engines import elasticsearch_engine
    from search.engines.base import SearchUnavailable

    engine = elasticsearch_engine()
    corpus = documents(10**7, seed=19, first_page_id=50_000_000)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        batch = [next(corpus) for _ in range(WRITER_BATCH)]
        try:
            row = {"indexed": engine.index_documents(batch)}
        except SearchUnavailable as error:
            row = {"error": str(error)[:200]}
        except Exception as error:  # noqa: BLE001 - a failed write is counted, never the end
            row = {"error": repr(error)[:200]}
        print(json.dumps({"at": time.time(), **row}), flush=True)
        time.sleep(WRITER_PAUSE_SECONDS)


if __name__ == "__main__" and sys.argv[1:2] == ["write"]:
    write(float(sys.argv[2]))
