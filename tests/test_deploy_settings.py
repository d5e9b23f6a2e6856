"""Production settings: secrets from the environment, unsafe values refuse to start, and
`manage.py check --deploy` finds nothing. Also the Content-Security-Policy the templates must
live with, and the audit of the locked dependencies for known vulnerabilities.

Production settings are loaded in a child process, each with its own environment: settings
are read once per process.
"""

import base64
import hashlib
import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
SAFE_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(64),
    "DATABASE_URL": "sqlite:////tmp/sse-exchange-deploy-check.sqlite3",
    "ALLOWED_HOSTS": "sse.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://sse.example.org",
    "EMAIL_URL": "submission://exchange:mail-password@mail.example.org:587",
}


def run_in_production(code="", *, command=None, before_setup="", **environment):
    """Run Python code (or a manage.py command) with production settings in a child process."""
    env = {k: v for k, v in os.environ.items() if k not in SAFE_ENVIRONMENT and k != "DEBUG"}
    env |= SAFE_ENVIRONMENT
    for name, value in environment.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    if command is not None:
        arguments = [PYTHON, "manage.py", *command]
    else:
        setup = "import sys; sys.path[:0] = ['site', '.']\n" + before_setup
        setup += "import django; django.setup()\n"
        arguments = [PYTHON, "-c", setup + code]
    return subprocess.run(arguments, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


DEVELOPMENT_LIBRARIES = {"factory", "wagtail_factories", "reportlab", "faker"}
REFUSE_DEVELOPMENT_LIBRARIES = f"""
class RefuseDevelopmentLibraries:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {DEVELOPMENT_LIBRARIES!r}:
            raise ImportError(name + " is a development library (dev group)")
sys.meta_path.insert(0, RefuseDevelopmentLibraries())
"""
# Modules only the factories, the demo and the tests import.
FOR_DEVELOPMENT = (".factories", ".generated_documents")
IMPORT_EVERY_MODULE_OF_THE_SITE = f"""
import importlib, pkgutil, pathlib
from django.apps import apps
import config.urls, config.wsgi
here = pathlib.Path.cwd()
project = [app for app in apps.get_app_configs() if pathlib.Path(app.path).parent == here]
modules = []
for app in project:
    for module in pkgutil.walk_packages([app.path], app.name + "."):
        if ".migrations." not in module.name and not module.name.endswith({FOR_DEVELOPMENT!r}):
            importlib.import_module(module.name)
            modules.append(module.name)
print(sorted(app.label for app in project), len(modules))
"""


def test_the_production_site_needs_no_development_library():
    """Factories, the demo and generated PDF files are for development: production runs,
    and imports every module of its apps, without factory-boy, wagtail-factories or reportlab."""
    result = run_in_production(
        IMPORT_EVERY_MODULE_OF_THE_SITE, before_setup=REFUSE_DEVELOPMENT_LIBRARIES
    )

    assert result.returncode == 0, result.stderr
    labels = result.stdout.split("]")[0]
    assert "'demo'" not in labels and "'caching'" in labels and "'home'" in labels
    assert int(result.stdout.split("]")[1]) > 40


def test_check_deploy_reports_nothing():
    result = run_in_production(command=["check", "--deploy", "--fail-level", "WARNING"])

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_without_mail_is_warned_and_mail_comes_from_email_url():
    result = run_in_production(command=["check"], EMAIL_URL=None)
    assert result.returncode == 0, result.stderr
    assert "config.W001" in result.stderr + result.stdout
    assert "set EMAIL_URL" in result.stderr + result.stdout

    result = run_in_production(
        "from django.conf import settings as s; "
        "print(s.EMAIL_DELIVERY_BACKEND, s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_USE_TLS, "
        "s.EMAIL_HOST_USER, s.EMAIL_BACKEND)"
    )
    assert result.stdout.split() == [
        "django.core.mail.backends.smtp.EmailBackend",
        "mail.example.org",
        "587",
        "True",
        "exchange",
        "background.mail.QueuedEmailBackend",
    ]


@pytest.mark.parametrize(
    ("environment", "message"),
    [
        ({"DEBUG": "1"}, "DEBUG must be off"),
        ({"DEBUG": "true"}, "DEBUG must be off"),
        ({"SECRET_KEY": None}, "Set SECRET_KEY"),
        ({"SECRET_KEY": "insecure-development-key-change-me"}, "Set SECRET_KEY"),
        ({"SECRET_KEY": "django-insecure-" + "x" * 60}, "Set SECRET_KEY"),
        ({"SECRET_KEY": "too-short-but-random-8f3a"}, "Set SECRET_KEY"),
        ({"SECRET_KEY": "a" * 80}, "Set SECRET_KEY"),
        ({"DATABASE_URL": None}, "Set DATABASE_URL"),
    ],
)
def test_unsafe_environments_refuse_to_start(environment, message):
    result = run_in_production(command=["check"], **environment)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_secrets_come_from_the_environment():
    result = run_in_production(
        "from django.conf import settings\n"
        "print(settings.SECRET_KEY, settings.DATABASES['default']['NAME'], settings.DEBUG)"
    )

    assert result.stdout.split() == [
        SAFE_ENVIRONMENT["SECRET_KEY"],
        "/tmp/sse-exchange-deploy-check.sqlite3",
        "False",
    ]


HEADERS_OF_A_RESPONSE = """
import json
from django.test import Client
client = Client(HTTP_HOST="sse.example.org")
secure = client.get("/language/fr/?next=/fr/", secure=True)
plain = client.get("/language/fr/?next=/fr/")
print(json.dumps({
    "secure": dict(secure.items()),
    "cookie": secure.cookies["django_language"].output(),
    "plain": [plain.status_code, plain.get("Location")],
}))
"""


def test_production_responses_carry_the_security_headers():
    result = run_in_production(HEADERS_OF_A_RESPONSE)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    headers = answer["secure"]

    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "upgrade-insecure-requests" in policy
    assert "unsafe-inline" not in policy
    assert "Secure" in answer["cookie"]
    # Plain HTTP is sent to HTTPS.
    assert answer["plain"] == [301, "https://sse.example.org/language/fr/?next=/fr/"]


# The Content-Security-Policy and the templates -------------------------------------------------


TEMPLATES = sorted((ROOT / "templates").rglob("*.html"))
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(ld\+)?json\")", re.I)
INLINE_HANDLER = re.compile(r"\son[a-z]+\s*=", re.I)
STYLE_ATTRIBUTE = re.compile(r"\sstyle\s*=", re.I)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: str(path.relative_to(ROOT)))
def test_templates_need_no_inline_script_nor_style_attribute(template):
    source = template.read_text()
    assert not INLINE_SCRIPT.search(source), "the public policy allows no inline script"
    assert not INLINE_HANDLER.search(source), "the public policy allows no on...= handler"
    assert not STYLE_ATTRIBUTE.search(source), "the public policy allows no style attribute"


def test_the_error_page_inline_style_is_allowed_by_its_hash():
    # templates/500.html must work without static files; its one <style> is allowed by hash.
    source = (ROOT / "templates" / "500.html").read_text()
    styles = re.findall(r"<style>(.*?)</style>", source, re.S)
    assert styles
    for style in styles:
        digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["style-src"]


def test_the_public_policy_is_strict_and_the_admin_one_relaxed():
    public = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    admin = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]

    assert public["default-src"] == ["'none'"]
    assert not any("unsafe" in value for values in public.values() for value in values)
    assert public["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" in admin["script-src"]
    assert "'unsafe-eval'" in admin["script-src"]  # Wagtail's core.js builds functions
    assert admin["frame-ancestors"] == ["'self'"]  # the preview panel frames the page


# Known vulnerabilities in the locked dependencies ------------------------------------------------


def test_no_known_vulnerability_in_the_locked_dependencies():
    """pip-audit asks PyPI's vulnerability data about every pinned package in the lock.

    Needs the network: when the vulnerability service cannot be reached, every package is
    reported as skipped, and this test is skipped (it never passes without auditing).
    """
    result = subprocess.run(
        [
            str(Path(PYTHON).with_name("pip-audit")),
            "--requirement",
            "requirements.lock",
            "--require-hashes",
            "--disable-pip",
            "--format",
            "json",
            "--progress-spinner",
            "off",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(result.stdout)
    dependencies = report["dependencies"]
    vulnerable = {
        f"{d['name']} {d['version']}": [v["id"] for v in d["vulns"]]
        for d in dependencies
        if d.get("vulns")
    }
    assert not vulnerable, f"known vulnerabilities: {vulnerable}"
    skipped = [d["name"] for d in dependencies if "skip_reason" in d]
    if len(skipped) == len(dependencies):
        pytest.skip("pip-audit could not reach a vulnerability service: nothing was audited")
    assert not skipped, f"not audited: {skipped}"
