"""Pick what happens to the test order: cancel, not sent in time, a return delivered or declared."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from refunddesk.domain.cases import RETURN_TRIGGERS, Trigger
from refunddesk.gui.words import word

# The return reasons a test return can give: the common ones.
RETURN_REASONS = (
    "DONT_LIKE_IT",
    "DAMAGED",
    "NOT_AS_DESCRIBED",
    "MISTAKE",
    "TOO_SMALL",
    "TOO_LARGE",
    "NONE",
)


class ScenarioPicker(QGroupBox):
    """``trigger()``, ``after()`` and the return's reason; returned units go on the item rows."""

    changed = Signal()
    returned_units_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.radios: dict[Trigger, QRadioButton] = {}
        group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for trigger in Trigger:
            radio = QRadioButton(self)
            group.addButton(radio)
            self.radios[trigger] = radio
            layout.addWidget(radio)
        self.radios[Trigger.BUYER_CANCELLED].setChecked(True)
        form = QFormLayout()
        # Each label above its field: beside them, "Returned units of the chosen item:" left
        # the return reason's choice too little room at 1024 px (cut in English).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(0, 365)
        self.hours_spin = QSpinBox(self)
        self.hours_spin.setRange(0, 23)
        self.hours_spin.setValue(2)
        after_row = QHBoxLayout()
        self.days_label = QLabel(self)
        self.hours_label = QLabel(self)
        after_row.addWidget(self.days_spin)
        after_row.addWidget(self.days_label)
        after_row.addWidget(self.hours_spin)
        after_row.addWidget(self.hours_label)
        after_row.addStretch(1)
        self.after_label = QLabel(self)
        form.addRow(self.after_label, after_row)
        self.returned_spin = QSpinBox(self)
        self.returned_spin.setRange(0, 999)
        self.returned_spin.valueChanged.connect(self.returned_units_changed)
        self.returned_label = QLabel(self)
        form.addRow(self.returned_label, self.returned_spin)
        self.reason_combo = QComboBox(self)
        for key in RETURN_REASONS:
            self.reason_combo.addItem("", key)
        self.reason_label = QLabel(self)
        form.addRow(self.reason_label, self.reason_combo)
        layout.addLayout(form)
        for spin in (self.days_spin, self.hours_spin):
            spin.valueChanged.connect(self.changed)
        for radio in self.radios.values():
            radio.toggled.connect(self._trigger_toggled)
        self.retranslate_ui()
        self._trigger_toggled()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("What happens"))
        texts = {
            Trigger.BUYER_CANCELLED: self.tr("The buyer cancels"),
            Trigger.NOT_SENT_IN_TIME: self.tr("The dispatch deadline passes and it is not sent"),
            Trigger.RETURN_DELIVERED: self.tr("A return arrives back (delivered)"),
            Trigger.RETURN_DECLARED: self.tr("A return is declared (not delivered yet)"),
        }
        for trigger, radio in self.radios.items():
            radio.setText(texts[trigger])
        self.days_label.setText(self.tr("days"))
        self.hours_label.setText(self.tr("hours"))
        self.returned_label.setText(self.tr("Returned units of the chosen item:"))
        self.reason_label.setText(self.tr("Return reason:"))
        for i in range(self.reason_combo.count()):
            self.reason_combo.setItemText(
                i, word("return_reason", str(self.reason_combo.itemData(i)))
            )
        self._after_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _after_text(self) -> None:
        if self.trigger() is Trigger.NOT_SENT_IN_TIME:
            self.after_label.setText(self.tr("How long after the deadline:"))
        else:
            self.after_label.setText(self.tr("How long after the purchase:"))

    def _trigger_toggled(self) -> None:
        is_return = self.trigger() in RETURN_TRIGGERS
        for w in (self.returned_spin, self.returned_label, self.reason_combo, self.reason_label):
            w.setVisible(is_return)
        self._after_text()
        self.changed.emit()

    def trigger(self) -> Trigger:
        return next((t for t, r in self.radios.items() if r.isChecked()), Trigger.BUYER_CANCELLED)

    def set_trigger(self, trigger: Trigger) -> None:
        self.radios[trigger].setChecked(True)

    def after(self) -> timedelta:
        return timedelta(days=self.days_spin.value(), hours=self.hours_spin.value())

    def reason(self) -> str:
        return str(self.reason_combo.currentData() or "DONT_LIKE_IT")
