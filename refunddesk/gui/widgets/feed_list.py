"""A compact list of recent events: one line each, columns aligned, the phrase cut to fit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from refunddesk.gui import theme
from refunddesk.gui.widgets.elided_label import ElidedLabel

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
    """Lines never wrap (they did in a narrow column in Polish): the phrase is cut with "…"
    and its tooltip has the whole line."""

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
            what = ElidedLabel(self)
            what.set_full_text(e.what)
            what.setToolTip(e.text())
            amount = QLabel(e.amount, self)
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, w in enumerate((when, order, what, amount)):
                self._add(w, row, column)
        self._grid.setColumnStretch(2, 1)

    def _add(self, widget: QWidget, row: int, column: int, span: int = 1) -> None:
        if isinstance(widget, QLabel) and not isinstance(widget, ElidedLabel):
            widget.setTextFormat(Qt.TextFormat.PlainText)
        self._grid.addWidget(widget, row, column, 1, span)
        self._widgets.append(widget)

    def lines(self) -> list[str]:
        """What the list says, one full line per entry (tests and screen readers)."""
        return [e.text() for e in self._entries] or [self._empty]
