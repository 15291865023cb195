# The two commands: `make run` and `make test`. Each sets up everything it needs.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest system-deps screenshots bench bench-quick clean demo-shop wheel \
	dist test-dist install-desktop uninstall-desktop

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

# The wheel pip/pipx install (translations compiled into it): dist/refunddesk-*.whl.
wheel: $(STAMP)
	rm -rf build/lib  # setuptools would ship a module deleted since the last build
	$(BIN)/pip wheel -q --no-deps --no-build-isolation -w dist .

# The desktop app without Python (PyInstaller, one folder): dist/refunddesk/. The same spec
# builds on Windows and macOS when run there (docs/USER_GUIDE.md, "Installing").
dist: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/refunddesk.spec
	@echo "Built dist/refunddesk/: refunddesk-gui opens the app, refunddesk is the command line."

# The desktop build's smoke test (builds it with PyInstaller in a temporary folder; minutes).
test-dist: system-deps $(STAMP)
	REFUNDDESK_TEST_DIST=1 bash scripts/run-tests.sh -q tests/packaging

DIST_GUI := dist/refunddesk/refunddesk-gui

# RefundDesk in the current user's application menu (Linux), starting the desktop build.
install-desktop: $(STAMP)
	@test -x $(DIST_GUI) || $(MAKE) dist
	$(BIN)/python packaging/install_desktop.py $(DIST_GUI)

uninstall-desktop:
	python3 packaging/install_desktop.py --remove

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
