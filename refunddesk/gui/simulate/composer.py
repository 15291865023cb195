"""Compose a test order: items (from the synced catalogue or typed), payment, times, buyer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refunddesk.domain.cases import PaymentKind
from refunddesk.domain.money import Money, MoneyError
from refunddesk.domain.scenarios import TestItem
from refunddesk.domain.typed_amount import parse_typed_amount
from refunddesk.gui.formatting import (
    datetime_edit_format,
    format_money,
    to_qdatetime,
    typed_amount,
)
from refunddesk.gui.models.simulate_items import ComposerItemsModel
from refunddesk.gui.widgets.combo_fit import keep_current_text_whole
from refunddesk.gui.widgets.empty_hint import EmptyHint
from refunddesk.gui.widgets.empty_texts import empty_text
from refunddesk.gui.words import word
from refunddesk.queries.simulate import CatalogueOffer

CURRENCY = "PLN"
BUYER_LANGUAGES = ("pl-PL", "en-US", "cs-CZ", "de-DE", "uk-UA", "sk-SK")
# The ways a test order can be paid (the rule conditions know a few rarer ones).
PAYMENTS = ("ONLINE", "ALLEGRO_PAY", "CASH_ON_DELIVERY", "WIRE_TRANSFER")


def parse_amount(text: str, currency: str = CURRENCY) -> Money:
    """``12,99``, ``12.99``, ``1 299,00``; raises MoneyError for anything that is not exact
    money (an empty text included)."""
    amount = parse_typed_amount(text, currency)
    if amount is None:
        raise MoneyError("no amount")
    return amount


def from_qdatetime(edit: QDateTimeEdit) -> datetime:
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch()).astimezone()


class OrderComposer(QWidget):
    """The test order's form. ``problem()`` says what is missing, in the current language."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ComposerItemsModel(self)
        self._offers: list[CatalogueOffer] = []
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        self.items_box = QGroupBox(self)
        grid = QGridLayout(self.items_box)
        self.catalogue_combo = QComboBox(self.items_box)
        self.catalogue_combo.setMinimumContentsLength(12)
        self.catalogue_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        keep_current_text_whole(self.catalogue_combo)  # the offer and its price, uncut
        self.add_offer_button = QPushButton(self.items_box)
        self.add_offer_button.clicked.connect(self.add_selected_offer)
        self.name_edit = QLineEdit(self.items_box)
        self.price_edit = QLineEdit(self.items_box)
        self.price_edit.setMaximumWidth(70)  # the item name beside it needs the room
        self.quantity_spin = QSpinBox(self.items_box)
        self.quantity_spin.setRange(1, 999)
        self.add_typed_button = QPushButton(self.items_box)
        self.add_typed_button.clicked.connect(self.add_typed_item)
        self.item_problem = QLabel(self.items_box)
        self.item_problem.setObjectName("FieldProblem")
        self.item_problem.setStyleSheet("color: #b3261e;")
        self.item_problem.hide()
        self.items_view = QTableView(self.items_box)
        self.items_view.setModel(self.model)
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_view.verticalHeader().hide()
        header = self.items_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.items_view.setMinimumHeight(110)
        self.items_hint = EmptyHint(self.items_view, lambda: empty_text("simulate_items"))
        self.remove_button = QPushButton(self.items_box)
        self.remove_button.clicked.connect(self._remove_selected)
        self.catalogue_label = QLabel(self.items_box)
        self.typed_label = QLabel(self.items_box)
        # Each label above its fields: beside them, the label column made the form too wide
        # for the Simulate screen's half of a 1024 px window.
        grid.addWidget(self.catalogue_label, 0, 0, 1, 4)
        grid.addWidget(self.catalogue_combo, 1, 0, 1, 3)
        grid.addWidget(self.add_offer_button, 1, 3)
        grid.addWidget(self.typed_label, 2, 0, 1, 4)
        grid.addWidget(self.name_edit, 3, 0)
        grid.addWidget(self.price_edit, 3, 1)
        grid.addWidget(self.quantity_spin, 3, 2)
        grid.addWidget(self.add_typed_button, 3, 3)
        grid.addWidget(self.item_problem, 4, 0, 1, 4)
        grid.addWidget(self.items_view, 5, 0, 1, 4)
        grid.addWidget(self.remove_button, 6, 3)
        grid.setColumnStretch(0, 1)

        self.order_box = QGroupBox(self)
        form = QFormLayout(self.order_box)
        # A long label goes above its field rather than widening the form (Polish, 1024 px).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._delivery_example = typed_amount("9.99")
        self.delivery_edit = QLineEdit(self._delivery_example, self.order_box)
        self.delivery_edit.setMaximumWidth(90)
        self.payment_combo = QComboBox(self.order_box)
        for key in PAYMENTS:
            self.payment_combo.addItem("", key)
        self.bought_edit = QDateTimeEdit(self.order_box)
        self.paid_check = QCheckBox(self.order_box)
        self.paid_check.setChecked(True)
        self.paid_edit = QDateTimeEdit(self.order_box)
        self.paid_check.toggled.connect(self.paid_edit.setEnabled)
        self.deadline_edit = QDateTimeEdit(self.order_box)
        for edit in (self.bought_edit, self.paid_edit, self.deadline_edit):
            edit.setCalendarPopup(True)
        paid_row = QHBoxLayout()
        paid_row.addWidget(self.paid_check)
        paid_row.addWidget(self.paid_edit, 1)
        self.delivery_label = QLabel(self.order_box)
        self.payment_label = QLabel(self.order_box)
        self.bought_label = QLabel(self.order_box)
        self.deadline_label = QLabel(self.order_box)
        form.addRow(self.delivery_label, self.delivery_edit)
        form.addRow(self.payment_label, self.payment_combo)
        form.addRow(self.bought_label, self.bought_edit)
        form.addRow("", paid_row)
        form.addRow(self.deadline_label, self.deadline_edit)

        self.buyer_box = QGroupBox(self)
        bform = QFormLayout(self.buyer_box)
        bform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.login_edit = QLineEdit("test_buyer", self.buyer_box)
        self.login_edit.setMinimumWidth(80)
        self.language_combo = QComboBox(self.buyer_box)
        self.language_combo.addItems(list(BUYER_LANGUAGES))
        self.new_radio = QRadioButton(self.buyer_box)
        self.repeat_radio = QRadioButton(self.buyer_box)
        self.new_radio.setChecked(True)
        self._buyer_group = QButtonGroup(self)
        self._buyer_group.addButton(self.new_radio)
        self._buyer_group.addButton(self.repeat_radio)
        self.orders_spin = QSpinBox(self.buyer_box)
        self.orders_spin.setRange(2, 999)
        self.orders_spin.setValue(3)
        self.orders_spin.setEnabled(False)
        self.repeat_radio.toggled.connect(self.orders_spin.setEnabled)
        # "Returning" and its count on a line of their own: beside "New" the row was wider
        # than the form's column in Polish.
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(self.repeat_radio)
        repeat_row.addWidget(self.orders_spin)
        repeat_row.addStretch(1)
        kind_row = QVBoxLayout()
        kind_row.addWidget(self.new_radio)
        kind_row.addLayout(repeat_row)
        self.login_label = QLabel(self.buyer_box)
        self.language_label = QLabel(self.buyer_box)
        self.kind_label = QLabel(self.buyer_box)
        bform.addRow(self.login_label, self.login_edit)
        bform.addRow(self.language_label, self.language_combo)
        bform.addRow(self.kind_label, kind_row)

        # One above the other: side by side they make the column too wide for a laptop.
        lower = QVBoxLayout()
        lower.addWidget(self.order_box)
        lower.addWidget(self.buyer_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.items_box, 1)
        layout.addLayout(lower)
        self.model.rowsInserted.connect(self.changed)
        self.model.rowsRemoved.connect(self.changed)
        self.model.dataChanged.connect(self.changed)

    def retranslate_ui(self) -> None:
        if self.delivery_edit.text() == self._delivery_example:  # untouched: in the new form
            self._delivery_example = typed_amount("9.99")
            self.delivery_edit.setText(self._delivery_example)
        # Dates as everywhere else: the language's own short date and time.
        for edit in (self.bought_edit, self.paid_edit, self.deadline_edit):
            edit.setDisplayFormat(datetime_edit_format())
        self.items_box.setTitle(self.tr("Test order"))
        self.catalogue_label.setText(self.tr("From your offers:"))
        self.add_offer_button.setText(self.tr("Add offer"))
        self.typed_label.setText(self.tr("Or type one:"))
        self.name_edit.setPlaceholderText(self.tr("Item name"))
        self.price_edit.setPlaceholderText(self.tr("Price"))
        self.add_typed_button.setText(self.tr("Add item"))
        self.remove_button.setText(self.tr("Remove item"))
        self.order_box.setTitle(self.tr("Payment and times"))
        self.delivery_label.setText(self.tr("Delivery cost:"))
        self.payment_label.setText(self.tr("Payment:"))
        self.bought_label.setText(self.tr("Bought:"))
        self.paid_check.setText(self.tr("Paid:"))
        self.deadline_label.setText(self.tr("Dispatch deadline:"))
        for i in range(self.payment_combo.count()):
            self.payment_combo.setItemText(i, word("payment", str(self.payment_combo.itemData(i))))
        self.buyer_box.setTitle(self.tr("Buyer"))
        self.login_label.setText(self.tr("Login:"))
        self.language_label.setText(self.tr("Language:"))
        self.kind_label.setText(self.tr("Buyer is:"))
        self.new_radio.setText(self.tr("New"))
        self.repeat_radio.setText(self.tr("Repeat, orders so far:"))
        self._fill_catalogue()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- times -------------------------------------------------------------------------------

    def set_times(self, now: datetime) -> None:
        """Defaults: bought a day ago, paid 5 minutes later, to be sent within two days."""
        bought = now - timedelta(days=1)
        self.bought_edit.setDateTime(to_qdatetime(bought))
        self.paid_edit.setDateTime(to_qdatetime(bought + timedelta(minutes=5)))
        self.deadline_edit.setDateTime(to_qdatetime(bought + timedelta(days=2)))

    # -- items -------------------------------------------------------------------------------

    def set_catalogue(self, offers: Sequence[CatalogueOffer]) -> None:
        self._offers = list(offers)
        self._fill_catalogue()

    def _fill_catalogue(self) -> None:
        current = self.catalogue_combo.currentIndex()
        self.catalogue_combo.clear()
        if not self._offers:
            self.catalogue_combo.addItem(self.tr("No synced offers yet"))
            self.catalogue_combo.setEnabled(False)
            self.add_offer_button.setEnabled(False)
            return
        for offer in self._offers:
            self.catalogue_combo.addItem(f"{offer.name} — {format_money(offer.price)}")
        self.catalogue_combo.setEnabled(True)
        self.add_offer_button.setEnabled(True)
        self.catalogue_combo.setCurrentIndex(max(0, current))

    def add_selected_offer(self) -> None:
        index = self.catalogue_combo.currentIndex()
        if 0 <= index < len(self._offers):
            o = self._offers[index]
            self.model.add(TestItem(o.name, o.price, 1, offer_id=o.offer_id, sku=o.sku))

    def add_typed_item(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self._item_problem(self.tr("Type the item's name."))
            return
        try:
            price = parse_amount(self.price_edit.text())
        except MoneyError:
            self._item_problem(self.tr("Type the price as an amount, e.g. 39.99."))
            return
        self.item_problem.hide()
        self.model.add(TestItem(name, price, self.quantity_spin.value()))
        self.name_edit.clear()
        self.price_edit.clear()
        self.quantity_spin.setValue(1)

    def _item_problem(self, text: str) -> None:
        self.item_problem.setText(text)
        self.item_problem.show()

    def _remove_selected(self) -> None:
        rows = self.items_view.selectionModel().selectedRows()
        if rows:
            self.model.remove(rows[0].row())

    def selected_row(self) -> int:
        rows = self.items_view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    # -- the order as a scenario needs it ----------------------------------------------------

    def payment_type(self) -> str:
        return str(self.payment_combo.currentData() or PaymentKind.ONLINE)

    def delivery_cost(self) -> Money:
        return parse_amount(self.delivery_edit.text() or "0")

    def problem(self) -> str:
        if self.model.rowCount() == 0:
            return self.tr("Add at least one item to the test order.")
        try:
            self.delivery_cost()
        except MoneyError:
            return self.tr("Type the delivery cost as an amount, e.g. 9.99.")
        return ""

    def buyer_orders(self) -> int:
        return self.orders_spin.value() if self.repeat_radio.isChecked() else 1
