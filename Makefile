# Two commands on a fresh machine: `make demo` and `make test` (see README).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck unit gate setup bench clean

setup: $(STAMP)

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

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
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
	rm -rf $(VENV) demo-events.jsonl .pytest_cache .mypy_cache .ruff_cache
