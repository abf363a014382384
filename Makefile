# fragc's tasks. `make help` lists them; each target's `##` comment is its help line.
#
# `make setup` runs scripts/bootstrap.sh once per change of the packaging files (a
# stamp in build/ remembers), and always rebuilds the JS runtime (esbuild: a second).

PYTHON ?= python3
export PYTHON
EXAMPLE ?= seed_counters
PORT ?= 8000
BENCH_ARGS ?=

SETUP_STAMP := build/.setup-stamp
SETUP_INPUTS := pyproject.toml setup.py MANIFEST.in scripts/bootstrap.sh runtime_js/package.json runtime_js/package-lock.json

.DEFAULT_GOAL := help
.PHONY: help setup runtime build serve dev check lint typecheck test test-py test-js e2e bench bench-dev schema clean

help: ## list the tasks
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(SETUP_STAMP): $(SETUP_INPUTS)
	bash scripts/bootstrap.sh
	@mkdir -p $(dir $@) && touch $@

setup: $(SETUP_STAMP) runtime ## install fragc and its tools (idempotent; fresh Debian machine ok)

runtime: $(SETUP_STAMP) ## rebuild the JS runtime (runtime_js/dist)
	cd runtime_js && npm run build

build: setup ## build examples/$(EXAMPLE) into dist/$(EXAMPLE)
	$(PYTHON) -m fragc build examples/$(EXAMPLE)/app.py -o dist/$(EXAMPLE)

serve: build ## build and serve an example: make serve EXAMPLE=seed_counters [PORT=8000]
	$(PYTHON) -m fragc serve dist/$(EXAMPLE) --port $(PORT)

dev: setup ## build, serve and watch an example; the page reruns it on save: make dev EXAMPLE=...
	$(PYTHON) -m fragc dev examples/$(EXAMPLE)/app.py --port $(PORT)

lint: ## ruff (lint and format check)
	$(PYTHON) -m ruff check .
	$(PYTHON) -m ruff format --check .

typecheck: ## mypy (strict on compiler/fragc) and tsc (the runtime's JSDoc types, nothing emitted)
	$(PYTHON) -m mypy
	cd runtime_js && npm run typecheck

check: lint typecheck ## static checks: ruff, mypy and tsc

test-js: setup ## the runtime's unit tests (node --test)
	cd runtime_js && npm test

test-py: setup ## pytest, browser tests included
	$(PYTHON) -m pytest

e2e: setup ## only the browser tests
	$(PYTHON) -m pytest tests/e2e

test: setup check test-js test-py ## everything CI runs: setup, ruff, mypy, tsc, npm test, pytest (e2e too)

bench: setup ## load and rerun benchmarks: make bench [BENCH_ARGS=--vs-streamlit]
	$(PYTHON) -m bench $(BENCH_ARGS)

bench-dev: setup ## time fragc dev from a one-line edit to the rebuilt app: make bench-dev [BENCH_ARGS=--browser]
	$(PYTHON) -m bench.dev_loop $(BENCH_ARGS)

schema: ## regenerate the page's copies of compiler/fragc/protocol/ (schema, .d.ts, constants)
	PYTHONPATH=compiler $(PYTHON) -m fragc.protocol --write runtime_js/src

clean: ## remove build outputs (dist/, build/, runtime_js/dist, fragc/_assets)
	rm -rf dist build runtime_js/dist compiler/fragc/_assets
