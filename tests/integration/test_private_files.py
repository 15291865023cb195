"""Buyers' data on disk is readable by the user only: folders 0700, files 0600 (POSIX)."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from refunddesk.cli import main
from refunddesk.infra import crash, paths
from refunddesk.infra.logging import PrivateRotatingFileHandler
from refunddesk.services.export import export_refunds_csv
from refunddesk.services.rules import export_rules_to
from refunddesk.store import backups
from refunddesk.store.database import open_database, sqlite_url

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def everything_under(root: Path) -> dict[str, int]:
    found = {".": mode(root)}
    for folder, dirs, files in os.walk(root):
        for name in (*dirs, *files):
            entry = Path(folder) / name
            found[str(entry.relative_to(root))] = mode(entry)
    return found


def private(found: dict[str, int], root: Path) -> dict[str, int]:
    """What is NOT private: {} when every folder is 0700 and every file 0600."""
    return {
        name: m for name, m in found.items() if m != (0o700 if (root / name).is_dir() else 0o600)
    }


def test_a_start_tightens_what_an_older_version_left_readable(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    for folder in ("logs", "backups", "crashes", "templates"):
        (data / folder).mkdir(parents=True, mode=0o755)
    data.chmod(0o755)
    old = {
        "logs/refunddesk.log": "2026-01-01 INFO buyer jan.kowalski@example.com",
        "logs/refunddesk.log.1": "older",
        "backups/refunddesk-0001-20260101-000000.sqlite3": "x",
        "crashes/crash-20260101-000000-1.txt": "trace",
        "templates/refund_pl.txt": "Dzień dobry",
    }
    for name, body in old.items():
        (data / name).write_text(body)
        (data / name).chmod(0o644)
    assert main(["--data-dir", str(data), "--log-level", "WARNING", "pause"]) == 0
    found = everything_under(data)
    assert "refunddesk.sqlite3" in found and "logs/refunddesk.log" in found
    assert private(found, data) == {}


@pytest.fixture
def desktop_umask() -> Iterator[None]:
    """An ordinary desktop umask: anything not made private on purpose would be 0644."""
    before = os.umask(0o022)
    yield
    os.umask(before)


@pytest.mark.usefixtures("desktop_umask")
def test_new_files_are_private_from_the_first_byte(tmp_path: Path) -> None:
    data = paths.data_dir()
    assert mode(data) == 0o700
    db = open_database(sqlite_url(data / "refunddesk.sqlite3"))
    with db.engine.connect() as conn:  # an open connection: the -wal and -shm exist now
        conn.execute(text("SELECT count(*) FROM settings"))
        side = [data / "refunddesk.sqlite3-wal", data / "refunddesk.sqlite3-shm"]
        assert [mode(p) for p in side] == [0o600, 0o600]
    copy = backups.take_backup(data / "refunddesk.sqlite3", "0002")
    export = tmp_path / "Documents" / "refunds.csv"
    export.parent.mkdir()
    export_refunds_csv(db, export)
    rules_file = export.parent / "rules.json"
    export_rules_to(db, rules_file)
    db.dispose()
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        report = crash.write_crash_report(RuntimeError, exc, exc.__traceback__)
    logs = data / "rotating"
    logs.mkdir(mode=0o700)
    handler = PrivateRotatingFileHandler(logs / "refunddesk.log", maxBytes=200, backupCount=3)
    for n in range(20):
        handler.emit(logging.makeLogRecord({"msg": f"buyer {n} " + "x" * 50}))
    handler.close()
    rotated = sorted(logs.iterdir())
    assert len(rotated) == 4
    made = [copy.path, export, rules_file, report, *rotated]
    assert {p.name: mode(p) for p in made} == {p.name: 0o600 for p in made}
    assert mode(copy.path.parent) == mode(report.parent) == 0o700
    assert private(everything_under(data), data) == {}
