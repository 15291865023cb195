"""The Orders table: counted in SQL, and only the pages being looked at are loaded."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from refunddesk.gui import theme
from refunddesk.gui.formatting import format_date, format_datetime, format_money
from refunddesk.gui.models.paged_model import PagedTableModel
from refunddesk.gui.services import GuiServices
from refunddesk.gui.widgets import order_words as words
from refunddesk.gui.widgets.order_id import ORDER_ID_ROLE, id_font, short_order_id
from refunddesk.gui.words import word
from refunddesk.queries import orders as q
from refunddesk.store.database import Database

PAGE_SIZE = PagedTableModel.PAGE_SIZE
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NO_DEADLINE = "\u2014"  # an em dash: no date applies (the tooltip says why)


class OrdersModel(PagedTableModel):
    """Rows come from :func:`refunddesk.queries.orders.order_page`, a page at a time, off the
    GUI thread (paged_model.py). A row not loaded yet shows empty until its page arrives."""

    def __init__(self, services: GuiServices, parent: QObject | None = None) -> None:
        super().__init__(services, parent)
        self._filter = q.OrderFilter()
        self._sort = q.OrderSort()
        self._short_dates: frozenset[q.OrderColumn] = frozenset()

    # -- what to show ---------------------------------------------------------------------

    @property
    def order_filter(self) -> q.OrderFilter:
        return self._filter

    def set_filter(self, flt: q.OrderFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.reset()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = q.OrderSort(q.OrderColumn(column), order == Qt.SortOrder.DescendingOrder)
        if wanted != self._sort:
            self._sort = wanted
            self.reset()

    def reload(self, *, keep_rows: bool = False) -> None:
        """Count and load again; ``keep_rows`` refreshes in place instead of resetting (after a
        sync, so the rows, the selection and the scroll position stay where they are)."""
        if keep_rows and self._started:
            self.refresh()
        else:
            self.reset()

    def count_query(self) -> Callable[[], int]:
        return partial(
            q.count_orders, self._services.ctx.db, self._filter, self._services.ctx.now()
        )

    def page_query(self, offset: int, limit: int) -> Callable[[], Sequence[q.OrderRow]]:
        ctx = self._services.ctx
        return partial(_page_rows, ctx.db, self._filter, self._sort, offset, limit, ctx.now())

    def set_short_dates(self, columns: frozenset[q.OrderColumn]) -> None:
        """Date columns too narrow for the time show the date alone (the tooltip has both)."""
        if columns != self._short_dates:
            self._short_dates = columns
            self.announce_all()

    @property
    def is_loading(self) -> bool:
        return self.loading

    def find_row(self, shop_id: int, order_id: str) -> int | None:
        """The row of a loaded order, if it is on a loaded page."""
        for number, row in self.loaded():
            if row.shop_id == shop_id and row.order_id == order_id:
                return number
        return None

    # -- QAbstractTableModel ----------------------------------------------------------------

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

    def cell(self, row: q.OrderRow | None, column_number: int, role: int) -> Any:
        if row is None:
            return None
        column = q.OrderColumn(column_number)
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
                passed = self.tr("Not sent, and the dispatch deadline has passed.")
                return f"{passed}\n{_when(row.dispatch_deadline)}"
            if column == q.OrderColumn.DEADLINE and _deadline_void(row):
                return self.tr("Cancelled: there is nothing to send, so no deadline applies.")
            if column == q.OrderColumn.ORDER_ID:
                return row.order_id
            if column == q.OrderColumn.STATUS:
                return words.status_words(row.status, row.cancelled_by_buyer)
            # Narrow columns cut their words or drop a date's time: the tooltip has it all.
            return self._display(row, column, whole=True) or None
        return None

    def _display(self, row: q.OrderRow, column: q.OrderColumn, *, whole: bool = False) -> str:
        """The cell's text; ``whole``: with a date's time even where the column drops it."""
        when = _when if whole or column not in self._short_dates else _day
        if column == q.OrderColumn.BOUGHT:
            return when(row.bought_at)
        if column == q.OrderColumn.ORDER_ID:
            return short_order_id(row.order_id)
        if column == q.OrderColumn.BUYER:
            return row.buyer_login
        if column == q.OrderColumn.TOTAL:
            return "" if row.total is None else format_money(row.total)
        if column == q.OrderColumn.PAYMENT:
            return word("payment", row.payment_kind)
        if column == q.OrderColumn.STATUS:
            return words.status_short(row.status, row.cancelled_by_buyer)
        if column == q.OrderColumn.FULFILMENT:
            return words.word(words.FULFILMENT, row.fulfillment_status)
        if column == q.OrderColumn.DEADLINE:
            if _deadline_void(row):
                # A date here read as a deadline still to meet; a dash says there is none.
                return "" if row.dispatch_deadline is None else NO_DEADLINE
            text = when(row.dispatch_deadline)
            # A sign, not a word: the column stays narrow, and the tooltip explains it.
            return f"\u26a0 {text}" if row.overdue else text
        if column == q.OrderColumn.REFUNDED:
            return "" if row.refunded is None else format_money(row.refunded)
        return ""

    def retranslate(self) -> None:
        """Headers and words follow the language: ask the views to read everything again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(q.OrderColumn) - 1)
        self.announce_all()


def _page_rows(
    db: Database,
    flt: q.OrderFilter,
    sort: q.OrderSort,
    offset: int,
    limit: int,
    now: datetime,
) -> tuple[q.OrderRow, ...]:
    return q.order_page(db, flt, sort, offset, limit, now).rows


def _deadline_void(row: q.OrderRow) -> bool:
    """A cancelled order is not sent: its dispatch deadline no longer means anything."""
    return row.status == q.CANCELLED


def _when(moment: datetime | None) -> str:
    return "" if moment is None else format_datetime(moment)


def _day(moment: datetime | None) -> str:
    return "" if moment is None else format_date(moment)
