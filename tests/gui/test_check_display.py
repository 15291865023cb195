"""scripts/check_display.py: `make run` explains itself on a machine without a screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from refunddesk.cli.gui import display_available

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


def test_the_installed_command_says_so_too_instead_of_qts_abort() -> None:
    # `refunddesk` (the window is its default) aborted with Qt's "could not load the Qt
    # platform plugin" and exit code 134.
    clean = {k: v for k, v in os.environ.items()
             if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "refunddesk", "--demo"], env=clean, capture_output=True,
        text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "needs a display" in result.stderr and "xvfb-run -a refunddesk" in result.stderr
    assert "Traceback" not in result.stderr and "qt.qpa" not in result.stderr


def test_other_systems_always_have_somewhere_to_show_a_window() -> None:
    assert display_available({}, "win32") and display_available({}, "darwin")
    assert not display_available({}, "linux") and display_available({"DISPLAY": ":1"}, "linux")
