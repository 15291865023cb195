"""The one factory for message boxes, with a headless switch that records instead of showing.

Every dialog the app shows goes through here, so tests (and any run without a person in front of
the screen) can turn on :func:`enable_headless`: calls are then recorded and answered with a
default instead of opening a modal box that would block forever.
"""

from __future__ import annotations

import enum
from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class MessageKind(enum.Enum):
    INFORMATION = "information"
    WARNING = "warning"
    ERROR = "error"
    QUESTION = "question"


_ICONS = {
    MessageKind.INFORMATION: QMessageBox.Icon.Information,
    MessageKind.WARNING: QMessageBox.Icon.Warning,
    MessageKind.ERROR: QMessageBox.Icon.Critical,
    MessageKind.QUESTION: QMessageBox.Icon.Question,
}


@dataclass(frozen=True, slots=True)
class MessageRecord:
    """One message box that would have been shown, and what it was answered with."""

    kind: MessageKind
    title: str
    text: str
    details: str
    answer: bool | None


class HeadlessMessages:
    """Records message boxes instead of showing them; questions get queued or default answers."""

    def __init__(self) -> None:
        self.records: list[MessageRecord] = []
        self._answers: deque[bool] = deque()

    def answer_next(self, *answers: bool) -> None:
        """Answer the next questions with these values, in order, instead of their defaults."""
        self._answers.extend(answers)

    def of_kind(self, kind: MessageKind) -> list[MessageRecord]:
        return [r for r in self.records if r.kind is kind]

    def _record(
        self, kind: MessageKind, title: str, text: str, details: str, default: bool | None
    ) -> bool | None:
        answer = default
        if kind is MessageKind.QUESTION and self._answers:
            answer = self._answers.popleft()
        self.records.append(MessageRecord(kind, title, text, details, answer))
        return answer


_headless: HeadlessMessages | None = None


def enable_headless() -> HeadlessMessages:
    """From now on, record message boxes instead of showing them; returns the record."""
    global _headless
    _headless = HeadlessMessages()
    return _headless


def disable_headless() -> None:
    global _headless
    _headless = None


def headless() -> HeadlessMessages | None:
    return _headless


def _build(
    parent: QWidget | None, kind: MessageKind, title: str, text: str, details: str
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(_ICONS[kind])
    box.setWindowTitle(title)
    # Texts may quote buyer names or Allegro's messages: never let them be read as HTML.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if details:
        box.setDetailedText(details)
    return box


def _notice(
    parent: QWidget | None, kind: MessageKind, title: str, text: str, details: str
) -> QMessageBox | None:
    if _headless is not None:
        _headless._record(kind, title, text, details, None)
        return None
    box = _build(parent, kind, title, text, details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Not exec(): a notice must not stall the event loop that delivers worker results.
    box.open()
    return box


def information(
    parent: QWidget | None, title: str, text: str, *, details: str = ""
) -> QMessageBox | None:
    """Show a notice; returns the (non-blocking) box, or None when headless."""
    return _notice(parent, MessageKind.INFORMATION, title, text, details)


def warning(
    parent: QWidget | None, title: str, text: str, *, details: str = ""
) -> QMessageBox | None:
    return _notice(parent, MessageKind.WARNING, title, text, details)


def error(
    parent: QWidget | None, title: str, text: str, *, details: str = ""
) -> QMessageBox | None:
    return _notice(parent, MessageKind.ERROR, title, text, details)


def question(
    parent: QWidget | None, title: str, text: str, *, default: bool = False, details: str = ""
) -> bool:
    """Ask yes or no and wait for the answer; headless, answer ``default`` (or a queued one)."""
    if _headless is not None:
        return bool(_headless._record(MessageKind.QUESTION, title, text, details, default))
    box = _build(parent, MessageKind.QUESTION, title, text, details)
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box.setStandardButtons(yes | no)
    box.setDefaultButton(yes if default else no)
    box.exec()
    return box.standardButton(box.clickedButton()) == yes
