"""Damaged or foreign database files: a plain message, the right exit code, and nothing lost."""

from __future__ import annotations

import hashlib
import random
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from refunddesk.cli import main
from refunddesk.store import backups, database, health
from refunddesk.store.database import open_database, sqlite_url
from refunddesk.store.problems import (
    EXIT_DAMAGED,
    EXIT_DISK_FULL,
    EXIT_LOCKED,
    EXIT_READ_ONLY,
    EXIT_TOO_NEW,
)
from tests.support.files import read_only
from tests.support.lock_holder import holding_the_write_lock

DB_NAME = "refunddesk.sqlite3"


def _head() -> str:
    """The newest schema this RefundDesk ships (it moves as migrations are added)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from refunddesk.store.migrate import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return str(ScriptDirectory.from_config(cfg).get_current_head())


HEAD = _head()


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str]:
    code = main(["--data-dir", str(data), "--log-level", "WARNING", *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_database(data: Path, *, revision: str | None = None) -> Path:
    """A real database with a few hundred rows (so damage lands in real pages), closed cleanly."""
    path = data / DB_NAME
    db = open_database(sqlite_url(path), migrate=revision is None)
    if revision is not None:
        from alembic import command

        from refunddesk.store import migrate

        cfg = migrate.alembic_config(db)
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO settings (key, value) VALUES (?, ?)",
            [(f"note-{n}", f'"{"x" * 300}{n}"') for n in range(600)],
        )
    db.dispose()  # the last connection folds the WAL into the file
    assert not path.with_name(DB_NAME + "-wal").exists()
    return path


def overwrite(path: Path, offset: int, data: bytes) -> None:
    with path.open("r+b") as f:
        f.seek(offset)
        f.write(data)


def garbage(n: int) -> bytes:
    return random.Random(11).randbytes(n)


@dataclass(frozen=True)
class Case:
    name: str
    damage: Callable[[Path], None]  # gets the database file
    exit_code: int
    says: tuple[str, ...]


DAMAGED = [
    Case(
        "truncated",
        lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]),
        EXIT_DAMAGED,
        ("is damaged", "cut short", "automation stays off"),
    ),
    Case(
        "garbage in the middle",
        lambda p: overwrite(p, p.stat().st_size // 2, garbage(16384)),
        EXIT_DAMAGED,
        ("is damaged", "automation stays off"),
    ),
    Case(
        "garbage header",
        lambda p: overwrite(p, 0, garbage(100)),
        EXIT_DAMAGED,
        ("is damaged", "not a SQLite database"),
    ),
    Case(
        "a newer schema",
        lambda p: _set_revision(p, "9999_future"),
        EXIT_TOO_NEW,
        ("made by a newer version of RefundDesk (schema 9999_future)", f"knows up to {HEAD}"),
    ),
]


def _set_revision(path: Path, revision: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()


@pytest.mark.parametrize("case", DAMAGED, ids=lambda c: c.name)
def test_a_damaged_or_foreign_file_is_refused_plainly_and_left_untouched(
    case: Case, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    path = make_database(data)
    backup = backups.take_backup(path, HEAD)
    case.damage(path)
    before = digest(path)
    for command in (["run", "--once"], ["pause"], ["db", "check"]):
        code, out = run(capsys, data, *command)
        assert code == case.exit_code, (command, out)
        for words in case.says:
            assert words in out, (command, out)
        assert "Traceback" not in out
        assert digest(path) == before, "the file must stay exactly as it was"
    if case.exit_code == EXIT_DAMAGED:
        assert f"The latest backup is {backup.path}" in out and "refunddesk db restore" in out
    # Refusing is not a reason for a new backup: still only the one taken above.
    assert [b.path for b in backups.list_backups(path)] == [backup.path]


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_file_or_folder_is_said_and_nothing_is_written(
    what: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    path = make_database(data)
    before = digest(path)
    with read_only(path if what == "file" else data):
        code, out = run(capsys, data, "pause")
        check_code, check_out = run(capsys, data, "db", "check")
    assert code == check_code == EXIT_READ_ONLY, out + check_out
    target = f"the folder {data}" if what == "folder" else f"the file {path}"
    assert f"RefundDesk cannot write to {target}: it is read-only" in out
    assert "Traceback" not in out + check_out
    assert digest(path) == before
    code, out = run(capsys, data, "pause")  # writable again: works, nothing was lost
    assert code == 0 and "Automation paused." in out


def test_a_full_disk_during_the_backup_leaves_no_half_backup_and_the_file_as_it_was(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    path = make_database(data, revision="0001")  # behind head: the next start migrates
    before = digest(path)
    real_copy = backups._copy_pages

    def copy_onto_a_full_disk(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
        target.execute("PRAGMA max_page_count = 8")  # SQLite's own "database or disk is full"
        real_copy(source, target)

    monkeypatch.setattr(backups, "_copy_pages", copy_onto_a_full_disk)
    code, out = run(capsys, data, "run", "--once")
    assert code == EXIT_DISK_FULL, out
    assert "The disk is full" in out and "the backup before the upgrade was stopped" in out
    assert "Traceback" not in out
    assert digest(path) == before, "no migration may start without its backup"
    assert list((data / "backups").iterdir()) == [], "no half-written backup is left"
    monkeypatch.undo()
    code, out = run(capsys, data, "run", "--once")
    assert code == 0, out
    [copy] = backups.list_backups(path)
    assert copy.revision == "0001"


def test_a_locked_database_waits_then_names_who_holds_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    path = make_database(data)
    monkeypatch.setattr(health, "BUSY_TIMEOUT_MS", 300)
    stuck = "INSERT INTO settings (key, value) VALUES ('stuck', '1')"
    with holding_the_write_lock(path, then=stuck) as pid:
        code, out = run(capsys, data, "pause")
    assert code == EXIT_LOCKED, out
    assert f"is busy: process {pid} (" in out and "kept it locked for too long" in out
    assert "Traceback" not in out
    code, out = run(capsys, data, "pause")  # the holder is gone: it works again
    assert code == 0, out


def test_db_check_then_restore_brings_a_damaged_database_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    path = make_database(data)
    code, out = run(capsys, data, "db", "check")
    assert code == 0 and "Integrity: ok" in out and f"Schema: {HEAD}" in out, out
    backup = backups.take_backup(path, HEAD)
    overwrite(path, path.stat().st_size // 2, garbage(16384))
    damaged = digest(path)
    code, out = run(capsys, data, "db", "check")
    assert code == 65 and "is damaged" in out
    assert out.count("\n") == 1, out  # one paragraph: SQLite's lines are joined
    code, out = run(capsys, data, "db", "restore")
    assert code == 0, out
    assert f"Restored {backup.path}" in out and "kept in" in out
    [aside] = (data / "set-aside").iterdir()
    assert digest(aside / DB_NAME) == damaged, "the damaged file is kept, byte for byte"
    code, out = run(capsys, data, "db", "check")
    assert code == 0 and "Integrity: ok" in out, out
    code, out = run(capsys, data, "run", "--once")
    assert code == 0, out
    with sqlite3.connect(path) as conn:
        kept = conn.execute("SELECT count(*) FROM settings WHERE key LIKE 'note-%'").fetchone()
    conn.close()
    assert kept == (600,)


def test_restore_without_any_backup_says_so_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    path = make_database(data)
    overwrite(path, 0, garbage(100))
    before = digest(path)
    code, out = run(capsys, data, "db", "restore")
    assert code == 1 and "There is no sound backup to restore" in out, out
    assert "Traceback" not in out and digest(path) == before


def test_a_full_disk_during_the_upgrade_rolls_it_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    path = make_database(data, revision="0001")
    with sqlite3.connect(path) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    before = digest(path)
    real_pragmas = database._set_sqlite_pragmas

    def a_disk_with_one_page_left(dbapi_conn: sqlite3.Connection, record: object) -> None:
        real_pragmas(dbapi_conn, record)
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 1}")

    monkeypatch.setattr(database, "_set_sqlite_pragmas", a_disk_with_one_page_left)
    code, out = run(capsys, data, "run", "--once")
    assert code == EXIT_DISK_FULL, out
    assert "The disk is full" in out and "the database upgrade was stopped" in out
    assert "Traceback" not in out
    assert digest(path) == before, "the upgrade was rolled back"
    [copy] = backups.list_backups(path)  # and the copy taken before it is whole
    health.check_sound(copy.path, full=True)


@pytest.mark.parametrize(
    ("language", "says"),
    [
        ("pl", ("jest uszkodzona", "automatyzacja pozostaje wyłączona", "Najnowsza kopia")),
        ("zh_CN", ("已损坏", "自动化保持关闭", "最新的备份是")),
    ],
)
def test_a_damaged_database_is_said_in_the_language_asked_for(
    language: str, says: tuple[str, ...], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    path = make_database(data)
    backup = backups.take_backup(path, HEAD)
    overwrite(path, path.stat().st_size // 2, garbage(16384))
    for command in (["db", "check"], ["refunds"]):
        code, out = run(capsys, data, "--language", language, *command)
        assert code == EXIT_DAMAGED, (command, out)
        for words in says:
            assert words in out, (command, out)
        assert str(path) in out and str(backup.path) in out and "refunddesk db restore" in out
        assert "is damaged" not in out and "The latest backup" not in out, out


def test_a_locked_database_is_said_in_chinese(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    path = make_database(data)
    monkeypatch.setattr(health, "BUSY_TIMEOUT_MS", 300)
    stuck = "INSERT INTO settings (key, value) VALUES ('stuck', '1')"
    with holding_the_write_lock(path, then=stuck) as pid:
        code, out = run(capsys, data, "--language", "zh_CN", "pause")
    assert code == EXIT_LOCKED, out
    assert f"数据库 {path} 正忙：进程 {pid}（" in out and "锁定它的时间过长" in out, out
    assert "is busy" not in out and "Traceback" not in out


def test_db_check_and_restore_report_in_polish(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    path = make_database(data)
    backup = backups.take_backup(path, HEAD)
    code, out = run(capsys, data, "--language", "pl", "db", "check")
    assert code == 0, out
    assert f"Baza danych: {path}, " in out and f"Schemat: {HEAD} (ta aplikacja zna" in out
    assert re.search(r"\d,\d MB", out) and not re.search(r"\d\.\d MB", out), out  # "0,3 MB"
    assert "Spójność: w porządku" in out and f"Kopie zapasowe: 1, najnowsza {backup.path}" in out
    overwrite(path, 0, garbage(100))
    code, out = run(capsys, data, "--language", "pl", "db", "restore")
    assert code == 0, out
    assert f"Przywrócono {backup.path}" in out and "Zastąpione pliki zachowano w" in out
    assert "Restored" not in out and "Start RefundDesk" not in out, out
