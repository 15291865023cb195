"""Where RefundDesk keeps its files: one place to ask, with a --data-dir override."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

import refunddesk
from refunddesk.infra.private_files import make_private_dir, tighten_tree

APP_NAME = "RefundDesk"
DATA_DIR_ENV = "REFUNDDESK_DATA_DIR"
DATABASE_FILENAME = "refunddesk.sqlite3"
DEMO_DATABASE_FILENAME = "refunddesk-demo.sqlite3"


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
    # Every folder here holds buyers' personal data (or reports about it): the owner's only.
    return make_private_dir(path)


def data_dir() -> Path:
    """The folder holding the database, backups, logs (when overridden) and crash reports."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        return _ensure(Path(override).expanduser())
    return _ensure(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def demo_database_path(base: Path, *, headless: bool = False) -> Path:
    """The demo's database, in its own folder of the data folder ``base``, so a demo never
    reads or writes the merchant's own database. The window's demo is made anew at each start;
    the headless demo's (``refunddesk --demo COMMAND``) carries on from one command to the
    next, in a folder of its own so that neither wipes the other's while it runs."""
    return base / ("demo-headless" if headless else "demo") / DEMO_DATABASE_FILENAME


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


def tighten_existing() -> int:
    """Make the data and log folders, and every file in them, readable by the user only.

    Folders and files made by an older version, or by a copy with another umask, are
    tightened on every start; returns how many entries were looked at.
    """
    count = tighten_tree(data_dir())
    if not is_overridden():  # otherwise the logs are inside the data folder already
        count += tighten_tree(log_dir())
    return count


def resources_dir() -> Path:
    """The package's ``resources/`` folder (icons, translations, templates, demo catalogue)."""
    # importlib.resources finds it in a checkout, an installed wheel and a PyInstaller bundle
    # alike; the package is a plain folder in all three, so the Traversable is a real path.
    return Path(str(resources.files(refunddesk) / "resources"))
