"""The command line is one package: verb modules share only common.py and errors.py."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import refunddesk.cli

CLI_DIR = Path(refunddesk.cli.__file__).resolve().parent
# What every verb module may use; the rest of a verb module is its own business.
SHARED = frozenset({"refunddesk.cli.common", "refunddesk.cli.errors"})
# The package itself and the parser, which wire the verb groups together.
WIRING = frozenset({"__init__.py", "parser.py"})


def _cli_imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "refunddesk.cli":
                found |= {f"refunddesk.cli.{alias.name}" for alias in node.names}
            elif node.module.startswith("refunddesk.cli."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("refunddesk.cli.")}
    return found


def test_no_verb_module_imports_another() -> None:
    verbs = [p for p in sorted(CLI_DIR.glob("*.py")) if p.name not in WIRING]
    assert len(verbs) >= 6, "the verb modules moved: update this test"
    wrong = {p.name: sorted(_cli_imports(p) - SHARED) for p in verbs}
    assert {name: found for name, found in wrong.items() if found} == {}


def test_the_old_top_level_modules_are_gone() -> None:
    package = CLI_DIR.parent
    assert not (package / "cli_commands.py").exists()
    assert not (package / "backtest_cli.py").exists()


@pytest.mark.parametrize(
    "entry", [["-m", "refunddesk"], [str(CLI_DIR.parent.parent / "main.py")]], ids=str
)
def test_every_entry_point_reaches_the_same_command_line(entry: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, *entry, "--help"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "backtest" in done.stdout and "--database-url" in done.stdout
