"""Settings shared by every environment; the environment decides the rest.

Every value that differs between a laptop and production is read from an environment variable
(DATABASE_URL, ELASTICSEARCH_URL, SECRET_KEY, ...), so production.py only tightens security.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
import dj_email_url

BASE_DIR = Path(__file__).resolve().parents[3]


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "insecure-development-key-change-me")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]

INSTALLED_APPS = [
    "contributions",
    "home",
    "stories",
    "toolkits",
    "policies",
    "atlas",
    "search",
    "caching",
    "translations",
    "taxonomy",
    "base",
    "glossary",
    "navigation",
    "general",
    "workinggroups",
    "organisations",
    "events",
    "campaigns",
    "wagtail.contrib.routable_page",
    "background",
    "access",
    "django_tasks",
    "django_tasks_db",
    "seo",
    "feeds",
    "opendata",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's LocaleMiddleware, without its language redirect for the admin and files.
    "base.middleware.LanguagePrefixMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Wagtail's site lookup, kept per content version (one query less per page).
    "caching.site_lookup.SiteLookupMiddleware",
    # The private sections, read once per content version, not at every .public() (7 queries).
    "caching.view_restrictions.ViewRestrictionsMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Sign-in throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords, the account and,
# separately, the IP address are locked for AXES_COOLOFF_TIME. The same holds for page privacy
# passwords (access/views.py). Unlock: `manage.py axes_reset_username NAME`, `axes_reset_ip IP`
# or `axes_reset`.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "access/lockout.html"
# Behind PROXY_COUNT reverse proxies the visitor's address is read from X-Forwarded-For
# (django-ipware); without one, from the connection only, so that no client can forge it.
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "0")) or None
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if AXES_IPWARE_PROXY_COUNT else ["REMOTE_ADDR"]
)
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "access/password_required.html"
# Members sign in on the public site (contributions/urls.py, Django's own views, throttled by
# django-axes as above); pages restricted to signed-in people send visitors there too.
LOGIN_URL = "contributions:login"
LOGIN_REDIRECT_URL = "contributions:mine"
LOGOUT_REDIRECT_URL = "/"

# Contributions (contributions/): limits against abuse.
CONTRIBUTIONS_PER_ACCOUNT_PER_DAY = int(os.environ.get("CONTRIBUTIONS_PER_ACCOUNT_PER_DAY", "5"))
CONTRIBUTIONS_PER_ADDRESS_PER_HOUR = int(os.environ.get("CONTRIBUTIONS_PER_ADDRESS_PER_HOUR", "10"))
CONTRIBUTION_MAX_FILE_BYTES = int(os.environ.get("CONTRIBUTION_MAX_FILE_BYTES", 20 * 1024 * 1024))

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite next to the code unless DATABASE_URL says otherwise (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=600
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the background worker write to one file: write transactions take the
    # lock when they begin (a reader that upgrades later would fail at once with "database is
    # locked"), readers never wait for writers (WAL), and a writer waits up to 20 s for another.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The network's four working languages; English is the source language of the content.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("pt", "Português"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The site's Portuguese is Brazilian: Django's, Wagtail's and wagtail-localize's own strings
# come from their pt_BR catalogues too (compat/django.py). The language code stays "pt" (ISO
# 639-1, as in the addresses, hreflang, the documents' languages and the search's analysers):
# one Portuguese version serves the network's members in Brazil and in Lusophone Africa.
CATALOGUE_LOCALES = {"pt": "pt_BR"}
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "collected-static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "SSE Policy Exchange"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")

# Open data (opendata/): where the export is written, the addresses in it, and its licence.
OPEN_DATA_ROOT = Path(os.environ.get("OPEN_DATA_ROOT", MEDIA_ROOT / "open-data"))
OPEN_DATA_BASE_URL = os.environ.get("OPEN_DATA_BASE_URL", "")  # empty: WAGTAILADMIN_BASE_URL
OPEN_DATA_LICENCE = {
    "name": os.environ.get("OPEN_DATA_LICENCE_NAME", "CC BY 4.0"),
    "url": os.environ.get("OPEN_DATA_LICENCE_URL", "https://creativecommons.org/licenses/by/4.0/"),
}
OPEN_DATA_REGENERATE_ON_PUBLISH = env_bool("OPEN_DATA_REGENERATE_ON_PUBLISH", True)
WAGTAILDOCS_DOCUMENT_MODEL = "toolkits.ToolkitDocument"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "pptx", "odp", "epub", "csv", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail's admin search stays on the database: Wagtail's Elasticsearch backend needs the
# analysis-common module, which the Elasticsearch distribution on Maven Central lacks. The
# visitors' exchange search uses Elasticsearch when ELASTICSEARCH_URL is set (search/engines/).
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "sse-exchange",
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Outgoing mail from EMAIL_URL (dj-email-url): submission://user:password@host:587 (STARTTLS),
# smtp://host:465?ssl=True, console://. Without it, SMTP on localhost:25; production.py warns.
EMAIL_URL = os.environ.get("EMAIL_URL", "")
if EMAIL_URL:
    vars().update(dj_email_url.parse(EMAIL_URL))
# Every message is first stored as a background task (background/mail.py), then the worker
# hands it to EMAIL_DELIVERY_BACKEND and retries while the mail server fails.
EMAIL_DELIVERY_BACKEND = vars().get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_BACKEND = "background.mail.QueuedEmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

COUNTRIES_FIRST_BREAK = None
LISTING_PAGE_SIZE = 12

# The toolkit exchange's own Elasticsearch index (search/engines/elasticsearch.py).
ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "sse_exchange")
# A visitor's search falls back to the database after this many seconds.
ELASTICSEARCH_SEARCH_TIMEOUT = float(os.environ.get("ELASTICSEARCH_SEARCH_TIMEOUT", "1.5"))
ELASTICSEARCH_INDEXING_TIMEOUT = float(os.environ.get("ELASTICSEARCH_INDEXING_TIMEOUT", "5"))
# How often the background worker compares Elasticsearch with the pages and repairs it.
SEARCH_RECONCILIATION_SECONDS = int(os.environ.get("SEARCH_RECONCILIATION_SECONDS", "300"))

# Background work (background/queue.py): tasks stored in the database by django-tasks-db and
# run by `manage.py background_worker`; enqueued in the transaction of the change they follow.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# Machine translation in wagtail-localize's editor: DeepL when DEEPL_API_KEY is set (a key
# ending in ":fx" uses DeepL's free API), otherwise the offline dummy translator, which reverses
# the words (development and tests). translations/machine.py tells visitors which pages
# still show machine translation.
DEEPL_API_KEY = os.environ.get("DEEPL_API_KEY", "")
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY, "TIMEOUT": 30},
    }
else:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
    }
# A page submitted for translation goes live in the new language only when its source is live.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = True

# --- Uploads, document serving and Content-Security-Policy ---------------------------------
# (toolkits/forms.py, toolkits/upload_checks.py, toolkits/wagtail_hooks.py,
# config/security_headers.py.) Size limits: WAGTAILDOCS_MAX_UPLOAD_SIZE and the WAGTAILIMAGES_
# limits above, enforced by Wagtail's upload fields.

# Every document form (single and multiple upload, chooser, edit) checks what the file really is.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "toolkits.forms.ToolkitDocumentForm"
# Documents go through Django, so private collections hold, and always as downloads: no
# uploaded file is ever rendered by a browser as a page of the site.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
# Admin avatars without sending editors' e-mail hashes to a third party (nor widening the CSP).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

INSTALLED_APPS += ["csp"]
# Early in the list, so that it sees the final response of every other middleware.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "config.security_headers.SecurityHeadersMiddleware",
)


def _inline_style_hashes(*template_names):
    """CSP hashes of the <style> elements of templates that must work without static files."""
    import base64
    import hashlib
    import re

    hashes = []
    for name in template_names:
        path = BASE_DIR / "templates" / name
        if path.exists():
            for style in re.findall(r"<style>(.*?)</style>", path.read_text(), re.S):
                digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
                hashes.append(f"'sha256-{digest}'")
    return hashes


# Video embeds (base/blocks.py) come from these players.
CSP_EMBED_FRAME_SOURCES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
# The public site: no inline script, no inline style attribute, nothing from elsewhere but video.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", *_inline_style_hashes("500.html")],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "frame-src": CSP_EMBED_FRAME_SOURCES,
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
        "frame-ancestors": ["'none'"],
    },
}
# Wagtail's admin runs inline scripts, `new Function` (core.js) and inline styles, and frames
# its own page previews.
CONTENT_SECURITY_POLICY_ADMIN = {
    "URL_PREFIXES": ("/admin/",),
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        # Wagtail's admin asks for news of its own releases.
        "connect-src": ["'self'", "https://releases.wagtail.org"],
        "frame-src": ["'self'", *CSP_EMBED_FRAME_SOURCES],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
        "frame-ancestors": ["'self'"],
    },
}

# --- Full-page cache for anonymous visitors (caching/page_cache.py) ---------------------------
# First, so a hit runs no other middleware, no view and no query: the security and CSP
# headers of a page are stored with it (they are the same for every visitor; a page with a CSP
# nonce is never stored), and an http:// request is never stored, so the HTTPS redirect holds.
# Invalidated by dependency (caching/dependencies.py): a publish makes stale the pages showing
# what changed. PAGE_CACHE_DEPENDENCIES=0 falls back to one site-wide version that every change
# renews (the benchmark's baseline).
MIDDLEWARE.insert(0, "caching.page_cache.PageCacheMiddleware")
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_DEPENDENCIES = env_bool("PAGE_CACHE_DEPENDENCIES", True)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 60 * 60))
# The HTTP caches in front (Varnish) purged by dependency tag (caching/http_cache.py):
# comma-separated addresses, e.g. http://127.0.0.1:6081/
HTTP_CACHE_PURGE_URLS = [u for u in os.environ.get("HTTP_CACHE_PURGE_URLS", "").split(",") if u]
# Parts of pages kept while what they show is unchanged, for what the page cache does not serve
# (caching/templatetags/fragment_cache.py).
FRAGMENT_CACHE_ENABLED = env_bool("FRAGMENT_CACHE_ENABLED", True)
# What identifies the code in the keys of cached pages (caching/release.py): the deploy's, e.g.
# the commit it installs, or else a digest of the checkout's rendering files.
RELEASE = os.environ.get("RELEASE", "")
# The cache must be shared by every worker process, or one worker's invalidation misses the
# others: production's file cache is; the local-memory "default" here is right for one process.
PAGE_CACHE_ALIAS = "default"
# Pages are about 40 kB: room for a thousand pages and search URLs (Django's default is 300).
CACHES["default"].setdefault("OPTIONS", {}).setdefault("MAX_ENTRIES", 1000)
