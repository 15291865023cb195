"""Where RefundDesk keeps its files: one place to ask, with a --data-dir override."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

import refunddesk

APP_NAME = "RefundDesk"
DATA_DIR_ENV = "REFUNDDESK_DATA_DIR"
DATABASE_FILENAME = "refunddesk.sqlite3"


def configure(data_dir: Path | None) -> None:
    """Use ``data_dir`` for everything (the CLI's ``--data-dir``); ``None`` drops the override.

    The override lives in the environment rather than a module global on purpose: child
    processes (a headless worker, the demo shop) inherit it, and tests that set the variable
    with monkeypatch get it undone after each test without any extra reset hook.
    """
    if data_dir is None:
        os.environ.pop(DATA_DIR_ENV, None)
    else:
        os.environ[DATA_DIR_ENV] = str(Path(data_dir).expanduser().resolve())


def is_overridden() -> bool:
    """True when the data dir comes from --data-dir or REFUNDDESK_DATA_DIR, not the platform."""
    return bool(os.environ.get(DATA_DIR_ENV, "").strip())


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """The folder holding the database, backups, logs (when overridden) and crash reports."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        return _ensure(Path(override).expanduser())
    return _ensure(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def log_dir() -> Path:
    """The platform's log folder, or ``<data_dir>/logs`` when the data dir is overridden."""
    if is_overridden():
        return _ensure(data_dir() / "logs")
    return _ensure(Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)))


def crash_dir() -> Path:
    """Crash reports, shown to the user on the next start."""
    return _ensure(data_dir() / "crashes")


def backup_dir() -> Path:
    """Copies of the database taken before migrations."""
    return _ensure(data_dir() / "backups")


def database_path() -> Path:
    """The default SQLite database file (its folder is created, the file is not)."""
    return data_dir() / DATABASE_FILENAME


def default_database_url() -> str:
    """A SQLAlchemy URL for :func:`database_path`."""
    # Forward slashes work for SQLite URLs on every platform, including Windows drive paths.
    return f"sqlite:///{database_path().as_posix()}"


def resources_dir() -> Path:
    """The repository's top-level ``resources/`` folder (icons, translations, templates)."""
    return Path(refunddesk.__file__).resolve().parent.parent / "resources"
