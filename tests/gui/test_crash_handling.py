"""Crashes: a worker-thread exception reaches the GUI thread by signal; last run's reports shown."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from refunddesk.gui import crashsignal, msgbox
from refunddesk.gui.app import GuiSession
from refunddesk.gui.crash_dialog import CrashDialog
from refunddesk.gui.crashsignal import CrashNotice
from refunddesk.gui.msgbox import HeadlessMessages, MessageKind
from refunddesk.infra import crash, paths


def _crash_in_thread(message: str) -> None:
    def work() -> None:
        raise ValueError(message)

    worker = threading.Thread(target=work, name="refund-worker")
    worker.start()
    worker.join()


def test_worker_crash_is_saved_and_shown_on_the_gui_thread(
    qtbot: QtBot, gui_session: GuiSession, message_log: HeadlessMessages
) -> None:
    received: list[tuple[CrashNotice, threading.Thread]] = []
    gui_session.crash_relay.crashed.connect(
        lambda notice: received.append((notice, threading.current_thread()))
    )
    with qtbot.waitSignal(gui_session.crash_relay.crashed, timeout=5000):
        _crash_in_thread("boom in order 7f3c")

    notice, delivered_on = received[0]
    assert delivered_on is threading.main_thread()
    assert gui_session.crash_presenter.shown_on == [threading.main_thread()]
    assert notice.thread_name == "refund-worker"
    assert "ValueError: boom in order 7f3c" in notice.text
    assert notice.report_path is not None and notice.report_path.is_file()
    assert notice.report_path.parent == paths.crash_dir()
    [shown] = message_log.of_kind(MessageKind.ERROR)
    assert "boom in order 7f3c" in shown.details


def test_a_crash_in_a_slot_opens_one_dialog_for_several_crashes(
    qtbot: QtBot, gui_session: GuiSession
) -> None:
    msgbox.disable_headless()
    for text in ("first failure", "second failure"):
        try:
            raise RuntimeError(text)
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # what PySide6 does for an exception in a slot
    dialog = gui_session.crash_presenter.dialog
    assert isinstance(dialog, CrashDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert len(dialog.notices()) == 2
    assert "second failure" in dialog.details.toPlainText()
    assert dialog.heading.text() == "RefundDesk ran into an unexpected error"
    assert dialog.quit_button.isVisibleTo(dialog)
    dialog.close()


def test_reports_from_the_last_run_are_offered_once(qtbot: QtBot, gui_session: GuiSession) -> None:
    try:
        raise KeyError("order 123")
    except KeyError as exc:
        path = crash.write_crash_report(type(exc), exc, exc.__traceback__)
    msgbox.disable_headless()
    dialog = gui_session.crash_presenter.offer_previous_crashes()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "RefundDesk closed unexpectedly last time"
    assert "KeyError: 'order 123'" in dialog.details.toPlainText()
    assert str(path.parent) in dialog.location.text()
    assert not dialog.quit_button.isVisibleTo(dialog)
    dialog.copy_button.click()
    assert "order 123" in QApplication.clipboard().text()
    dialog.close()
    assert crash.pending_crash_reports() == []
    assert gui_session.crash_presenter.offer_previous_crashes() is None


def test_an_unreadable_crash_folder_is_a_warning_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refused(*_args: object) -> list[Path]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(crash, "pending_crash_reports", refused)
    monkeypatch.setattr(crash, "mark_seen", refused)
    with caplog.at_level(logging.WARNING, logger=crashsignal.log.name):
        assert crashsignal.pending_reports() == []
        crashsignal.mark_seen(Path("crash-1.txt"))
    warnings = [r for r in caplog.records if r.name == crashsignal.log.name]
    assert [r.levelno for r in warnings] == [logging.WARNING, logging.WARNING]
    assert all(r.exc_info is None for r in warnings)  # no traceback for the machine's state
    assert "Permission denied" in warnings[0].getMessage()
