"""An empty database gets its schema from store/schema.sql, exactly as the migrations make it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from refunddesk.store import fresh_schema, migrate
from refunddesk.store.database import open_database, sqlite_url
from refunddesk.store.problems import DatabaseLocked
from refunddesk.store.schema_revision import HEAD
from tests.support.lock_holder import holding_the_write_lock


def _schema_of(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return fresh_schema.dump(conn)


def test_schema_sql_is_what_the_migrations_make() -> None:
    shipped = fresh_schema.comparable(fresh_schema.SCHEMA_FILE.read_text(encoding="utf-8"))
    assert shipped == fresh_schema.comparable(fresh_schema.migrated()), (
        "store/schema.sql is stale: run `.venv/bin/python scripts/write_schema.py`"
    )


def test_the_comparison_sees_a_changed_column_but_not_reordered_constraints() -> None:
    table = "CREATE TABLE t (\n\ta INTEGER NOT NULL, \n\tb VARCHAR(3), \n\t{}, \n\t{}\n);\n"
    pk, check = "CONSTRAINT pk_t PRIMARY KEY (a)", "CONSTRAINT ck_t CHECK (a IN (1, 2))"
    index = "CREATE INDEX ix_t_b ON t (b);\n"
    one = fresh_schema.comparable(table.format(pk, check) + index)
    assert fresh_schema.comparable(index + table.format(check, pk)) == one
    assert fresh_schema.comparable(table.format(pk, check).replace("(3)", "(4)") + index) != one
    assert fresh_schema.comparable(table.format(pk, check).replace("a IN", "b IN") + index) != one
    a, b = "a INTEGER NOT NULL", "b VARCHAR(3)"
    swapped = table.replace(f"{a}, \n\t{b}", f"{b}, \n\t{a}").format(pk, check)
    assert fresh_schema.comparable(swapped + index) != one


def test_a_new_database_is_the_migrated_schema_at_head_without_alembic(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    code = (
        "import sys; from refunddesk.store.database import open_database, sqlite_url; "
        f"open_database(sqlite_url({str(path)!r})).dispose(); print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"

    assert _schema_of(path) == fresh_schema.SCHEMA_FILE.read_text(encoding="utf-8")
    db = open_database(sqlite_url(path), migrate=False)
    try:  # Alembic reads it as at head: nothing to upgrade, now or when a migration is added
        assert migrate.current_revision(db) == migrate.head_revision(db) == HEAD
        assert not migrate.upgrade_if_behind(db)
    finally:
        db.dispose()


def test_the_migrations_leave_no_rows_that_the_script_would_miss(tmp_path: Path) -> None:
    # schema.sql carries tables and indexes only: a migration that seeds rows needs more.
    db = open_database(sqlite_url(tmp_path / "migrated.sqlite3"), migrate=False)
    try:
        migrate.upgrade_if_behind(db)
        with db.engine.connect() as conn:
            tables = conn.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table'")
            ).scalars()
            counts = {
                name: conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()
                for name in tables
            }
    finally:
        db.dispose()
    assert counts.pop("alembic_version") == 1
    assert set(counts.values()) == {0}


def test_a_database_with_tables_is_left_to_alembic(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE kept (x INTEGER)")
    db = open_database(sqlite_url(path), migrate=False)
    try:
        assert not fresh_schema.create_if_empty(db)
    finally:
        db.dispose()
    assert _schema_of(path) == "CREATE TABLE kept (x INTEGER);\n\n"


def test_a_failed_creation_leaves_the_file_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "schema.sql"
    good = fresh_schema.SCHEMA_FILE.read_text(encoding="utf-8")
    broken.write_text(good + "CREATE TABLE shops (id INTEGER);\n", encoding="utf-8")
    monkeypatch.setattr(fresh_schema, "SCHEMA_FILE", broken)
    path = tmp_path / "new.sqlite3"
    db = open_database(sqlite_url(path), migrate=False)
    try:
        with pytest.raises(sqlite3.OperationalError, match="already exists"):
            fresh_schema.create_if_empty(db)
    finally:
        db.dispose()
    assert _schema_of(path) == ""  # all or nothing: the next start begins again

    monkeypatch.undo()
    open_database(sqlite_url(path)).dispose()
    assert _schema_of(path) == good


def test_a_locked_new_file_is_a_plain_problem(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    db = open_database(sqlite_url(path), migrate=False)
    try:
        with holding_the_write_lock(path, begin="BEGIN EXCLUSIVE"), pytest.raises(DatabaseLocked):
            fresh_schema.create_if_empty(db)
    finally:
        db.dispose()
    assert _schema_of(path) == ""


_OPEN_WHEN_TOLD = """
import sys, time
from pathlib import Path
from refunddesk.store.database import open_database, sqlite_url
go = Path(sys.argv[2])
print("ready", flush=True)
while not go.exists():
    time.sleep(0.001)
open_database(sqlite_url(sys.argv[1])).dispose()
print("opened")
"""


def test_processes_opening_one_new_file_at_once_make_its_schema_once(tmp_path: Path) -> None:
    # The app and a headless worker (or two PCs on a shared folder) started together.
    path, go = tmp_path / "shared.sqlite3", tmp_path / "go"
    starters = [
        subprocess.Popen(
            [sys.executable, "-c", _OPEN_WHEN_TOLD, str(path), str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    for starter in starters:  # all four imported and waiting
        assert starter.stdout is not None and starter.stdout.readline().strip() == "ready"
    go.touch()
    outcomes = [starter.communicate(timeout=120) for starter in starters]
    assert [out.strip() for out, _err in outcomes] == ["opened"] * 4, outcomes
    assert _schema_of(path) == fresh_schema.SCHEMA_FILE.read_text(encoding="utf-8")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD,)]
