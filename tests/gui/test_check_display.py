"""scripts/check_display.py: `make run` explains itself on a machine without a screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "check_display.py"


def _run(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items()
             if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    return subprocess.run(
        [sys.executable, str(SCRIPT)], env={**clean, **env}, capture_output=True, text=True,
        timeout=30, check=False,
    )  # fmt: skip


def test_without_a_display_it_says_how_to_run_and_exits_2() -> None:
    result = _run()
    assert result.returncode == 2
    assert "xvfb-run -a make run" in result.stderr
    assert "refunddesk run" in result.stderr


@pytest.mark.parametrize("variable", ["DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"])
def test_any_display_setting_is_enough(variable: str) -> None:
    result = _run(**{variable: ":0" if variable == "DISPLAY" else "wayland-0"})
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
