"""Backtest tables: totals per draft rule, and the orders whose outcome would change."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from refunddesk.automation.backtest import CaseChange, CaseOutcome, RuleTotals
from refunddesk.domain.money import Money
from refunddesk.gui.formatting import format_datetime, format_money
from refunddesk.gui.simulate.words import kind_text
from refunddesk.gui.widgets.order_id import short_order_id
from refunddesk.gui.words import word

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def money_list(amounts: Sequence[Money]) -> str:
    return " + ".join(format_money(a) for a in amounts) or "—"


class _Table(QAbstractTableModel):
    """Shared plumbing: a list of rows, translated headers, right-aligned number columns."""

    NUMBER_COLUMNS: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, row: Any, col: int) -> str:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        count = len(self.headers())
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, count - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, count - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.headers()
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.headers()):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMBER_COLUMNS:
            return _RIGHT
        return None


class BacktestRulesModel(_Table):
    NUMBER_COLUMNS = frozenset({1, 2, 3, 4})

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Rule"),
            self.tr("Refunds"),
            self.tr("Refunded"),
            self.tr("Holds"),
            self.tr("Held"),
        )

    def cell(self, row: RuleTotals, col: int) -> str:
        t = row.totals
        name = self.tr("%1 (shadow)").replace("%1", row.rule_name) if row.shadow else row.rule_name
        values = (
            name,
            str(t.refunds),
            money_list(t.refunded_money()),
            str(t.holds),
            money_list(t.held_money()),
        )
        return values[col]


class BacktestChangesModel(_Table):
    NUMBER_COLUMNS = frozenset({4, 5})

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Order"),
            self.tr("What happened"),
            self.tr("When"),
            self.tr("Buyer"),
            self.tr("In reality"),
            # The rules backtested may be the saved ones or the draft: named for neither.
            self.tr("With these rules"),
            self.tr("Deciding rule"),
        )

    def _outcome(self, o: CaseOutcome) -> str:
        if o.kind.value == "NONE":
            return kind_text(o.kind.value)
        return f"{kind_text(o.kind.value)} {format_money(o.amount)}"

    def cell(self, row: CaseChange, col: int) -> str:
        values = (
            short_order_id(row.order_id),
            word("trigger", row.trigger.value),
            format_datetime(row.detected_at),
            row.buyer_login,
            self._outcome(row.before),
            self._outcome(row.after),
            row.after.rule_name or "—",
        )
        return values[col]

    def change_at(self, row: int) -> CaseChange | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None
