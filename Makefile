# SSE Policy Exchange: set-up, run and test. `make help` lists the targets.
#
# A fresh machine needs only `make run` (the site with demo content on http://127.0.0.1:8000/)
# and `make test` (lint and the test suite). Both build .venv/ from requirements.lock first.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules

VENV := .venv
PYTHON := $(VENV)/bin/python
UV := $(VENV)/bin/uv
UV_VERSION := 0.13.9
# Touched after each sync, so the venv is re-synced only when requirements.lock changes (named
# after what the sync does: a venv synced without compiling bytecode is synced again).
SYNCED := $(VENV)/.synced-bytecode
HOST_PORT ?= 127.0.0.1:8000
DEV_SETTINGS := config.settings.dev
# apt-get needs root; use sudo when make runs as anyone else.
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
# Translations of our own code (locale/ or <app>/locale/), never those of installed packages.
PO_FILES = $(shell find . \( -path ./$(VENV) -o -path ./.cache -o -path ./node_modules \) -prune \
	-o -name '*.po' -print)

.PHONY: help venv lock run demo migrate translations gettext machine-translation browser-deps test lint imports \
	format clean

help: ## List the targets
	@echo "Usage: make <target>"
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-14s %s\n", $$1, $$2}' \
		$(MAKEFILE_LIST)

# --- Python environment ---------------------------------------------------------------------

$(PYTHON):
	python3 -m venv $(VENV)

# The stamp names the version, so changing UV_VERSION installs the new uv.
$(VENV)/.uv-$(UV_VERSION): | $(PYTHON)
	$(PYTHON) -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"
	rm -f $(VENV)/.uv-*
	touch $@

# uv checks every package against the hashes in requirements.lock. Bytecode is compiled here:
# where PYTHONDONTWRITEBYTECODE is set, every process (manage.py commands, the test suite's
# servers and scripts) would otherwise compile Wagtail and Django from source, 3 s each.
$(SYNCED): requirements.lock $(VENV)/.uv-$(UV_VERSION)
	$(UV) pip sync --python $(PYTHON) --require-hashes --compile-bytecode requirements.lock
	touch $@

venv: $(SYNCED) ## Create .venv/ and install the locked dependencies (only when the lock changed)

lock: $(VENV)/.uv-$(UV_VERSION) ## Regenerate requirements.lock from pyproject.toml (keeps current pins)
	$(UV) pip compile --quiet pyproject.toml --group dev --generate-hashes --python-version 3.11 \
		-o requirements.lock

# --- Running the site -----------------------------------------------------------------------

# The background worker (search indexing, file text, scheduled publishing) runs beside the web
# server, each in a process group of its own (setsid) with its reloader's child; when either
# stops (Ctrl-C, a crash), both groups are stopped.
run: venv translations machine-translation migrate demo ## Serve the site with demo content on http://127.0.0.1:8000/, and its worker
	@export DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS); \
	setsid $(PYTHON) manage.py background_worker & worker=$$!; \
	setsid $(PYTHON) manage.py runserver $(HOST_PORT) & web=$$!; \
	stop() { kill -TERM -- -$$worker -$$web 2>/dev/null || true; wait || true; }; \
	trap stop EXIT; trap 'exit 130' INT TERM; \
	wait -n

migrate: venv ## Apply database migrations (SQLite db.sqlite3 unless DATABASE_URL is set)
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PYTHON) manage.py migrate --no-input

demo: venv migrate ## Load the demo content and users (idempotent)
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PYTHON) manage.py load_demo

translations: venv ## Compile the .po files into .mo files (installs gettext when needed)
	@if [ -z "$(PO_FILES)" ]; then echo "No translations to compile."; else \
		$(MAKE) --no-print-directory gettext && \
		DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PYTHON) manage.py compilemessages \
			--ignore=$(VENV) --ignore=.cache --ignore=node_modules; \
	fi

gettext: ## Install gettext (msgfmt) from Debian if it is missing
	@command -v msgfmt >/dev/null || { \
		echo "Installing gettext (needed by compilemessages)"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends gettext; }

# The search translates a visitor's words into the site's other languages with Apertium
# (search/word_translation.py). Debian's pairs: English, French and Portuguese with Spanish.
APERTIUM_PAIRS := apertium-eng-spa apertium-fr-es apertium-es-pt
APERTIUM_MODES := $(addprefix /usr/share/apertium/modes/,spa-eng.mode eng-spa.mode fr-es.mode \
	es-fr.mode pt-es.mode es-pt.mode)

machine-translation: ## Install Apertium's English, French and Portuguese pairs with Spanish from Debian if missing
	@ls $(APERTIUM_MODES) >/dev/null 2>&1 || { \
		echo "Installing Apertium's translation pairs (the search translates query words)"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
			$(APERTIUM_PAIRS); }

# --- Quality --------------------------------------------------------------------------------

# scripts/test starts the services the tests need (Elasticsearch, Redis) and stops them however pytest
# ends; extra arguments go to pytest: make test PYTEST_ARGS='-k stories -x'.
test: venv lint imports translations machine-translation browser-deps ## Lint, check the import contracts, then run the test suite (starts Elasticsearch and Redis)
	scripts/test $(PYTEST_ARGS)

browser-deps: ## Install what the browser tests need when missing: Debian's Chromium, axe-core (npm)
	scripts/browser-deps

lint: venv ## Check the code with ruff (lint rules and formatting)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# The contracts are in pyproject.toml ([tool.importlinter]); site/ holds the `config` package.
imports: venv ## Check that dependencies run one way (import-linter contracts)
	PYTHONPATH=site:. $(VENV)/bin/lint-imports --no-cache

format: venv ## Fix what ruff can fix and format the code
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean: ## Remove .venv/, caches, collected static files and compiled translations (keeps db.sqlite3, media/, .cache/)
	rm -rf $(VENV) .pytest_cache .ruff_cache collected-static
	find . \( -path ./.cache -o -path ./node_modules \) -prune -o \
		\( -name __pycache__ -type d -o -name '*.mo' -type f \) -print0 | xargs -0 rm -rf
