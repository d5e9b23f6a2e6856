"""Latency (one request at a time, from Python) and throughput (wrk) over HTTP."""

import http.client
import json
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.progress import Progress


def percentile(values, fraction):
    """Nearest-rank percentile of a list of numbers."""
    ordered = sorted(values)
    if not ordered:
        return None
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def summary(milliseconds):
    return {
        "requests": len(milliseconds),
        "p50_ms": _rounded(percentile(milliseconds, 0.50)),
        "p95_ms": _rounded(percentile(milliseconds, 0.95)),
        "p99_ms": _rounded(percentile(milliseconds, 0.99)),
        "mean_ms": _rounded(sum(milliseconds) / len(milliseconds)) if milliseconds else None,
    }


def _rounded(value):
    return None if value is None else round(value, 2)


def fetch(port, path, headers=None):
    """(status, headers, body, milliseconds) of one GET on a new connection."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        body = response.read()
    finally:
        connection.close()
    elapsed = 1000 * (time.perf_counter() - started)
    return response.status, dict(response.getheaders()), body, elapsed


def fetch_json(port, path):
    status, _headers, body, _ms = fetch(port, path)
    if status != 200:
        raise RuntimeError(f"{path} answered {status}")
    return json.loads(body)


def latencies(port, paths, repeat, label, time_budget, check=None, headers=None):
    """{path: [milliseconds]} for `repeat` rounds over the paths (round-robin), within a budget.

    `check(path, status, headers, body)` may raise to flag a wrong answer; `headers` are sent
    with every request (an editor's session cookie).
    """
    sent = headers
    measured = {path: [] for path in paths}
    deadline = time.monotonic() + time_budget
    with Progress(label, repeat * len(paths)) as progress:
        for _round in range(repeat):
            if time.monotonic() > deadline:
                break
            for path in paths:
                status, headers, body, ms = fetch(port, path, sent)
                if check is not None:
                    check(path, status, headers, body)
                elif status != 200:
                    raise RuntimeError(f"{path} answered {status}")
                measured[path].append(ms)
                progress.advance()
    return measured


# Throughput with wrk ----------------------------------------------------------------------------


def wrk_available():
    return shutil.which("wrk") is not None


def install_wrk():
    """Debian's wrk, installed with apt-get when missing (the benchmark runs as root here)."""
    if wrk_available():
        return True
    command = ["apt-get", "install", "-y", "-q", "wrk"]
    if subprocess.run(["id", "-u"], capture_output=True, text=True).stdout.strip() != "0":
        command = ["sudo", *command]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        subprocess.run([*command[:-4], "update", "-q"], capture_output=True)
        subprocess.run(command, capture_output=True)
    return wrk_available()


ROTATING_SCRIPT = """
paths = {%s}
counter = 0
request = function()
    counter = counter + 1
    return wrk.format("GET", paths[(counter %% #paths) + 1])
end
"""
# wrk --latency prints p50/75/90/99 only; the p95 comes from the script's summary hook.
PERCENTILE_SCRIPT = """
done = function(summary, latency, requests)
    io.write(string.format("p95 latency: %d us\\n", latency:percentile(95)))
end
"""


def _number(text, unit=""):
    value = float(text)
    return value * {"k": 1e3, "M": 1e6, "": 1}.get(unit, 1)


def wrk(base_url, path, seconds, connections, threads=1, rotate=None):
    """Requests per second (and latency percentiles) of `wrk` against one URL or a rotation."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)  # noqa: SIM115
    if rotate:
        script.write(ROTATING_SCRIPT % ", ".join(json.dumps(p) for p in rotate))
    script.write(PERCENTILE_SCRIPT)
    script.close()
    command += ["-s", script.name, base_url + path]
    try:
        output = subprocess.run(
            command, capture_output=True, text=True, timeout=seconds + 60
        ).stdout
    finally:
        Path(script.name).unlink()
    result = {"raw": output.strip().splitlines()[-12:]}
    if found := re.search(r"Requests/sec:\s+([\d.]+)", output):
        result["requests_per_second"] = round(float(found.group(1)), 1)
    if found := re.search(r"(\d+) requests in", output):
        result["requests"] = int(found.group(1))
    if found := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output):
        result["non_2xx"] = int(found.group(1))
    if found := re.search(r"Socket errors: (.*)", output):
        result["socket_errors"] = found.group(1)
    if found := re.search(r"p95 latency: (\d+) us", output):
        result["p95_ms"] = round(int(found.group(1)) / 1000, 2)
    for percent in ("50", "90", "99"):
        if found := re.search(rf"\s{percent}%\s+([\d.]+)(us|ms|s)", output):
            value, unit = float(found.group(1)), found.group(2)
            result[f"p{percent}_ms"] = round(value * {"us": 0.001, "ms": 1, "s": 1000}[unit], 2)
    return result
