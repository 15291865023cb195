"""Settings → Notifications: buyer notices by default, and the SMTP server for e-mail notices."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from refunddesk.domain.messages import render
from refunddesk.gui import msgbox, theme
from refunddesk.gui.i18n import current_language
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.gui.widgets.alive import while_alive
from refunddesk.gui.widgets.settings_common import InlineMessage
from refunddesk.infra.secrets import SecretsError
from refunddesk.notify.email import DEFAULT_PORTS, SECURITY_MODES, SmtpConfig
from refunddesk.notify.errors import EmailFailed
from refunddesk.services import settings as service


class NoticesPanel(QWidget):
    """The password field never shows the saved password: typing one replaces it."""

    def __init__(self, services: GuiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._password_saved = False
        self.notify_default = QCheckBox(self)
        self.email_box = QGroupBox(self)
        self.email_enabled = QCheckBox(self.email_box)
        self.host = QLineEdit(self.email_box)
        self.port = QSpinBox(self.email_box)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORTS["starttls"])
        self.security = QComboBox(self.email_box)
        for mode in SECURITY_MODES:
            self.security.addItem("", mode)
        self.security.setCurrentIndex(SECURITY_MODES.index("starttls"))
        self.user = QLineEdit(self.email_box)
        self.password = QLineEdit(self.email_box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_address = QLineEdit(self.email_box)
        self.from_name = QLineEdit(self.email_box)
        # A company or self-run CA for the mail server: a PEM file, chosen or typed.
        self.ca_file = QLineEdit(self.email_box)
        self.ca_button = QPushButton(self.email_box)
        self.ca_button.clicked.connect(self._choose_ca_file)
        self.test_to = QLineEdit(self.email_box)
        self.test_button = QPushButton(self.email_box)
        self.save_button = QPushButton(self)
        self.message = InlineMessage(self)
        self.test_message = InlineMessage(self.email_box)

        self._labels = [QLabel(self.email_box) for _ in range(7)]
        form = QFormLayout(self.email_box)
        form.addRow(self.email_enabled)
        for label, field in zip(
            self._labels,
            (
                self.host,
                self.port,
                self.security,
                self.user,
                self.password,
                self.from_address,
                self.from_name,
            ),
            strict=True,
        ):
            field.setMinimumWidth(260)
            form.addRow(label, field)
        self._ca_label = QLabel(self.email_box)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.ca_button)
        form.addRow(self._ca_label, ca_row)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        form.addRow(test_row)
        form.addRow(self.test_message)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message, 1)
        buttons.addStretch()  # keeps the button its own size while the message is hidden
        # The words of the notices are files the merchant may replace: the screen says where.
        self.templates_hint = QLabel(self)
        self.templates_hint.setObjectName("TemplatesHint")
        self.templates_hint.setWordWrap(True)
        self.templates_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.templates_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.templates_hint.setStyleSheet(f"color: {theme.MUTED};")
        layout = QVBoxLayout(self)
        layout.addWidget(self.notify_default)
        layout.addWidget(self.templates_hint)
        layout.addWidget(self.email_box)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.security.currentIndexChanged.connect(self._security_changed)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.send_test)
        self.retranslate_ui()

    def show_view(self, view: service.SettingsView) -> None:
        self.notify_default.setChecked(view.notify_by_default)
        smtp = view.smtp
        self._password_saved = view.smtp_password_saved
        self.password.clear()
        if smtp is not None:
            self.email_enabled.setChecked(smtp.enabled)
            self.host.setText(smtp.host)
            self.security.setCurrentIndex(max(0, SECURITY_MODES.index(smtp.security)))
            self.port.setValue(smtp.port)
            self.user.setText(smtp.user)
            self.from_address.setText(smtp.from_address)
            self.from_name.setText(smtp.from_name)
            self.ca_file.setText(smtp.ca_file)
        if view.smtp_problem:
            self.message.show_message(view.smtp_problem)
        self._retranslate_password()

    def _security_changed(self, index: int) -> None:
        # Follow the new mode's usual port unless the merchant typed an unusual one.
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[SECURITY_MODES[index]])

    def smtp_config(self) -> SmtpConfig | None:
        """The SMTP settings as typed; None when e-mail was never set up and is off."""
        host = self.host.text().strip()
        if not host and not self.email_enabled.isChecked():
            return None
        return SmtpConfig(
            host=host,
            port=self.port.value(),
            user=self.user.text().strip(),
            from_address=self.from_address.text().strip(),
            from_name=self.from_name.text().strip(),
            security=str(self.security.currentData()),
            enabled=self.email_enabled.isChecked(),
            ca_file=self.ca_file.text().strip(),
        )

    def _choose_ca_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("CA bundle for the mail server"),
            self.ca_file.text(),
            self.tr("PEM certificates (*.pem *.crt);;All files (*)"),
        )
        if path:
            self.ca_file.setText(path)

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self.message.clear_message()
        ctx = self._services.ctx
        self._services.run(
            partial(
                service.save_notices,
                ctx.db,
                ctx.secrets,
                notify_by_default=self.notify_default.isChecked(),
                smtp=self.smtp_config(),
                password=self.password.text(),
            ),
            while_alive(self, self._saved),
            while_alive(self, self._save_failed),
        )

    def _saved(self, _result: object) -> None:
        self.save_button.setEnabled(True)
        if self.password.text():
            self._password_saved = True
        self.password.clear()
        self._retranslate_password()
        self.message.show_message(self.tr("Saved."), "ok")
        self._services.notify(Changes(settings=True))

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, service.SettingsProblem):
            self.message.show_message(exc.text(current_language()))
        elif isinstance(exc, SecretsError):
            self.message.show_message(
                self.tr("The password could not be stored in the keyring: %1").replace(
                    "%1", str(exc)
                )
            )
        else:
            msgbox.error(
                self,
                self.tr("Not saved"),
                self.tr("The notice settings could not be saved."),
                details=str(exc),
            )

    def send_test(self) -> None:
        self.test_button.setEnabled(False)
        self.test_message.show_message(self.tr("Sending…"), "ok")
        ctx = self._services.ctx
        self._services.run(
            partial(service.send_test_email, ctx.db, ctx.secrets, self.test_to.text(), ctx.now()),
            while_alive(self, self._test_sent),
            while_alive(self, self._test_failed),
        )

    def _test_sent(self, _message_id: str) -> None:
        self.test_button.setEnabled(True)
        self.test_message.show_message(self.tr("The test e-mail was sent."), "ok")

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        if isinstance(exc, EmailFailed) and exc.said is not None:
            self.test_message.show_message(render(exc.said, current_language()))
            return
        if isinstance(exc, EmailFailed | SecretsError):
            self.test_message.show_message(str(exc))
            return
        raise exc  # a bug: the crash dialog shows it

    def retranslate_ui(self) -> None:
        self.notify_default.setText(
            self.tr("Tell buyers about their refund (default for new rules)")
        )
        self.templates_hint.setText(
            self.tr(
                "The words of each notice come from a template file. To change one, put a "
                "copy with the same name (for example refund_late.pl.txt) in %1; the user "
                "guide (Buyer notices) says how."
            ).replace("%1", str(self._services.ctx.data_dir / "templates"))
        )
        self.email_box.setTitle(self.tr("E-mail notices (SMTP)"))
        self.email_enabled.setText(self.tr("Also send notices by e-mail"))
        texts = (
            self.tr("Server"),
            self.tr("Port"),
            self.tr("Security"),
            self.tr("User name"),
            self.tr("Password"),
            self.tr("From address"),
            self.tr("From name"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        for index, text in enumerate(
            (self.tr("None (not encrypted)"), self.tr("STARTTLS"), self.tr("SSL/TLS"))
        ):
            self.security.setItemText(index, text)
        self.host.setPlaceholderText(self.tr("smtp.example.com"))
        self._ca_label.setText(self.tr("CA bundle (PEM)"))
        self.ca_file.setPlaceholderText(self.tr("Optional: only for a server with its own CA"))
        self.ca_button.setText(self.tr("Choose…"))
        self.test_to.setPlaceholderText(self.tr("Send the test to (empty: the from address)"))
        self.test_button.setText(self.tr("Send test e-mail"))
        self.save_button.setText(self.tr("Save notifications"))
        self._retranslate_password()

    def _retranslate_password(self) -> None:
        if self._password_saved:
            text = self.tr("Saved in the keyring; type a new one to replace it")
        else:
            text = self.tr("Not saved; it will be kept in the keyring")
        self.password.setPlaceholderText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
