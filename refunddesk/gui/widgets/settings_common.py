"""Small pieces the Settings panels share: an inline message line and a section title."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from refunddesk.gui import theme

_STYLES = {
    "error": f"color: {theme.ERROR};",
    "ok": f"color: {theme.ACCENT};",
    "warning": (
        f"background: {theme.WARNING_BG}; color: {theme.WARNING_TEXT}; "
        "border: 1px solid #e2c36a; border-radius: 6px; padding: 6px;"
    ),
}


class InlineMessage(QLabel):
    """A line under a form that says what is wrong (or that it was saved); hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "error") -> None:
        self.kind = kind if text else ""
        self.setStyleSheet(_STYLES.get(kind, ""))
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")
