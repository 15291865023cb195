"""Checking the database and restoring a backup: what `refunddesk db check|restore` call."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import sessionmaker

from refunddesk.domain.messages import msg
from refunddesk.infra import paths
from refunddesk.store import backups, health
from refunddesk.store.backup_names import default_folder, list_backups
from refunddesk.store.database import Database, create_db_engine, sqlite_file
from refunddesk.store.problems import BackupInfo, DatabaseProblem, DatabaseTooNew


class NotASqliteFile(DatabaseProblem):
    """Backups and restores are for the SQLite file; a shared server has its own."""

    def __init__(self) -> None:
        super().__init__(msg("db.not_a_file"))


class NoDatabase(DatabaseProblem):
    """There is no file where the database should be (a wrong --data-dir, usually)."""

    def __init__(self, path: Path) -> None:
        super().__init__(msg("db.missing", path=str(path)), path=path)


@dataclass(frozen=True)
class DatabaseReport:
    """A database that passed every check, and what it holds."""

    location: str
    size_bytes: int | None
    revision: str | None
    known_up_to: str | None
    backups: tuple[BackupInfo, ...]


def _url(url: str | None) -> str:
    return url or paths.default_database_url()


def check_database(url: str | None = None) -> DatabaseReport:
    """The full check, changing nothing: raises the DatabaseProblem if the file is unusable.

    Soundness (``integrity_check``), that RefundDesk can write it (waiting out a lock), and
    that this version knows its schema.
    """
    target = _url(url)
    path = sqlite_file(target)
    if path is not None:
        if not path.exists():
            raise NoDatabase(path)
        health.check_sound(path, full=True)
        health.check_writable(path)
    engine = create_db_engine(target)
    db = Database(target, engine, sessionmaker(engine))
    try:
        from refunddesk.store.migrate import current_revision, head_revision, known_revisions

        current, head = current_revision(db), head_revision(db)
        if current is not None and current not in known_revisions(db):
            raise DatabaseTooNew(path, current, head or "none")
    finally:
        db.dispose()
    return DatabaseReport(
        location=str(path) if path is not None else engine.url.render_as_string(),
        size_bytes=path.stat().st_size if path is not None else None,
        revision=current,
        known_up_to=head,
        backups=tuple(list_backups(path)) if path is not None else (),
    )


def sqlite_path(url: str | None = None) -> Path:
    """The SQLite file behind ``url`` (default: the data folder's database)."""
    path = sqlite_file(_url(url))
    if path is None:
        raise NotASqliteFile()
    return path


def backups_of(url: str | None = None) -> list[BackupInfo]:
    """The backups of the database, newest first."""
    return list_backups(sqlite_path(url))


def backup_folder(url: str | None = None) -> Path:
    return default_folder(sqlite_path(url))


def restore_database(url: str | None = None, source: Path | None = None) -> backups.Restored:
    """Put ``source`` (default: the newest sound backup) in place of the database.

    The replaced file is kept aside, never deleted; refused while another program has it open.
    """
    path = sqlite_path(url)
    if source is not None and not source.is_file():
        raise NoDatabase(source)
    chosen = backups.backup_info(source) if source is not None else None
    return backups.restore(path, chosen)
