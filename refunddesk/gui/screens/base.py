"""A titled page with one honest line about what the screen will hold, until it is built."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from refunddesk.gui.widgets.screen_title import screen_title

if TYPE_CHECKING:
    from refunddesk.gui.services import GuiServices


class PlaceholderScreen(QWidget):
    """Subclasses give ``title()`` and ``description()``, both through ``self.tr``."""

    def __init__(self, services: GuiServices | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services  # unused until the real screen replaces the placeholder
        self.title_label = screen_title(self)
        self.description_label = QLabel(self)
        self.description_label.setObjectName("ScreenDescription")
        self.description_label.setWordWrap(True)
        self.description_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.description_label)
        layout.addStretch(1)
        self.retranslate_ui()

    def title(self) -> str:
        raise NotImplementedError

    def description(self) -> str:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.title())
        self.description_label.setText(self.description())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
