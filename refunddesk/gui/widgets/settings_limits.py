"""Settings → Safety limits and Sync: caps, budgets, the circuit breaker, dry-run, pause."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from refunddesk.automation.limits import AutomationSettings
from refunddesk.domain.money import MoneyError
from refunddesk.gui import counts, msgbox, theme
from refunddesk.gui.i18n import current_language
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.gui.widgets.alive import while_alive
from refunddesk.gui.widgets.money_edit import MoneyEdit
from refunddesk.gui.widgets.settings_common import InlineMessage
from refunddesk.services import review
from refunddesk.services import settings as service


class LimitsPanel(QWidget):
    """The global safety limits; saving applies them to the next worker cycle."""

    def __init__(self, services: GuiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._breaker_failures = 0
        self.order_cap = MoneyEdit(parent=self)
        self.buyer_daily_cap = MoneyEdit(parent=self)
        self.daily_budget = MoneyEdit(parent=self)
        self.money_problems: dict[MoneyEdit, InlineMessage] = {}
        self.daily_count = QSpinBox(self)
        self.daily_count.setRange(0, 100_000)
        self.breaker_threshold = QSpinBox(self)
        self.breaker_threshold.setRange(1, 1000)
        self.dry_run = QCheckBox(self)
        self.paused = QCheckBox(self)
        self.save_button = QPushButton(self)
        self.message = InlineMessage(self)

        self.breaker_box = QGroupBox(self)
        self.breaker_box.setObjectName("BreakerOpen")
        self.breaker_box.setStyleSheet(
            f"#BreakerOpen {{ background: {theme.WARNING_BG}; border: 1px solid #e2c36a; "
            "border-radius: 6px; margin-top: 14px; padding-top: 6px; font-weight: 600; }"
            f" #BreakerOpen QLabel {{ color: {theme.WARNING_TEXT}; font-weight: normal; }}"
        )
        self.breaker_label = QLabel(self.breaker_box)
        self.breaker_label.setWordWrap(True)
        self.reset_button = QPushButton(self.breaker_box)
        breaker_layout = QHBoxLayout(self.breaker_box)
        breaker_layout.addWidget(self.breaker_label, 1)
        breaker_layout.addWidget(self.reset_button)
        self.breaker_box.hide()
        # What a limit does, said once above the fields (the fields alone left it to guess).
        self.intro = QLabel(self)
        self.intro.setObjectName("LimitsIntro")
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(f"color: {theme.MUTED};")

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._labels: list[QLabel] = []
        for edit in (self.order_cap, self.buyer_daily_cap, self.daily_budget):
            edit.setMinimumWidth(180)
            problem = InlineMessage(self)
            self.money_problems[edit] = problem
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(problem)
            self._add_row(column)
            edit.textChanged.connect(lambda _text, e=edit: self._check_money(e))
        self._add_row(self.daily_count)
        self._add_row(self.breaker_threshold)
        self.form.addRow(self.dry_run)
        self.form.addRow(self.paused)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message, 1)
        buttons.addStretch()  # keeps the button its own size while the message is hidden
        layout = QVBoxLayout(self)
        layout.addWidget(self.breaker_box)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset_breaker)
        self.retranslate_ui()

    def _add_row(self, field: QWidget | QVBoxLayout) -> None:
        label = QLabel(self)
        self._labels.append(label)
        self.form.addRow(label, field)

    # -- showing ----------------------------------------------------------------------------

    def show_settings(self, settings: AutomationSettings) -> None:
        self.order_cap.set_value(settings.order_cap)
        self.buyer_daily_cap.set_value(settings.buyer_daily_cap)
        self.daily_budget.set_value(settings.daily_budget)
        self.daily_count.setValue(settings.daily_count or 0)
        self.breaker_threshold.setValue(settings.breaker_threshold)
        self.dry_run.setChecked(settings.dry_run)
        self.paused.setChecked(settings.paused)
        self.show_breaker(settings)

    def show_breaker(self, settings: AutomationSettings) -> None:
        self._breaker_failures = settings.consecutive_failures
        self.breaker_box.setVisible(settings.breaker_open)
        self._retranslate_breaker()

    def _check_money(self, edit: MoneyEdit) -> bool:
        problem = self.money_problems[edit]
        if edit.is_valid():
            problem.clear_message()
            return True
        problem.show_message(
            self.tr(
                "Enter an amount such as 250 or 249.99 (at most two decimals), or leave it "
                "empty for no limit."
            )
        )
        return False

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        checks = [self._check_money(e) for e in self.money_problems]
        if not all(checks):
            self.message.show_message(self.tr("Nothing was saved: correct the amounts above."))
            return
        try:
            values = {
                "order_cap": self.order_cap.value(),
                "buyer_daily_cap": self.buyer_daily_cap.value(),
                "daily_budget": self.daily_budget.value(),
            }
        except MoneyError:  # the checks above passed; kept for a text changed in between
            self.message.show_message(self.tr("Nothing was saved: correct the amounts above."))
            return
        self.save_button.setEnabled(False)
        self.message.clear_message()
        self._services.run(
            partial(
                service.save_limits,
                self._services.ctx.db,
                daily_count=self.daily_count.value() or None,
                breaker_threshold=self.breaker_threshold.value(),
                dry_run=self.dry_run.isChecked(),
                paused=self.paused.isChecked(),
                **values,
            ),
            while_alive(self, self._saved),
            while_alive(self, self._save_failed),
        )

    def _saved(self, settings: AutomationSettings) -> None:
        self.save_button.setEnabled(True)
        self.show_breaker(settings)
        self.message.show_message(self.tr("Saved. The limits apply from the next cycle."), "ok")
        self._services.notify(Changes(settings=True, automation=True))

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, service.SettingsProblem):
            self.message.show_message(exc.text(current_language()))
            return
        msgbox.error(self, self.tr("Not saved"), self.tr("The limits could not be saved."),
                     details=str(exc))  # fmt: skip

    def reset_breaker(self) -> None:
        self.reset_button.setEnabled(False)
        self._services.run(
            partial(review.reset_circuit_breaker, self._services.ctx.db),
            while_alive(self, self._breaker_reset),
            while_alive(self, self._save_failed),
        )

    def _breaker_reset(self, _result: object) -> None:
        self.reset_button.setEnabled(True)
        self.breaker_box.hide()
        self.message.show_message(self.tr("Circuit breaker reset: refunds are sent again."), "ok")
        self._services.notify(Changes(settings=True, automation=True, review=True))

    # -- language ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "These limits apply whatever the rules say: a refund above a limit is not sent, "
                "it waits on Review for your approval. Amounts are in PLN. A day counts from "
                "midnight by this computer's clock, for each shop on its own."
            )
        )
        texts = (
            self.tr("Largest refund per order"),
            self.tr("Largest total per buyer per day"),
            self.tr("Daily refund budget"),
            self.tr("Most refunds per day"),
            self.tr("Pause after this many failures in a row"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        for edit in self.money_problems:
            edit.setPlaceholderText(self.tr("No limit"))
            if not edit.is_valid():
                self._check_money(edit)
        self.daily_count.setSpecialValueText(self.tr("No limit"))
        self.dry_run.setText(self.tr("Dry run: decide and record, but never move money"))
        self.paused.setText(self.tr("Pause automation (nothing is sent until you resume)"))
        self.save_button.setText(self.tr("Save limits"))
        self.reset_button.setText(self.tr("Reset circuit breaker"))
        self.breaker_box.setTitle(self.tr("Circuit breaker is open"))
        self._retranslate_breaker()

    def _retranslate_breaker(self) -> None:
        self.breaker_label.setText(counts.breaker_stopped_sending(self._breaker_failures))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class SyncPanel(QWidget):
    """How often to sync, and how far back the first sync of a shop reads."""

    def __init__(self, services: GuiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.interval = QSpinBox(self)
        self.interval.setRange(service.MIN_SYNC_INTERVAL, service.MAX_SYNC_INTERVAL)
        self.backfill = QSpinBox(self)
        self.backfill.setRange(1, service.MAX_BACKFILL_DAYS)
        self.save_button = QPushButton(self)
        self.message = InlineMessage(self)
        self.interval_label = QLabel(self)
        self.backfill_label = QLabel(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.interval_label, self.interval)
        form.addRow(self.backfill_label, self.backfill)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message, 1)
        buttons.addStretch()  # keeps the button its own size while the message is hidden
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.retranslate_ui()

    def show_settings(self, settings: AutomationSettings) -> None:
        self.interval.setValue(settings.sync_interval_seconds)
        self.backfill.setValue(settings.backfill_days)

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self._services.run(
            partial(
                service.save_sync,
                self._services.ctx.db,
                interval_seconds=self.interval.value(),
                backfill_days=self.backfill.value(),
            ),
            while_alive(self, self._saved),
            while_alive(self, self._failed),
        )

    def _saved(self, _settings: AutomationSettings) -> None:
        self.save_button.setEnabled(True)
        self.message.show_message(self.tr("Saved."), "ok")
        self._services.notify(Changes(settings=True, automation=True))

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, service.SettingsProblem):
            self.message.show_message(exc.text(current_language()))
        else:
            self.message.show_message(str(exc))

    def retranslate_ui(self) -> None:
        self.interval_label.setText(self.tr("Sync with Allegro every"))
        self.interval.setSuffix(self.tr(" seconds"))
        self.backfill_label.setText(self.tr("When a shop is added, read orders from the last"))
        self.backfill.setSuffix(self.tr(" days"))
        self.save_button.setText(self.tr("Save sync settings"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
