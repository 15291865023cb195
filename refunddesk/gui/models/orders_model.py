"""The Orders table: a lazy model that counts in SQL and loads only the pages being looked at."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
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
from PySide6.QtGui import QBrush, QColor

from refunddesk.gui import theme
from refunddesk.gui.formatting import format_datetime, format_money
from refunddesk.gui.services import GuiServices
from refunddesk.gui.widgets import order_words as words
from refunddesk.gui.widgets.alive import while_alive
from refunddesk.gui.widgets.order_id import ORDER_ID_ROLE, id_font, short_order_id
from refunddesk.queries import orders as q

PAGE_SIZE = 200
# Enough for several screens of scrolling back and forth; older pages are dropped.
MAX_CACHED_PAGES = 40
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class OrdersModel(QAbstractTableModel):
    """Rows come from :func:`refunddesk.queries.orders.order_page`, a page at a time, off the
    GUI thread. A row not loaded yet shows empty until its page arrives."""

    count_changed = Signal(int)
    page_loaded = Signal(int)  # first row of the page
    load_failed = Signal(object)  # the exception

    def __init__(self, services: GuiServices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._filter = q.OrderFilter()
        self._sort = q.OrderSort()
        self._count = 0
        self._pages: dict[int, tuple[q.OrderRow, ...]] = {}
        self._pending: set[int] = set()
        self._generation = 0
        self._loading_count = False

    # -- what to show ---------------------------------------------------------------------

    @property
    def order_filter(self) -> q.OrderFilter:
        return self._filter

    def set_filter(self, flt: q.OrderFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = q.OrderSort(q.OrderColumn(column), order == Qt.SortOrder.DescendingOrder)
        if wanted != self._sort:
            self._sort = wanted
            self.reload()

    def reload(self, *, keep_rows: bool = False) -> None:
        """Count again and drop loaded pages; ``keep_rows`` refreshes them in place instead
        (after a sync, so the selection and scroll position stay where they are)."""
        self._generation += 1
        generation = self._generation
        flt, now = self._filter, self._services.ctx.now()
        db = self._services.ctx.db
        self._loading_count = True
        self._services.run(
            partial(q.count_orders, db, flt, now),
            while_alive(self, partial(self._count_arrived, generation, keep_rows)),
            while_alive(self, self._failed),
        )

    def _count_arrived(self, generation: int, keep_rows: bool, count: int) -> None:
        if generation != self._generation:
            return
        self._loading_count = False
        self._pending.clear()
        if keep_rows and count == self._count:
            for page in sorted(self._pages):
                self._request(page)
        else:
            self.beginResetModel()
            self._count = count
            self._pages.clear()
            self.endResetModel()
            if count:
                self._request(0)
        self.count_changed.emit(count)

    def _failed(self, exc: BaseException) -> None:
        self._loading_count = False
        self.load_failed.emit(exc)

    # -- pages ----------------------------------------------------------------------------

    def _request(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        generation = self._generation
        fetch: Callable[[], q.OrderPage] = partial(
            q.order_page,
            self._services.ctx.db,
            self._filter,
            self._sort,
            page * PAGE_SIZE,
            PAGE_SIZE,
            self._services.ctx.now(),
        )
        self._services.run(
            fetch,
            while_alive(self, partial(self._page_arrived, generation, page)),
            while_alive(self, self._failed),
        )

    def _page_arrived(self, generation: int, page: int, result: q.OrderPage) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = result.rows
        self._evict(keep=page)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        self.page_loaded.emit(first)

    def _evict(self, keep: int) -> None:
        while len(self._pages) > MAX_CACHED_PAGES:
            farthest = max(self._pages, key=lambda p: abs(p - keep))
            del self._pages[farthest]

    def row_at(self, row: int) -> q.OrderRow | None:
        """The loaded row, or None (and its page is asked for) while it is still loading."""
        if not 0 <= row < self._count:
            return None
        page, offset = divmod(row, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            self._request(page)
            return None
        return rows[offset] if offset < len(rows) else None

    @property
    def loaded_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    @property
    def is_loading(self) -> bool:
        return self._loading_count or bool(self._pending)

    def find_row(self, shop_id: int, order_id: str) -> int | None:
        """The row of a loaded order, if it is on a loaded page."""
        for page, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.shop_id == shop_id and row.order_id == order_id:
                    return page * PAGE_SIZE + offset
        return None

    # -- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(q.OrderColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(q.OrderColumn):
            return None
        return self._headers()[section]

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Bought"),
            self.tr("Order"),
            self.tr("Buyer"),
            self.tr("Total"),
            self.tr("Payment"),
            self.tr("Status"),
            self.tr("Fulfilment"),
            self.tr("Dispatch by"),
            self.tr("Refunded"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._count:
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = q.OrderColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ORDER_ID_ROLE:
            return row.order_id
        if role == Qt.ItemDataRole.FontRole and column == q.OrderColumn.ORDER_ID:
            return id_font()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            q.OrderColumn.TOTAL,
            q.OrderColumn.REFUNDED,
        ):
            return _RIGHT
        overdue_cell = row.overdue and column == q.OrderColumn.DEADLINE
        if role == Qt.ItemDataRole.ForegroundRole and overdue_cell:
            return QBrush(QColor(theme.ERROR))
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.overdue and column == q.OrderColumn.DEADLINE:
                return self.tr("Not sent, and the dispatch deadline has passed.")
            if column == q.OrderColumn.ORDER_ID:
                return row.order_id
            if column == q.OrderColumn.STATUS:
                return words.status_words(row.status, row.cancelled_by_buyer)
        return None

    def _display(self, row: q.OrderRow, column: q.OrderColumn) -> str:
        if column == q.OrderColumn.BOUGHT:
            return _when(row.bought_at)
        if column == q.OrderColumn.ORDER_ID:
            return short_order_id(row.order_id)
        if column == q.OrderColumn.BUYER:
            return row.buyer_login
        if column == q.OrderColumn.TOTAL:
            return "" if row.total is None else format_money(row.total)
        if column == q.OrderColumn.PAYMENT:
            return words.word(words.PAYMENT, row.payment_kind)
        if column == q.OrderColumn.STATUS:
            return words.status_short(row.status, row.cancelled_by_buyer)
        if column == q.OrderColumn.FULFILMENT:
            return words.word(words.FULFILMENT, row.fulfillment_status)
        if column == q.OrderColumn.DEADLINE:
            text = _when(row.dispatch_deadline)
            # A sign, not a word: the column stays narrow, and the tooltip explains it.
            return f"\u26a0 {text}" if row.overdue else text
        if column == q.OrderColumn.REFUNDED:
            return "" if row.refunded is None else format_money(row.refunded)
        return ""

    def retranslate(self) -> None:
        """Headers and words follow the language: ask the views to read everything again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(q.OrderColumn) - 1)
        if self._count:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._count - 1, len(q.OrderColumn) - 1)
            )


def _when(moment: datetime | None) -> str:
    return "" if moment is None else format_datetime(moment)
