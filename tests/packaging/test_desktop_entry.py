"""`make install-desktop`: a valid menu entry that starts the given program, and its icon."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.installed import REPO


def _installer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "install_desktop", REPO / "packaging" / "install_desktop.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_menu_entry_starts_the_program_and_has_the_icon(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    program = tmp_path / "My Apps" / "refunddesk-gui"
    desktop, icon = _installer().install(str(program))
    text = desktop.read_text(encoding="utf-8")
    assert f'Exec="{program}"' in text
    assert "Icon=refunddesk" in text and "GenericName[pl]=" in text
    assert icon == tmp_path / "share/icons/hicolor/scalable/apps/refunddesk.svg"
    assert icon.read_bytes().startswith(b"<svg")
    validator = shutil.which("desktop-file-validate")
    if validator:  # desktop-file-utils, when installed
        subprocess.run([validator, str(desktop)], check=True)
    _installer().remove()
    assert not desktop.exists() and not icon.exists()


def test_exec_quoting_keeps_odd_paths_one_argument() -> None:
    assert _installer().exec_value('/opt/a "b"/100%/x') == '"/opt/a \\\\"b\\\\"/100%%/x"'
