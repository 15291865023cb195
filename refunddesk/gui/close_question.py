"""The first close of the window asks what the merchant wants: keep refunding, or stop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from refunddesk.gui import msgbox
from refunddesk.gui.tray import CLOSE_TO_TRAY_KEY

# Set once the merchant was told, on a desktop without a tray, that closing stops automation.
TOLD_NO_TRAY_KEY = "tray/told_closing_stops"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CloseQuestion", text)


def settle_close(parent: QWidget, settings: QSettings, tray_available: bool) -> bool:
    """Ask on the first close only; False when the merchant chose not to close after all.

    With a tray, the answer (keep running there, or stop automation and quit) is remembered
    under the key the Settings screen's tray checkbox changes. Without one, closing can only
    stop automation: that is said once, with the way to keep refunding (the service).
    """
    if tray_available:
        if settings.contains(CLOSE_TO_TRAY_KEY):
            return True
        keep = msgbox.question(
            parent,
            _tr("Keep refunding when the window is closed?"),
            _tr(
                "Yes: RefundDesk keeps running in the tray and goes on refunding under your "
                "rules; quit it from the tray icon.\n"
                "No: closing the window stops automation until you open RefundDesk again.\n\n"
                "You can change this later in Settings."
            ),
            default=True,
        )
        settings.setValue(CLOSE_TO_TRAY_KEY, keep)
        settings.sync()
        return True
    if settings.value(TOLD_NO_TRAY_KEY, False, type=bool):
        return True
    close = msgbox.question(
        parent,
        _tr("Closing stops automatic refunds"),
        _tr(
            "While RefundDesk is closed, no refund is sent. To keep refunding with the window "
            "closed, run the background worker as a service (on Linux: refunddesk service "
            "install; the user guide shows Windows and macOS).\n\nClose RefundDesk now?"
        ),
        default=True,
    )
    settings.setValue(TOLD_NO_TRAY_KEY, True)
    settings.sync()
    return close
