"""Saved scenarios re-run under the rules now, beside their outcome when saved."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from refunddesk.domain.scenarios import SimOutcome
from refunddesk.gui.formatting import format_money
from refunddesk.gui.simulate.words import outcome_text
from refunddesk.gui.words import word
from refunddesk.queries.simulate import RegressionRow

_Index = QModelIndex | QPersistentModelIndex
CHANGED_BRUSH = QBrush(QColor(255, 224, 178))  # soft orange: readable in light themes


class RegressionModel(QAbstractTableModel):
    """One row per saved scenario; rows whose outcome changed are highlighted and say so."""

    COLUMNS = 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RegressionRow] = []

    def set_rows(self, rows: Sequence[RegressionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RegressionRow]:
        return list(self._rows)

    def changed_count(self) -> int:
        return sum(1 for r in self._rows if r.changed)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1)
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Scenario"),
            self.tr("What happens"),
            self.tr("Before"),
            self.tr("Amount before"),
            self.tr("Rule before"),
            self.tr("Now"),
            self.tr("Amount now"),
            self.tr("Rule now"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def _outcome(self, o: SimOutcome) -> str:
        text = outcome_text(o.outcome)
        return self.tr("%1 (shadow)").replace("%1", text) if o.shadow else text

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                row.name,
                word("trigger", row.scenario.trigger.value),
                self._outcome(row.before),
                format_money(row.before.amount),
                row.before.rule_name or "—",
                self._outcome(row.now),
                format_money(row.now.amount),
                row.now.rule_name or "—",
            )
            return values[col] if 0 <= col < len(values) else None
        if role == Qt.ItemDataRole.BackgroundRole and row.changed:
            return CHANGED_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and row.changed:
            return QBrush(QColor(0, 0, 0))
        if role == Qt.ItemDataRole.ToolTipRole and row.changed:
            return self.tr("The outcome changed since the scenario was saved.")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (3, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
