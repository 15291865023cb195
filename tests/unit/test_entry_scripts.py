"""The program's main scripts import nothing heavy until they run.

A big first sync reads pages in a helper process started by multiprocessing's "spawn", which
first runs the program's main script again in the helper (as ``__mp_main__``, so its
``if __name__ == "__main__"`` part does not run). Whatever such a script imports at its top,
every helper imports too: the whole command line took ~0.6 s there, and SQLAlchemy memory.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("refunddesk.cli", "sqlalchemy", "PySide6")


def _console_script(folder: Path) -> Path:
    """The `refunddesk` command as pip writes it, from pyproject.toml's entry point."""
    target = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    module, _, function = target["refunddesk"].partition(":")
    script = folder / "refunddesk"
    script.write_text(
        f"import sys\nfrom {module} import {function}\n"
        f"if __name__ == '__main__':\n    sys.exit({function}())\n"
    )
    return script


def _imported_by_spawn(script: Path) -> list[str]:
    """What a spawned helper has imported after running ``script`` as spawn does."""
    code = (
        "import runpy, sys\n"
        f"runpy.run_path({str(script)!r}, run_name='__mp_main__')\n"
        f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


@pytest.mark.parametrize("name", ["refunddesk command", "main.py", "packaging/entry.py"])
def test_a_helper_started_from_a_main_script_does_not_import_the_command_line(
    name: str, tmp_path: Path
) -> None:
    script = _console_script(tmp_path) if name == "refunddesk command" else REPO / name
    assert _imported_by_spawn(script) == []
