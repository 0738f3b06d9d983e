# The few commands people type. `make demo` and `make test` work on a fresh
# machine with Python >= 3.11 and npm.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: demo test install install-dev assets lint migrate seed serve messages bench drill clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

# The IMS Open Badges validator for the badge tests lives in its own venv: its
# pins (PyLD 0.7) clash with ours (requirements-badges-validator.txt says why).
VALIDATOR_VENV := var/badges-validator-venv
$(VALIDATOR_VENV)/.installed: requirements-badges-validator.txt
	$(PYTHON) -m venv $(VALIDATOR_VENV)
	$(VALIDATOR_VENV)/bin/pip install --quiet --no-deps -r requirements-badges-validator.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

install: $(VENV)/.installed assets
install-dev: $(VENV)/.installed-dev $(VALIDATOR_VENV)/.installed assets
assets: node_modules/.installed

migrate: install
	$(MANAGE) migrate --noinput

seed: migrate
	$(MANAGE) seed_demo

# The demo's port (`make demo PORT=8001`). Links in mails and badges come from
# SITE_URL, which follows the port unless it is set in the environment.
PORT ?= 8000
demo: export SITE_URL ?= http://127.0.0.1:$(PORT)

## Install, migrate, load the demo content and serve on http://127.0.0.1:$(PORT) (default 8000)
demo: seed
	@echo "Kohtaamo demo: http://127.0.0.1:$(PORT)  (links in mails: $$SITE_URL; logins in README.md; mail lands in var/mail/)"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Test processes: one per core (`make test TEST_WORKERS=0` runs in one process).
TEST_WORKERS ?= auto

## Lint, Django checks, migrations check, then every test (unit and browser)
test: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=training.settings.test $(BIN)/python manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=training.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest --create-db -n $(TEST_WORKERS) --dist loadgroup

## Recompile translation catalogues after editing locale/*/LC_MESSAGES/django.po
messages: install-dev
	$(MANAGE) makemessages --locale fi --locale sv --locale ar --locale fa --locale prs --locale ckb --locale so --locale ru --locale uk --no-obsolete --ignore '.venv/*' --ignore 'node_modules/*' --ignore 'staticfiles/*' --ignore 'var/*' --ignore 'tests/*'
	$(MANAGE) compilemessages --ignore '.venv/*' --ignore 'node_modules/*'

## Load benchmark (see docs/performance.md)
bench: install-dev
	$(BIN)/python bench/load.py

## The production topology on this machine (haproxy, 2 gunicorn, worker, private PostgreSQL and Redis) and its checks (docs/operations.md "Drill")
drill: install-dev
	$(BIN)/python deploy/drill.py

clean:
	rm -rf $(VENV) node_modules staticfiles
