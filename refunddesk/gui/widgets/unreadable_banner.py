"""The banner over Orders and Review: orders Allegro sent values for that cannot be right."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from refunddesk.domain.messages import details, from_text, render
from refunddesk.gui import counts, msgbox
from refunddesk.gui.formatting import format_datetime
from refunddesk.gui.i18n import current_language
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.queries.orders import SyncProblemRow, sync_problems

_STYLE = (
    "#SyncProblems { background: #fbecc4; border: 1px solid #e2c36a; border-radius: 6px; }"
    " #SyncProblems QLabel { color: #6b4b00; }"
)


class UnreadableBanner(QFrame):
    """Hidden while every order reads well; loads itself off the GUI thread and on changes."""

    def __init__(self, services: GuiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.problems: tuple[SyncProblemRow, ...] = ()
        self.setObjectName("SyncProblems")
        self.setStyleSheet(_STYLE)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.details = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.details)
        self.details.clicked.connect(self.show_details)
        services.changed.connect(self._on_changes)
        self.hide()
        self.retranslate_ui()
        self.reload()

    def reload(self) -> None:
        self._services.run(partial(sync_problems, self._services.ctx.db), self._arrived)

    def _arrived(self, problems: tuple[SyncProblemRow, ...]) -> None:
        self.problems = problems
        self.retranslate_ui()
        self.setVisible(bool(problems))

    def _on_changes(self, changes: Changes) -> None:
        if changes.orders or changes.review or changes.shops:
            self.reload()

    def show_details(self) -> None:
        language = current_language()
        lines: list[str] = []
        for p in self.problems:
            said = from_text(p.message)
            when = format_datetime(p.last_seen)
            lines.append(f"{p.subject_id} ({when}): {render(said, language)}")
            lines += [f"    {line}" for line in details(said, language)]
        msgbox.warning(
            self,
            self.tr("Orders that could not be read"),
            self.tr(
                "RefundDesk could not read these orders from Allegro and will try again on "
                "every sync. No refund is planned for them until they can be read; look at "
                "them in Allegro if a buyer waits."
            ),
            details="\n".join(lines),
        )

    def retranslate_ui(self) -> None:
        self.details.setText(self.tr("Details…"))
        count = len(self.problems)
        self.label.setText(counts.unreadable_orders(count))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
