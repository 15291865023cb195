"""The dashboard's "what RefundDesk is doing, and your next step" box, with a button to go."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from refunddesk.gui import theme
from refunddesk.queries.next_step import NextStep, Progress


class NextStepPanel(QFrame):
    """Follows ``Progress``: no shop, a step to take, refunds waiting, or all good."""

    connect_requested = Signal()
    open_screen = Signal(str)  # a main-window screen key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NextStep")
        self.setStyleSheet(
            f"#NextStep {{ background: {theme.ACCENT_SOFT}; border-radius: 6px; }}"
            f" #NextStep QLabel {{ color: {theme.TEXT}; }}"
        )
        self.progress: Progress | None = None
        self.doing = QLabel(self)
        self.doing.setObjectName("NextStepDoing")
        self.doing.setWordWrap(True)
        self.doing.setTextFormat(Qt.TextFormat.PlainText)
        self.next = QLabel(self)
        self.next.setObjectName("NextStepNext")
        self.next.setWordWrap(True)
        self.next.setTextFormat(Qt.TextFormat.PlainText)
        font = self.next.font()
        font.setBold(True)
        self.next.setFont(font)
        self.button = QPushButton(self)
        self.button.setObjectName("NextStepButton")
        self.button.clicked.connect(self._go)
        texts = QVBoxLayout()
        texts.addWidget(self.doing)
        texts.addWidget(self.next)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 10, 12, 10)
        row.addLayout(texts, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()  # until the first load says where the merchant is

    @property
    def step(self) -> NextStep | None:
        return None if self.progress is None else self.progress.step

    def set_progress(self, progress: Progress) -> None:
        self.progress = progress
        self.retranslate_ui()
        self.show()

    def _go(self) -> None:
        step = self.step
        if step is NextStep.CONNECT:
            self.connect_requested.emit()
        elif step is not None and _SCREEN.get(step):
            self.open_screen.emit(_SCREEN[step])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        p = self.progress
        if p is None:
            return
        doing, next_step, button = self._texts(p)
        self.doing.setText(doing)
        self.next.setText(next_step)
        self.button.setText(button)
        self.button.setVisible(bool(button))

    def _texts(self, p: Progress) -> tuple[str, str, str]:
        """What RefundDesk is doing now, the next step, and the button's words ("" = none)."""
        step = p.step
        if step is NextStep.CONNECT:
            return (
                self.tr("RefundDesk is not watching any shop yet, so it does nothing."),
                self.tr(
                    "Next step: connect your Allegro shop. You can try everything on the demo "
                    "shop first."
                ),
                self.tr("Connect a shop…"),
            )
        if step is NextStep.REVIEW:
            # Paused, RefundDesk is not "watching" in the sense that matters: it sends nothing.
            doing = (
                self.tr(
                    "Automation is paused: RefundDesk sends no refund. Some refunds wait for "
                    "your decision: held by a limit or a rule, failed, or not confirmed."
                )
                if p.paused
                else self.tr(
                    "RefundDesk is watching your shop. Some refunds wait for your decision: "
                    "held by a limit or a rule, failed, or not confirmed."
                )
            )
            return (
                doing,
                self.tr("Next step: decide on them in Review."),
                self.tr("Open Review (%1)").replace("%1", str(p.waiting)),
            )
        if step is NextStep.PAUSED:
            return (
                self.tr("Automation is paused: RefundDesk sends no refund."),
                self.tr("Next step: resume it at the bottom of the window when you are ready."),
                "",
            )
        if step is NextStep.ADD_RULE:
            return (
                self.tr(
                    "RefundDesk syncs your orders, but no rule is switched on, so it decides "
                    "nothing."
                ),
                self.tr(
                    "Next step: add a starter rule. New rules start in shadow mode: they only "
                    "record what they would refund."
                ),
                self.tr("Open Rules"),
            )
        if step is NextStep.TRY_SHADOW:
            return (
                self.tr(
                    "Your rules are in shadow mode: RefundDesk records what they would refund "
                    "and moves no money."
                ),
                self.tr(
                    "Next step: try a test order in Simulate, then arm the rule you trust on "
                    "the Rules screen."
                ),
                self.tr("Open Simulate"),
            )
        return (
            self.tr("RefundDesk is watching your shop and refunds buyers by your armed rules."),
            self.tr("Nothing needs you now."),
            "",
        )


_SCREEN: dict[NextStep, str] = {
    NextStep.REVIEW: "review",
    NextStep.ADD_RULE: "rules",
    NextStep.TRY_SHADOW: "simulate",
}
