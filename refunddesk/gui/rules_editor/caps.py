"""Caps per order, one per currency: a shop on allegro.pl and allegro.cz caps PLN and CZK."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from refunddesk.domain.money import ALLEGRO_CURRENCIES, Money
from refunddesk.gui.rules_editor.inputs import MoneyEdit

CURRENCIES = ALLEGRO_CURRENCIES


class CapRow(QWidget):
    """An amount and its currency; the first row of a rule has no remove button."""

    changed = Signal()
    remove_requested = Signal(object)  # self

    def __init__(self, currency: str, removable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = MoneyEdit(currency, self)
        self.amount.unit.hide()  # the combo beside it names the currency
        self.amount.line.setMaximumWidth(110)
        self.currency = QComboBox(self)
        self.currency.setObjectName("CapCurrency")
        for code in dict.fromkeys((currency, *CURRENCIES)):
            self.currency.addItem(code, code)
        self.remove = QToolButton(self)
        self.remove.setText("−")
        self.remove.setVisible(removable)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount.line)
        layout.addWidget(self.currency)
        layout.addWidget(self.remove)
        layout.addStretch(1)
        self.amount.changed.connect(self.changed)
        self.currency.currentIndexChanged.connect(self._currency_changed)

    def _currency_changed(self) -> None:
        self.amount.set_currency(str(self.currency.currentData()))
        self.changed.emit()

    def set_money(self, money: Money) -> None:
        if self.currency.findData(money.currency) < 0:
            self.currency.addItem(money.currency, money.currency)
        self.currency.setCurrentIndex(self.currency.findData(money.currency))
        self.amount.set_money(money)

    def money(self) -> Money | None:
        return self.amount.money()


class CapsEdit(QWidget):
    """The caps of a rule: at least one row; "+" adds a cap for another currency."""

    changed = Signal()

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CapRow] = []
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(2)
        self.add_button = QPushButton(parent)
        self.add_button.setObjectName("AddCap")
        self.add_button.setFlat(True)
        self.add_button.clicked.connect(lambda: self.add_row(self._free_currency()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.rows_layout)
        # The "+" button is placed by the form (beside what happens above the cap): a line of
        # its own would make the limits box wider than the editor at 1024x768.
        self.add_row(currency)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("+ Cap for another currency"))
        for row in self.rows:
            row.remove.setToolTip(self.tr("Remove this cap"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _free_currency(self) -> str:
        used = {str(r.currency.currentData()) for r in self.rows}
        return next((c for c in CURRENCIES if c not in used), CURRENCIES[0])

    def add_row(self, currency: str) -> CapRow:
        row = CapRow(currency, removable=bool(self.rows), parent=self)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove_row)
        row.remove.setToolTip(self.tr("Remove this cap"))
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self.changed.emit()
        return row

    def _remove_row(self, row: CapRow) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self.changed.emit()

    def set_caps(self, caps: tuple[Money, ...], currency: str) -> None:
        """Show ``caps`` (an empty first row in ``currency`` when there are none)."""
        for row in self.rows[1:]:
            self._remove_row(row)
        first = self.rows[0]
        first.set_money(caps[0] if caps else Money.zero(currency))
        if not caps:
            first.amount.line.clear()
        for cap in caps[1:]:
            self.add_row(cap.currency).set_money(cap)

    def caps(self) -> tuple[Money, ...]:
        """The caps typed so far; a row left empty is not a cap (``is_valid`` says so)."""
        return tuple(m for r in self.rows if (m := r.money()) is not None)

    def is_valid(self) -> bool:
        """Every row has an amount: an empty row would silently drop a cap."""
        return all(r.money() is not None for r in self.rows)
