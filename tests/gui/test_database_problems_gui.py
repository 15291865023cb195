"""A database the app cannot use is a plain message in the app's language, never a crash."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from refunddesk.automation.worker import WorkerState
from refunddesk.gui import msgbox
from refunddesk.gui.app import GuiOptions, GuiSession, build_gui
from refunddesk.infra import crash
from refunddesk.store import backups
from refunddesk.store.database import open_database, sqlite_url
from refunddesk.store.problems import DatabaseDamaged

WAIT = 15_000


def test_a_damaged_database_at_start_is_a_translated_message_and_nothing_opens(
    qtbot: QtBot, _private_data_dir: Path, message_log: msgbox.HeadlessMessages
) -> None:
    path = _private_data_dir / "refunddesk.sqlite3"
    open_database(sqlite_url(path)).dispose()
    backups.take_backup(path, "0002")
    with path.open("r+b") as f:
        f.write(b"this is not a database" * 5)
    options = GuiOptions(data_dir=_private_data_dir, database_url="", demo=False, language="pl")
    session = build_gui(options)
    try:
        qtbot.waitUntil(lambda: session.open_error is not None, timeout=WAIT)
        assert isinstance(session.open_error, DatabaseDamaged)
        [shown] = message_log.of_kind(msgbox.MessageKind.ERROR)
        assert f"Baza danych {path} jest uszkodzona" in shown.text
        assert "Najnowsza kopia zapasowa" in shown.text and "refunddesk db restore" in shown.text
        assert not session.ready and session.bridge is None, "no worker on a damaged file"
        assert crash.pending_crash_reports() == []
    finally:
        session.close()
        session.window.close()
        session.window.deleteLater()
        session.languages.set_language("en")


def test_damage_found_while_running_stops_the_worker_with_one_message(
    qtbot: QtBot, live_session: GuiSession, message_log: msgbox.HeadlessMessages
) -> None:
    assert live_session.bridge is not None and live_session.context is not None
    qtbot.waitUntil(lambda: live_session.bridge.cycles >= 1, timeout=WAIT)  # type: ignore[union-attr]
    db = live_session.context.db
    # What a query that met a broken page records (see Database._on_error).
    db.damage = DatabaseDamaged(db.sqlite_path, "parts of it are overwritten or missing")
    live_session.bridge.wake()
    qtbot.waitUntil(
        lambda: live_session.bridge.worker_state is WorkerState.STOPPED,  # type: ignore[union-attr]
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: bool(message_log.of_kind(msgbox.MessageKind.ERROR)), timeout=WAIT)
    [shown] = message_log.of_kind(msgbox.MessageKind.ERROR)
    assert "is damaged" in shown.text and "automation stays off" in shown.text
    report = live_session.bridge.last_report
    assert report is not None and getattr(report.skipped_reason, "code", "") == "cycle.refused"
