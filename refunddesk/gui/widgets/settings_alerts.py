"""Settings → Alerts: where the merchant is told (Apprise channels), about what, in which
language, and a test alert."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from refunddesk.gui import i18n, msgbox
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.gui.widgets.alive import while_alive
from refunddesk.gui.widgets.empty_hint import EmptyHint
from refunddesk.gui.widgets.empty_texts import empty_text
from refunddesk.gui.widgets.settings_common import InlineMessage
from refunddesk.infra.secrets import SecretsError
from refunddesk.notify.alerts import EVENT_KINDS, AlertConfig, AlertKind
from refunddesk.services import channels
from refunddesk.services.rule_review import set_review_days
from refunddesk.services.settings import SettingsProblem

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class AlertsPanel(QWidget):
    """Adding or removing a channel takes effect at once; the other choices on Save."""

    def __init__(self, services: GuiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._view: channels.AlertsView | None = None
        self.enabled = QCheckBox(self)
        self.language = QComboBox(self)
        for code in channels.ALERT_LANGUAGES:
            self.language.addItem(i18n.LANGUAGES.get(code, code), code)
        # The daily digest: off, or a local hour (it goes out at the first round after it).
        self.digest_hour = QComboBox(self)
        self.digest_hour.addItem("", None)
        for hour in range(24):
            self.digest_hour.addItem(f"{hour:02d}:00", hour)
        self.review_days = QSpinBox(self)
        self.review_days.setRange(1, 3650)
        self.events_box = QGroupBox(self)
        self.event_checks = {kind: QCheckBox(self.events_box) for kind in EVENT_KINDS}
        grid = QGridLayout(self.events_box)
        for n, box in enumerate(self.event_checks.values()):
            grid.addWidget(box, n // 2, n % 2)

        self.channels_box = QGroupBox(self)
        self.channel_list = QListWidget(self.channels_box)
        self.channel_list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.empty_hint = EmptyHint(self.channel_list, lambda: empty_text("alert_channels"))
        self.name = QLineEdit(self.channels_box)
        self.name.setMaximumWidth(160)
        self.url = QLineEdit(self.channels_box)
        self.url.setEchoMode(QLineEdit.EchoMode.Password)  # it carries tokens or passwords
        self.add_button = QPushButton(self.channels_box)
        self.remove_button = QPushButton(self.channels_box)
        self.test_button = QPushButton(self.channels_box)
        self.channel_message = InlineMessage(self.channels_box)
        add_row = QHBoxLayout()
        add_row.addWidget(self.name)
        add_row.addWidget(self.url, 1)
        add_row.addWidget(self.add_button)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.test_button)
        list_buttons.addWidget(self.remove_button)
        list_buttons.addStretch(1)
        box_layout = QVBoxLayout(self.channels_box)
        box_layout.addWidget(self.channel_list)
        box_layout.addLayout(list_buttons)
        box_layout.addLayout(add_row)
        box_layout.addWidget(self.channel_message)

        self.save_button = QPushButton(self)
        self.message = InlineMessage(self)
        self._language_label = QLabel(self)
        self._digest_label = QLabel(self)
        self._review_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(self._language_label, self.language)
        form.addRow(self._digest_label, self.digest_hour)
        form.addRow(self._review_label, self.review_days)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message, 1)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.events_box)
        layout.addWidget(self.channels_box)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.save_button.clicked.connect(self.save)
        self.add_button.clicked.connect(self.add_channel)
        self.remove_button.clicked.connect(self.remove_channel)
        self.test_button.clicked.connect(self.send_test)
        self.channel_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.retranslate_ui()
        self.reload()

    # -- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        ctx = self._services.ctx
        self._services.run(
            partial(channels.load_alerts, ctx.db, ctx.secrets), while_alive(self, self.show_view)
        )

    def show_view(self, view: channels.AlertsView) -> None:
        first = self._view is None
        self._view = view
        if first:  # later loads (a channel added) keep the choices not saved yet
            c = view.config
            self.enabled.setChecked(c.enabled)
            # Never set up: the alerts are offered in the window's language, not English.
            language = c.language if view.set_up else i18n.current_language()
            self.language.setCurrentIndex(max(0, self.language.findData(language)))
            for kind, box in self.event_checks.items():
                box.setChecked(kind in c.events)
            self.digest_hour.setCurrentIndex(max(0, self.digest_hour.findData(c.digest_hour)))
            self.review_days.setValue(view.review_days)
        self._fill_channels()

    def _fill_channels(self) -> None:
        current = self.selected_channel()
        self.channel_list.clear()
        names = self._view.config.channels if self._view else ()
        saved = self._view.saved if self._view else ()
        for name in names:
            item = QListWidgetItem(self.channel_list)
            item.setData(NAME_ROLE, name)
            if name in saved:
                item.setText(self.tr("%1 (address in the keyring)").replace("%1", name))
            else:
                item.setText(self.tr("%1 (no address: add it again)").replace("%1", name))
            if name == current:
                self.channel_list.setCurrentItem(item)
        if self.channel_list.currentItem() is None and self.channel_list.count():
            self.channel_list.setCurrentRow(0)
        self._update_buttons()

    def selected_channel(self) -> str:
        item = self.channel_list.currentItem()
        return str(item.data(NAME_ROLE)) if item is not None else ""

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_channel())
        self.test_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # -- channels ------------------------------------------------------------------------

    def add_channel(self) -> None:
        ctx, name, url = self._services.ctx, self.name.text(), self.url.text()
        self.channel_message.clear_message()
        self._services.run(
            partial(
                channels.add_alert_channel,
                ctx.db,
                ctx.secrets,
                name,
                url,
                language=str(self.language.currentData()),
            ),
            while_alive(self, self._channel_added),
            while_alive(self, self._channel_failed),
        )

    def _channel_added(self, _config: AlertConfig) -> None:
        self.url.clear()
        self.name.clear()
        self.channel_message.show_message(self.tr("Channel saved."), "ok")
        self.reload()

    def remove_channel(self) -> None:
        name = self.selected_channel()
        question = self.tr("Remove the alert channel %1? Its address is deleted from the keyring.")
        if not name or not msgbox.question(
            self, self.tr("Alerts"), question.replace("%1", name), default=False
        ):
            return
        ctx = self._services.ctx
        self._services.run(
            partial(channels.remove_alert_channel, ctx.db, ctx.secrets, name),
            while_alive(self, lambda _c: self.reload()),
            while_alive(self, self._channel_failed),
        )

    def _channel_failed(self, exc: BaseException) -> None:
        if isinstance(exc, SettingsProblem):
            self.channel_message.show_message(exc.text(i18n.current_language()))
        elif isinstance(exc, SecretsError):
            text = self.tr("The keyring could not be used: %1").replace("%1", str(exc))
            self.channel_message.show_message(text)
        else:
            raise exc  # a bug: the crash dialog shows it

    def send_test(self) -> None:
        name = self.selected_channel()
        if not name:
            return
        self.test_button.setEnabled(False)
        self.channel_message.show_message(self.tr("Sending…"), "ok")
        ctx = self._services.ctx
        # Apprise talks to the network (and may wait for its timeout): never on this thread.
        self._services.run(
            partial(channels.send_alert_test, ctx.db, ctx.secrets, name),
            while_alive(self, lambda _r: self._tested(name, None)),
            while_alive(self, lambda exc: self._tested(name, exc)),
        )

    def _tested(self, name: str, exc: BaseException | None) -> None:
        self._update_buttons()
        if exc is None:
            text = self.tr("The test alert was sent through %1.").replace("%1", name)
            self.channel_message.show_message(text, "ok")
        elif isinstance(exc, channels.AlertTestFailed):
            self.channel_message.show_message(exc.text(i18n.current_language()))
        elif isinstance(exc, SecretsError):
            self.channel_message.show_message(str(exc))
        else:
            raise exc

    # -- saving --------------------------------------------------------------------------

    def chosen_events(self) -> list[AlertKind]:
        return [kind for kind, box in self.event_checks.items() if box.isChecked()]

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self.message.clear_message()
        db = self._services.ctx.db
        save = partial(
            channels.save_alerts,
            db,
            enabled=self.enabled.isChecked(),
            language=str(self.language.currentData()),
            events=self.chosen_events(),
            digest_hour=self.digest_hour.currentData(),
        )
        days = self.review_days.value()

        def save_both() -> AlertConfig:
            set_review_days(db, days)
            return save()

        self._services.run(
            save_both,
            while_alive(self, self._saved),
            while_alive(self, self._save_failed),
        )

    def _saved(self, _config: AlertConfig) -> None:
        self.save_button.setEnabled(True)
        self.message.show_message(self.tr("Saved."), "ok")
        self._services.notify(Changes(settings=True))

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, SettingsProblem):
            self.message.show_message(exc.text(i18n.current_language()))
        else:
            msgbox.error(
                self,
                self.tr("Not saved"),
                self.tr("The alert settings could not be saved."),
                details=str(exc),
            )

    # -- words ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.enabled.setText(self.tr("Alert me when something needs me"))
        self._language_label.setText(self.tr("Language of the alerts"))
        self._digest_label.setText(self.tr("Daily digest (yesterday's refunds)"))
        self.digest_hour.setItemText(0, self.tr("Off"))
        self._review_label.setText(self.tr("Remind me to review a rule after"))
        self.review_days.setSuffix(self.tr(" days"))
        self.events_box.setTitle(self.tr("Alert me about"))
        words = {
            AlertKind.HOLD: self.tr("A refund held for approval"),
            AlertKind.FAILURE: self.tr("A refund that failed"),
            AlertKind.CIRCUIT_BREAKER: self.tr("Automation stopped after failures"),
            AlertKind.BUDGET: self.tr("The daily budget reached"),
            AlertKind.RECONNECT: self.tr("A shop to reconnect"),
        }
        for kind, box in self.event_checks.items():
            box.setText(words[kind])
        self.channels_box.setTitle(
            self.tr("Channels (Apprise: e-mail, Telegram, WeCom, DingTalk …)")
        )
        self.name.setPlaceholderText(self.tr("Name, e.g. team"))
        self.url.setPlaceholderText(self.tr("Apprise address, e.g. wecombot://key"))
        self.add_button.setText(self.tr("Add channel"))
        self.remove_button.setText(self.tr("Remove…"))
        self.test_button.setText(self.tr("Send a test alert"))
        self.save_button.setText(self.tr("Save alerts"))
        self._fill_channels()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
