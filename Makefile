# One entry point for everything a person or CI does. `make run` and `make test` are
# the two commands a newcomer needs; everything else is for working on the portal.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install lock messages db db-reset migrate demo run test lint format clean bench bench-quick wrk \
	lighthouse chromium backup restore resilience pdf-deps vnu

help:
	@echo "make run    serve the portal with demo content on http://127.0.0.1:$(PORT)/"
	@echo "make test   lint, check migrations and run the whole test suite"
	@echo "make backup / make restore FILE=…   pg_dump + media tarball, and back"
	@echo "make resilience   load, fault and soak scenarios (docs/reliability.md)"
	@echo "make lock   refresh requirements/*.lock after changing pyproject.toml"
	@echo "make lighthouse   Lighthouse mobile scores of home, a district, the directory"

# Installs exactly what requirements/dev.lock pins, every file checked against its
# hash; the project itself goes in last, editable and without dependencies (pip
# refuses an editable requirement among hashed ones).
$(VENV)/.installed: pyproject.toml requirements/dev.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements/dev.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

install: $(VENV)/.installed

# Refresh the lock files after changing the dependencies in pyproject.toml (pins
# that still fit are kept); `make lock UPGRADE=1` moves every pin to the newest
# release the ranges allow. dev.lock: runtime and every extra (make install, CI),
# resolved once; main.lock (runtime: the image) and s3.lock (runtime + the s3 extra:
# the image built with S3=1) take the same versions from it.
LOCK := $(BIN)/uv pip compile pyproject.toml --quiet --generate-hashes \
	--python-version 3.11 --python-platform x86_64-unknown-linux-gnu \
	--custom-compile-command "make lock" $(if $(UPGRADE),--upgrade)
lock:
	test -x $(BIN)/uv || ($(PYTHON) -m venv $(VENV) && \
		$(BIN)/pip install --quiet "uv>=0.5,<1")
	$(LOCK) --all-extras -o requirements/dev.lock
	$(LOCK) -c requirements/dev.lock -o requirements/main.lock
	$(LOCK) --extra s3 -c requirements/dev.lock -o requirements/s3.lock

# The downloadable profiles (WeasyPrint, apps/brochures) need Pango and HarfBuzz and
# the Simplified Chinese face Noto Sans CJK SC, from Debian's packages: installed
# when missing and this runs as root, otherwise a message says what to install.
PDF_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fontconfig fonts-noto-cjk
pdf-deps:
	@if ldconfig -p | grep -q libpangoft2-1.0 && ldconfig -p | grep -q libharfbuzz-subset \
		&& fc-list "Noto Sans CJK SC" | grep -q .; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing the PDF renderer's libraries and font: $(PDF_PACKAGES)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
			apt-get install -y -qq --no-install-recommends $(PDF_PACKAGES) >/dev/null; \
	else \
		echo "The PDF profiles need Pango, HarfBuzz and the Noto Sans CJK SC font:"; \
		echo "  sudo apt-get install $(PDF_PACKAGES)"; \
		exit 1; \
	fi

messages: install
	$(PY) manage.py compilemessages --ignore=.venv --verbosity 0

db: install
	$(PY) manage.py ensure_db

# Drop and recreate the database at DATABASE_URL, then migrate and load the demo
# (after the migration history changed, e.g. the one-migration-per-app reset).
db-reset: install
	$(PY) manage.py ensure_db --recreate
	$(MAKE) demo

migrate: db
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo

run: messages demo pdf-deps
	$(PY) manage.py ensure_demo_admin
	@echo "Site:  http://127.0.0.1:$(PORT)/"
	@echo "Admin: http://127.0.0.1:$(PORT)/admin/"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The Nu HTML Checker (vnu.jar) from npm, as devtools/vnu/package-lock.json pins
# it, for tests/site/test_html_valid.py. Its install script (which would fetch a
# Java) is skipped: Debian's Java 17 runs it. Without npm the test skips (CI has npm).
VNU_JAR := devtools/vnu/node_modules/vnu-jar/build/dist/vnu.jar
$(VNU_JAR): devtools/vnu/package.json devtools/vnu/package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing: the HTML check will skip"; exit 0; }; \
		npm ci --prefix devtools/vnu --ignore-scripts --no-audit --no-fund --loglevel error && touch $@

vnu: $(VNU_JAR)

test: messages db lint pdf-deps vnu
	$(PY) manage.py makemigrations --check --dry-run
	$(BIN)/pytest

# The production server on bulk synthetic data, measured with wrk (installed from
# Debian's packages when missing).
wrk:
	@command -v wrk >/dev/null || (apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null)

bench: messages db wrk
	$(PY) devtools/bench/run.py

bench-quick: messages db wrk
	$(PY) devtools/bench/run.py --quick

chromium:
	@[ -x /usr/bin/chromium ] || (apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

devtools/lighthouse/node_modules/.installed: devtools/lighthouse/package-lock.json
	cd devtools/lighthouse && npm ci --no-audit --no-fund --loglevel=error
	touch $@

lighthouse: messages db chromium devtools/lighthouse/node_modules/.installed
	$(PY) devtools/lighthouse/run.py

backup: install
	$(PY) devtools/resilience/backup.py backup

# make restore FILE=backups/<db>-<stamp>.dump [RESTORE_DATABASE=name]
restore: install
	@test -n "$(FILE)" || (echo "usage: make restore FILE=backups/<db>-<stamp>.dump"; exit 2)
	$(PY) devtools/resilience/backup.py restore "$(FILE)"

# Load, fault and soak scenarios against a local gunicorn (loopback only); writes
# docs/reliability.md. SOAK_SECONDS (default 240) bounds the soak.
resilience: messages db
	$(PY) devtools/resilience/run.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
