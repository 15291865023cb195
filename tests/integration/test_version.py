"""`refunddesk --version`: the version from pyproject and the schema the database really has."""

from __future__ import annotations

import sqlite3
import tomllib
from pathlib import Path

import pytest

import refunddesk
from refunddesk.cli import main
from refunddesk.store.database import open_database, sqlite_url
from refunddesk.store.migrate import head_revision
from refunddesk.store.schema_revision import HEAD

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def _version(capsys: pytest.CaptureFixture[str], data: Path) -> tuple[int, str]:
    code = main(["--data-dir", str(data), "--version"])
    return code, capsys.readouterr().out


def test_the_version_comes_from_pyproject() -> None:
    declared = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["version"]
    assert refunddesk.__version__ == declared


def test_version_names_the_schema_and_creates_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out = _version(capsys, tmp_path)
    assert code == 0
    assert f"RefundDesk {refunddesk.__version__}" in out
    assert "no database yet" in out
    assert not (tmp_path / "refunddesk.sqlite3").exists()

    db = open_database(sqlite_url(tmp_path / "refunddesk.sqlite3"))
    head = head_revision(db)
    db.dispose()
    code, out = _version(capsys, tmp_path)
    assert code == 0 and f"Schema: {head} (up to date)" in out


def test_version_says_when_the_database_is_newer_than_the_app(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "refunddesk.sqlite3"
    open_database(sqlite_url(path)).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = path.read_bytes()
    code, out = _version(capsys, tmp_path)
    assert code == 1
    assert "9999_future, written by a newer RefundDesk" in out
    assert "install the newer version" in out
    assert path.read_bytes() == before


def test_the_demos_version_names_the_demos_own_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main(["--data-dir", str(tmp_path), "--demo", "--version"])
    out = capsys.readouterr().out
    assert code == 0
    demo = tmp_path.resolve() / "demo-headless" / "refunddesk-demo.sqlite3"
    assert f"Database: {demo}\n" in out
    assert f"Schema: {HEAD}: the demo's own (a new version starts a new demo)" in out
    assert not demo.exists() and not (tmp_path / "refunddesk.sqlite3").exists()
