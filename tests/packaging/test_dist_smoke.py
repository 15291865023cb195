"""The PyInstaller one-folder build runs without Python: the same smoke test as the wheel's.

Building takes ~1.5 minutes on 2 idle cores and over 3 on a busy machine, which `make test`'s
15-minute budget cannot spare: it runs with `make test-dist` (REFUNDDESK_TEST_DIST=1), and
REFUNDDESK_DIST=dist/refunddesk tests an existing `make dist` build instead of building one.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.packaging.installed import REPO, Installed, gui_in, smoke

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (os.environ.get("REFUNDDESK_TEST_DIST") or os.environ.get("REFUNDDESK_DIST")),
        reason="builds the desktop app (minutes): make test-dist runs it",
    ),
]

VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
EXE = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("REFUNDDESK_DIST", "").strip()
    if given:
        return Path(given).resolve()
    root = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(root / "dist"), "--workpath", str(root / "work"),
         str(REPO / "packaging" / "refunddesk.spec")],
        check=True, capture_output=True, timeout=900,
    )  # fmt: skip
    return root / "dist" / "refunddesk"


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory, build: Path) -> Installed:
    root = tmp_path_factory.mktemp("frozen-run")
    (root / "elsewhere").mkdir()
    return Installed((str(build / f"refunddesk{EXE}"),), root / "elsewhere", root / "data")


def test_the_build_holds_both_programs_and_no_python_tools(build: Path) -> None:
    assert (build / f"refunddesk{EXE}").is_file() and (build / f"refunddesk-gui{EXE}").is_file()
    names = {p.name for p in build.rglob("*")}
    assert "refunddesk_pl.qm" in names and "refunddesk_zh_CN.qm" in names
    assert not any(n.startswith(("lrelease", "lupdate")) for n in names)  # compiled beforehand
    # Apprise lists its plugins folder to find the alert channels (e-mail, Telegram, …).
    assert list(build.glob("_internal/apprise/plugins/email/*.py")) or list(
        build.glob("_internal/apprise/plugins/*mail*.py")
    )


def test_the_built_app_runs_headless(frozen: Installed) -> None:
    smoke(frozen, VERSION)


@pytest.mark.parametrize(
    ("language", "title"),
    [("pl", "RefundDesk: sklep demonstracyjny"), ("zh_CN", "RefundDesk：演示店铺")],
)
def test_the_built_gui_opens_translated_with_icons(
    frozen: Installed, language: str, title: str
) -> None:
    gui_in(frozen, language, title, frozen.workdir / f"{language}.png")
