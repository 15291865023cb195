"""Settings → SMS: buyer notices by SMS through SMSAPI (token in the keyring, sender, shops)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from refunddesk.gui import msgbox
from refunddesk.gui.formatting import shop_display_name
from refunddesk.gui.i18n import current_language
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.gui.widgets.alive import while_alive
from refunddesk.gui.widgets.settings_common import InlineMessage
from refunddesk.infra.secrets import SecretsError
from refunddesk.notify.sms import SmsConfig
from refunddesk.services import channels
from refunddesk.services.settings import SettingsProblem


class SmsPanel(QWidget):
    """The token field never shows the saved token: typing one replaces it."""

    def __init__(self, services: GuiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._view: channels.SmsView | None = None
        self.enabled = QCheckBox(self)
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_name = QLineEdit(self)
        self.sender_name.setMaxLength(11)
        self.keep_diacritics = QCheckBox(self)
        self.shops_box = QGroupBox(self)
        self.shops_layout = QVBoxLayout(self.shops_box)
        self.shop_checks: dict[int, QCheckBox] = {}
        self.save_button = QPushButton(self)
        self.message = InlineMessage(self)
        self._labels = [QLabel(self) for _ in range(2)]
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(self._labels[0], self.token)
        form.addRow(self._labels[1], self.sender_name)
        form.addRow(self.keep_diacritics)
        for field in (self.token, self.sender_name):
            field.setMinimumWidth(260)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message, 1)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.shops_box)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        services.changed.connect(self._on_changes)
        self.retranslate_ui()
        self.reload()

    # -- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        ctx = self._services.ctx
        self._services.run(
            partial(channels.load_sms, ctx.db, ctx.secrets), while_alive(self, self.show_view)
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes.shops:
            self.reload()

    def show_view(self, view: channels.SmsView) -> None:
        first = self._view is None
        self._view = view
        if first:  # later loads (a shop added) keep what the merchant is typing
            c = view.config
            self.enabled.setChecked(c.enabled)
            self.sender_name.setText(c.sender)
            self.keep_diacritics.setChecked(c.keep_diacritics)
        off = (
            view.config.shops_off
            if first
            else tuple(i for i, box in self.shop_checks.items() if not box.isChecked())
        )
        for box in self.shop_checks.values():
            box.deleteLater()
        self.shop_checks = {}
        for shop_id, name in view.shops:
            box = QCheckBox(shop_display_name(name), self.shops_box)
            box.setChecked(shop_id not in off)
            self.shops_layout.addWidget(box)
            self.shop_checks[shop_id] = box
        self.shops_box.setVisible(bool(view.shops))
        self._retranslate_token()

    # -- saving --------------------------------------------------------------------------

    def config(self) -> SmsConfig:
        base = self._view.config if self._view else SmsConfig()
        return SmsConfig(
            enabled=self.enabled.isChecked(),
            sender=self.sender_name.text().strip(),
            keep_diacritics=self.keep_diacritics.isChecked(),
            shops_off=tuple(i for i, box in self.shop_checks.items() if not box.isChecked()),
            base_url=base.base_url,
            timeout_s=base.timeout_s,
        )

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self.message.clear_message()
        ctx = self._services.ctx
        self._services.run(
            partial(channels.save_sms, ctx.db, ctx.secrets, self.config(), self.token.text()),
            while_alive(self, self._saved),
            while_alive(self, self._save_failed),
        )

    def _saved(self, _config: SmsConfig) -> None:
        self.save_button.setEnabled(True)
        self.token.clear()
        self.message.show_message(self.tr("Saved."), "ok")
        self._services.notify(Changes(settings=True))
        self.reload()

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, SettingsProblem):
            self.message.show_message(exc.text(current_language()))
        elif isinstance(exc, SecretsError):
            self.message.show_message(
                self.tr("The token could not be stored in the keyring: %1").replace("%1", str(exc))
            )
        else:
            msgbox.error(
                self,
                self.tr("Not saved"),
                self.tr("The SMS settings could not be saved."),
                details=str(exc),
            )

    # -- words ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.enabled.setText(self.tr("Also send notices by SMS (SMSAPI)"))
        self._labels[0].setText(self.tr("SMSAPI token"))
        self._labels[1].setText(self.tr("Sender name"))
        self.sender_name.setPlaceholderText(self.tr("Registered in SMSAPI; empty: the default"))
        self.keep_diacritics.setText(
            self.tr("Keep Polish letters (ą, ę …): shorter parts, each one is paid")
        )
        self.shops_box.setTitle(self.tr("Send SMS to the buyers of"))
        # The demo shop's name is said in the window's language (shop_display_name).
        for shop_id, name in self._view.shops if self._view is not None else ():
            if shop_id in self.shop_checks:
                self.shop_checks[shop_id].setText(shop_display_name(name))
        self.save_button.setText(self.tr("Save SMS"))
        self._retranslate_token()

    def _retranslate_token(self) -> None:
        if self._view is not None and self._view.token_saved:
            text = self.tr("Saved in the keyring; type a new one to replace it")
        else:
            text = self.tr("Not saved; it will be kept in the keyring")
        self.token.setPlaceholderText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
