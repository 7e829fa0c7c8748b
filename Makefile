# Two commands for a newcomer: `make serve` and `make test`. Everything else is a step of those.
SHELL := /bin/sh
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
PY := $(VENV)/bin/python
PYODIDE_WHEELS := .cache/pyodide-wheels
SITE_WHEELS := .cache/site-wheels
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup build dist serve test test-thorough test-fast bench chromium java lock clean

setup: $(VENV)/.installed node_modules/.installed $(SITE_WHEELS)/.installed

# The pinned tools, then our package itself, editable (its own backend, hatchling, is one of the tools):
# `.venv/bin/thankyou` and `.venv/bin/python -m thankyou` from any folder, no PYTHONPATH.
$(VENV)/.installed: requirements.txt pyproject.toml
	@python=$$(tools/find-python) || exit 1; \
	  [ -x $(PY) ] || "$$python" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation --editable .
	@touch $@

# No install scripts: vnu-jar's would download a Java runtime; Java comes from Debian (`make java`).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	@touch $@

# Pure-Python wheels of pytest and Hypothesis, loaded into Pyodide so the unit suite runs there too.
$(PYODIDE_WHEELS)/.installed: tests/pyodide/requirements.txt Makefile $(VENV)/.installed
	rm -rf $(PYODIDE_WHEELS)
	$(PY) -m pip download --quiet --only-binary=:all: --no-deps --platform any --python-version 3.14 \
	  --implementation py --abi none --dest $(PYODIDE_WHEELS) -r tests/pyodide/requirements.txt
	@touch $@

# Pure-Python wheels the site ships beside ours (tzdata), pinned with hashes in py/site_build/site-wheels.txt.
$(SITE_WHEELS)/.installed: py/site_build/site-wheels.txt $(VENV)/.installed
	rm -rf $(SITE_WHEELS)
	$(PY) -m pip download --quiet --only-binary=:all: --no-deps --require-hashes --platform any --python-version 3.14 \
	  --implementation py --abi none --dest $(SITE_WHEELS) -r py/site_build/site-wheels.txt
	@touch $@

build: setup
	$(PY) -m mkdocs build
	@echo ""
	@echo "Built into site/. To read it as a reader would (service worker, offline, tools):"
	@echo "  python3 -m http.server -d site $(PORT) --bind $(HOST)   then open http://$(HOST):$(PORT)/ (English: http://$(HOST):$(PORT)/en/)"
	@echo "or open site/index.html from disk. Publishing it: README, section Publishing."

# The whole site in one zip (the build writes it into the site too, for the home page's link):
# unpacked and opened from disk (file://), pages, search and tools work without a server.
dist: build
	mkdir -p dist
	cp site/thankyou-offline.zip dist/thankyou-offline.zip
	@echo "dist/thankyou-offline.zip: unzip it and open thankyou-offline/index.html"

serve: setup
	@echo "Building, then serving the site (rebuilt on every change; Ctrl+C stops it):"
	@echo "  open http://$(HOST):$(PORT)/ (English: http://$(HOST):$(PORT)/en/) once it says 'Serving on'."
	@echo "  No service worker and no policy while editing: 'make build' gives the site as readers get it."
	$(PY) -m mkdocs serve --dev-addr $(HOST):$(PORT)

chromium:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
	else echo "Chromium is missing: install Debian's package with 'sudo apt-get install chromium'." >&2; exit 1; fi

# Java runs the Nu HTML checker (the npm package vnu-jar) in tests/build/test_html_valid.py.
java:
	@if command -v java >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq default-jre-headless; \
	else echo "Java is missing: install Debian's package with 'sudo apt-get install default-jre-headless'." >&2; exit 1; fi

# Every layer (pytest -m unit, pyodide, build, e2e selects one), the properties with small
# Hypothesis budgets (tests/unit/budget.py): a tenth of the full ones; the browser sweeps (axe,
# screenshots, 320 px, privacy walk, hostile inputs) on a fixed sample (tests/e2e/sweep.py): one
# page of each kind, a quarter of the hostile table per field. On every core (pytest-xdist;
# TEST_WORKERS=N, or 0 for one process): each worker builds the site for its own address, the first
# filling the build caches, and a worker out of tests takes half of another's (worksteal: the browser
# tests are few and long, the unit tests many and short).
TEST_WORKERS ?= auto
XDIST = -n $(TEST_WORKERS) --dist worksteal
test: setup chromium java $(PYODIDE_WHEELS)/.installed
	$(PY) -m pytest $(XDIST)

# The same, with the full Hypothesis budgets (2,000 malformed requests per operation of the façade
# among them), on CPython and inside Pyodide, and the browser sweeps on every page and every value:
# before a release, after changing a rule table, a page's layout or a form.
test-thorough: setup chromium java $(PYODIDE_WHEELS)/.installed
	HYPOTHESIS_PROFILE=thorough $(PY) -m pytest $(XDIST)

# The benchmark of issue 8 (bench/): prints the table, writes bench/results/bench-TIME.json.
# QUICK=1: one round, few input changes, no levers (what `make test-thorough` checks). BENCH_OUT, BENCH_SITE:
# the JSON file and the folder the site is built into for serving; BENCH_BUILT: a site already
# built, copied there instead of building (the tests pass the one they built).
bench: setup chromium
	$(PY) -m bench $(if $(QUICK),--quick) $(if $(BENCH_OUT),--out $(BENCH_OUT)) $(if $(BENCH_SITE),--site-dir $(BENCH_SITE)) \
	  $(if $(BENCH_BUILT),--built $(BENCH_BUILT))

# The CPython layer alone, for a quick loop while editing py/thankyou.
test-fast: setup
	$(PY) -m pytest tests/unit

# Re-pin the tools (requirements.in) with all their dependencies into requirements.txt.
lock:
	@python=$$(tools/find-python) || exit 1; rm -rf .cache/lock-venv; "$$python" -m venv .cache/lock-venv
	.cache/lock-venv/bin/pip install --quiet -r requirements.in
	{ echo "# Generated by 'make lock' from requirements.in: every tool, pinned with its dependencies."; \
	  .cache/lock-venv/bin/pip freeze --all | grep -v '^pip=='; } > requirements.txt

clean:
	rm -rf site dist .cache $(VENV) node_modules
