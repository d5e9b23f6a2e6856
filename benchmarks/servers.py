"""The servers the benchmark measures, all under gunicorn with the same worker settings.

- the site itself (production settings, a copy of the demo database, PAGE_CACHE_ENABLED on or
  off, the database or Elasticsearch search);
- a minimal Django project with one view rendering a short template;
- the home page of a fresh `wagtail start` project.
The two reference projects are made in a temporary folder with the same virtualenv.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
BENCHMARK_SECRET = "benchmark-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"


class GunicornServer:
    """One gunicorn master and its workers, started and stopped by the benchmark."""

    def __init__(self, name, app, port, env, chdir, workers=2, log_path=None, venv_bin=VENV_BIN):
        self.name, self.app, self.port, self.env = name, app, port, env
        self.chdir, self.workers = Path(chdir), workers
        self.log_path = log_path
        self.venv_bin = Path(venv_bin)  # another project's virtualenv (benchmarks/bakerydemo.py)
        self.process = None

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, ready_path="/", timeout=60):
        command = [
            str(self.venv_bin / "gunicorn"),
            self.app,
            "--chdir",
            str(self.chdir),
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(self.workers),
            "--worker-class",
            "sync",
            "--log-level",
            "warning",
            "--timeout",
            "120",
        ]
        log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(
            command,
            cwd=self.chdir,  # the reference projects have their own `home` and `search` apps
            env=self.env,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        try:
            self._wait_until_ready(ready_path, timeout)
        except BaseException:
            self.stop()  # never leave a server behind on the port
            raise
        return self

    def _wait_until_ready(self, ready_path, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name}: gunicorn exited (see {self.log_path})")
            try:
                with urllib.request.urlopen(self.base_url + ready_path, timeout=30) as response:
                    response.read()
                return
            except urllib.error.HTTPError as error:
                raise RuntimeError(f"{self.name}: {ready_path} answered {error.code}") from error
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        raise RuntimeError(f"{self.name}: not answering after {timeout} s")

    def worker_pids(self):
        if self.process is None:
            return []
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return [int(pid) for pid in children.read_text().split()]
        except OSError:
            return []

    def worker_rss_mb(self):
        sizes = []
        for pid in self.worker_pids():
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        sizes.append(round(int(line.split()[1]) / 1024, 1))
            except OSError:
                pass
        return sizes

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)  # gunicorn stops its workers, then itself
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


class VarnishServer:
    """scripts/varnish (deploy/varnish.vcl) in front of one of the benchmark's servers."""

    def __init__(self, name, backend, port, admin_port, log_path):
        self.name, self.backend, self.port = name, backend, port
        self.env = os.environ | {"VARNISH_PORT": str(port), "VARNISH_ADMIN_PORT": str(admin_port)}
        self.log_path = log_path
        self.started = False

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"

    def _script(self, *arguments):
        script = REPOSITORY / "scripts" / "varnish"
        run_quietly([script, *arguments], self.env, REPOSITORY, self.log_path, timeout=300)

    def start(self, ready_path="/", timeout=30):
        self._script("start", f"127.0.0.1:{self.backend.port}")
        self.started = True
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.base_url + ready_path, timeout=30) as response:
                    response.read()
                return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"{self.name}: not answering after {timeout} s")

    def stop(self, timeout=10):
        if not self.started:
            return
        self._script("stop")
        self.started = False
        # varnishd's child closes the port a moment later; a request cut short while it goes
        # is no proof that the port is closed (CI saw it still open), a refused connection is.
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                probe.settimeout(1)
                if probe.connect_ex(("127.0.0.1", self.port)) != 0:
                    return
            time.sleep(0.2)
        raise RuntimeError(f"{self.name}: still answering on {self.port} after stop")


def site_environment(
    work,
    *,
    database,
    cache_dir,
    page_cache,
    fragment_cache=True,
    elasticsearch_url="",
    prefix="",
    page_cache_dependencies=True,
):
    """Production settings (config.settings.production) as a deployment sets them."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(
            (
                "ELASTICSEARCH_",
                "PAGE_CACHE_",
                "FRAGMENT_CACHE_",
                "DJANGO_",
                "DATABASE_",
                "REDIS_",
                "HTTP_CACHE_",
            )
        )
    }
    env |= {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": BENCHMARK_SECRET,
        "DATABASE_URL": f"sqlite:///{database}",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(work / "static"),
        "MEDIA_ROOT": str(work / "media"),
        "CACHE_DIR": str(cache_dir),
        "PAGE_CACHE_ENABLED": "1" if page_cache else "0",
        "FRAGMENT_CACHE_ENABLED": "1" if fragment_cache else "0",
        "PAGE_CACHE_DEPENDENCIES": "1" if page_cache_dependencies else "0",
        "LOG_LEVEL": "ERROR",
        "PYTHONPATH": f"{REPOSITORY}:{REPOSITORY / 'site'}",
    }
    if elasticsearch_url:
        env |= {
            "ELASTICSEARCH_URL": elasticsearch_url,
            "ELASTICSEARCH_INDEX_PREFIX": prefix,
            # Measure Elasticsearch, not the fall-back to the database.
            "ELASTICSEARCH_SEARCH_TIMEOUT": "30",
        }
    return env


def site_server(name, port, env, workers, log_path):
    return GunicornServer(
        name, "config.wsgi:application", port, env, REPOSITORY / "site", workers, log_path
    )


def run_quietly(command, env, cwd, log_path, timeout=900):
    with open(log_path, "ab") as log:
        subprocess.run(
            command, env=env, cwd=cwd, stdout=log, stderr=log, check=True, timeout=timeout
        )


# The two reference projects --------------------------------------------------------------------

MINIMAL_VIEW = """from django.shortcuts import render


def hello(request):
    return render(request, "hello.html", {"name": "visitor"})
"""
MINIMAL_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Hello</title></head>
<body><h1>Hello, {{ name }}</h1><p>A minimal Django view returning a short template.</p></body>
</html>
"""


def _reference_env(settings_module, folder):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    env |= {"DJANGO_SETTINGS_MODULE": settings_module, "PYTHONPATH": str(folder)}
    return env


def make_minimal_django(folder, log_path):
    """`django-admin startproject` with one view rendering a short template, DEBUG off."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    env = _reference_env("minimal.settings", folder)
    run_quietly(
        [str(VENV_BIN / "django-admin"), "startproject", "minimal", str(folder)],
        env,
        folder,
        log_path,
    )
    package = folder / "minimal"
    (package / "views.py").write_text(MINIMAL_VIEW)
    (package / "templates").mkdir()
    (package / "templates" / "hello.html").write_text(MINIMAL_TEMPLATE)
    settings = package / "settings.py"
    settings.write_text(
        settings.read_text()
        .replace("DEBUG = True", "DEBUG = False")
        .replace("ALLOWED_HOSTS = []", "ALLOWED_HOSTS = ['127.0.0.1', 'localhost']")
        .replace("'DIRS': []", "'DIRS': [BASE_DIR / 'minimal' / 'templates']")
        .replace('"DIRS": []', '"DIRS": [BASE_DIR / "minimal" / "templates"]')
    )
    urls = package / "urls.py"
    urls.write_text(
        urls.read_text()
        .replace(
            "from django.urls import path",
            "from django.urls import path\n\nfrom minimal.views import hello",
        )
        .replace(
            "path('admin/', admin.site.urls),",
            "path('admin/', admin.site.urls),\n    path('', hello),",
        )
        .replace(
            'path("admin/", admin.site.urls),',
            'path("admin/", admin.site.urls),\n    path("", hello),',
        )
    )
    return env


def make_wagtail_start(folder, log_path):
    """`wagtail start` with its production settings, migrated, static files collected."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    env = _reference_env("freshsite.settings.production", folder)
    run_quietly(
        [str(VENV_BIN / "wagtail"), "start", "freshsite", str(folder)], env, folder, log_path
    )
    (folder / "freshsite" / "settings" / "local.py").write_text(
        f"SECRET_KEY = {BENCHMARK_SECRET!r}\nALLOWED_HOSTS = ['127.0.0.1', 'localhost']\n"
    )
    python = str(VENV_BIN / "python")
    run_quietly([python, "manage.py", "migrate", "--no-input"], env, folder, log_path)
    run_quietly([python, "manage.py", "collectstatic", "--no-input"], env, folder, log_path)
    return env


def reference_server(name, folder, app, port, env, workers, log_path):
    return GunicornServer(name, app, port, env, folder, workers, log_path)
