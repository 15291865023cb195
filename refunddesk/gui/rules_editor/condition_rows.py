"""Condition rows added with "+": a field, an operator, and a value chosen rather than typed."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from refunddesk.domain.cases import PaymentKind
from refunddesk.domain.conditions import Conditions, ProductFilter
from refunddesk.domain.money import Money
from refunddesk.gui.rules_editor.inputs import ChoiceBoxes, FieldWithProblem, MoneyEdit
from refunddesk.gui.rules_editor.words import MARKETPLACES, RETURN_REASONS, RuleWords
from refunddesk.gui.words import all_words, word

# field key -> operator keys; the first operator is the default.
FIELDS: dict[str, tuple[str, ...]] = {
    "total": ("at_least", "under"),
    "paid": ("at_least", "under"),
    "products": ("only", "any"),
    "name": ("contains",),
    "payment": ("one_of",),
    "return_reason": ("one_of",),
    "days": ("at_most", "at_least"),
    "buyer_orders": ("at_least",),
    "blocked": ("not",),
    "marketplace": ("one_of",),
}


@dataclass
class ProductChoice:
    """What the product picker chose: offers, SKUs and merchant product groups."""

    offer_ids: set[str] = field(default_factory=set)
    skus: set[str] = field(default_factory=set)
    groups: list[str] = field(default_factory=list)


class ProductValue(QWidget):
    """The chosen products in words, and a button that opens the picker."""

    changed = Signal()
    choose_requested = Signal(object)  # self

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = ProductChoice()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.choose = QPushButton(self)
        self.choose.setObjectName("ChooseProducts")
        self.choose.clicked.connect(lambda: self.choose_requested.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.choose)
        self.retranslate_ui()

    def set_choice(self, choice: ProductChoice) -> None:
        self.choice = choice
        self.retranslate_ui()
        self.changed.emit()

    def retranslate_ui(self) -> None:
        self.choose.setText(self.tr("Choose…"))
        c = self.choice
        parts = [f"“{g}”" for g in c.groups] + sorted(c.offer_ids) + sorted(c.skus)
        self.summary.setText(", ".join(parts) if parts else self.tr("No products chosen yet"))


class ConditionRow(QWidget):
    """One condition; ``apply`` adds it to Conditions, ``problem_fields`` are its validate keys."""

    changed = Signal()
    remove_requested = Signal(object)  # self
    choose_products = Signal(object)  # the ProductValue asking

    def __init__(self, words: RuleWords, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.currency = currency
        self.field_box = QComboBox(self)
        self.field_box.setObjectName("ConditionField")
        for key in FIELDS:
            self.field_box.addItem("", key)
        self.op_box = QComboBox(self)
        self.op_box.setObjectName("ConditionOperator")
        for combo in (self.field_box, self.op_box):  # grow with translated item texts
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.remove = QToolButton(self)
        self.remove.setText("−")
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.value: QWidget = QWidget(self)
        self.value_holder = QVBoxLayout()
        self.value_holder.setContentsMargins(0, 0, 0, 0)
        self.value_holder.addWidget(self.value)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.field_box)
        top.addWidget(self.op_box)
        top.addStretch(1)
        top.addWidget(self.remove)
        # The value goes under the field and operator: checkbox grids need the full width.
        self.value_holder.setContentsMargins(16, 0, 0, 0)
        inner = QWidget(self)
        stack = QVBoxLayout(inner)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(4)
        stack.addLayout(top)
        stack.addLayout(self.value_holder)
        self.box = FieldWithProblem(inner, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.box)
        self.field_box.currentIndexChanged.connect(self._field_changed)
        self.op_box.currentIndexChanged.connect(self.changed)
        self.retranslate_ui()
        self._field_changed()

    # -- field and operator ------------------------------------------------------------------

    @property
    def field_key(self) -> str:
        return str(self.field_box.currentData())

    @property
    def op_key(self) -> str:
        return str(self.op_box.currentData())

    def set_field(self, key: str, op: str | None = None) -> None:
        self.field_box.setCurrentIndex(self.field_box.findData(key))
        if op is not None:
            self.op_box.setCurrentIndex(self.op_box.findData(op))

    def _field_changed(self) -> None:
        self.op_box.blockSignals(True)
        self.op_box.clear()
        for op in FIELDS[self.field_key]:
            self.op_box.addItem(self._op_text(op), op)
        self.op_box.blockSignals(False)
        old = self.value
        self.value = self._make_value(self.field_key)
        self.value_holder.replaceWidget(old, self.value)
        old.hide()  # deleteLater waits for the event loop; never show a stale value meanwhile
        old.deleteLater()
        self.changed.emit()

    def _make_value(self, key: str) -> QWidget:
        if key in ("total", "paid"):
            money = MoneyEdit(self.currency, self)
            money.changed.connect(self.changed)
            return money
        if key == "products":
            products = ProductValue(self)
            products.changed.connect(self.changed)
            products.choose_requested.connect(self.choose_products)
            return products
        if key in ("name", "blocked"):
            line = QLineEdit(self)
            line.textChanged.connect(self.changed)
            return line
        if key in ("payment", "return_reason", "marketplace"):
            keys = {
                "payment": [str(p) for p in PaymentKind],
                "return_reason": list(RETURN_REASONS),
                "marketplace": list(MARKETPLACES),
            }[key]
            boxes = ChoiceBoxes(keys, 3 if key == "return_reason" else 2, self)
            boxes.changed.connect(self.changed)
            self._label_boxes(boxes, key)
            return boxes
        spin = QSpinBox(self)
        spin.setRange(1 if key == "buyer_orders" else 0, 3650)
        spin.setValue(2 if key == "buyer_orders" else 14)
        spin.valueChanged.connect(self.changed)
        return spin

    def _label_boxes(self, boxes: ChoiceBoxes, key: str) -> None:
        if key == "payment":
            boxes.set_labels(all_words("payment"))
        elif key == "return_reason":
            boxes.set_labels({r: word("return_reason", r) for r in RETURN_REASONS})

    def retranslate_ui(self) -> None:
        names = {
            "total": self.tr("Order total"),
            "paid": self.tr("Amount paid"),
            "products": self.tr("Products"),
            "name": self.tr("Product name"),
            "payment": self.tr("Payment type"),
            "return_reason": self.tr("Return reason"),
            "days": self.tr("Days since purchase"),
            "buyer_orders": self.tr("Buyer's orders with me"),
            "blocked": self.tr("Buyer login"),
            "marketplace": self.tr("Marketplace"),
        }
        for i in range(self.field_box.count()):
            self.field_box.setItemText(i, names[str(self.field_box.itemData(i))])
        for i in range(self.op_box.count()):
            self.op_box.setItemText(i, self._op_text(str(self.op_box.itemData(i))))
        self.remove.setToolTip(self.tr("Remove this condition"))
        self.field_box.setItemData(
            list(FIELDS).index("paid"),
            self.tr("What the buyer paid, surcharges included"),
            Qt.ItemDataRole.ToolTipRole,
        )
        if isinstance(self.value, ChoiceBoxes):
            self._label_boxes(self.value, self.field_key)
        if isinstance(self.value, QLineEdit):
            self.value.setPlaceholderText(
                self.tr("logins, separated by commas")
                if self.field_key == "blocked"
                else self.tr("part of the product name")
            )
        if isinstance(self.value, ProductValue):
            self.value.retranslate_ui()

    def _op_text(self, op: str) -> str:
        key = self.field_key
        if key == "products":
            return self.tr("only these") if op == "only" else self.tr("any of these")
        return {
            "at_least": self.tr("at least"),
            "under": self.tr("under"),
            "at_most": self.tr("at most"),
            "contains": self.tr("contains"),
            "one_of": self.tr("is one of"),
            "not": self.tr("is not (blocklist)"),
        }[op]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- value -------------------------------------------------------------------------------

    def set_value(self, value: Any) -> None:
        w = self.value
        if isinstance(w, MoneyEdit):
            w.set_money(value)
        elif isinstance(w, ProductValue):
            w.set_choice(value)
        elif isinstance(w, QLineEdit):
            w.setText(value)
        elif isinstance(w, ChoiceBoxes):
            w.set_values(value)
        elif isinstance(w, QSpinBox):
            w.setValue(int(value))

    def local_problem(self) -> str:
        """A value the row cannot turn into a condition (validate() cannot see these)."""
        w = self.value
        if isinstance(w, MoneyEdit) and (not w.is_valid() or w.money() is None):
            return self.words.problem("amount")
        if isinstance(w, ProductValue) and not (
            w.choice.offer_ids or w.choice.skus or w.choice.groups
        ):
            return self.words.problem("conditions.products")
        # A row with nothing chosen would be dropped on save and the rule would widen:
        # "paid online" must never quietly become "every payment".
        if isinstance(w, ChoiceBoxes) and not w.values():
            return self.words.problem("nothing_chosen")
        if isinstance(w, QLineEdit) and not w.text().strip():
            return self.words.problem("nothing_typed")
        return ""

    def problem_fields(self) -> set[str]:
        key, op = self.field_key, self.op_key
        return {
            "total": {
                "conditions.total_at_least" if op == "at_least" else "conditions.total_under"
            },
            "paid": {"conditions.paid_at_least" if op == "at_least" else "conditions.paid_under"},
            "products": {"conditions.products"},
            "name": {"conditions.products"},
            "payment": {"conditions.payment_types"},
            "return_reason": {"conditions.return_reasons"},
            "days": {
                "conditions.min_days_since_purchase"
                if op == "at_least"
                else "conditions.max_days_since_purchase"
            },
            "buyer_orders": {"conditions.min_buyer_orders"},
            "blocked": {"conditions.blocked_logins"},
            "marketplace": {"conditions.marketplaces"},
        }[key] | ({"currency"} if key in ("total", "paid") else set())

    def apply(self, c: Conditions) -> Conditions:
        key, op, w = self.field_key, self.op_key, self.value
        if isinstance(w, MoneyEdit):
            money: Money | None = w.money()
            if key == "paid":
                if op == "at_least":
                    return replace(c, paid_at_least=money)
                return replace(c, paid_under=money)
            if op == "at_least":
                return replace(c, total_at_least=money)
            return replace(c, total_under=money)
        if isinstance(w, ProductValue):
            p = c.products
            return replace(
                c,
                products=replace(
                    p,
                    offer_ids=p.offer_ids | w.choice.offer_ids,
                    skus=p.skus | w.choice.skus,
                    groups=p.groups + tuple(g for g in w.choice.groups if g not in p.groups),
                    match_all=op == "only",
                ),
            )
        if isinstance(w, QLineEdit):
            text = w.text()
            if key == "name":
                return replace(
                    c,
                    products=replace(c.products, name_contains=(*c.products.name_contains, text)),
                )
            logins = frozenset(x.strip() for x in text.split(","))
            return replace(c, blocked_logins=c.blocked_logins | logins)
        if isinstance(w, ChoiceBoxes):
            values = w.values()
            if key == "payment":
                return replace(c, payment_types=c.payment_types | values)
            if key == "return_reason":
                return replace(c, return_reasons=c.return_reasons | values)
            return replace(c, marketplaces=c.marketplaces | values)
        assert isinstance(w, QSpinBox)
        n = w.value()
        if key == "buyer_orders":
            return replace(c, min_buyer_orders=n)
        if op == "at_least":
            return replace(c, min_days_since_purchase=n)
        return replace(c, max_days_since_purchase=n)


def rows_for(c: Conditions) -> list[tuple[str, str, Any]]:
    """The rows that show an existing rule's conditions: (field, operator, value)."""
    out: list[tuple[str, str, Any]] = []
    if c.total_at_least is not None:
        out.append(("total", "at_least", c.total_at_least))
    if c.total_under is not None:
        out.append(("total", "under", c.total_under))
    if c.paid_at_least is not None:
        out.append(("paid", "at_least", c.paid_at_least))
    if c.paid_under is not None:
        out.append(("paid", "under", c.paid_under))
    p = c.products
    if p.offer_ids or p.skus or p.groups:
        choice = ProductChoice(set(p.offer_ids), set(p.skus), list(p.groups))
        out.append(("products", "only" if p.match_all else "any", choice))
    out += [("name", "contains", text) for text in p.name_contains]
    if c.payment_types:
        out.append(("payment", "one_of", c.payment_types))
    if c.return_reasons:
        out.append(("return_reason", "one_of", c.return_reasons))
    if c.max_days_since_purchase is not None:
        out.append(("days", "at_most", c.max_days_since_purchase))
    if c.min_days_since_purchase is not None:
        out.append(("days", "at_least", c.min_days_since_purchase))
    if c.min_buyer_orders is not None:
        out.append(("buyer_orders", "at_least", c.min_buyer_orders))
    if c.blocked_logins:
        out.append(("blocked", "not", ", ".join(sorted(c.blocked_logins))))
    if c.marketplaces:
        out.append(("marketplace", "one_of", c.marketplaces))
    return out


def build_conditions(rows: list[ConditionRow], match_all_default: bool = True) -> Conditions:
    c = Conditions(products=ProductFilter(match_all=match_all_default))
    for row in rows:
        c = row.apply(c)
    return c
