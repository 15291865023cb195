"""A one-line label that shortens long text with an ellipsis and shows all of it as a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Error texts from Allegro can be long; the status strip must not grow with them."""

    def __init__(self, parent: QWidget | None = None, max_lines: int = 1) -> None:
        super().__init__(parent)
        self._full_text = ""
        self._max_lines = max(1, max_lines)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        return self._full_text

    def set_full_text(self, text: str) -> None:
        self._full_text = text
        self.setToolTip(text)
        self._elide()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._lines_height()))

    def _lines_height(self) -> int:
        return self.fontMetrics().lineSpacing() * self._max_lines

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics, width = self.fontMetrics(), self.width()
        words = self._full_text.split()
        lines: list[str] = []
        # Fill whole lines word by word; the last allowed line takes the rest, elided.
        while words and len(lines) < self._max_lines - 1:
            line = words.pop(0)
            while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
                line = f"{line} {words.pop(0)}"
            if metrics.horizontalAdvance(line) > width:  # one word wider than the label
                words.insert(0, line)
                break
            lines.append(line)
        if words:
            rest = " ".join(words)
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
        super().setText("\n".join(lines))
