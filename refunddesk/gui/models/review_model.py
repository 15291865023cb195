"""The review list as a table model: holds, failures and unconfirmed refunds, oldest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from refunddesk.gui.formatting import format_datetime, format_money
from refunddesk.gui.models.refund_words import status_short, status_text, trigger_text
from refunddesk.gui.widgets.order_id import ORDER_ID_ROLE, id_font, short_order_id
from refunddesk.queries.review import ReviewItem

_Index = QModelIndex | QPersistentModelIndex
ORDER_COLUMN = 1
AMOUNT_COLUMN = 3
STATUS_COLUMN = 4
TRIGGER_COLUMN = 5
COLUMN_COUNT = 6


class ReviewTableModel(QAbstractTableModel):
    """Since, order, buyer, amount, status, trigger. The list is small: it is loaded whole."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[ReviewItem] = []

    def set_items(self, items: list[ReviewItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> ReviewItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def items(self) -> list[ReviewItem]:
        return list(self._items)

    def row_of(self, intent_id: int) -> int | None:
        return next((n for n, i in enumerate(self._items) if i.id == intent_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Since"),
                self.tr("Order"),
                self.tr("Buyer"),
                self.tr("Amount"),
                self.tr("Status"),
                self.tr("Trigger"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == AMOUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None or not 0 <= index.column() < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                format_datetime(item.created_at),
                short_order_id(item.order_id),
                item.buyer_login,
                format_money(item.amount),
                status_short(item.state),
                trigger_text(item.trigger),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            # Cells are short or elided to fit; the tooltip has the whole text.
            if index.column() == STATUS_COLUMN:
                return status_text(item.state)
            if index.column() == ORDER_COLUMN:
                return item.order_id
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == ORDER_ID_ROLE:
            return item.order_id
        if role == Qt.ItemDataRole.FontRole and index.column() == ORDER_COLUMN:
            return id_font()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = (
                Qt.AlignmentFlag.AlignRight
                if index.column() == AMOUNT_COLUMN
                else Qt.AlignmentFlag.AlignLeft
            )
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._items:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._items) - 1, COLUMN_COUNT - 1)
            )
