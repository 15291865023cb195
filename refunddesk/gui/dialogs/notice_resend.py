"""Sending a failed buyer notice again: its text shown first, then one resend by the worker."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from refunddesk.gui import msgbox
from refunddesk.gui.models.notice_words import channel_text
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.notify.records import allow_resend
from refunddesk.queries.notices import NoticeProblem

log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a text for lupdate (it matches this name); translated where it is shown."""
    return source


_TITLE = QT_TRANSLATE_NOOP("ResendNoticeDialog", "Send the notice again")
_CHANGED = QT_TRANSLATE_NOOP(
    "ResendNoticeDialog", "This notice changed meanwhile (someone else may have sent it again)."
)
_DID_NOT_WORK = QT_TRANSLATE_NOOP("ResendNoticeDialog", "That did not work; nothing changed.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResendNoticeDialog", text)


class ResendNoticeDialog(QDialog):
    """Channel, masked recipient and the exact text, before a person sends it again."""

    def __init__(self, notice: NoticeProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notice = notice
        self.setWindowTitle(_tr(_TITLE))
        self.setMinimumWidth(480)
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setText(
            self.tr("Check the text. It is sent once more to the buyer, on the next round.")
            if notice.status == "failed"
            else self.tr(
                "The buyer may already have it: check first. It is sent once more to the "
                "buyer, on the next round."
            )
        )
        form = QFormLayout()
        self.channel_label = QLabel(channel_text(notice.channel), self)
        self.recipient_label = QLabel(notice.recipient or "—", self)
        form.addRow(self.tr("Channel:"), self.channel_label)
        form.addRow(self.tr("To:"), self.recipient_label)
        form.addRow(self.tr("Order:"), QLabel(notice.order_id, self))
        if notice.subject:
            form.addRow(self.tr("Subject:"), QLabel(notice.subject, self))
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setReadOnly(True)
        self.text_edit.setPlainText(
            notice.body or self.tr("(The text is written again when it is sent.)")
        )
        self.text_edit.setMinimumHeight(self.fontMetrics().height() * 7)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button.setText(self.tr("Send again"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)


def ask_to_resend(
    parent: QWidget,
    services: GuiServices,
    notice: NoticeProblem,
    on_dialog: Callable[[ResendNoticeDialog], None] | None = None,
) -> ResendNoticeDialog:
    """Show the notice; on "Send again", allow one resend (off the GUI thread)."""
    dialog = ResendNoticeDialog(notice, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: resend(parent, services, notice.id))
    if on_dialog is not None:
        on_dialog(dialog)
    # open(), not exec(): worker results keep arriving while the merchant reads.
    dialog.open()
    return dialog


def resend(parent: QWidget, services: GuiServices, notice_id: int) -> None:
    """The CLI's `notices resend`: the row is forgotten and the worker sends it once more."""
    db = services.ctx.db

    def done(allowed: bool) -> None:
        if not allowed:
            msgbox.information(parent, _tr(_TITLE), _tr(_CHANGED))
        else:
            services.worker_wake_requested.emit()  # sent on a round that starts now
        services.notify(Changes(review=True, orders=True, refunds=True))

    def failed(exc: BaseException) -> None:
        log.error("resending notice %s failed", notice_id, exc_info=(type(exc), exc, None))
        msgbox.error(parent, _tr(_TITLE), _tr(_DID_NOT_WORK))

    services.run(lambda: allow_resend(db, notice_id), done, failed, owner=parent)
