"""The Orders screen: every synced order, searchable and filterable, with its timeline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial

from PySide6.QtCore import QDate, QDateTime, QEvent, QItemSelection, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refunddesk.gui import counts, msgbox
from refunddesk.gui.dialogs.notice_resend import ask_to_resend
from refunddesk.gui.formatting import follow_table_dates
from refunddesk.gui.models.orders_model import ROW_ROLE, OrdersModel
from refunddesk.gui.screens.when_seen import refresh_when_seen
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.gui.widgets import order_words as words
from refunddesk.gui.widgets.alive import while_alive
from refunddesk.gui.widgets.empty_hint import EmptyHint
from refunddesk.gui.widgets.empty_texts import empty_text
from refunddesk.gui.widgets.flow_layout import flow_row
from refunddesk.gui.widgets.order_columns import OrderColumnsFit
from refunddesk.gui.widgets.order_detail import OrderDetailPanel
from refunddesk.gui.widgets.order_id import add_copy_id_menu
from refunddesk.gui.widgets.screen_title import screen_title
from refunddesk.gui.widgets.unreadable_banner import UnreadableBanner
from refunddesk.gui.words import word
from refunddesk.queries import orders as q

SEARCH_DELAY_MS = 250
_STATUS_CHOICES: tuple[tuple[str, ...], ...] = (
    (),
    ("READY_FOR_PROCESSING",),
    ("BOUGHT", "FILLED_IN"),
    ("CANCELLED",),
)
_PAYMENT_CHOICES: tuple[tuple[str, ...], ...] = (
    (),
    ("ONLINE",),
    (q.ALLEGRO_PAY,),
    ("CASH_ON_DELIVERY",),
    ("WIRE_TRANSFER", "SPLIT_PAYMENT", "EXTENDED_TERM"),
)


class OrdersScreen(QWidget):
    """Search and filters on top, the orders table, and the chosen order's detail below."""

    order_shown = Signal(int, str)  # shop id, order id: the detail is on screen

    def __init__(self, services: GuiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._detail_key: tuple[int, str] | None = None
        self._wanted: str | None = None  # show_order() waiting for its row

        self.title = screen_title(self)

        self.banner = UnreadableBanner(services, self)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.payment_filter = QComboBox(self)
        for combo, count in ((self.status_filter, 4), (self.payment_filter, 5)):
            # As wide as the longest choice in this language ("All statuses" was cut).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for _ in range(count):
                combo.addItem("")
        self.overdue = QCheckBox(self)
        self.has_return = QCheckBox(self)
        self.has_refund = QCheckBox(self)
        self.date_range = QCheckBox(self)
        # The app's clock (in demo mode the demo shop's), not the wall clock.
        now = self._services.ctx.now().astimezone()
        today = QDate(now.year, now.month, now.day)
        self.date_from = QDateEdit(today.addDays(-30), self)
        self.date_to = QDateEdit(today, self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("OrderCount")

        self.table = QTableView(self)
        # The view owns the model: a model deleted before its view crashes Qt on teardown.
        self.model = OrdersModel(services, self.table)
        self.table.setModel(self.model)
        self.empty_hint = EmptyHint(self.table, self._empty_text)
        add_copy_id_menu(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(q.OrderColumn.BOUGHT, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        # Every column in sight at 1024 px, the least important narrowed first.
        self.columns_fit = OrderColumnsFit(self.table, self.model)

        self.detail = OrderDetailPanel(self)
        self.detail.resend_requested.connect(
            lambda notice: ask_to_resend(self, self._services, notice)
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.payment_filter)
        # The dates and the count beside the title, as on the Refunds screen: in Polish the
        # dates did not fit beside the check boxes at 1024x768 and wrapped alone onto a line.
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        for widget in (self.date_range, self.date_from, self.date_to):
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        # The check boxes wrap onto a second line rather than being cut in narrow windows.
        toggles = flow_row(self, self.overdue, self.has_return, self.has_refund)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(toggles)
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        for combo in (self.status_filter, self.payment_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        for box in (self.overdue, self.has_return, self.has_refund):
            box.toggled.connect(self.apply_filters)
        self.date_range.toggled.connect(self._date_range_toggled)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.model.count_changed.connect(self._count_changed)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.load_failed.connect(self._load_failed)
        self.model.modelReset.connect(self._model_reset)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh_when_seen = refresh_when_seen(self, services, self._on_changes)

        self.retranslate_ui()
        self.model.reload()

    # -- public API -------------------------------------------------------------------------

    def show_order(self, order_id: str) -> None:
        """Find ``order_id`` (from the Refunds or Review screen) and show its detail."""
        self._wanted = order_id
        self.overdue.setChecked(False)
        self.has_return.setChecked(False)
        self.has_refund.setChecked(False)
        self.date_range.setChecked(False)
        self.status_filter.setCurrentIndex(0)
        self.payment_filter.setCurrentIndex(0)
        self.search.setText(order_id)
        self.apply_filters()
        ctx = self._services.ctx
        self._services.run(
            partial(q.find_order, ctx.db, order_id), while_alive(self, self._found_order)
        )

    def current_filter(self) -> q.OrderFilter:
        date_from = date_to = None
        if self.date_range.isChecked():
            date_from = _local_midnight(self.date_from.date())
            date_to = _local_midnight(self.date_to.date()) + timedelta(days=1)
        return q.OrderFilter(
            search=self.search.text().strip(),
            statuses=_STATUS_CHOICES[max(0, self.status_filter.currentIndex())],
            payment_kinds=_PAYMENT_CHOICES[max(0, self.payment_filter.currentIndex())],
            overdue_only=self.overdue.isChecked(),
            has_return=self.has_return.isChecked(),
            has_refund=self.has_refund.isChecked(),
            bought_from=date_from,
            bought_to=date_to,
        )

    def _empty_text(self) -> str:
        narrowed = self.current_filter() != q.OrderFilter()
        return empty_text("orders_filtered" if narrowed else "orders")

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        self.empty_hint.refresh()

    # -- loading ----------------------------------------------------------------------------

    def _date_range_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filters()

    def _count_changed(self, count: int) -> None:
        self.count_label.setText(counts.orders(count))

    def _model_reset(self) -> None:
        if self._wanted is None and self._detail_key is not None:
            self._select_key(self._detail_key)

    def _page_loaded(self, _first: int) -> None:
        # A sync refreshes the rows in place and new orders push the others down: the
        # highlight follows the order shown below, not the row number.
        if self._detail_key is not None and self._selected_key() != self._detail_key:
            self._select_key(self._detail_key, scroll=False)

    def _selected_key(self) -> tuple[int, str] | None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.data(rows[0], ROW_ROLE) if rows else None
        return (row.shop_id, row.order_id) if isinstance(row, q.OrderRow) else None

    def _select_key(self, key: tuple[int, str], *, scroll: bool = True) -> None:
        row = self.model.find_row(*key)
        if row is None:
            if self._selected_key() is not None:
                self.table.clearSelection()  # its page is not loaded: highlight nothing wrong
            return
        self.table.selectRow(row)
        if scroll:
            self.table.scrollTo(self.model.index(row, 0))

    def _found_order(self, found: tuple[int, str] | None) -> None:
        self._wanted = None
        if found is None:
            msgbox.information(
                self,
                self.tr("Order not found"),
                self.tr("This order has not been synced from Allegro yet."),
            )
            return
        self._load_detail(found)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        row = self.model.data(indexes[0], ROW_ROLE)
        if isinstance(row, q.OrderRow) and (row.shop_id, row.order_id) != self._detail_key:
            self._load_detail((row.shop_id, row.order_id))

    def _load_detail(self, key: tuple[int, str]) -> None:
        self._detail_key = key
        ctx = self._services.ctx
        self._services.run(
            partial(q.order_detail, ctx.db, key[0], key[1], ctx.now()),
            while_alive(self, partial(self._detail_arrived, key)),
            while_alive(self, self._load_failed),
        )

    def _detail_arrived(self, key: tuple[int, str], detail: q.OrderDetail | None) -> None:
        if key != self._detail_key:
            return  # another order was chosen meanwhile
        self.detail.show_detail(detail)
        if detail is not None:
            self._select_key(key)
            self.order_shown.emit(*key)

    def _load_failed(self, exc: BaseException) -> None:
        msgbox.error(
            self,
            self.tr("Orders could not be loaded"),
            self.tr("Reading the orders from the database failed. Try again in a moment."),
            details=str(exc),
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes.orders or changes.refunds or changes.review or changes.shops:
            self.model.reload(keep_rows=True)
            if self._detail_key is not None:
                self._load_detail(self._detail_key)

    # -- language ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Orders"))
        self.search.setPlaceholderText(
            self.tr("Search by order number, buyer login, product or total")
        )
        statuses = (
            self.tr("All statuses"),
            words.word(words.STATUS, "READY_FOR_PROCESSING"),
            self.tr("Not paid yet"),
            words.word(words.STATUS, "CANCELLED"),
        )
        payments = (
            self.tr("All payment types"),
            word("payment", "ONLINE"),
            word("payment", q.ALLEGRO_PAY),
            word("payment", "CASH_ON_DELIVERY"),
            self.tr("Other payment types"),
        )
        for combo, texts in ((self.status_filter, statuses), (self.payment_filter, payments)):
            for index, text in enumerate(texts):
                combo.setItemText(index, text)
        self.overdue.setText(self.tr("Not sent and overdue"))
        self.has_return.setText(self.tr("Has a return"))
        self.has_refund.setText(self.tr("Has a refund"))
        self.date_range.setText(self.tr("Bought between"))
        for edit in (self.date_from, self.date_to):
            follow_table_dates(edit)
        self._count_changed(self.model.rowCount())
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _local_midnight(day: QDate) -> datetime:
    """The start of a calendar day on the merchant's clock, as an aware UTC moment."""
    millis = QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch()
    return datetime.fromtimestamp(millis / 1000, UTC)
