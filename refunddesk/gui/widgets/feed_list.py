"""A compact list of recent events: columns aligned, a long phrase wrapped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from refunddesk.gui import theme

SEPARATOR = "  ·  "


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One line: when, which order, what happened, and the amount (may be empty)."""

    when: str
    order: str
    what: str
    amount: str = ""
    order_tooltip: str = ""

    def text(self) -> str:
        return SEPARATOR.join(p for p in (self.when, self.order, self.what, self.amount) if p)


class FeedList(QWidget):
    """Columns aligned; a long phrase wraps onto a second line (cut to one line, Polish
    phrases read "Zwr…" at 1024x768); each line's tooltip has the whole entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(3)
        self._entries: list[FeedEntry] = []
        self._empty = ""
        self._widgets: list[QWidget] = []

    def set_entries(self, entries: Sequence[FeedEntry], empty_text: str) -> None:
        for w in self._widgets:
            self._grid.removeWidget(w)
            w.deleteLater()
        self._widgets = []
        self._entries, self._empty = list(entries), empty_text
        if not entries:
            # Why the list is empty and what fills it: wrapped, never cut.
            note = QLabel(empty_text, self)
            note.setObjectName("EmptyHint")
            note.setWordWrap(True)
            note.setStyleSheet(f"color: {theme.MUTED};")
            self._add(note, 0, 0, span=4)
        for row, e in enumerate(entries):
            when = QLabel(e.when, self)
            when.setStyleSheet(f"color: {theme.MUTED};")
            order = QLabel(e.order, self)
            order.setToolTip(e.order_tooltip)
            what = QLabel(e.what, self)
            what.setWordWrap(True)  # a long phrase takes a second line
            what.setToolTip(e.text())
            amount = QLabel(e.amount, self)
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, w in enumerate((when, order, what, amount)):
                self._add(w, row, column)
        self._grid.setColumnStretch(2, 1)

    def _add(self, widget: QWidget, row: int, column: int, span: int = 1) -> None:
        if isinstance(widget, QLabel):
            widget.setTextFormat(Qt.TextFormat.PlainText)
        # Top-aligned: beside a phrase on two lines, the time and amount stay on its first.
        self._grid.addWidget(widget, row, column, 1, span, Qt.AlignmentFlag.AlignTop)
        self._widgets.append(widget)

    def lines(self) -> list[str]:
        """What the list says, one full line per entry (tests and screen readers)."""
        return [e.text() for e in self._entries] or [self._empty]
