"""A new, empty SQLite database gets its schema from one script, without Alembic.

Running every migration from the first through Alembic cost ~7 MiB of the window's memory and
~0.3 s on a merchant's first start (and on every start of a fresh demo). ``schema.sql`` beside
this module is the schema those migrations produce, as SQLite stores it; a test migrates an
empty database and compares the two, so they cannot drift apart (scripts/write_schema.py
writes it again after a new migration).

Only an empty SQLite database takes this path. One behind ``HEAD`` is upgraded by Alembic
(store/migrate.py) as before, and so is any other database.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from refunddesk.domain.messages import msg
from refunddesk.store import health
from refunddesk.store.database import Database, open_database, sqlite_url
from refunddesk.store.schema_revision import HEAD

log = logging.getLogger(__name__)
SCHEMA_FILE = Path(__file__).with_name("schema.sql")

# Objects SQLite makes by itself (sqlite_sequence, automatic indexes) are not in the script.
_DUMP = (
    "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
    "ORDER BY rowid"
)


def dump(dbapi_conn: Any) -> str:
    """The schema of an SQLite connection as a script, in the order it was created."""
    statements = [row[0] for row in dbapi_conn.execute(_DUMP).fetchall()]
    return "".join(f"{sql};\n\n" for sql in statements)


def migrated() -> str:
    """The schema Alembic's migrations make of an empty database (what schema.sql must be)."""
    from refunddesk.store import migrate  # Alembic: for the test and the script only

    with tempfile.TemporaryDirectory(prefix="refunddesk-schema-") as tmp:
        db = open_database(sqlite_url(Path(tmp) / "schema.sqlite3"), migrate=False)
        try:
            migrate.upgrade_if_behind(db)
            raw = db.engine.raw_connection()
            try:
                return dump(raw.dbapi_connection)
            finally:
                raw.close()
        finally:
            db.dispose()


def comparable(script: str) -> list[str]:
    """A script's statements in an order-free form, for comparing two schemas.

    Alembic's batch migrations re-create tables from sets, so the order of a table's
    constraints and of its indexes changes from run to run; the columns' order does not.
    """
    return sorted(_table_with_sorted_constraints(sql) for sql in statements(script))


_CONSTRAINTS = ("CONSTRAINT ", "PRIMARY KEY", "UNIQUE ", "UNIQUE(", "FOREIGN KEY", "CHECK")


def _table_with_sorted_constraints(sql: str) -> str:
    if not sql.upper().startswith("CREATE TABLE"):
        return sql
    opening, closing = sql.index("("), sql.rindex(")")
    items: list[str] = []
    depth, start = 0, opening + 1
    for at in range(opening + 1, closing):
        char = sql[at]
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth == 0:
            items.append(sql[start:at].strip())
            start = at + 1
    items.append(sql[start:closing].strip())
    columns = [item for item in items if not item.upper().startswith(_CONSTRAINTS)]
    constraints = sorted(item for item in items if item.upper().startswith(_CONSTRAINTS))
    return f"{sql[:opening].strip()} ({', '.join(columns + constraints)}){sql[closing + 1 :]}"


def statements(script: str) -> list[str]:
    """A script split into whole statements (a ';' inside a CHECK does not split one)."""
    found: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            found.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError(f"schema.sql ends inside a statement: {pending.strip()[:80]!r}")
    return found


def create_if_empty(db: Database) -> bool:
    """Create the whole schema at ``HEAD`` in one transaction if the database has no tables.

    False (nothing done) for anything else: a database with tables, or not SQLite. Another
    process creating the same file at the same moment waits on the write lock and then finds
    tables, so the schema is made once.
    """
    if not db.is_sqlite:
        return False
    try:
        return _create_if_empty(db)
    except sqlite3.Error as exc:  # locked, disk full…: the same plain problems as elsewhere
        problem = health.classify(exc, db.sqlite_path, msg("db_doing.creating"))
        if problem is None:
            raise
        raise problem from exc


def _create_if_empty(db: Database) -> bool:
    raw = db.engine.raw_connection()
    try:
        dbapi: Any = raw.dbapi_connection
        dbapi.execute("BEGIN IMMEDIATE")
        try:
            if dbapi.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                dbapi.rollback()
                return False
            for sql in statements(SCHEMA_FILE.read_text(encoding="utf-8")):
                dbapi.execute(sql)
            dbapi.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (HEAD,))
            dbapi.commit()
        except BaseException:
            dbapi.rollback()
            raise
        log.info("new database created at schema %s: %s", HEAD, db.sqlite_path or "in memory")
        return True
    finally:
        raw.close()
