# Two commands on a fresh machine: `make demo` and `make test` (see README).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo serve browser postgres test lint typecheck unit gate setup bench clean

setup: $(STAMP) browser postgres

# The page tests drive Debian's Chromium (a browser download by the test tool cannot work offline).
browser:
	@command -v chromium >/dev/null || { SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get install -y chromium chromium-driver || { $$SUDO apt-get update && $$SUDO apt-get install -y chromium chromium-driver; }; }

# The store tests run against a real PostgreSQL server started by the test setup (tests/pg.py).
postgres:
	@command -v initdb >/dev/null || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get install -y postgresql || { $$SUDO apt-get update && $$SUDO apt-get install -y postgresql; }; }

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/dateline gazetteer build
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/dateline code examples/deir-ezzor-weekend.txt --format table
	$(BIN)/dateline code examples/deir-ezzor-weekend.txt --format jsonl --all > demo-events.jsonl
	@echo "JSON Lines (reports and mentions) written to demo-events.jsonl"
	$(BIN)/dateline ingest examples/deir-ezzor-weekend.txt examples/outlets/articles.jsonl --db demo.sqlite
	$(BIN)/dateline events --db demo.sqlite --format table
	@echo "Events stored and merged in demo.sqlite. Serve them with: make serve   (then open http://127.0.0.1:8000/)"

# The demo database over HTTP: the page at http://127.0.0.1:8000/, the API docs at /docs.
serve: $(STAMP)
	$(BIN)/dateline serve --db demo.sqlite

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP) browser postgres
	$(BIN)/python -m pytest

# The quality gate: eval on fixed samples of ../shared/eval against pinned floors (eval/baseline.json).
# Metrics go to eval-gate.json; violated floors are printed and fail the build.
gate: $(STAMP)
	$(BIN)/dateline eval --gate --out eval-gate.json > /dev/null
	@echo "quality gate passed (metrics in eval-gate.json)"

# The gate runs before the unit tests so pytest's summary is the last line of the run.
test: lint typecheck gate unit

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_code.py

clean:
	rm -rf $(VENV) demo-events.jsonl demo.sqlite test-artifacts .pytest_cache .mypy_cache .ruff_cache
