"""The review list as a table model: holds, failures and unconfirmed refunds, oldest first,
then buyer notices that did not arrive."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from refunddesk.gui.formatting import format_datetime, format_money
from refunddesk.gui.models.notice_words import (
    channel_text,
    notice_status_short,
    notice_status_text,
)
from refunddesk.gui.widgets.order_id import ORDER_ID_ROLE, id_font, short_order_id
from refunddesk.gui.words import word
from refunddesk.queries.notices import NoticeProblem
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
        self._notices: list[NoticeProblem] = []

    def set_items(
        self, items: list[ReviewItem], notices: list[NoticeProblem] | None = None
    ) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._notices = list(notices or ())
        self.endResetModel()

    def item(self, row: int) -> ReviewItem | None:
        """The refund on this row; None for a notice row."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def notice(self, row: int) -> NoticeProblem | None:
        """The buyer notice on this row (they follow the refunds); None for a refund row."""
        n = row - len(self._items)
        return self._notices[n] if 0 <= n < len(self._notices) else None

    def notices(self) -> list[NoticeProblem]:
        return list(self._notices)

    def row_of_notice(self, notice_id: int) -> int | None:
        found = next((n for n, x in enumerate(self._notices) if x.id == notice_id), None)
        return None if found is None else len(self._items) + found

    def items(self) -> list[ReviewItem]:
        return list(self._items)

    def row_of(self, intent_id: int) -> int | None:
        return next((n for n, i in enumerate(self._items) if i.id == intent_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items) + len(self._notices)

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
        if not index.isValid() or not 0 <= index.column() < COLUMN_COUNT:
            return None
        item = self.item(index.row())
        notice = self.notice(index.row()) if item is None else None
        if item is None and notice is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if notice is not None:
                # The trigger column names the channel: that is what failed.
                return (
                    format_datetime(notice.created_at),
                    short_order_id(notice.order_id),
                    notice.buyer_login,
                    format_money(notice.amount),
                    notice_status_short(notice.status),
                    channel_text(notice.channel),
                )[index.column()]
            assert item is not None
            return (
                format_datetime(item.created_at),
                short_order_id(item.order_id),
                item.buyer_login,
                format_money(item.amount),
                word("state_short", item.state),
                word("trigger", item.trigger),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            # Cells are short or elided to fit; the tooltip has the whole text.
            if index.column() == STATUS_COLUMN and item is not None:
                return word("state", item.state)
            if index.column() == STATUS_COLUMN and notice is not None:
                return notice_status_text(notice.status)
            if index.column() == ORDER_COLUMN:
                return (item or notice).order_id  # type: ignore[union-attr]
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == ORDER_ID_ROLE:
            return item.order_id if item is not None else notice.order_id  # type: ignore[union-attr]
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
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, COLUMN_COUNT - 1)
            )
