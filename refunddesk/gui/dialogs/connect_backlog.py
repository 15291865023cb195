"""The connect dialog's last page: what the first sync found, and the merchant's choice for it."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from refunddesk.gui import theme
from refunddesk.gui.errors import expected_message, show_error
from refunddesk.gui.formatting import format_money
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.gui.widgets.settings_common import InlineMessage
from refunddesk.queries.backlog import BacklogFound, BacklogKind, Totals
from refunddesk.services import backlog, shops

KINDS = (
    BacklogKind.CANCELLED_NOT_REFUNDED,
    BacklogKind.NOT_SENT_IN_TIME,
    BacklogKind.RETURN_DELIVERED,
)


def amounts_text(totals: Totals) -> str:
    return " + ".join(format_money(a) for a in totals.amounts) or "—"


class BacklogPage(QWidget):
    """Counts found in the backfill window (read in the background) and ask / apply / ignore."""

    saved = Signal(str)  # the choice, once it is stored

    def __init__(self, services: GuiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.shop_id: int | None = None
        self.shop_name = ""
        self.found: BacklogFound | None = None
        self._error = ""
        self.loading = False
        self._saving = False
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {theme.MUTED};")
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(16)
        self.kind_labels: dict[BacklogKind, QLabel] = {}
        self.count_labels: dict[BacklogKind, QLabel] = {}
        self.amount_labels: dict[BacklogKind, QLabel] = {}
        for row, kind in enumerate(KINDS):
            self.kind_labels[kind] = QLabel(self)
            self.kind_labels[kind].setWordWrap(True)
            self.count_labels[kind] = QLabel("…", self)
            self.count_labels[kind].setAlignment(Qt.AlignmentFlag.AlignRight)
            self.amount_labels[kind] = QLabel("", self)
            grid.addWidget(self.kind_labels[kind], row, 0)
            grid.addWidget(self.count_labels[kind], row, 1)
            grid.addWidget(self.amount_labels[kind], row, 2)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        self.choices = QButtonGroup(self)
        self.choice_buttons: dict[str, QRadioButton] = {}
        self.choice_notes: dict[str, QLabel] = {}
        choices = QVBoxLayout()
        for mode in shops.BACKLOG_MODES:
            button = QRadioButton(self)
            note = QLabel(self)
            note.setWordWrap(True)
            note.setStyleSheet(f"color: {theme.MUTED}; margin-left: 24px;")
            self.choices.addButton(button)
            self.choice_buttons[mode], self.choice_notes[mode] = button, note
            choices.addWidget(button)
            choices.addWidget(note)
        self.choice_buttons["ask"].setChecked(True)  # the safe default: nothing moves unasked
        self.message = InlineMessage(self)
        self.done_button = QPushButton(self)
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addSpacing(6)
        layout.addWidget(self.question)
        layout.addLayout(choices)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def choice(self) -> str:
        return next(m for m, b in self.choice_buttons.items() if b.isChecked())

    # -- the first look, in the background -------------------------------------------------

    def start(self, shop_id: int, shop_name: str) -> None:
        self.shop_id, self.shop_name = shop_id, shop_name
        self.found, self._error, self.loading = None, "", True
        ctx = self._services.ctx
        job = partial(backlog.first_look, ctx.db, ctx.secrets, shop_id, ctx.now)
        self._services.run(job, self._found, self._look_failed)
        self.retranslate_ui()

    def _found(self, found: BacklogFound) -> None:
        self.loading, self.found = False, found
        self._services.notify(Changes(orders=True))
        self.retranslate_ui()

    def _look_failed(self, exc: BaseException) -> None:
        self.loading = False
        text = expected_message(exc)
        if text is None:
            show_error(self, exc)  # a bug: the crash report; the choice can still be made
            text = ""
        self._error = text
        self.retranslate_ui()

    # -- the choice ---------------------------------------------------------------------------

    def save(self) -> None:
        if self.shop_id is None or self._saving:
            return
        self._saving = True
        self.done_button.setEnabled(False)
        mode = self.choice()
        job = partial(shops.set_backlog_mode, self._services.ctx.db, self.shop_id, mode)
        self._services.run(job, lambda _r: self._saved(mode), self._save_failed)

    def _saved(self, mode: str) -> None:
        self._saving = False
        self.done_button.setEnabled(True)
        self._services.notify(Changes(shops=True, settings=True))
        self.saved.emit(mode)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.done_button.setEnabled(True)
        text = expected_message(exc)
        if text is None:
            show_error(self, exc)
            return
        self.message.show_message(text)

    # -- words --------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("“%1” is connected").replace("%1", self.shop_name))
        words = {
            BacklogKind.CANCELLED_NOT_REFUNDED: self.tr("Cancelled paid orders not refunded"),
            BacklogKind.NOT_SENT_IN_TIME: self.tr("Orders past their dispatch deadline, not sent"),
            BacklogKind.RETURN_DELIVERED: self.tr("Delivered returns not refunded"),
        }
        found = self.found
        for kind in KINDS:
            self.kind_labels[kind].setText(words[kind])
            totals = found.of(kind) if found is not None else None
            self.count_labels[kind].setText("…" if totals is None else str(totals.count))
            self.amount_labels[kind].setText("" if totals is None else amounts_text(totals))
        if found is not None:
            self.intro.setText(
                self.tr(
                    "RefundDesk read the shop's orders since %1. These cases happened before it "
                    "was watching:"
                ).replace("%1", found.since.strftime("%Y-%m-%d"))
            )
        else:
            self.intro.setText(
                self.tr("RefundDesk reads the shop's recent orders to find older cases:")
            )
        if self.loading:
            self.status.setText(self.tr("Reading the shop's recent orders…"))
        elif self._error:
            self.status.setText(
                self.tr("The orders could not be read now: %1 Your choice applies anyway.").replace(
                    "%1", self._error
                )
            )
        elif found is not None:
            self.status.setText(
                self.tr("Amounts are what the buyers paid: the most a refund could be.")
            )
        else:
            self.status.clear()
        self.question.setText(
            self.tr("What should RefundDesk do with them? (You can change it later in Settings.)")
        )
        self.choice_buttons["ask"].setText(self.tr("Hold them for my approval (recommended)"))
        self.choice_notes["ask"].setText(
            self.tr(
                "Your rules decide, then every case waits in Review, where one click approves "
                "them all."
            )
        )
        self.choice_buttons["apply"].setText(self.tr("Refund them by my rules"))
        self.choice_notes["apply"].setText(
            self.tr(
                "They are handled like new cases, checked live with Allegro before each refund."
            )
        )
        self.choice_buttons["ignore"].setText(self.tr("Leave them to me"))
        self.choice_notes["ignore"].setText(
            self.tr(
                "Nothing is refunded; each order's history says so, and the dashboard shows "
                "how many are left to you."
            )
        )
        self.done_button.setText(self.tr("Save and finish"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
