"""The detail pane of one refund: breakdown, rule trace, rule version, HTTP attempts, people;
for a dismissed refund, a way to reopen it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from refunddesk.domain.describe import describe
from refunddesk.domain.locale_format import colon
from refunddesk.domain.messages import render_text
from refunddesk.domain.money import Money
from refunddesk.gui.formatting import format_datetime, format_money
from refunddesk.gui.i18n import current_language
from refunddesk.gui.models.refund_words import (
    action_text,
    channel_text,
    held_text,
    notice_status_text,
)
from refunddesk.gui.widgets.order_id import OrderIdBar, short_order_id
from refunddesk.gui.words import word
from refunddesk.queries.refunds import BreakdownLine, RefundDetail


def _e(text: object) -> str:
    return escape(str(text), quote=False)


class RefundDetailPane(QWidget):
    """Read-only but for ``reopen_asked`` (a dismissed refund's id, when its Reopen button is
    clicked); ``show_detail(None)`` shows a hint to pick a refund."""

    reopen_asked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("RefundDetail")
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.order_id_bar = OrderIdBar(self)
        layout.addWidget(self.order_id_bar)
        # A dismissal can be a slip of the mouse: it is undone here, where the merchant finds it.
        self.reopen_bar = QWidget(self)
        self.reopen_label = QLabel(self.reopen_bar)
        self.reopen_label.setWordWrap(True)
        self.reopen_button = QPushButton(self.reopen_bar)
        self.reopen_button.clicked.connect(self._ask_to_reopen)
        bar = QHBoxLayout(self.reopen_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.reopen_label, 1)
        bar.addWidget(self.reopen_button)
        self.reopen_bar.hide()
        layout.addWidget(self.reopen_bar)
        layout.addWidget(self.browser)
        self._detail: RefundDetail | None = None
        self.retranslate_ui()

    @property
    def detail(self) -> RefundDetail | None:
        return self._detail

    def show_detail(self, detail: RefundDetail | None) -> None:
        self._detail = detail
        self.order_id_bar.set_order_id("" if detail is None else detail.row.order_id)
        self.reopen_bar.setVisible(detail is not None and detail.row.state == "DISMISSED")
        self.retranslate_ui()

    def _ask_to_reopen(self) -> None:
        if self._detail is not None and self._detail.row.state == "DISMISSED":
            self.reopen_asked.emit(self._detail.row.id)

    def text(self) -> str:
        """What the pane says, as plain text (tests and screen readers)."""
        return self.browser.toPlainText()

    def retranslate_ui(self) -> None:
        self.reopen_label.setText(self.tr("Dismissed: no refund is sent. Was that a mistake?"))
        self.reopen_button.setText(self.tr("Reopen…"))
        if self._detail is None:
            hint = self.tr("Choose a refund to see how it was decided.")
            self.browser.setHtml(f"<p>{_e(hint)}</p>")
            return
        self.browser.setHtml(self._html(self._detail))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- the page ------------------------------------------------------------------------

    def _html(self, d: RefundDetail) -> str:
        r = d.row
        # The short id as everywhere; the bar above the page copies the full one.
        title = self.tr("Order %1").replace("%1", short_order_id(r.order_id))
        parts = [
            f"<h3>{_e(title)}</h3>",
            "<p>"
            + "<br>".join(
                [
                    f"<b>{_e(format_money(r.amount))}</b> · {_e(word('state', r.state))}",
                    _e(self.tr("Buyer: %1").replace("%1", r.buyer_login or "—")),
                    _e(self.tr("Trigger: %1").replace("%1", word("trigger", r.trigger))),
                    _e(self.tr("Decided: %1").replace("%1", format_datetime(r.created_at))),
                    _e(self.tr("Reason sent to Allegro: %1").replace("%1", self._reason(d))),
                ]
                + (
                    [_e(self.tr("Finished: %1").replace("%1", format_datetime(d.finished_at)))]
                    if d.finished_at
                    else []
                )
            )
            + "</p>",
        ]
        if d.held_reason:
            parts.append(self._section(self.tr("Why it is held"), [held_text(d.held_reason)]))
        if d.failure_detail or d.failure_code:
            parts.append(
                self._section(self.tr("Why it failed"), [d.failure_detail or d.failure_code])
            )
        if d.no_refund_reason:
            parts.append(self._section(self.tr("Why no refund"), [d.no_refund_reason]))
        parts.append(self._section(self.tr("Breakdown"), self._breakdown(d) or [self.tr("—")]))
        parts.append(self._section(self.tr("How the rules decided"), list(d.trace)))
        if d.details:
            # Allegro's own words (in Polish) and trace ids, for whoever contacts Allegro.
            parts.append(self._section(self.tr("Details from Allegro"), list(d.details)))
        parts.append(self._rule(d))
        parts.append(self._attempts(d))
        if d.notices:
            parts.append(
                self._section(
                    self.tr("Buyer notices"),
                    [
                        f"{channel_text(n.channel)} → {n.recipient}: "
                        f"{notice_status_text(n.status)}"
                        + (f" ({format_datetime(n.sent_at)})" if n.sent_at else "")
                        + (f" — {render_text(n.error, current_language())}" if n.error else "")
                        for n in d.notices
                    ],
                )
            )
        if d.actions:
            parts.append(
                self._section(
                    self.tr("What a person did"),
                    [
                        f"{format_datetime(a.at)} · {action_text(a.action)}"
                        + (f" ({a.actor})" if a.actor else "")
                        + (f"{colon(current_language())}{a.note}" if a.note else "")
                        for a in d.actions
                    ],
                )
            )
        return "".join(parts)

    def _reason(self, d: RefundDetail) -> str:
        if not d.reason_code:
            return "—"
        return word("refund_reason", d.reason_code)

    def _section(self, title: str, lines: list[str]) -> str:
        items = "".join(f"<li>{_e(line)}</li>" for line in lines)
        return f"<h4>{_e(title)}</h4><ul>{items}</ul>"

    def _breakdown(self, d: RefundDetail) -> list[str]:
        lines = [self._line(b) for b in d.breakdown]
        lines += [self.tr("Note: %1").replace("%1", note) for note in d.notes]
        return lines

    def _line(self, b: BreakdownLine) -> str:
        amount = format_money(b.value)
        if b.kind == "delivery":
            return self.tr("Delivery: %1").replace("%1", amount)
        if b.kind == "services":
            return self.tr("Additional services: %1").replace("%1", amount)
        if b.kind == "surcharge":
            return self.tr("Surcharge %1: %2").replace("%1", b.name).replace("%2", amount)
        if b.quantity is not None:
            return (
                self.tr("%1 × %2: %3")
                .replace("%1", str(b.quantity))
                .replace("%2", b.name)
                .replace("%3", amount)
            )
        return self.tr("%1 (part of its value): %2").replace("%1", b.name).replace("%2", amount)

    def _rule(self, d: RefundDetail) -> str:
        r = d.row
        if r.rule_id is None:
            return self._section(self.tr("Rule"), [self.tr("No rule decided this refund.")])
        title = (
            self.tr("Rule “%1”, version %2")
            .replace("%1", r.rule_name)
            .replace("%2", str(r.rule_version or "?"))
        )
        # Described here, not taken from the query, so a language switch re-words it too.
        summary = describe(d.rule, current_language()) if d.rule is not None else d.rule_summary
        return self._section(title, [summary or self.tr("This rule version is not stored.")])

    def _attempts(self, d: RefundDetail) -> str:
        if not d.attempts:
            return self._section(self.tr("Requests to Allegro"), [self.tr("None yet.")])
        # One line per request, not a table: the pane is narrow beside the refund list.
        lines = [
            self.tr("%1 · %2 %3 → %4 · trace-id %5")
            .replace("%1", format_datetime(a.started_at))
            .replace("%2", a.method)
            .replace("%3", a.path)
            .replace("%4", str(a.http_status) if a.http_status is not None else a.error or "—")
            .replace("%5", a.trace_id or "—")
            for a in d.attempts
        ]
        return self._section(self.tr("Requests to Allegro"), lines)


def total_text(amounts: list[Money]) -> str:
    """``123.00 PLN + 5.00 EUR``: a sum per currency, never across currencies."""
    sums: dict[str, int] = {}
    for a in amounts:
        sums[a.currency] = sums.get(a.currency, 0) + a.minor
    return " + ".join(format_money(Money(v, c)) for c, v in sorted(sums.items()))
