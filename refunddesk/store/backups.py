"""Backups of the SQLite file: taken before a migration, bounded in number, restored on request."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from refunddesk.domain.messages import Message, msg
from refunddesk.infra.private_files import create_private_file, make_private_dir, temp_path_for
from refunddesk.store import health
from refunddesk.store.backup_names import backup_name, default_folder, list_backups
from refunddesk.store.problems import BackupInfo, DatabaseLocked, DatabaseProblem

log = logging.getLogger(__name__)

KEEP_BACKUPS = 5
SET_ASIDE_FOLDER = "set-aside"
STALE_PART_SECONDS = 3600


class NoBackup(DatabaseProblem):
    """There is nothing sound to restore from."""

    def __init__(self, folder: Path) -> None:
        super().__init__(msg("db.no_sound_backup", folder=str(folder)))


def _copy_pages(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """SQLite's online backup: a consistent copy even while another program writes."""
    source.backup(target)


def _copy_database(src: Path, dest_temp: Path, db_path: Path, doing: Message) -> None:
    """Copy ``src`` into the new file ``dest_temp`` (0600, rollback journal, fsynced).

    A full disk or any failure removes the partial copy and raises; ``src`` is only read.
    """
    create_private_file(dest_temp)
    try:
        with (
            contextlib.closing(sqlite3.connect(src)) as source,
            contextlib.closing(sqlite3.connect(dest_temp, isolation_level=None)) as target,
        ):
            _copy_pages(source, target)
            # A self-contained file: no -wal beside it to lose when it is copied around.
            target.execute("PRAGMA journal_mode=DELETE")
        with open(dest_temp, "rb+") as f:
            os.fsync(f.fileno())
    except BaseException as exc:
        for name in ("", *health.SIDE_FILES):
            dest_temp.with_name(dest_temp.name + name).unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error | OSError):
            problem = health.classify(exc, db_path, doing)
            if problem is not None:
                raise problem from exc
        raise


def take_backup(
    db_path: Path, revision: str, folder: Path | None = None, *, now: datetime | None = None
) -> BackupInfo:
    """A consistent 0600 copy of ``db_path`` in ``folder``; older copies beyond KEEP_BACKUPS go.

    Written under a temporary name and renamed: a full disk leaves no half backup behind
    (it raises DiskFull, and the database itself is untouched).
    """
    where = make_private_dir(folder or default_folder(db_path))
    taken = (now or datetime.now(UTC)).replace(microsecond=0)
    n = 1
    dest = where / backup_name(db_path, revision, taken)
    while dest.exists():
        n += 1
        dest = where / backup_name(db_path, revision, taken, n)
    temp = temp_path_for(dest)
    _copy_database(db_path, temp, db_path, msg("db_doing.backup"))
    os.replace(temp, dest)
    prune(db_path, where)
    return BackupInfo(dest, taken, revision)


def prune(db_path: Path, folder: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the newest ``keep`` backups, and half-written ones left by a crash."""
    removed = [b.path for b in list_backups(db_path, folder)[keep:]]
    cutoff = time.time() - STALE_PART_SECONDS
    for part in folder.glob(f".{db_path.stem}-*.part"):
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < cutoff:
                removed.append(part)
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


@dataclass(frozen=True)
class Restored:
    """What ``restore`` did: the copy put in place and where the replaced files went."""

    source: BackupInfo
    set_aside: Path | None


def sound_backup(db_path: Path, folder: Path | None = None) -> BackupInfo:
    """The newest backup that passes the full integrity check."""
    for backup in list_backups(db_path, folder):
        try:
            health.check_sound(backup.path, full=True)
        except DatabaseProblem as exc:
            log.warning("backup %s is not usable: %s", backup.path, exc)
            continue
        return backup
    raise NoBackup(folder or default_folder(db_path))


def restore(
    db_path: Path,
    source: BackupInfo | None = None,
    folder: Path | None = None,
    *,
    now: datetime | None = None,
) -> Restored:
    """Put a backup in place of ``db_path``; the replaced file (+ -wal/-shm) is moved aside.

    Refuses while another program has the database open. The copy is made first, so a full
    disk changes nothing; the replaced files are kept in ``set-aside/<stamp>/``.
    """
    users = health.lock_holders(db_path, writers_only=False)
    if users:
        raise DatabaseLocked("in use", path=db_path, holders=users, in_use=True)
    chosen = source or sound_backup(db_path, folder)
    if source is not None:
        health.check_sound(source.path, full=True)
    temp = temp_path_for(db_path)
    _copy_database(chosen.path, temp, db_path, msg("db_doing.restoring"))
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    aside: Path | None = None
    try:
        for name in ("", *health.SIDE_FILES):
            current = db_path.with_name(db_path.name + name)
            if current.exists():
                aside = aside or make_private_dir(db_path.parent / SET_ASIDE_FOLDER / stamp)
                os.replace(current, aside / current.name)
        os.replace(temp, db_path)
    except BaseException:
        temp.unlink(missing_ok=True)
        if aside is not None:  # put back what was moved, so nothing is lost
            for moved in aside.iterdir():
                with contextlib.suppress(OSError):
                    os.replace(moved, db_path.with_name(moved.name))
        raise
    log.info("restored %s over %s (old files in %s)", chosen.path, db_path, aside)
    return Restored(chosen, aside)


def backup_info(path: Path) -> BackupInfo:
    """A BackupInfo for a file the user names (any name, any folder)."""
    taken = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return BackupInfo(path, taken, "?")
