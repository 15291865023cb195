"""The message box factory: headless it records and answers; otherwise it shows plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from refunddesk.gui import msgbox
from refunddesk.gui.msgbox import HeadlessMessages, MessageKind


def _visible_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_headless_calls_are_recorded_not_shown(qtbot: QtBot, message_log: HeadlessMessages) -> None:
    assert msgbox.information(None, "Saved", "Rule 2 saved.") is None
    msgbox.warning(None, "Keyring", "The keyring stores secrets in plain text.")
    msgbox.error(None, "Allegro", "Token revoked.", details="trace-id 42")
    assert [r.kind for r in message_log.records] == [
        MessageKind.INFORMATION, MessageKind.WARNING, MessageKind.ERROR,
    ]  # fmt: skip
    assert message_log.records[2].details == "trace-id 42"
    assert message_log.of_kind(MessageKind.WARNING)[0].title == "Keyring"
    assert _visible_boxes() == []


def test_headless_questions_get_the_default_or_a_queued_answer(
    qtbot: QtBot, message_log: HeadlessMessages
) -> None:
    assert msgbox.question(None, "Refund?", "Refund 120,00 zł?") is False
    assert msgbox.question(None, "Refund?", "Refund 120,00 zł?", default=True) is True
    message_log.answer_next(True, False)
    assert msgbox.question(None, "Approve?", "Approve the hold?") is True
    assert msgbox.question(None, "Approve?", "Approve the hold?", default=True) is False
    assert [r.answer for r in message_log.of_kind(MessageKind.QUESTION)] == [
        False, True, True, False,
    ]  # fmt: skip


def test_a_real_notice_shows_buyer_text_as_plain_text(qtbot: QtBot) -> None:
    msgbox.disable_headless()
    box = msgbox.warning(None, "Buyer message", "<b>Jan</b> wrote: refund please")
    assert box is not None
    qtbot.addWidget(box)
    qtbot.waitUntil(box.isVisible)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == "<b>Jan</b> wrote: refund please"
    assert box.icon() == QMessageBox.Icon.Warning
    box.close()
