"""The database opens with the right pragmas, migrates only when behind, and backs up first."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from refunddesk.store import database, migrate
from refunddesk.store.database import Database, open_database, sqlite_url
from refunddesk.store.models import Base, Setting, Shop
from refunddesk.store.problems import DatabaseDamaged, DatabaseLocked
from tests.support.lock_holder import holding_the_write_lock


def test_models_and_migrations_do_not_drift(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "drift.sqlite3"))
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], f"models changed without a migration: {diff}"


def test_sqlite_runs_in_wal_with_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "p.sqlite3"))
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "fk.sqlite3"))
    with pytest.raises(Exception, match="FOREIGN KEY"), db.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO sync_cursors (shop_id, feed, updated_at) VALUES (99, 'x', 'now')")
        )


def test_at_head_nothing_is_migrated_or_copied(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "h.sqlite3"))
    backups = tmp_path / "backups"
    assert migrate.upgrade_if_behind(db, backups) is False
    assert not backups.exists()


def database_at(path: Path, revision: str) -> Database:
    """A real database file at an older schema revision, as an older RefundDesk left it."""
    db = open_database(sqlite_url(path), migrate=False)
    cfg = migrate.alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return db


def test_behind_head_backs_up_before_upgrading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "b.sqlite3"
    old = database_at(path, "0001")
    with old.engine.begin() as conn:
        conn.execute(text("INSERT INTO settings (key, value) VALUES ('language', '\"pl\"')"))
    old.dispose()
    backups = tmp_path / "backups"
    seen_at_upgrade: list[list[Path]] = []
    real_upgrade = migrate.command.upgrade

    def upgrade(cfg: Any, revision: str) -> None:
        seen_at_upgrade.append(sorted(backups.glob("*.sqlite3")))
        real_upgrade(cfg, revision)

    monkeypatch.setattr(migrate.command, "upgrade", upgrade)
    db = open_database(sqlite_url(path), migrate=False)
    assert migrate.upgrade_if_behind(db, backups) is True
    assert migrate.current_revision(db) == migrate.head_revision(db)
    assert len(seen_at_upgrade) == 1, "upgrade must run once"
    copies = seen_at_upgrade[0]
    assert len(copies) == 1, "the backup must exist before the upgrade starts"
    assert "-0001-" in copies[0].name
    with sqlite3.connect(copies[0]) as conn:
        row = conn.execute("SELECT value FROM settings WHERE key='language'").fetchone()
    assert row == ('"pl"',)


def test_times_come_back_aware_utc(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "t.sqlite3"))
    warsaw = timezone(timedelta(hours=1))
    created = datetime(2026, 11, 26, 10, 30, tzinfo=warsaw)
    with db.transaction() as s:
        s.add(Shop(name="A", environment="demo", api_url="x", auth_url="x", created_at=created))
    with db.sessions() as s:
        shop = s.scalars(select(Shop)).one()
    assert shop.created_at == created
    assert shop.created_at.tzinfo == UTC


def test_naive_times_are_refused(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "n.sqlite3"))
    with pytest.raises(Exception, match="naive"), db.transaction() as s:
        s.add(
            Shop(name="A", environment="demo", api_url="x", auth_url="x", created_at=datetime.now())
        )


def test_a_write_held_up_by_another_process_is_the_typed_busy_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "l.sqlite3"
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    db = open_database(sqlite_url(path))
    with holding_the_write_lock(path) as pid:
        with pytest.raises(DatabaseLocked) as busy, db.transaction() as s:
            s.add(Setting(key="language", value="pl"))
        assert busy.value.holders and str(busy.value.holders[0]).startswith(f"process {pid} (")
    with db.transaction() as s:  # free again: the same write goes through
        s.add(Setting(key="language", value="pl"))
    db.dispose()


def test_the_light_schema_check_agrees_with_alembic(tmp_path: Path) -> None:
    """An ordinary start compares revisions without Alembic (store/schema_revision.py): its
    HEAD must be the newest migration, and it must read a database's revision as Alembic does."""
    from refunddesk.store import schema_revision

    db = open_database(sqlite_url(tmp_path / "x.sqlite3"), migrate=False)
    try:
        assert schema_revision.current_revision(db) is None
        assert migrate.current_revision(db) is None
        assert not schema_revision.is_current(db)
        migrate.upgrade_if_behind(db)
        assert migrate.head_revision(db) == schema_revision.HEAD
        assert schema_revision.current_revision(db) == migrate.current_revision(db)
        assert schema_revision.is_current(db)
    finally:
        db.dispose()


def test_opening_a_current_database_does_not_load_alembic(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "x.sqlite3")
    open_database(url).dispose()  # created and migrated: Alembic was needed once
    code = (
        "import sys; from refunddesk.store.database import open_database; "
        f"open_database({url!r}).dispose(); print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_damaged_databases_message_is_one_paragraph() -> None:
    """SQLite's integrity check answers in lines; a failure is said as one paragraph."""
    found = "*** in database main ***\nPage 3: btreeInitPage() returns error code 11"
    problem = DatabaseDamaged(Path("/data/refunddesk.sqlite3"), found)
    assert "\n" not in str(problem)
    assert "*** in database main *** Page 3: btreeInitPage()" in str(problem)
