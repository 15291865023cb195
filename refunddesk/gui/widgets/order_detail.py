"""One order in detail: a summary line, then its timeline, items, refunds and returns."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from refunddesk.domain.messages import render_text
from refunddesk.gui import counts
from refunddesk.gui.formatting import format_datetime, format_money
from refunddesk.gui.i18n import current_language
from refunddesk.gui.models.notice_words import notice_why_text
from refunddesk.gui.widgets import order_words as words
from refunddesk.gui.widgets.empty_hint import EmptyHint
from refunddesk.gui.widgets.empty_texts import Where, empty_text
from refunddesk.gui.widgets.order_id import OrderIdBar, short_order_id
from refunddesk.gui.widgets.order_timeline import OrderTimeline
from refunddesk.gui.words import word
from refunddesk.queries.orders import OrderDetail


def _tree(parent: QWidget, columns: int) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setColumnCount(columns)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    tree.header().setStretchLastSection(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return tree


class OrderDetailPanel(QWidget):
    """Shows an :class:`OrderDetail`; empty (with a hint) until an order is chosen."""

    resend_requested = Signal(object)  # NoticeProblem: a person wants to send it again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("OrderSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A buyer notice that did not arrive: said above the tabs, with its one action.
        self.notice_label = QLabel(self)
        self.notice_label.setObjectName("OrderNoticeProblem")
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.resend_button = QPushButton(self)
        self.resend_button.clicked.connect(self._resend_clicked)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice_label, 1)
        notice_row.addWidget(self.resend_button, 0, Qt.AlignmentFlag.AlignTop)
        self.tabs = QTabWidget(self)
        self.timeline = OrderTimeline(self.tabs)
        self.items = _tree(self.tabs, 4)
        self.refunds = _tree(self.tabs, 5)
        self.returns = _tree(self.tabs, 4)
        for tab in (self.timeline, self.items, self.refunds, self.returns):
            self.tabs.addTab(tab, "")
        self._detail: OrderDetail | None = None
        self.empty_hints = [
            EmptyHint(self.timeline, lambda: self._empty_text("timeline")),
            EmptyHint(self.items, lambda: self._empty_text("items")),
            EmptyHint(self.refunds, lambda: self._empty_text("order_refunds")),
            EmptyHint(self.returns, lambda: self._empty_text("returns")),
        ]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.order_id_bar = OrderIdBar(self)
        layout.addWidget(self.order_id_bar)
        layout.addWidget(self.summary)
        layout.addLayout(notice_row)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()

    @property
    def detail(self) -> OrderDetail | None:
        return self._detail

    def show_detail(self, detail: OrderDetail | None) -> None:
        self._detail = detail
        self.order_id_bar.set_order_id("" if detail is None else detail.row.order_id)
        self._fill()

    def _fill(self) -> None:
        detail = self._detail
        for tree in (self.items, self.refunds, self.returns):
            tree.clear()
        if detail is None:
            self.summary.setText(self.tr("Choose an order to see its items and its timeline."))
            self.timeline.set_entries(())
            self._show_notice_problem(None)
            self._retitle()
            return
        self.summary.setText(self._summary(detail))
        self._show_notice_problem(detail)
        self.timeline.set_entries(detail.timeline)
        for item in detail.items:
            self.items.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        item.name,
                        str(item.quantity),
                        format_money(item.unit_price),
                        item.sku or item.offer_id,
                    ]
                )
            )
        for intent in detail.intents:
            rule = intent.rule_name
            if intent.rule_version is not None and rule:
                rule = self.tr("%1 (version %2)").replace("%1", rule)
                rule = rule.replace("%2", str(intent.rule_version))
            self.refunds.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        format_datetime(intent.created_at),
                        word("trigger", intent.trigger),
                        word("state", intent.state),
                        format_money(intent.amount),
                        rule,
                    ]
                )
            )
        for ret in detail.returns:
            reasons = ", ".join(word("return_reason", r) for r in ret.reasons)
            if ret.comments:
                reasons += (" — " if reasons else "") + " / ".join(ret.comments)
            self.returns.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        format_datetime(ret.created_at),
                        words.word(words.RETURN_STATUS, ret.status),
                        ", ".join(ret.items),
                        reasons,
                    ]
                )
            )
        self._retitle()

    def _empty_text(self, where: Where) -> str:
        return empty_text("no_order" if self._detail is None else where)

    def _show_notice_problem(self, detail: OrderDetail | None) -> None:
        problems = detail.notice_problems if detail else ()
        self.notice_label.setVisible(bool(problems))
        self.resend_button.setVisible(bool(problems))
        if not problems:
            self.notice_label.setText("")
            return
        text = notice_why_text(problems[0])
        if len(problems) > 1:
            text += " " + counts.more_notices(len(problems) - 1)
        self.notice_label.setText(text)

    def _resend_clicked(self) -> None:
        if self._detail is not None and self._detail.notice_problems:
            self.resend_requested.emit(self._detail.notice_problems[0])

    def _summary(self, detail: OrderDetail) -> str:
        row = detail.row
        parts = [
            self.tr("Order %1").replace("%1", short_order_id(row.order_id)),
            row.buyer_login + (f" ({detail.buyer_name})" if detail.buyer_name else ""),
            "" if row.total is None else format_money(row.total),
            words.status_words(row.status, row.cancelled_by_buyer),
            word("payment", row.payment_kind),
        ]
        text = " · ".join(p for p in parts if p)
        if row.refunded is not None:
            text += "\n" + self.tr("Refunded so far: %1").replace("%1", format_money(row.refunded))
        if detail.sync_error:
            problem = render_text(detail.sync_error, current_language())
            text += "\n" + self.tr("Last sync problem: %1").replace("%1", problem)
        return text

    def _retitle(self) -> None:
        detail = self._detail
        counts = (
            len(detail.timeline) if detail else 0,
            len(detail.items) if detail else 0,
            len(detail.intents) if detail else 0,
            len(detail.returns) if detail else 0,
        )
        titles = (self.tr("Timeline"), self.tr("Items"), self.tr("Refunds"), self.tr("Returns"))
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, f"{title} ({count})" if count else title)

    def retranslate_ui(self) -> None:
        self.resend_button.setText(self.tr("Send the notice again…"))
        self.items.setHeaderLabels(
            [self.tr("Product"), self.tr("Quantity"), self.tr("Unit price"), self.tr("SKU / offer")]
        )
        self.refunds.setHeaderLabels(
            [
                self.tr("Decided"),
                self.tr("Why"),
                self.tr("State"),
                self.tr("Amount"),
                self.tr("Rule"),
            ]
        )
        self.returns.setHeaderLabels(
            [self.tr("Declared"), self.tr("Status"), self.tr("Items"), self.tr("Reason")]
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
