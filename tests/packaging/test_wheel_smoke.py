"""The wheel, installed into a throwaway virtualenv outside the checkout, works as a user's."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.installed import REPO, Installed, gui_in, smoke

_NOT_SOURCE = (
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".*_cache",
    ".hypothesis",
)
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def _build_wheel(out: Path) -> Path:
    # From a copy: setuptools reuses an in-tree build/ folder, where a module deleted from the
    # source would linger and be shipped; and the build must need nothing outside the tree.
    source = out / "source"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(*_NOT_SOURCE))
    # No isolation: the build needs PySide6's lrelease, already in this virtualenv.
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "--no-index", "-w", str(out), str(source)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    [wheel] = out.glob("refunddesk-*.whl")
    return wheel


def _throwaway_venv(root: Path, wheel: Path) -> Path:
    """A venv with only RefundDesk installed; its dependencies are this venv's (a .pth)."""
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    # A .pth line only adds the folder: the dev install's own .pth (its editable finder) is not
    # run, so `import refunddesk` can only find the wheel's copy.
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site) / "dev_dependencies.pth").write_text("\n".join(sorted(deps)) + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
         "--no-index", "--force-reinstall", str(wheel)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return venv


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build_wheel(tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Iterator[Installed]:
    root = tmp_path_factory.mktemp("installed")
    venv = _throwaway_venv(root, wheel)
    elsewhere = root / "elsewhere"  # not the checkout: nothing can come from the source tree
    elsewhere.mkdir()
    yield Installed((str(venv / "bin" / "refunddesk"),), elsewhere, root / "data")


def test_the_wheel_ships_resources_and_compiled_catalogues(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "refunddesk/resources/icons/refunddesk.svg",
        "refunddesk/resources/templates/refund_late.pl.txt",
        "refunddesk/resources/demo/catalogue.json",
        "refunddesk/resources/translations/refunddesk_pl.qm",
        "refunddesk/resources/translations/refunddesk_zh_CN.qm",
        "refunddesk/store/migrations/env.py",
        "refunddesk/store/schema.sql",
    ):
        assert needed in names, needed
    sources = {Path(n).stem for n in names if n.endswith(".ts")}
    compiled = {Path(n).stem for n in names if n.endswith(".qm")}
    assert sources and sources <= compiled  # every catalogue is compiled, none left behind


def test_the_installed_app_runs_headless_from_another_folder(installed: Installed) -> None:
    where = installed.ok("--version")
    assert str(installed.data_dir) in where
    smoke(installed, VERSION)


def _installed_python(installed: Installed, *args: str) -> tuple[Path, str]:
    """The install's own python run with ``args`` outside the checkout; (its path, its output)."""
    python = Path(installed.command[0]).with_name("python")
    done = subprocess.run(
        [str(python), *args], cwd=installed.workdir, env=installed.env(),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return python, done.stdout


def test_python_dash_m_and_resources_come_from_the_install(installed: Installed) -> None:
    code = (
        "import refunddesk, sys\n"
        "from refunddesk.infra import paths\n"
        "from refunddesk.notify import templates\n"
        "from refunddesk.notify.facts import sample_facts\n"
        "print(paths.resources_dir())\n"
        "notice = templates.render('refund_late', 'pl', sample_facts())\n"
        "print(notice.subject)\n"
        "print(notice.body)\n"
    )
    python, out = _installed_python(installed, "-c", code)
    resources, subject, *body = out.splitlines()
    assert resources.startswith(str(python.parent.parent)), resources
    assert subject.startswith("Zwrot pieniędzy za niewysłane zamówienie")
    assert "Dzień dobry" in "\n".join(body)
    _, via_m = _installed_python(installed, "-m", "refunddesk", "--version")
    assert f"RefundDesk {VERSION}" in via_m


def test_the_page_reading_helper_starts_from_the_install(installed: Installed) -> None:
    # A big first sync reads pages in a helper process (a fresh interpreter, "spawn"): it must
    # start from the installed package, outside the checkout, and read there.
    code = (
        "from refunddesk.automation.reading_process import ReadingProcess\n"
        "from refunddesk.marketplace.allegro.client import AllegroClient\n"
        "helper = ReadingProcess(AllegroClient.orders_page_from_text)\n"
        "print(helper.started(60))\n"
        'page = helper.rows(b\'{"checkoutForms": [], "totalCount": 3}\', 0, 100)\n'
        "print(page and page.total_count)\n"
        "helper.close()\n"
    )
    _, out = _installed_python(installed, "-c", code)
    assert out.split() == ["True", "3"], out


def test_the_saving_helper_starts_from_the_install(installed: Installed) -> None:
    # And it saves the read pages in a second helper, which opens the same SQLite file.
    code = (
        "import pathlib, tempfile\n"
        "from refunddesk.automation.saving_process import SavingProcess\n"
        "from refunddesk.store.database import open_database, sqlite_url\n"
        "path = pathlib.Path(tempfile.mkdtemp()) / 'refunddesk.sqlite3'\n"
        "open_database(sqlite_url(path)).dispose()\n"
        "helper = SavingProcess(path)\n"
        "print(helper.started(60))\n"
        "print(helper.send((1, 1, None, [])) and helper.answer(wait=True))\n"
        "helper.close()\n"
    )
    _, out = _installed_python(installed, "-c", code)
    assert out.split("\n")[:2] == ["True", "(1, None)"], out


def test_a_helper_started_by_the_installed_command_does_not_import_the_command_line(
    installed: Installed,
) -> None:
    # The helper runs the program's main script again first, as multiprocessing's spawn does:
    # for the installed command, the script pip wrote (refunddesk/command.py says why).
    code = (
        "import runpy, sys\n"
        f"runpy.run_path({installed.command[0]!r}, run_name='__mp_main__')\n"
        "print([m for m in ('refunddesk.cli', 'sqlalchemy') if m in sys.modules])\n"
    )
    _, out = _installed_python(installed, "-c", code)
    assert out.strip() == "[]", out


@pytest.mark.parametrize(
    ("language", "title"),
    [("pl", "RefundDesk: sklep demonstracyjny"), ("zh_CN", "RefundDesk：演示店铺")],
)
def test_the_installed_gui_opens_translated_with_icons(
    installed: Installed, language: str, title: str
) -> None:
    gui_in(installed, language, title, installed.workdir / f"{language}.png")
