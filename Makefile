# One command sets up and builds the site (make site), one sets up and runs the tests (make test).
# torch's CPU wheel is installed before anything that depends on it (stanza), or pip would pull
# gigabytes of CUDA packages.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup site test lint typecheck check serve clean

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
	$(VENV)/bin/ruff check generator tests benchmarks

typecheck: $(STAMP)
	$(VENV)/bin/mypy

test: $(STAMP)
	OMP_NUM_THREADS=1 $(PY) -m pytest -n 2 -q

clean:
	rm -rf site docs .briefing-cache
