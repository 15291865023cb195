"""The refund history table: counted and paged in SQL, a window of pages loaded off the GUI thread.

A change of filter or sort resets the model; news that refunds changed refreshes it in place
(paged_model.py: old rows stay visible until their fresh page arrives).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from refunddesk.gui.formatting import format_datetime, format_money
from refunddesk.gui.models.paged_model import PagedTableModel
from refunddesk.gui.models.refund_words import mode_text
from refunddesk.gui.services import GuiServices
from refunddesk.gui.widgets.order_id import ORDER_ID_ROLE, id_font, short_order_id
from refunddesk.gui.words import word
from refunddesk.queries.refunds import (
    HistoryRow,
    RefundFilter,
    RefundSort,
    SortColumn,
    count_refunds,
    refund_page,
)

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = tuple(SortColumn)  # date, order, buyer, amount, status, trigger, rule, mode
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RefundsTableModel(PagedTableModel):
    """Rows come from :func:`refunddesk.queries.refunds.refund_page`, a page at a time, off the
    GUI thread (paged_model.py); unloaded rows show empty until their page lands."""

    # The total, or -1 while counting (not None: PySide6 6.12 on Python 3.11 drops a reference
    # to None each time a Signal(object) carries it, and the interpreter dies after a while).
    total_changed = Signal(int)

    def __init__(self, services: GuiServices, parent: QObject | None = None) -> None:
        super().__init__(services, parent)
        self._filter = RefundFilter()
        self._sort = RefundSort()
        self.count_changed.connect(self.total_changed)

    # -- what the screen sets ------------------------------------------------------------

    @property
    def current_filter(self) -> RefundFilter:
        return self._filter

    @property
    def current_sort(self) -> RefundSort:
        return self._sort

    def set_filter(self, flt: RefundFilter) -> None:
        if flt != self._filter or not self._started:
            self._filter = flt
            self.reset()

    def set_sort(self, sort: RefundSort) -> None:
        if sort != self._sort or not self._started:
            self._sort = sort
            self.reset()

    def reset(self) -> None:
        """Forget everything and load page one and the count again (filter or sort changed)."""
        super().reset()
        self.total_changed.emit(-1)

    def reload(self) -> None:
        """Refunds changed: fetch again, keeping what is shown until the fresh rows arrive."""
        self.refresh()

    def count_query(self) -> Callable[[], int]:
        return partial(count_refunds, self._services.ctx.db, self._filter)

    def page_query(self, offset: int, limit: int) -> Callable[[], Sequence[HistoryRow]]:
        return partial(refund_page, self._services.ctx.db, self._filter, self._sort, offset, limit)

    def row_of(self, intent_id: int) -> int | None:
        """The row showing refund ``intent_id``, among the loaded pages."""
        for number, r in self.loaded():
            if r.id == intent_id:
                return number
        return None

    # -- QAbstractTableModel ---------------------------------------------------------------

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] is SortColumn.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _titles(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Order"),
            self.tr("Buyer"),
            self.tr("Amount"),
            self.tr("Status"),
            self.tr("Trigger"),
            self.tr("Rule"),
            self.tr("Mode"),
        )

    def cell(self, r: HistoryRow | None, column_number: int, role: int) -> Any:
        column = COLUMNS[column_number]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column is SortColumn.AMOUNT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Cells are short or elided to fit the pane; the tooltip has the whole text.
            if column is SortColumn.STATUS:
                return word("state", r.state)
            if column is SortColumn.ORDER:
                return r.order_id
            if column is SortColumn.RULE:
                return self._rule_with_version(r)
            return self._text(r, column)
        if role == ROW_ID_ROLE:
            return r.id
        if role == ORDER_ID_ROLE:
            return r.order_id
        if role == Qt.ItemDataRole.FontRole and column is SortColumn.ORDER:
            return id_font()
        return None

    def _text(self, r: HistoryRow, column: SortColumn) -> str:
        if column is SortColumn.DATE:
            return format_datetime(r.created_at)
        if column is SortColumn.ORDER:
            return short_order_id(r.order_id)
        if column is SortColumn.BUYER:
            return r.buyer_login
        if column is SortColumn.AMOUNT:
            return format_money(r.amount)
        if column is SortColumn.STATUS:
            return word("state_short", r.state)
        if column is SortColumn.TRIGGER:
            return word("trigger", r.trigger)
        if column is SortColumn.RULE:
            return r.rule_name or ""  # the version is in the tooltip: the column is narrow
        return mode_text(r.mode)

    def _rule_with_version(self, r: HistoryRow) -> str:
        if not r.rule_name:
            return ""
        if r.rule_version is None:
            return r.rule_name
        return r.rule_name + self.tr(" (v%1)").replace("%1", str(r.rule_version))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.set_sort(RefundSort(COLUMNS[column], order == Qt.SortOrder.DescendingOrder))

    def retranslate(self) -> None:
        """The language changed: headers and words (status, trigger, money) are redrawn."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.announce_all()
