"""What a matching rule does: scope, delivery, percentage, deduction, reason, comment, notices."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from refunddesk.domain.cases import Trigger
from refunddesk.domain.rules import (
    DEFAULT_REASONS,
    SELLER_COMMENT_MAX,
    RefundScope,
    RuleAction,
)
from refunddesk.gui import theme
from refunddesk.gui.rules_editor.inputs import FieldWithProblem, MoneyEdit, compact
from refunddesk.gui.rules_editor.words import NOTICE_TEMPLATES, RuleWords
from refunddesk.gui.words import all_words, codes, word

_PERCENT = QRegularExpression(r"^\d{0,3}([.,]\d{0,2})?$")


def notice_template_ids() -> list[str]:
    """The merchant's buyer-notice templates (built-in first), or the built-in ids."""
    try:
        from refunddesk.notify.templates import list_templates

        found = [t.id for t in list_templates()]
    except (ImportError, OSError):
        found = []
    return found or list(NOTICE_TEMPLATES)


class ActionSection(QWidget):
    """The "Refund" part of the editor; ``action()`` is None while a value cannot be read."""

    changed = Signal()

    def __init__(self, words: RuleWords, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.trigger = Trigger.BUYER_CANCELLED
        self.scope = compact(QComboBox(self))
        self.scope.setObjectName("ActionScope")
        self.scope.addItem("", RefundScope.EVERYTHING.value)
        self.scope.addItem("", RefundScope.RETURNED_ITEMS.value)
        self.include_delivery = QCheckBox(self)
        self.include_surcharges = QCheckBox(self)
        self.include_surcharges.setObjectName("IncludeSurcharges")
        self.include_services = QCheckBox(self)
        self.include_services.setObjectName("IncludeServices")
        self.percent = QLineEdit("100", self)
        self.percent.setObjectName("ActionPercent")
        self.percent.setValidator(QRegularExpressionValidator(_PERCENT, self.percent))
        self.percent.setMaximumWidth(60)
        self.deduct = QCheckBox(self)
        self.deduction = MoneyEdit(currency, self)
        self.deduction_label = QLineEdit(self)
        self.deduction_label.setMinimumWidth(80)
        self.deduction.line.setMaximumWidth(70)
        self.reason = compact(QComboBox(self))
        self.reason.setObjectName("ActionReason")
        self.reason.addItem("", None)
        for code in codes("refund_reason"):
            self.reason.addItem("", code)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("SellerComment")
        self.comment.setFixedHeight(46)  # two lines: comments are short
        self.counter = QLabel(self)
        self.counter.setObjectName("CommentCounter")
        self.notify = QCheckBox(self)
        self.template = compact(QComboBox(self))
        self.template.setObjectName("NoticeTemplate")
        for template_id in notice_template_ids():
            self.template.addItem("", template_id)
        self.mark_cancelled = QCheckBox(self)
        self.claim_commission = QCheckBox(self)
        self.require_review = QCheckBox(self)
        self._build()
        self.set_action(RuleAction(), Trigger.BUYER_CANCELLED)
        for signal in (
            self.scope.currentIndexChanged,
            self.include_delivery.toggled,
            self.include_surcharges.toggled,
            self.include_services.toggled,
            self.percent.textChanged,
            self.deduct.toggled,
            self.deduction.changed,
            self.deduction_label.textChanged,
            self.reason.currentIndexChanged,
            self.comment.textChanged,
            self.notify.toggled,
            self.template.currentIndexChanged,
            self.mark_cancelled.toggled,
            self.claim_commission.toggled,
            self.require_review.toggled,
        ):
            signal.connect(self._changed)
        self.retranslate_ui()

    def _build(self) -> None:
        # Two things to a row where they read together, short labels (the long wording is in
        # the tooltips): the whole "Then" part fits the editor at 1280x800 without scrolling.
        self.problems: dict[str, FieldWithProblem] = {}
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(4)
        self.scope_label, self.percent_label = QLabel(self), QLabel(self)
        self.reason_label, self.comment_label = QLabel(self), QLabel(self)
        self.percent_sign = QLabel("%", self)
        form.addRow(self.scope_label, self._wrap("action.scope", self.scope))
        pct = QWidget(self)
        row = QHBoxLayout(pct)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.include_delivery)
        row.addSpacing(16)
        row.addWidget(self.percent_label)
        row.addWidget(self.percent)
        row.addWidget(self.percent_sign)
        row.addStretch(1)
        form.addRow("", self._wrap("action.percent", pct))
        # "Everything" is made of components Allegro refunds separately: each can stay out.
        self.extras_row = QWidget(self)
        row = QHBoxLayout(self.extras_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.include_surcharges)
        row.addSpacing(16)
        row.addWidget(self.include_services)
        row.addStretch(1)
        form.addRow("", self.extras_row)
        ded = QWidget(self)
        col = QVBoxLayout(ded)
        col.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.deduct)
        row.addWidget(self.deduction)
        row.addStretch(1)
        col.addLayout(row)
        # What the deduction is for, on a line of its own: beside the amount it had ~80 px,
        # too few for its hint ("what for, e.g. return postage") in any language.
        col.addWidget(self.deduction_label)
        form.addRow("", self._wrap("action.deduction", ded))
        form.addRow(self.reason_label, self._wrap("action.reason", self.reason))
        label = QWidget(self)
        col = QVBoxLayout(label)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(self.comment_label)
        col.addWidget(self.counter)
        col.addStretch(1)
        form.addRow(label, self._wrap("action.seller_comment", self.comment))
        notify = QWidget(self)
        row = QHBoxLayout(notify)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.notify)
        row.addWidget(self.template, 1)
        form.addRow("", self._wrap("action.notice_template", notify))
        checks = QWidget(self)
        grid = QGridLayout(checks)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        grid.addWidget(self._wrap("action.mark_cancelled", self.mark_cancelled), 0, 0)
        grid.addWidget(self.claim_commission, 0, 1)
        grid.addWidget(self.require_review, 1, 0, 1, 2)  # its own row: never squeezed
        grid.setColumnStretch(2, 1)
        form.addRow("", checks)

    def _wrap(self, key: str, widget: QWidget) -> FieldWithProblem:
        box = FieldWithProblem(widget, self)
        self.problems[key] = box
        return box

    def retranslate_ui(self) -> None:
        w = self.words
        self.scope_label.setText(self.tr("Refund"))
        self.scope.setItemText(0, self.tr("everything still refundable on the order"))
        self.scope.setItemText(1, self.tr("only the returned items"))
        self.include_delivery.setText(self.tr("Include the delivery cost"))
        self.include_surcharges.setText(self.tr("Include surcharges"))
        self.include_surcharges.setToolTip(
            self.tr("Extra payments the buyer made on the order, refunded separately by Allegro")
        )
        self.include_services.setText(self.tr("Include additional services"))
        self.include_services.setToolTip(
            self.tr("Services the buyer chose with the items, such as gift wrapping")
        )
        self.percent_label.setText(self.tr("Percentage"))
        self.deduct.setText(self.tr("Deduct a fixed amount"))
        self.deduction_label.setPlaceholderText(self.tr("what for, e.g. return postage"))
        self.deduction_label.setToolTip(self.deduction_label.placeholderText())
        self.reason_label.setText(self.tr("Reason"))
        self.reason_label.setToolTip(self.tr("The refund reason Allegro records"))
        code = DEFAULT_REASONS[self.trigger]
        default = word("refund_reason", code)
        self.reason.setItemText(0, self.tr("Default: %1").replace("%1", default))
        for i, text in enumerate(all_words("refund_reason").values(), start=1):
            self.reason.setItemText(i, text)
        self.comment_label.setText(self.tr("Comment"))
        self.comment.setToolTip(self.tr("Comment to the buyer, sent with the refund"))
        self.comment.setPlaceholderText(self.tr("Shown to the buyer with the refund (optional)"))
        self.notify.setText(self.tr("Send the buyer a message:"))
        names = w.notice_templates()
        for i in range(self.template.count()):
            tid = str(self.template.itemData(i))
            self.template.setItemText(i, names.get(tid, tid))
        self.mark_cancelled.setText(self.tr('Mark the order "cancelled"'))
        self.mark_cancelled.setToolTip(self.tr('Set the "cancelled" label on the order'))
        self.claim_commission.setText(self.tr("Reclaim the commission"))
        self.claim_commission.setToolTip(self.tr("Claim the commission back from Allegro"))
        self.require_review.setText(self.tr("Always wait for my approval"))
        self._update_counter()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _changed(self) -> None:
        self.deduction.setEnabled(self.deduct.isChecked())
        self.deduction_label.setEnabled(self.deduct.isChecked())
        self.template.setEnabled(self.notify.isChecked())
        everything = str(self.scope.currentData()) == RefundScope.EVERYTHING.value
        self.extras_row.setVisible(everything)
        self._update_counter()
        self.changed.emit()

    def _update_counter(self) -> None:
        n = len(self.comment.toPlainText())
        self.counter.setText(
            self.tr("%1 of %2 characters")
            .replace("%1", str(n))
            .replace("%2", str(SELLER_COMMENT_MAX))
        )
        self.counter.setStyleSheet(
            f"color: {theme.ERROR if n > SELLER_COMMENT_MAX else theme.MUTED};"
        )

    def set_trigger(self, trigger: Trigger) -> None:
        self.trigger = trigger
        self.retranslate_ui()

    # -- value -------------------------------------------------------------------------------

    def set_action(self, a: RuleAction, trigger: Trigger) -> None:
        self.trigger = trigger
        self.scope.setCurrentIndex(self.scope.findData(a.scope.value))
        self.include_delivery.setChecked(a.include_delivery)
        self.include_surcharges.setChecked(a.include_surcharges)
        self.include_services.setChecked(a.include_additional_services)
        self.percent.setText(f"{a.percent.normalize():f}")
        self.deduct.setChecked(a.deduction is not None)
        self.deduction.set_money(a.deduction)
        self.deduction_label.setText(a.deduction_label)
        self.reason.setCurrentIndex(max(0, self.reason.findData(a.reason)) if a.reason else 0)
        self.comment.setPlainText(a.seller_comment)
        self.notify.setChecked(a.notify_buyer)
        if a.notice_template and self.template.findData(a.notice_template) < 0:
            self.template.addItem(a.notice_template, a.notice_template)
        self.template.setCurrentIndex(max(0, self.template.findData(a.notice_template)))
        self.mark_cancelled.setChecked(a.mark_cancelled)
        self.claim_commission.setChecked(a.claim_commission)
        self.require_review.setChecked(a.require_review)
        self._changed()

    def percent_value(self) -> Decimal | None:
        text = self.percent.text().strip().replace(",", ".")
        try:
            value = Decimal(text)
        except InvalidOperation:
            return None
        return value if value.is_finite() else None

    def local_problems(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.percent_value() is None:
            out["action.percent"] = self.words.problem("percent")
        if self.deduct.isChecked() and (
            not self.deduction.is_valid() or self.deduction.money() is None
        ):
            out["action.deduction"] = self.words.problem("amount")
        return out

    def action(self) -> RuleAction:
        """The action as the form shows it (unreadable values fall back; local_problems says)."""
        percent = self.percent_value()
        return RuleAction(
            scope=RefundScope(str(self.scope.currentData())),
            percent=Decimal(100) if percent is None else percent,
            deduction=self.deduction.money() if self.deduct.isChecked() else None,
            deduction_label=self.deduction_label.text() if self.deduct.isChecked() else "",
            include_delivery=self.include_delivery.isChecked(),
            include_surcharges=self.include_surcharges.isChecked(),
            include_additional_services=self.include_services.isChecked(),
            reason=self.reason.currentData(),
            seller_comment=self.comment.toPlainText(),
            notify_buyer=self.notify.isChecked(),
            notice_template=str(self.template.currentData() or "")
            if self.notify.isChecked()
            else "",
            mark_cancelled=self.mark_cancelled.isChecked(),
            claim_commission=self.claim_commission.isChecked(),
            require_review=self.require_review.isChecked(),
        )
