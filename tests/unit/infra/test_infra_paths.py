"""Paths: the --data-dir override, the platform default, and folders made on first use."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
import pytest

import refunddesk
from refunddesk.infra import paths


def test_environment_override_puts_everything_under_one_folder(
    _private_data_dir: Path,
) -> None:
    assert paths.data_dir() == _private_data_dir
    assert paths.log_dir() == _private_data_dir / "logs"
    assert paths.crash_dir() == _private_data_dir / "crashes"
    assert paths.backup_dir() == _private_data_dir / "backups"
    assert paths.database_path() == _private_data_dir / "refunddesk.sqlite3"
    for folder in ("logs", "crashes", "backups"):
        assert (_private_data_dir / folder).is_dir()
    assert not paths.database_path().exists()  # the store creates the file, not paths


def test_configure_wins_and_is_inherited_through_the_environment(tmp_path: Path) -> None:
    paths.configure(tmp_path / "chosen" / ".." / "chosen")
    assert paths.data_dir() == (tmp_path / "chosen").resolve()
    assert os.environ[paths.DATA_DIR_ENV] == str((tmp_path / "chosen").resolve())
    assert paths.default_database_url() == (
        f"sqlite:///{(tmp_path / 'chosen' / 'refunddesk.sqlite3').resolve().as_posix()}"
    )


def test_without_override_the_platform_folders_are_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths.configure(None)
    calls: list[tuple[str, str]] = []

    def fake_dir(kind: str) -> object:
        def where(appname: str, appauthor: object = None) -> str:
            calls.append((kind, appname))
            return str(tmp_path / kind / appname)

        return where

    monkeypatch.setattr(platformdirs, "user_data_dir", fake_dir("data"))
    monkeypatch.setattr(platformdirs, "user_log_dir", fake_dir("log"))
    assert not paths.is_overridden()
    assert paths.data_dir() == tmp_path / "data" / "RefundDesk"
    assert paths.log_dir() == tmp_path / "log" / "RefundDesk"
    assert paths.crash_dir() == tmp_path / "data" / "RefundDesk" / "crashes"
    assert ("data", "RefundDesk") in calls and ("log", "RefundDesk") in calls
    assert (tmp_path / "log" / "RefundDesk").is_dir()


def test_resources_dir_is_inside_the_package() -> None:
    expected = Path(refunddesk.__file__).resolve().parent / "resources"
    assert paths.resources_dir() == expected
    assert expected.is_dir()
