"""Errors shown to the merchant: expected ones as a plain translated message, bugs as a crash."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from refunddesk.gui import msgbox
from refunddesk.gui.i18n import current_language
from refunddesk.infra.secrets import SecretsError
from refunddesk.marketplace.base import (
    ApiError,
    MarketplaceError,
    NetworkError,
    RateLimited,
    ReconnectNeeded,
)
from refunddesk.services.review import ReviewError
from refunddesk.services.shops import ShopError
from refunddesk.store.problems import DatabaseProblem


def expected_message(exc: BaseException) -> str | None:
    """The sentence for an expected error (classified by type), or None for a bug."""
    if isinstance(exc, ReconnectNeeded):
        return QCoreApplication.translate(
            "Errors", "Allegro no longer accepts this shop's login. Reconnect the shop in Settings."
        )
    if isinstance(exc, RateLimited):
        return QCoreApplication.translate(
            "Errors", "Allegro asked RefundDesk to slow down. Try again in a minute."
        )
    if isinstance(exc, NetworkError):
        return QCoreApplication.translate(
            "Errors", "Allegro could not be reached. Check the internet connection and try again."
        )
    if isinstance(exc, ApiError):
        return QCoreApplication.translate("Errors", "Allegro refused: %1").replace(
            "%1", exc.user_text or str(exc)
        )
    if isinstance(exc, MarketplaceError):
        return QCoreApplication.translate(
            "Errors", "Allegro's answer could not be used: %1"
        ).replace("%1", str(exc))
    if isinstance(exc, SecretsError):
        return QCoreApplication.translate(
            "Errors", "The system keyring cannot be used: %1"
        ).replace("%1", str(exc))
    if isinstance(exc, (DatabaseProblem, ReviewError, ShopError)):
        return exc.text(current_language())
    return None


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A plain message for expected errors; anything else is a bug and goes to the crash dialog."""
    text = expected_message(exc)
    if text is not None:
        msgbox.error(parent, QCoreApplication.translate("Errors", "RefundDesk"), text)
        return
    # Through the excepthook the crash relay installed: saved as a report and shown once.
    sys.excepthook(type(exc), exc, exc.__traceback__)
