"""Opening the database: checks, engine, SQLite pragmas, session factory, migrate-on-start."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.orm import Session, sessionmaker

from refunddesk.domain.messages import msg
from refunddesk.store import health
from refunddesk.store.problems import (
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseProblem,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
)

BUSY_TIMEOUT_MS = health.BUSY_TIMEOUT_MS
# How stale a passed check may be before the worker asks SQLite again before a round.
RECHECK_SECONDS = 600.0

__all__ = [
    "BUSY_TIMEOUT_MS",
    "Database",
    "DatabaseDamaged",
    "DatabaseLocked",
    "DatabaseProblem",
    "DatabaseReadOnly",
    "DatabaseTooNew",
    "DiskFull",
    "create_db_engine",
    "open_database",
    "sqlite_url",
]


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL; None for PostgreSQL and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return None if parsed.database == ":memory:" else Path(parsed.database)


def _set_sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    for pragma in health.SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def create_db_engine(url: str) -> Engine:
    """An engine for SQLite (WAL, foreign keys, busy timeout) or PostgreSQL."""
    path = sqlite_file(url)
    if make_url(url).get_backend_name() == "sqlite":
        if path is not None and not path.parent.exists():
            path.parent.mkdir(mode=0o700, parents=True)
        engine = create_engine(
            url,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


@dataclass
class Database:
    """One open database: the engine and its session factory. Sessions never cross threads.

    SQLite errors that mean the file itself is in trouble (busy, damaged, read-only, disk
    full) come out of every query as the typed DatabaseProblem, not a driver error.
    """

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    damage: DatabaseDamaged | None = None  # set once SQLite has reported the file damaged
    checked_at: float | None = None  # time.monotonic() of the last passed soundness check
    _check_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        if self.is_sqlite:
            event.listen(self.engine, "handle_error", self._on_error)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_file(self.url) if self.is_sqlite else None

    def _on_error(self, context: ExceptionContext) -> None:
        doing = msg("db_doing.saving")
        problem = health.classify(context.original_exception, self.sqlite_path, doing)
        if problem is None:
            return
        if isinstance(problem, DatabaseDamaged):
            self.damage = problem
        raise problem from context.sqlalchemy_exception

    def ensure_sound(self, *, max_age: float = RECHECK_SECONDS) -> None:
        """Raise DatabaseDamaged if the file is known damaged or fails a (stale) quick check.

        The worker calls this before every round: no refund is sent from a damaged file.
        """
        if self.damage is not None:
            raise self.damage
        path = self.sqlite_path
        if path is None:
            return
        with self._check_lock:
            if self.checked_at is not None and time.monotonic() - self.checked_at < max_age:
                return
            try:
                health.check_sound(path)
            except DatabaseDamaged as exc:
                self.damage = exc
                raise
            self.checked_at = time.monotonic()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back on error."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def _upgrade_if_behind(db: Database) -> None:
    # Alembic is loaded only when an existing schema is behind (store/schema_revision.py);
    # an empty database gets the schema from one script (store/fresh_schema.py).
    from refunddesk.store import schema_revision

    if schema_revision.is_current(db):
        return
    from refunddesk.store import fresh_schema

    if fresh_schema.create_if_empty(db):
        return
    from refunddesk.store.migrate import upgrade_if_behind

    upgrade_if_behind(db)


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open (and by default bring up to date) the database at ``url``.

    A SQLite file is checked first (created 0600 if new): damaged, read-only, locked, too new
    or a full disk each raise their DatabaseProblem, with the file left exactly as it was.
    """
    path = sqlite_file(url)
    if path is not None:
        health.prepare_file(path)
    engine = create_db_engine(url)
    db = Database(url, engine, sessionmaker(engine, expire_on_commit=False))
    if path is not None:
        db.checked_at = time.monotonic()
    if migrate:
        try:
            _upgrade_if_behind(db)
        except BaseException:
            db.dispose()
            raise
    return db
