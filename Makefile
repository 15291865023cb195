# The two commands: `make run` and `make test`. Each sets up everything it needs.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest system-deps screenshots bench bench-quick clean demo-shop

run: system-deps $(STAMP)
	@$(BIN)/python scripts/check_display.py && $(BIN)/python -m refunddesk --demo

test: system-deps $(STAMP) lint typecheck pytest

system-deps:
	@bash scripts/system-deps.sh

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	bash scripts/run-tests.sh $(PYTEST_ARGS)

screenshots: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py

# Issue 13's figures in one table and bench/results/latest.json; bench-quick: smaller inputs, < 3 min.
bench: system-deps $(STAMP)
	@$(BIN)/python bench/run.py

bench-quick: system-deps $(STAMP)
	@$(BIN)/python bench/run.py --quick

demo-shop: $(STAMP)
	$(BIN)/python -m refunddesk demo-shop

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
