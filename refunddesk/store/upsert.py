"""Bulk insert-or-update for SQLite and PostgreSQL (sync writes thousands of rows at once)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Session


def _insert_for(session: Session, model: type[DeclarativeBase]) -> Any:
    table = cast(Table, model.__table__)
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return sqlite.insert(table)
    if dialect == "postgresql":
        return postgresql.insert(table)
    raise NotImplementedError(f"upsert is not implemented for {dialect}")


def upsert(
    session: Session,
    model: type[DeclarativeBase],
    rows: Sequence[dict[str, Any]],
    *,
    keys: Sequence[str],
) -> None:
    """Insert rows; where ``keys`` already exist, overwrite every other column given."""
    if not rows:
        return
    stmt = _insert_for(session, model)
    update_cols = [c for c in rows[0] if c not in keys and c != "id"]
    stmt = stmt.on_conflict_do_update(
        index_elements=list(keys), set_={c: stmt.excluded[c] for c in update_cols}
    )
    session.execute(stmt, list(rows))


def insert_ignore(
    session: Session,
    model: type[DeclarativeBase],
    rows: Sequence[dict[str, Any]],
    *,
    keys: Sequence[str],
) -> None:
    """Insert rows, silently skipping those whose ``keys`` already exist (redelivered events)."""
    if not rows:
        return
    stmt = _insert_for(session, model).on_conflict_do_nothing(index_elements=list(keys))
    session.execute(stmt, list(rows))


def param_mark(session: Session) -> str:
    """The driver's positional parameter mark: ``?`` for sqlite3, ``%s`` for psycopg."""
    return "?" if session.get_bind().dialect.paramstyle == "qmark" else "%s"
