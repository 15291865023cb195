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
from refunddesk.store.problems import (
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseProblem,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
)


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
    if isinstance(exc, DatabaseProblem):
        return database_message(exc)
    if isinstance(exc, (ReviewError, ShopError)):
        return exc.text(current_language())
    return None


def database_message(exc: DatabaseProblem) -> str:
    """The database file's problem in the app's language (the CLI prints the English one)."""
    translate = QCoreApplication.translate
    if isinstance(exc, DatabaseLocked):
        if not exc.holders:
            return translate(
                "Errors",
                "The database is busy (another RefundDesk may be using it). Try again shortly.",
            )
        return _fill(
            translate(
                "Errors",
                "The database is busy: %1 keeps it locked. Try again when it has finished.",
            ),
            ", ".join(exc.holders),
        )
    if isinstance(exc, DatabaseDamaged):
        if exc.backup is None:
            offer = translate("Errors", "There is no backup of it yet.")
        else:
            offer = _fill(
                translate(
                    "Errors",
                    "The latest backup is from %1. To put it back, close RefundDesk and run: "
                    "refunddesk db restore",
                ),
                f"{exc.backup.taken_at:%Y-%m-%d %H:%M} UTC",
            )
        return _fill(
            translate(
                "Errors",
                "The database %1 is damaged. RefundDesk will not use it and automation stays "
                "off; nothing in it was changed. %2",
            ),
            str(exc.path),
            offer,
        )
    if isinstance(exc, DatabaseTooNew):
        return _fill(
            translate(
                "Errors",
                "This database was made by a newer version of RefundDesk (schema %1); this app "
                "knows up to %2. Use the newer RefundDesk with it; nothing was changed.",
            ),
            exc.found,
            exc.known,
        )
    if isinstance(exc, DatabaseReadOnly):
        if exc.folder:
            text = translate(
                "Errors",
                "RefundDesk cannot write to the folder %1: it is read-only. Allow it (check "
                "the permissions) or choose another data folder.",
            )
            return _fill(text, str(exc.path.parent if exc.path else ""))
        text = translate(
            "Errors",
            "RefundDesk cannot write to the database %1: it is read-only. Allow it (check "
            "the permissions) or choose another data folder.",
        )
        return _fill(text, str(exc.path))
    if isinstance(exc, DiskFull):
        return translate(
            "Errors",
            "The disk is full: what RefundDesk was saving was stopped and nothing was "
            "changed. Free some space and start RefundDesk again.",
        )
    return str(exc)


def _fill(text: str, *args: str) -> str:
    """Qt's %1, %2 … placeholders, filled in after translation."""
    for n, arg in enumerate(args, start=1):
        text = text.replace(f"%{n}", arg)
    return text


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A plain message for expected errors; anything else is a bug and goes to the crash dialog."""
    text = expected_message(exc)
    if text is not None:
        msgbox.error(parent, QCoreApplication.translate("Errors", "RefundDesk"), text)
        return
    # Through the excepthook the crash relay installed: saved as a report and shown once.
    sys.excepthook(type(exc), exc, exc.__traceback__)
