"""The refund history as a lazy, paged table model: a window of pages loaded in the background.

Only the pages the view asks for are loaded (``services.run`` + an OFFSET/LIMIT query sorted in
SQL), at most ``MAX_PAGES`` of them are kept, and the total is counted in the background, so a
million refunds open as fast as a hundred. A change of filter or sort resets the model; news that
refunds changed reloads it softly (old rows stay visible until their fresh page arrives).
"""

from __future__ import annotations

from collections import OrderedDict
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from refunddesk.gui.formatting import format_datetime, format_money
from refunddesk.gui.models.refund_words import (
    mode_text,
    status_short,
    status_text,
    trigger_text,
)
from refunddesk.gui.services import GuiServices
from refunddesk.gui.widgets.order_id import ORDER_ID_ROLE, id_font, short_order_id
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


class RefundsTableModel(QAbstractTableModel):
    """Rows come from pages of ``PAGE_SIZE``; unloaded rows show empty until their page lands."""

    PAGE_SIZE = 200
    MAX_PAGES = 40

    # The total, or -1 while counting (not None: PySide6 6.12 on Python 3.11 drops a reference
    # to None each time a Signal(object) carries it, and the interpreter dies after a while).
    total_changed = Signal(int)
    loading_changed = Signal(bool)

    def __init__(self, services: GuiServices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._filter = RefundFilter()
        self._sort = RefundSort()
        self._generation = 0
        self._rows = 0
        self._total: int | None = None
        self._pages: OrderedDict[int, list[HistoryRow]] = OrderedDict()
        self._stale: dict[int, list[HistoryRow]] = {}
        self._pending: set[int] = set()
        self._started = False

    # -- what the screen sets ------------------------------------------------------------

    @property
    def current_filter(self) -> RefundFilter:
        return self._filter

    @property
    def current_sort(self) -> RefundSort:
        return self._sort

    @property
    def total(self) -> int | None:
        return self._total

    @property
    def loading(self) -> bool:
        return bool(self._pending) or (self._started and self._total is None)

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
        self.beginResetModel()
        self._generation += 1
        self._started = True
        self._rows = 0
        self._total = None
        self._pages.clear()
        self._stale.clear()
        self._pending.clear()
        self.endResetModel()
        self.total_changed.emit(-1)
        self._request_count()
        self._request_page(0)

    def reload(self) -> None:
        """Refunds changed: fetch again, keeping what is shown until the fresh rows arrive."""
        if not self._started:
            return
        self._generation += 1
        self._stale = dict(self._pages)
        self._pages.clear()
        self._pending.clear()
        self._request_count()
        if self._rows:
            # Visible rows ask for their pages again as the view repaints them.
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(COLUMNS) - 1))
        else:
            self._request_page(0)

    def row_at(self, row: int) -> HistoryRow | None:
        page = self._pages.get(row // self.PAGE_SIZE) or self._stale.get(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        return page[offset] if page is not None and offset < len(page) else None

    def row_of(self, intent_id: int) -> int | None:
        """The row showing refund ``intent_id``, among the loaded pages."""
        for number, page in self._pages.items():
            for offset, r in enumerate(page):
                if r.id == intent_id:
                    return number * self.PAGE_SIZE + offset
        return None

    # -- background loading --------------------------------------------------------------

    def _request_count(self) -> None:
        db, flt = self._services.ctx.db, self._filter
        self._services.run(
            lambda: count_refunds(db, flt), partial(self._count_done, self._generation)
        )
        self.loading_changed.emit(True)

    def _request_page(self, number: int) -> None:
        if number in self._pending:
            return
        self._pending.add(number)
        db, flt, sort, size = self._services.ctx.db, self._filter, self._sort, self.PAGE_SIZE
        self._services.run(
            lambda: refund_page(db, flt, sort, number * size, size),
            partial(self._page_done, self._generation, number),
        )
        self.loading_changed.emit(True)

    def _page_done(self, generation: int, number: int, rows: list[HistoryRow]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(number)
        self._stale.pop(number, None)
        self._pages[number] = rows
        self._pages.move_to_end(number)
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        first = number * self.PAGE_SIZE
        if self._total is None and number == 0 and len(rows) > self._rows:
            # Show page one before the count is known; the count adds the rest.
            self.beginInsertRows(QModelIndex(), self._rows, len(rows) - 1)
            self._rows = len(rows)
            self.endInsertRows()
        last = min(first + self.PAGE_SIZE, self._rows) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self.loading_changed.emit(self.loading)

    def _count_done(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self._total = total
        if total > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, total - 1)
            self._rows = total
            self.endInsertRows()
        elif total < self._rows:
            self.beginRemoveRows(QModelIndex(), total, self._rows - 1)
            self._rows = total
            self.endRemoveRows()
        self.total_changed.emit(total)
        self.loading_changed.emit(self.loading)

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

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

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._rows:
            return None
        number = index.row() // self.PAGE_SIZE
        if number not in self._pages:
            self._request_page(number)
        else:
            self._pages.move_to_end(number)
        r = self.row_at(index.row())
        column = COLUMNS[index.column()]
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
                return status_text(r.state)
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
            return status_short(r.state)
        if column is SortColumn.TRIGGER:
            return trigger_text(r.trigger)
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
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(COLUMNS) - 1))
