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
    phrases read "Zwr…" at 1024x768); each line's tooltip has the whole entry.

    The lines are labels kept from one refresh to the next, given new texts: making 80
    labels anew and laying them out took the window's thread ~16 ms on every refresh of the
    dashboard (after every worker cycle while refunds go out), changing their texts ~2 ms."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(3)
        self._grid.setColumnStretch(2, 1)
        self._entries: list[FeedEntry] = []
        self._empty = ""
        self._rows: list[tuple[QLabel, QLabel, QLabel, QLabel]] = []
        # Why the list is empty and what fills it: wrapped, never cut.
        self._note = QLabel(self)
        self._note.setObjectName("EmptyHint")
        self._note.setWordWrap(True)
        self._note.setStyleSheet(f"color: {theme.MUTED};")
        self._add(self._note, 0, 0, span=4)

    def set_entries(self, entries: Sequence[FeedEntry], empty_text: str) -> None:
        self._entries, self._empty = list(entries), empty_text
        self._note.setText(empty_text)
        self._note.setVisible(not entries)
        while len(self._rows) < len(entries):
            self._rows.append(self._new_row(len(self._rows)))
        while len(self._rows) > len(entries):
            for label in self._rows.pop():
                self._grid.removeWidget(label)
                label.hide()  # deleteLater waits for the event loop: no stale line meanwhile
                label.deleteLater()
        for (when, order, what, amount), e in zip(self._rows, entries, strict=True):
            _set(when, e.when)
            _set(order, e.order, e.order_tooltip)
            _set(what, e.what, e.text())
            _set(amount, e.amount)

    def _new_row(self, row: int) -> tuple[QLabel, QLabel, QLabel, QLabel]:
        when, order, what, amount = (QLabel(self) for _ in range(4))
        when.setStyleSheet(f"color: {theme.MUTED};")
        what.setWordWrap(True)  # a long phrase takes a second line
        amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Below the note's row (hidden while there are entries).
        for column, label in enumerate((when, order, what, amount)):
            self._add(label, row + 1, column)
        return when, order, what, amount

    def _add(self, label: QLabel, row: int, column: int, span: int = 1) -> None:
        label.setTextFormat(Qt.TextFormat.PlainText)
        # Top-aligned: beside a phrase on two lines, the time and amount stay on its first.
        self._grid.addWidget(label, row, column, 1, span, Qt.AlignmentFlag.AlignTop)

    def lines(self) -> list[str]:
        """What the list says, one full line per entry (tests and screen readers)."""
        return [e.text() for e in self._entries] or [self._empty]

    def shown_lines(self) -> list[str]:
        """What its labels show, one line per entry (tests: the labels follow the entries)."""
        if not self._rows:
            return [self._note.text()] if self._note.isVisibleTo(self) else []
        return [SEPARATOR.join(label.text() for label in row if label.text()) for row in self._rows]


def _set(label: QLabel, text: str, tooltip: str | None = None) -> None:
    """A new text (and tooltip) where it differs from the one shown."""
    if label.text() != text:
        label.setText(text)
    if tooltip is not None and label.toolTip() != tooltip:
        label.setToolTip(tooltip)
