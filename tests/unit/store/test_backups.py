"""Backups: only before a real migration, bounded, all-or-nothing; restore keeps the old file."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from refunddesk.automation.worker import Worker
from refunddesk.store import backups
from refunddesk.store.backup_names import list_backups
from refunddesk.store.database import RECHECK_SECONDS, open_database, sqlite_url
from refunddesk.store.problems import DatabaseDamaged, DatabaseLocked
from tests.support.lock_holder import another_process_on

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def filled(path: Path, rows: int = 400) -> Path:
    db = open_database(sqlite_url(path))
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO settings (key, value) VALUES (?, ?)",
            [(f"k{n}", f'"{"v" * 200}"') for n in range(rows)],
        )
    db.dispose()
    return path


def count_rows(path: Path) -> int:
    db = open_database(sqlite_url(path))
    with db.engine.connect() as conn:
        found = int(conn.execute(text("SELECT count(*) FROM settings")).scalar_one())
    db.dispose()
    return found


def smash_middle(path: Path) -> None:
    """Overwrite the middle half of the file: every table and index loses pages."""
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.seek(size // 4)
        f.write(b"\xff" * (size // 2))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_ordinary_starts_take_no_backup(tmp_path: Path) -> None:
    path = filled(tmp_path / "r.sqlite3")
    for _ in range(3):
        open_database(sqlite_url(path)).dispose()
    assert list_backups(path) == []


def test_backups_are_bounded_and_half_written_ones_are_swept(tmp_path: Path) -> None:
    path = filled(tmp_path / "r.sqlite3", rows=10)
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = folder / ".r-0001-20200101-000000.sqlite3.abcd1234.part"
    stale.write_bytes(b"half")
    old = (T0 - timedelta(days=2)).timestamp()
    os.utime(stale, (old, old))
    taken = [backups.take_backup(path, "0002", now=T0 + timedelta(hours=n)) for n in range(7)]
    kept = list_backups(path)
    assert [b.path for b in kept] == [b.path for b in reversed(taken[-backups.KEEP_BACKUPS :])]
    assert not stale.exists()


def test_restore_brings_the_data_back_and_keeps_the_damaged_file(tmp_path: Path) -> None:
    path = filled(tmp_path / "r.sqlite3")
    backups.take_backup(path, "0002", now=T0 - timedelta(days=1))  # older, also sound
    good = backups.take_backup(path, "0002", now=T0)
    smash_middle(path)
    damaged = digest(path)
    with pytest.raises(DatabaseDamaged) as refused:
        open_database(sqlite_url(path))
    assert refused.value.backup == good
    done = backups.restore(path, now=T0 + timedelta(hours=1))
    assert done.source == good
    assert done.set_aside is not None
    assert digest(done.set_aside / path.name) == damaged, "the damaged file is kept as it was"
    assert count_rows(path) == 400


def test_restore_skips_a_damaged_backup_and_refuses_with_none_sound(tmp_path: Path) -> None:
    path = filled(tmp_path / "r.sqlite3")
    older = backups.take_backup(path, "0002", now=T0 - timedelta(days=1))
    newest = backups.take_backup(path, "0002", now=T0)
    smash_middle(newest.path)
    assert backups.sound_backup(path) == older
    smash_middle(older.path)
    before = digest(path)
    with pytest.raises(backups.NoBackup):
        backups.restore(path)
    assert digest(path) == before


def test_restore_refuses_while_another_program_has_the_database_open(tmp_path: Path) -> None:
    path = filled(tmp_path / "r.sqlite3")
    backups.take_backup(path, "0002", now=T0)
    with another_process_on(path, "SELECT count(*) FROM settings") as reader_pid:
        before = digest(path)
        with pytest.raises(DatabaseLocked) as refused:
            backups.restore(path)
        assert f"process {reader_pid}" in str(refused.value)
        assert digest(path) == before


def _worker_that_must_not_act(path: Path) -> tuple[Worker, list[int]]:
    db = open_database(sqlite_url(path))
    asked: list[int] = []

    def market(shop_id: int, _recorder: object) -> object:
        asked.append(shop_id)
        raise AssertionError("the worker reached for the marketplace")

    return Worker(db, market, lambda _db: []), asked  # type: ignore[arg-type]


def test_the_worker_refuses_a_database_found_damaged_by_its_next_check(tmp_path: Path) -> None:
    path = filled(tmp_path / "r.sqlite3")
    worker, asked = _worker_that_must_not_act(path)
    smash_middle(path)  # damaged while the app runs (a failing disk, another program)
    assert worker.db.checked_at is not None
    worker.db.checked_at -= RECHECK_SECONDS + 1
    report = worker.run_once()
    assert isinstance(worker.refused, DatabaseDamaged)
    assert getattr(report.skipped_reason, "code", "") == "cycle.refused"
    assert str(report.skipped_reason).startswith("automation stopped: the database is damaged")
    assert asked == []
    worker.run()  # the loop stops at once instead of retrying a damaged file
    worker.db.dispose()


def test_a_query_that_meets_damage_raises_the_typed_error_and_stops_the_worker(
    tmp_path: Path,
) -> None:
    path = filled(tmp_path / "r.sqlite3")
    worker, asked = _worker_that_must_not_act(path)
    smash_middle(path)
    worker.db.engine.dispose()  # fresh connections read the file as it is now
    with pytest.raises(DatabaseDamaged), worker.db.engine.connect() as conn:
        conn.execute(text("SELECT key, value FROM settings ORDER BY key")).all()
    assert worker.db.damage is not None
    worker.run_once()
    assert worker.refused is worker.db.damage and asked == []
    worker.db.dispose()
