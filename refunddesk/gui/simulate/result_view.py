"""The simulated decision: deciding rule, trace, refund breakdown, reason and the buyer notice."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from refunddesk.automation.simulate import SimulationResult
from refunddesk.automation.simulate_demo import DemoRun
from refunddesk.domain.decisions import Outcome
from refunddesk.domain.locale_format import colon
from refunddesk.domain.messages import render, render_all
from refunddesk.domain.money import Money
from refunddesk.gui import counts, theme
from refunddesk.gui.formatting import format_datetime, format_money
from refunddesk.gui.i18n import current_language
from refunddesk.gui.models.refund_words import held_text
from refunddesk.gui.simulate.words import outcome_text
from refunddesk.gui.widgets.empty_hint import EmptyHint
from refunddesk.gui.widgets.empty_texts import empty_text
from refunddesk.gui.words import word

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


# The buyer notice's share of the room below the verdict (the breakdown and the rules have 3).
NOTICE_STRETCH = 2


class ResultView(QWidget):
    """Shows one SimulationResult and, after a real run, the demo shop's ledger beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: SimulationResult | None = None
        self.demo_run: DemoRun | None = None
        self.nothing_sent = QLabel(self)
        self.nothing_sent.setObjectName("NothingSent")
        self.nothing_sent.setWordWrap(True)
        self.nothing_sent.setStyleSheet(
            "background: #e8f0fe; color: #1a3e72; padding: 6px; border-radius: 4px;"
        )
        self.headline = QLabel(self)
        self.headline.setObjectName("SimulationHeadline")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.breakdown_box = QGroupBox(self)
        self.breakdown = QTableWidget(0, 2, self.breakdown_box)
        self.breakdown.verticalHeader().hide()
        self.breakdown.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.breakdown.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.breakdown.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # One line a part: a long item name wrapped in a row one line high was cut through
        # its second line at 1024 px. It is cut at its end instead, whole in its tooltip.
        self.breakdown.setWordWrap(False)
        self.breakdown.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Rows as high as a line of text: the box has room for two rows of Qt's default
        # height at 1024x768, and the refund itself is the last one.
        self.breakdown.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        QVBoxLayout(self.breakdown_box).addWidget(self.breakdown)
        self.trace_box = QGroupBox(self)
        self.trace = QListWidget(self.trace_box)
        self.trace.setWordWrap(True)
        QVBoxLayout(self.trace_box).addWidget(self.trace)
        self.breakdown_hint = EmptyHint(
            self.breakdown,
            lambda: empty_text(
                "simulate_breakdown" if self.result is None else "simulate_nothing_moves"
            ),
        )
        self.trace_hint = EmptyHint(self.trace, lambda: empty_text("simulate_trace"))
        self.notice_box = QGroupBox(self)
        self.notice = QPlainTextEdit(self.notice_box)
        self.notice.setReadOnly(True)
        # A box title does not wrap: the long part of it is a line that does (the Polish
        # title alone made the result pane too wide for 1024 px).
        self.notice_exact = QLabel(self.notice_box)
        self.notice_exact.setWordWrap(True)
        self.notice_exact.setStyleSheet(f"color: {theme.MUTED};")
        notice_col = QVBoxLayout(self.notice_box)
        notice_col.addWidget(self.notice_exact)
        notice_col.addWidget(self.notice)
        self.demo_box = QGroupBox(self)
        self.demo_label = QLabel(self.demo_box)
        self.demo_label.setWordWrap(True)
        self.demo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.demo_box).addWidget(self.demo_label)
        self.demo_box.hide()
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The verdict first: what would happen is what the merchant came for, and it stays in
        # sight at 1280x800 whatever the banner and the tables below it need.
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addWidget(self.nothing_sent)
        layout.addWidget(self.breakdown_box, 3)
        layout.addWidget(self.trace_box, 3)
        layout.addWidget(self.notice_box, NOTICE_STRETCH)
        layout.addWidget(self.demo_box)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._show_banner()
        self.breakdown_box.setTitle(self.tr("Refund breakdown"))
        self.breakdown.setHorizontalHeaderLabels([self.tr("Part"), self.tr("Amount")])
        self.trace_box.setTitle(self.tr("Every rule, in order"))
        self.notice_box.setTitle(self.tr("Buyer notice"))
        self.notice_exact.setText(self.tr("Exactly as it would be sent."))
        self.notice.setPlaceholderText(
            self.tr("The buyer notice this order would get appears here after you simulate.")
        )
        self.demo_box.setTitle(self.tr("Run for real on the demo shop"))
        self._show()

    # -- content -----------------------------------------------------------------------------

    def show_result(self, result: SimulationResult) -> None:
        self.result = result
        self.demo_run = None
        self._show_banner()
        self._show()

    def clear(self) -> None:
        """Back to the empty state: the last result no longer answers what the form says."""
        self.result = None
        self.demo_run = None
        self._show_banner()
        self._show()

    def show_demo_run(self, run: DemoRun) -> None:
        self.demo_run = run
        self._show_banner()
        self._show_demo()

    def _show_banner(self) -> None:
        # After a real run the order did exist and money did move (on a throwaway copy of the
        # demo shop): "this is a simulation" would then be wrong.
        if self.demo_run is not None:
            self.nothing_sent.setText(
                self.tr(
                    "This ran for real on a practice copy of the demo shop: the refunds below "
                    "were made there. Your shop, orders and refunds are unchanged."
                )
            )
            return
        self.nothing_sent.setText(
            self.tr(
                "This is a simulation: no refund is made and no message is sent. "
                "The worker would decide a real order exactly like this."
            )
        )

    def _show(self) -> None:
        r = self.result
        if r is None:
            self.headline.setText(self.tr("Compose a test order, pick what happens, simulate."))
            self.details.clear()
            self.breakdown.setRowCount(0)
            self.trace.clear()
            self.notice.clear()
            self.notice.show()
            self._notice_grows(True)
            return
        d = r.decision
        head = outcome_text(d.outcome.value)
        if d.outcome in (Outcome.REFUND, Outcome.WAIT, Outcome.HOLD):
            # Chinese punctuation is full width: "暂扣，等待您批准：PLN 658.99".
            head = f"{head}{colon(current_language())}{format_money(r.refund_total)}"
        if d.shadow:
            head = self.tr("%1 — shadow rule: only recorded, no money moves").replace("%1", head)
        self.headline.setText(head)
        self.details.setText(self._details(r))
        self._fill_breakdown(r)
        self.trace.clear()
        self.trace.addItems(render_all(d.trace, current_language()))
        self._fill_notice(r)
        self._show_demo()

    def _details(self, r: SimulationResult) -> str:
        d = r.decision
        lines = []
        if d.rule is not None:
            lines.append(
                self.tr("Decided by: %1 (version %2)")
                .replace("%1", d.rule.name)
                .replace("%2", str(d.rule.version))
            )
        else:
            lines.append(self.tr("No rule decided."))
        if d.reason:
            reason = word("refund_reason", d.reason)
            lines.append(self.tr("Reason Allegro records: %1").replace("%1", reason))
        for hold in d.hold_reasons:
            lines.append(self.tr("Held: %1").replace("%1", held_text(hold.value) or hold.value))
        if d.not_before is not None:
            lines.append(
                self.tr("The rule waits: it refunds at %1 unless you stop it.").replace(
                    "%1", format_datetime(d.not_before)
                )
            )
        return "\n".join(lines)

    def _fill_breakdown(self, r: SimulationResult) -> None:
        rows: list[tuple[str, Money | None]] = []
        plan = r.decision.plan
        rem = r.remainder
        rows.append((self.tr("Paid by the buyer"), rem.paid))
        if plan is not None:
            for pl in plan.lines:
                label = pl.name
                if pl.quantity is not None:
                    label = f"{pl.quantity} × {pl.name}"
                else:
                    label = self.tr("%1 (part of its value)").replace("%1", pl.name)
                rows.append((label, pl.value))
            if plan.delivery is not None:
                rows.append((self.tr("Delivery"), plan.delivery))
            if plan.additional_services is not None:
                rows.append((self.tr("Additional services"), plan.additional_services))
            for s in plan.surcharges:
                rows.append((self.tr("Surcharge"), s.value))
            if plan.wanted is not None and plan.wanted != plan.total:
                rows.append((self.tr("The rule asked for"), plan.wanted))
            rows += [(note, None) for note in render_all(plan.notes, current_language())]
        rows.append((self.tr("Still refundable on the order"), rem.overall))
        rows.append((self.tr("Refund"), r.refund_total))
        self.breakdown.setRowCount(len(rows))
        for n, (label, amount) in enumerate(rows):
            item = QTableWidgetItem(label)
            item.setToolTip(label)
            if amount is None:
                item.setForeground(self.palette().placeholderText())
            self.breakdown.setItem(n, 0, item)
            money = QTableWidgetItem(format_money(amount) if amount is not None else "")
            money.setTextAlignment(_RIGHT)
            self.breakdown.setItem(n, 1, money)
        last = self.breakdown.item(len(rows) - 1, 0)
        if last is not None:
            font = last.font()
            font.setBold(True)
            last.setFont(font)

    def _fill_notice(self, r: SimulationResult) -> None:
        # No notice: one line, and the room goes to the breakdown and the rules above (a big
        # empty box said "no notice" while the breakdown showed two of its rows).
        quiet = r.notice is None and not r.notice_problem
        self.notice.setVisible(not quiet)
        self._notice_grows(not quiet)
        self.notice_exact.setText(
            self.tr("The buyer gets no notice for this.")
            if quiet
            else self.tr("Exactly as it would be sent.")
        )
        if r.notice is not None:
            self.notice.setPlainText(
                self.tr("Language: %1").replace("%1", r.notice.language)
                + "\n"
                + self.tr("Subject: %1").replace("%1", r.notice.subject)
                + "\n\n"
                + r.notice.body
            )
        elif r.notice_problem:
            self.notice.setPlainText(
                self.tr("The notice cannot be written: %1").replace("%1", r.notice_problem)
            )
        else:
            self.notice.clear()

    def _notice_grows(self, grows: bool) -> None:
        """The notice box takes its share of the room only when it shows a notice: a squeezed
        layout gave a one-line box more than its size while the tables got their least."""
        policy = QSizePolicy.Policy.Preferred if grows else QSizePolicy.Policy.Maximum
        self.notice_box.setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        self._layout.setStretchFactor(self.notice_box, NOTICE_STRETCH if grows else 0)

    def _show_demo(self) -> None:
        run, r = self.demo_run, self.result
        if run is None or r is None:
            self.demo_box.hide()
            return
        self.demo_box.show()
        lines = [
            self.tr("Predicted refund: %1").replace("%1", format_money(r.refund_total)),
            counts.ledger_moved(len(run.refunds), format_money(run.moved)),
        ]
        for intent in run.intents:
            lines.append(
                self.tr("Worker: %1 — %2 by %3")
                .replace("%1", word("state", intent.state))
                .replace("%2", format_money(intent.amount))
                .replace("%3", intent.rule_name or "—")
            )
        if run.skipped:
            lines.append(
                self.tr(
                    "The worker did not run now (%1); the app's own worker will pick it up."
                ).replace("%1", render(run.skipped, current_language()))
            )
        if run.armed_rules == 0:
            lines.append(
                self.tr(
                    "No armed rule is saved for this trigger: shadow rules only record what "
                    "they would do, so no money moves."
                )
            )
        elif run.moved == r.refund_total:
            lines.append(self.tr("The ledger matches the prediction."))
        elif r.moves_money:
            lines.append(self.tr("The ledger does not match the prediction yet."))
        self.demo_label.setText("\n".join(lines))
