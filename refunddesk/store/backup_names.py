"""Where a database's backups live and how they are named: ``<stem>-<revision>-<UTC stamp>``."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from refunddesk.store.problems import BackupInfo

BACKUP_FOLDER = "backups"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<rev>[^-]+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?$")


def default_folder(db_path: Path) -> Path:
    """``backups/`` next to the database (the data folder's backups for the default file)."""
    return db_path.parent / BACKUP_FOLDER


def backup_name(db_path: Path, revision: str, taken_at: datetime, n: int = 1) -> str:
    counter = "" if n == 1 else f"-{n}"
    return f"{db_path.stem}-{revision}-{taken_at.strftime(_STAMP)}{counter}{db_path.suffix}"


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of ``db_path`` in ``folder``, newest first (half-written ones never count)."""
    where = folder or default_folder(db_path)
    if not where.is_dir():
        return []
    found = []
    for candidate in where.glob(f"{db_path.stem}-*{db_path.suffix}"):
        match = _NAME.match(candidate.name[: len(candidate.name) - len(db_path.suffix)])
        if match is None or match["stem"] != db_path.stem or not candidate.is_file():
            continue
        taken = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        found.append(BackupInfo(candidate, taken, match["rev"]))
    return sorted(found, key=lambda b: (b.taken_at, b.path.stat().st_mtime), reverse=True)


def latest_backup(db_path: Path, folder: Path | None = None) -> BackupInfo | None:
    backups = list_backups(db_path, folder)
    return backups[0] if backups else None
