"""The schema revision this RefundDesk writes, and the one a database has, without Alembic.

Importing Alembic (and reading the migration scripts) costs ~17 MiB and ~0.2 s at every start,
although a database is behind only once per upgrade. So an ordinary start compares the
database's revision with ``HEAD`` by plain SQL and loads Alembic (store/migrate.py) only when
they differ. ``HEAD`` must name the newest migration: a test compares it with Alembic's head.
"""

from __future__ import annotations

from sqlalchemy import inspect, text

from refunddesk.store.database import Database

HEAD = "orders_1"  # the newest file in store/migrations/versions (tests/unit/store checks)


def current_revision(db: Database) -> str | None:
    """The revision recorded in the database (Alembic's table), or None for an empty one."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    # One row per head; more than one is not a schema this app wrote: let Alembic decide.
    return rows[0] if len(rows) == 1 else None


def is_current(db: Database) -> bool:
    return current_revision(db) == HEAD
