"""A line edit for an amount of money: at most two decimals, parsed exactly, empty = none."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from refunddesk.domain.money import Money, MoneyError
from refunddesk.gui.formatting import amount_text
from refunddesk.services.settings import parse_amount


class AmountValidator(QValidator):
    """Acceptable only for a real amount; anything else stays typeable (Intermediate), so the
    field can say what is wrong instead of silently eating keys."""

    def __init__(self, currency: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = currency

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        try:
            parse_amount(text, self.currency)
        except MoneyError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class MoneyEdit(QLineEdit):
    """``value()`` is a Money (never a float) or None for "no limit"; ``problem()`` says why
    the text is not an amount."""

    validity_changed = Signal(bool)

    def __init__(self, currency: str = "PLN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._validator = AmountValidator(currency, self)
        self.setValidator(self._validator)
        self.setClearButtonEnabled(True)
        self._valid = True
        self.textChanged.connect(self._check)

    @property
    def currency(self) -> str:
        return self._validator.currency

    def set_currency(self, currency: str) -> None:
        self._validator.currency = currency
        self._check()

    def set_value(self, money: Money | None) -> None:
        if money is not None:
            self.set_currency(money.currency)
        self.setText(amount_text(money))

    def value(self) -> Money | None:
        """The amount typed; raises MoneyError when the text is not one."""
        return parse_amount(self.text(), self.currency)

    def is_valid(self) -> bool:
        return self._valid

    def _check(self) -> None:
        try:
            self.value()
            valid = True
        except MoneyError:
            valid = False
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
