"""The strip along the bottom: shop, demo badge, automation state, last sync, Pause and Sync now."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from refunddesk.domain.messages import Message, Said, details, render
from refunddesk.gui import theme
from refunddesk.gui.formatting import format_datetime, shop_display_name
from refunddesk.gui.i18n import current_language
from refunddesk.gui.shell_status import AutomationState, ShellStatus
from refunddesk.gui.widgets.elided_label import ElidedLabel
from refunddesk.gui.widgets.order_id import short_order_id
from refunddesk.services.context import DEMO_SHOP_NAME

# Values that name an order: shown in the one short form the screens use (issue 12).
_ORDER_VALUES = ("order", "of_order")


def with_short_order_ids(said: Said) -> Said:
    """``said`` with every order id it names cut to the short form (the full id stays in the
    stored message, the CLI and the details)."""
    if not isinstance(said, Message):
        return said
    values = {}
    for name, value in said.values.items():
        if isinstance(value, Message):
            value = with_short_order_ids(value)
        elif isinstance(value, str) and (
            name in _ORDER_VALUES or (name == "id" and said.code == "quarantine.order")
        ):
            value = short_order_id(value)
        values[name] = value
    return Message(said.code, values)


def problem_line(status: ShellStatus) -> str:
    """The last problem in the language shown now, after the shop it is about."""
    text = render(with_short_order_ids(status.last_error), current_language())
    shop = status.error_shop
    # The shop is named when it is not the one the strip already shows (the demo badge or
    # the shop's name): with several shops, the problem says whose it is.
    if (
        text
        and shop
        and shop != status.shop_name
        and not (status.is_demo and shop == DEMO_SHOP_NAME)
    ):
        return f"{shop_display_name(shop)}: {text}"
    return text


class StatusStrip(QFrame):
    """Shows a :class:`ShellStatus`; the Pause toggle and Sync now only emit signals."""

    pause_toggled = Signal(bool)
    sync_now_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatusStrip")
        self._status = ShellStatus()
        # What Resume goes back to: the mode automation was in before the merchant paused it.
        self._resume_state = AutomationState.RUNNING

        self.shop_label = QLabel(self)
        self.shop_label.setObjectName("ShopName")
        self.shop_label.setTextFormat(Qt.TextFormat.PlainText)
        self.demo_badge = QLabel(self)
        self.demo_badge.setObjectName("DemoBadge")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("StateChip")
        self.last_sync_label = QLabel(self)
        self.last_sync_label.setObjectName("LastSync")
        self.error_label = ElidedLabel(self, max_lines=1)
        self.error_label.setObjectName("LastError")
        self.sync_button = QPushButton(self)
        self.sync_button.setObjectName("SyncButton")
        self.sync_button.clicked.connect(self.sync_now_requested)
        self.pause_button = QPushButton(self)
        self.pause_button.setObjectName("PauseButton")
        self.pause_button.setCheckable(True)
        self.pause_button.setMinimumWidth(170)
        self.pause_button.toggled.connect(self._on_pause_toggled)

        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.shop_label)
        row.addWidget(self.demo_badge)
        row.addSpacing(8)
        row.addWidget(self.state_label)
        row.addWidget(self.last_sync_label)
        row.addStretch(1)
        row.addWidget(self.sync_button)
        row.addWidget(self.pause_button)
        # The problem on a line of its own, the strip's whole width: beside the buttons it had
        # some 90 px at 1024x768 in Polish ("Allegro did / not answer…").
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        self.retranslate_ui()

    def status(self) -> ShellStatus:
        return self._status

    def set_status(self, status: ShellStatus) -> None:
        """Show ``status``; moving the toggle here does not emit ``pause_toggled``."""
        if status == self._status:
            # The worker reports its status after every step of a sync, mostly unchanged:
            # setting the same texts again laid the strip out again on the GUI thread.
            return
        self._status = status
        if status.automation_state is not AutomationState.PAUSED:
            self._resume_state = status.automation_state
        self.pause_button.blockSignals(True)
        self.pause_button.setChecked(status.automation_state is AutomationState.PAUSED)
        self.pause_button.blockSignals(False)
        self.retranslate_ui()

    def state_text(self, state: AutomationState) -> str:
        texts = {
            AutomationState.RUNNING: self.tr("Running"),
            AutomationState.PAUSED: self.tr("Paused"),
            AutomationState.DRY_RUN: self.tr("Dry run: no money moves"),
            AutomationState.SHADOW: self.tr("Shadow: records only"),
            AutomationState.BLOCKED: self.tr("Another RefundDesk runs automation"),
        }
        return texts[state]

    def retranslate_ui(self) -> None:
        status = self._status
        self.shop_label.setText(status.shop_name or self.tr("No shop connected"))
        # On the demo, the badge alone says which shop this is.
        self.shop_label.setVisible(bool(status.shop_name) or not status.is_demo)
        self.demo_badge.setText(self.tr("Demo shop"))
        self.demo_badge.setToolTip(
            self.tr("A pretend shop on this computer: no real buyer or money is involved.")
        )
        self.demo_badge.setVisible(status.is_demo)
        state = status.automation_state
        colour = theme.STATE_COLOURS[state.value]
        self.state_label.setStyleSheet(f"color: {colour};")
        self.state_label.setText("\u25cf " + self.state_text(state))
        self.state_label.setAccessibleName(
            self.tr("Automation: %1").replace("%1", self.state_text(state))
        )
        if status.last_sync is None:
            self.last_sync_label.setText(self.tr("Last sync: never"))
        else:
            when = format_datetime(status.last_sync)
            self.last_sync_label.setText(self.tr("Last sync: %1").replace("%1", when))
        self.error_label.set_full_text(problem_line(status))
        self.error_label.setVisible(bool(self.error_label.full_text()))
        # Allegro's own words and its trace id are for whoever looks closer, not the strip.
        more = details(status.last_error, current_language())
        if more:
            whole = render(status.last_error, current_language())  # with full order ids
            self.error_label.setToolTip("\n".join([whole, *more]))
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Fetch new orders and returns from Allegro now"))
        paused = state is AutomationState.PAUSED
        self.pause_button.setText(
            self.tr("Resume automation") if paused else self.tr("Pause automation")
        )
        self.pause_button.setToolTip(
            self.tr("Start refunding again under your rules")
            if paused
            else self.tr("Stop all automatic refunds until you resume")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_pause_toggled(self, paused: bool) -> None:
        # Show the merchant's choice at once; the worker's next status report confirms it.
        state = AutomationState.PAUSED if paused else self._resume_state
        self._status = dataclasses.replace(self._status, automation_state=state)
        self.retranslate_ui()
        self.pause_toggled.emit(paused)
