"""The Orders table's columns sized to the language, the window and the orders shown."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView

from refunddesk.domain.money import Money
from refunddesk.gui.formatting import format_date, format_datetime, format_money
from refunddesk.gui.models.orders_model import OrdersModel
from refunddesk.gui.widgets import order_words as words
from refunddesk.gui.widgets.order_id import id_font, short_order_id
from refunddesk.gui.widgets.table_fit import (
    CELL_PADDING,
    ColumnRoom,
    ElideMiddle,
    logins_width,
    share_room,
    title_width,
)
from refunddesk.gui.words import word
from refunddesk.queries import orders as q

C = q.OrderColumn
# A login cut to this keeps its start and its end ("agnie…ski87"), enough to tell buyers apart.
LOGIN_LEAST = 96
# Qt draws a cell's text 3 px in from each side (Fusion): the least a text needs to be whole.
TEXT_MARGINS = 8
_SAMPLE_MOMENT = datetime(2026, 12, 28, 23, 59, tzinfo=UTC)  # the widest digits of a date
OVERDUE_SIGN = "\u26a0 "


class ShownOrders(QObject):
    """What the loaded pages of the Orders table show, gathered as each page arrives (and
    forgotten when the filter or sort changes): the codes and the widest login and amounts,
    so the columns are as wide as what is shown rather than every word there could be."""

    changed = Signal()

    def __init__(self, view: QTableView, model: OrdersModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._fresh = True
        self.login_width = 0
        self.statuses: set[tuple[str, bool]] = set()
        self.payments: set[str] = set()
        self.fulfilments: set[str] = set()
        self.largest_total: Money | None = None
        self.largest_refund: Money | None = None
        self.overdue = False
        model.modelReset.connect(self._reset)
        model.page_loaded.connect(self._page_loaded)

    def _reset(self) -> None:
        self._fresh = True

    def _page_loaded(self, first: int) -> None:
        model = self._model
        last = min(first + model.PAGE_SIZE, model.rowCount())
        rows = [r for n in range(first, last) if (r := model.row_at(n)) is not None]
        before = self._state()
        if self._fresh:
            self._fresh = False
            self.login_width, self.overdue = 0, False
            self.largest_total = self.largest_refund = None
            for found in (self.statuses, self.payments, self.fulfilments):
                found.clear()
        self.login_width = max(
            self.login_width, logins_width(self._view, (r.buyer_login for r in rows))
        )
        self.statuses |= {(r.status, r.cancelled_by_buyer) for r in rows}
        self.payments |= {r.payment_kind for r in rows}
        self.fulfilments |= {r.fulfillment_status for r in rows}
        self.largest_total = _largest(self.largest_total, (r.total for r in rows))
        self.largest_refund = _largest(self.largest_refund, (r.refunded for r in rows))
        self.overdue = self.overdue or any(r.overdue for r in rows)
        if self._state() != before:
            self.changed.emit()

    def _state(self) -> tuple[object, ...]:
        return (
            self.login_width,
            frozenset(self.statuses),
            frozenset(self.payments),
            frozenset(self.fulfilments),
            self.largest_total,
            self.largest_refund,
            self.overdue,
        )


class OrderColumnsFit(QObject):
    """All nine columns in sight (at 1024 px the table scrolled sideways and hid the
    deadline and the refunds): each as wide as what it shows while they all fit; when they
    do not, the least important give up room first, each down to its least: the payment
    and fulfilment (cut at their end), the amounts' spare air, the dates (the day without
    the time), the buyer's login (cut in the middle), the status. The order id is never
    cut, and every cell's tooltip has its text whole."""

    def __init__(self, view: QTableView, model: OrdersModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self.shown = ShownOrders(view, model)
        self._whole_dates = self._sign = 0  # measured in rooms(), for fit()
        self._buyer_delegate = ElideMiddle(view)  # logins differ at both ends
        view.setItemDelegateForColumn(C.BUYER, self._buyer_delegate)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)  # words read from their start
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        self.shown.changed.connect(self._refit.start)
        model.headerDataChanged.connect(self._refit.start)  # another language
        view.horizontalHeader().sortIndicatorChanged.connect(self._refit.start)  # the arrow
        view.viewport().installEventFilter(self)

    def rooms(self) -> list[ColumnRoom]:
        """Each column's room, in the order they give it up."""
        view, shown = self._view, self.shown
        comfortable, whole = _measure(view, CELL_PADDING), _measure(view, TEXT_MARGINS)
        self._sign = view.fontMetrics().horizontalAdvance(OVERDUE_SIGN)
        sign = self._sign if shown.overdue else 0
        total = shown.largest_total or Money(999_99, "PLN")
        refund = shown.largest_refund
        ids = QFontMetrics(id_font(view.font())).horizontalAdvance(short_order_id("8" * 40))
        statuses = [words.status_short(s, by_buyer) for s, by_buyer in shown.statuses]
        login = shown.login_width
        payments = [word("payment", p) for p in shown.payments]
        fulfilments = _fulfilment_words(shown.fulfilments)
        date_time, day = [format_datetime(_SAMPLE_MOMENT)], [format_date(_SAMPLE_MOMENT)]
        self._whole_dates = whole(date_time)
        rooms = [
            # First the air around whole texts, then the time of the dates, then words.
            (C.PAYMENT, comfortable(payments), whole(payments)),
            (C.FULFILMENT, comfortable(fulfilments), whole(fulfilments)),
            (C.REFUNDED, comfortable(_money(refund)), whole(_money(refund))),
            (C.TOTAL, comfortable(_money(total)), whole(_money(total))),
            (C.STATUS, comfortable(statuses), whole(statuses)),
            (C.BOUGHT, comfortable(date_time), whole(date_time)),
            (C.DEADLINE, comfortable(date_time) + sign, whole(date_time) + sign),
            (C.BOUGHT, comfortable(date_time), whole(day)),
            (C.DEADLINE, comfortable(date_time) + sign, whole(day) + sign),
            (C.PAYMENT, comfortable(payments), 0),  # cut at their end: the least needed
            (C.FULFILMENT, comfortable(fulfilments), 0),
            (C.BUYER, login, min(login, LOGIN_LEAST)),
            (C.BUYER, login, 0),  # only when nothing else can give more
            (C.STATUS, comfortable(statuses), 0),
            (C.ORDER_ID, ids + CELL_PADDING, ids + TEXT_MARGINS),
        ]
        # None narrower than its title: a column's name is read whole.
        return [
            ColumnRoom(c, max(wanted, title_width(view, c)), max(least, title_width(view, c)))
            for c, wanted, least in rooms
        ]

    def fit(self) -> None:
        view, rooms = self._view, self.rooms()
        widths = share_room(rooms, view.viewport().width())
        for column, width in widths.items():
            view.setColumnWidth(column, width)
        sign = self._sign if self.shown.overdue else 0
        self._model.set_short_dates(
            frozenset(
                c
                for c, extra in ((C.BOUGHT, 0), (C.DEADLINE, sign))
                if widths[c] < self._whole_dates + extra
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._refit.start()
        return False


def _measure(view: QTableView, padding: int) -> Callable[[Iterable[str]], int]:
    """The width the widest of some texts needs with ``padding`` around it."""
    metrics = view.fontMetrics()

    def width(texts: Iterable[str]) -> int:
        return max((metrics.horizontalAdvance(t) for t in texts), default=0) + padding

    return width


def _money(amount: Money | None) -> list[str]:
    return [] if amount is None else [format_money(amount)]


def _fulfilment_words(codes: Iterable[str]) -> list[str]:
    return [words.word(words.FULFILMENT, code) for code in codes]


def _largest(largest: Money | None, amounts: Iterable[Money | None]) -> Money | None:
    found = [a for a in amounts if a is not None]
    if largest is not None:
        found.append(largest)
    return max(found, key=lambda a: a.minor, default=None)
