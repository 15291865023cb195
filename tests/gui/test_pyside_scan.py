"""Modules imported after PySide6 keep no copy of their source in memory (gui/pyside_scan.py),
and PySide's own question about each module still gets the same answer."""

from __future__ import annotations

import linecache
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import refunddesk.gui  # noqa: F401  (installs the file-bytes answer)
from refunddesk.gui import pyside_scan


@pytest.fixture
def module_dir(tmp_path: Path) -> Iterator[Path]:
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in ("rd_scan_plain", "rd_scan_qt"):
        sys.modules.pop(name, None)


def test_opening_the_app_keeps_no_module_sources_in_memory() -> None:
    # A fresh process, as the app starts: without the file-bytes answer ~870 modules' lines
    # (~30 MiB) stayed in linecache. ("<...>" entries are SQLAlchemy's generated wrappers.)
    count = (
        "import refunddesk.gui.app, linecache; "
        "print(sum(1 for name, entry in linecache.cache.items() "
        "if len(entry) == 4 and entry[2] and not name.startswith('<')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", count], capture_output=True, text=True, timeout=120, check=True
    )
    assert int(done.stdout.split()[-1]) < 10


def test_an_imported_module_leaves_no_lines_in_the_cache_and_gets_pysides_answer(
    module_dir: Path,
) -> None:
    (module_dir / "rd_scan_plain.py").write_text("ANSWER = 42\n")
    (module_dir / "rd_scan_qt.py").write_text("import PySide6.QtCore\n\nANSWER = 43\n")
    # An import statement, as the app's modules do (PySide watches __import__).
    plain = __import__("rd_scan_plain")
    qt = __import__("rd_scan_qt")

    assert plain.__file__ not in linecache.cache
    assert qt.__file__ not in linecache.cache
    # PySide's answer for each (its dict gets -1 "ignore" or 0 "uses PySide" from it), asked
    # directly: after other tests' screens (query threads still importing) the dict entry was
    # sometimes missing, so reading the dict made this test depend on what ran before it.
    feature = sys.modules["shibokensupport.feature"]
    asked = feature._mod_uses_pyside  # type: ignore[attr-defined]
    assert asked(plain) is False
    assert asked(qt) is True
    assert plain.__file__ not in linecache.cache


def test_installing_twice_replaces_once() -> None:
    feature = sys.modules["shibokensupport.feature"]
    installed = feature._mod_uses_pyside  # type: ignore[attr-defined]
    assert not pyside_scan.read_sources_without_keeping_them()
    assert feature._mod_uses_pyside is installed  # type: ignore[attr-defined]
