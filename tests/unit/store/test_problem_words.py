"""The database's own problems are said in the reader's language, and plainly."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from refunddesk.domain.messages import msg
from refunddesk.services.database import NoDatabase, NotASqliteFile
from refunddesk.store import health
from refunddesk.store.backups import NoBackup
from refunddesk.store.problems import (
    BackupInfo,
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseProblem,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
)

DB = Path("/data/refunddesk.sqlite3")
BACKUP = BackupInfo(
    Path("/data/backups/refunddesk-0002.sqlite3"), datetime(2026, 11, 3, 8, 30, tzinfo=UTC), "0002"
)

PROBLEMS: dict[str, DatabaseProblem] = {
    "locked": DatabaseLocked("busy", path=DB, holders=(msg("db.process", pid=41),)),
    "locked by someone unknown": DatabaseLocked("busy"),
    "in use at a restore": DatabaseLocked("in use", path=DB, in_use=True),
    "damaged, with a backup": DatabaseDamaged(DB, msg("db.not_sqlite"), BACKUP),
    "damaged, cut short": DatabaseDamaged(DB, msg("db.cut_short_of", size=10, expected=40)),
    "damaged, SQLite's words": DatabaseDamaged(DB, msg("db.overwritten", sqlite="malformed")),
    "too new": DatabaseTooNew(DB, "9999_future", "0042"),
    "too new, a server": DatabaseTooNew(None, "9999_future", "0042"),
    "read-only folder": DatabaseReadOnly(DB, folder=True),
    "read-only file": DatabaseReadOnly(DB, folder=False),
    "disk full while upgrading": DiskFull(DB, msg("db_doing.upgrade")),
    "disk full while saving": DiskFull(None, msg("db_doing.saving")),
    "no backup to restore": NoBackup(Path("/data/backups")),
    "no database": NoDatabase(DB),
    "not a file": NotASqliteFile(),
}

# Words of the English sentences that must not show through in another language.
ENGLISH = ("The database", "RefundDesk cannot", "The disk is full", "There is no", "latest backup",
           "sound backup", "nothing was changed", "process", "Backups")  # fmt: skip


@pytest.mark.parametrize("language", ["pl", "zh_CN"])
@pytest.mark.parametrize("name", PROBLEMS)
def test_every_database_problem_is_said_in_the_language_asked_for(name: str, language: str) -> None:
    problem = PROBLEMS[name]
    said = problem.text(language)
    assert said and "{" not in said, said
    for words in ENGLISH:
        assert words not in said, (name, said)
    assert str(problem) == problem.text("en"), "the log keeps the English"


def test_the_files_and_values_are_in_every_language() -> None:
    damaged = PROBLEMS["damaged, with a backup"]
    for language in ("en", "pl", "zh_CN"):
        said = damaged.text(language)
        assert str(DB) in said and str(BACKUP.path) in said and "2026-11-03 08:30" in said
        assert "refunddesk db restore" in said
    assert "9999_future" in PROBLEMS["too new"].text("zh_CN")
    assert "0042" in PROBLEMS["too new"].text("pl")


def test_the_database_without_a_path_reads_well_in_chinese() -> None:
    # A server database has no file: no stray space where the file would be.
    assert PROBLEMS["too new, a server"].text("zh_CN").startswith("数据库由更新版本")
    assert PROBLEMS["too new"].text("zh_CN").startswith(f"数据库 {DB} 由更新版本")


def test_a_full_disk_says_what_it_stopped_in_each_language() -> None:
    problem = PROBLEMS["disk full while upgrading"]
    assert "the database upgrade was stopped" in problem.text("en")
    assert "przerwano aktualizację bazy danych" in problem.text("pl")
    assert "数据库升级已停止" in problem.text("zh_CN")


def test_a_file_that_is_not_a_database_is_said_in_polish(tmp_path: Path) -> None:
    path = tmp_path / "refunddesk.sqlite3"
    path.write_bytes(b"not a database at all, only text " * 10)
    with pytest.raises(DatabaseDamaged) as refused:
        health.check_sound(path)
    said = refused.value.text("pl")
    assert "jest uszkodzona" in said and "to nie jest baza danych SQLite" in said, said
