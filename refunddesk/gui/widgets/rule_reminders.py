"""The Dashboard's "rules to review": why each rule wants a look, and "Mark reviewed"."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from refunddesk.gui import counts
from refunddesk.gui.formatting import format_date
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.gui.widgets.alive import while_alive
from refunddesk.queries.rule_reminders import RuleReminder, rule_reminders
from refunddesk.services.rule_review import mark_reviewed


class RuleRemindersBox(QFrame):
    """Hidden while no rule needs a look; loads itself off the GUI thread."""

    def __init__(self, services: GuiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RuleReminders")
        self._services = services
        self.reminders: list[RuleReminder] = []
        self.loaded = False
        self.title = QLabel(self)
        self.title.setObjectName("SectionTitle")
        self.rows = QGridLayout()
        self.rows.setColumnStretch(0, 1)
        self.buttons: dict[int, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.rows)
        self.setVisible(False)
        services.changed.connect(self._on_changes)
        self.retranslate_ui()
        self.refresh()

    def refresh(self) -> None:
        ctx = self._services.ctx
        self._services.run(
            lambda: rule_reminders(ctx.db, ctx.now()), while_alive(self, self._arrived)
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes.rules or changes.refunds or changes.settings:
            self.refresh()

    def _arrived(self, reminders: list[RuleReminder]) -> None:
        self.reminders = reminders
        self.loaded = True
        self._fill()

    def _fill(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        for row, reminder in enumerate(self.reminders):
            label = QLabel(self.text(reminder), self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            button = QPushButton(self.tr("Mark reviewed"), self)
            button.clicked.connect(partial(self.mark_reviewed, reminder.rule_id))
            self.rows.addWidget(label, row, 0)
            self.rows.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
            self.buttons[reminder.rule_id] = button
        self.setVisible(bool(self.reminders))

    def text(self, r: RuleReminder) -> str:
        if r.why == "holds_most":
            return counts.rule_held_of(r.name, r.affected, r.cases)
        if r.why == "fails_most":
            return counts.rule_failed_of(r.name, r.affected, r.cases)
        why = self.tr("“%1” was last reviewed on %4: check that it still fits.")
        return why.replace("%4", format_date(r.reviewed_at)).replace("%1", r.name)

    def mark_reviewed(self, rule_id: int) -> None:
        button = self.buttons.get(rule_id)
        if button is not None:
            button.setEnabled(False)
        ctx = self._services.ctx
        self._services.run(
            partial(mark_reviewed, ctx.db, rule_id, ctx.now()),
            while_alive(self, lambda _r: self._services.notify(Changes(rules=True))),
        )

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Rules to review"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
