"""Inputs that take only valid values: amounts, durations, choice sets; a field with its error."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta

from PySide6.QtCore import QEvent, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from refunddesk.domain.money import Money, MoneyError
from refunddesk.domain.typed_amount import parse_typed_amount
from refunddesk.gui import theme
from refunddesk.gui.formatting import amount_text, typed_amount
from refunddesk.gui.widgets.combo_fit import keep_current_text_whole

# Digits, either decimal mark, and the blanks and marks people group thousands with
# ("1 000,50", "1.000,50", "1,000.50"); parse_typed_amount decides what they mean.
_AMOUNT = QRegularExpression("^[\\d \u00a0.,]{0,16}$")


def compact(combo: QComboBox, chars: int = 18) -> QComboBox:
    """Let a combo with long item texts shrink with the editor instead of widening it.

    Its longest choice does not set its width, but its current one does: the closed box
    never cuts the choice the merchant made ("above it: hold for my approv…"). The tooltip
    carries the whole choice as well.
    """
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    keep_current_text_whole(combo)
    combo.currentTextChanged.connect(combo.setToolTip)
    # Renaming the items (a language change) does not emit currentTextChanged.
    combo.model().dataChanged.connect(lambda *_: combo.setToolTip(combo.currentText()))
    return combo


class MoneyEdit(QWidget):
    """An amount in one currency; ``money()`` is None when empty or unreadable."""

    changed = Signal()

    def __init__(self, currency: str = "PLN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.line = QLineEdit(self)
        self.line.setValidator(QRegularExpressionValidator(_AMOUNT, self.line))
        self.line.setMaximumWidth(140)
        self.line.setPlaceholderText(typed_amount("0.00"))
        self.line.textChanged.connect(self.changed)
        self.unit = QLabel(currency, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.unit)
        layout.addStretch(1)

    def set_currency(self, currency: str) -> None:
        self.currency = currency
        self.unit.setText(currency)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # "0,00" in Polish, "0.00" in English
            self.line.setPlaceholderText(typed_amount("0.00"))
        super().changeEvent(event)

    def money(self) -> Money | None:
        try:
            return parse_typed_amount(self.line.text(), self.currency)
        except MoneyError:
            return None

    def is_valid(self) -> bool:
        return not self.line.text().strip() or self.money() is not None

    def set_money(self, money: Money | None) -> None:
        if money is None:
            self.line.clear()
            return
        self.set_currency(money.currency)
        self.line.setText(amount_text(money))


class DurationEdit(QWidget):
    """A whole number of minutes, hours or days."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = QSpinBox(self)
        self.amount.setRange(0, 9999)
        self.unit = QComboBox(self)
        for key in ("minutes", "hours", "days"):
            self.unit.addItem("", key)
        self.amount.valueChanged.connect(self.changed)
        self.unit.currentIndexChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount)
        layout.addWidget(self.unit)
        layout.addStretch(1)
        self.retranslate_ui()

    _UNITS = (timedelta(minutes=1), timedelta(hours=1), timedelta(days=1))

    def retranslate_ui(self) -> None:
        for i, text in enumerate((self.tr("minutes"), self.tr("hours"), self.tr("days"))):
            self.unit.setItemText(i, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def value(self) -> timedelta:
        return self.amount.value() * self._UNITS[self.unit.currentIndex()]

    def set_value(self, span: timedelta) -> None:
        unit = next((i for i in (2, 1, 0) if span % self._UNITS[i] == timedelta(0) and span), 1)
        self.unit.setCurrentIndex(unit)
        self.amount.setValue(int(span / self._UNITS[unit]))


class ChoiceBoxes(QWidget):
    """A checkbox per choice, in columns; the value is the set of ticked keys."""

    changed = Signal()

    def __init__(
        self, keys: Sequence[str], columns: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        for i, key in enumerate(keys):
            box = QCheckBox(key, self)
            box.toggled.connect(self.changed)
            self.boxes[key] = box
            grid.addWidget(box, i // columns, i % columns)

    def set_labels(self, labels: dict[str, str]) -> None:
        for key, box in self.boxes.items():
            box.setText(labels.get(key, key))

    def values(self) -> frozenset[str]:
        return frozenset(k for k, b in self.boxes.items() if b.isChecked())

    def set_values(self, values: Iterable[str]) -> None:
        wanted = set(values)
        for key, box in self.boxes.items():
            box.setChecked(key in wanted)


class FieldWithProblem(QWidget):
    """A field with the message that blocks saving shown right under it."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.problem = QLabel(self)
        self.problem.setObjectName("FieldProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {theme.ERROR};")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.problem)

    def set_problems(self, messages: Sequence[str], shown: bool = True) -> None:
        """``shown=False`` keeps the message ready but out of sight (nothing typed yet)."""
        self.problem.setText("\n".join(messages))
        self.problem.setVisible(bool(messages) and shown)
