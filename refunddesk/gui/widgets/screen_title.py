"""The large title at the top of every screen."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

TITLE_SCALE = 1.6


def screen_title(parent: QWidget) -> QLabel:
    """A label styled as the screen's title (object name "ScreenTitle" for the theme)."""
    label = QLabel(parent)
    label.setObjectName("ScreenTitle")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
    label.setFont(font)
    return label
