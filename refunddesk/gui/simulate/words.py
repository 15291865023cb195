"""The Simulate screen's words for outcomes, payments and return reasons, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a text for lupdate (it matches this name); translated where it is shown."""
    return source


_OUTCOME = {
    "NO_RULE": QT_TRANSLATE_NOOP("SimulateWords", "No rule decided: nothing happens"),
    "NOTHING_TO_REFUND": QT_TRANSLATE_NOOP("SimulateWords", "Nothing left to refund"),
    "HOLD": QT_TRANSLATE_NOOP("SimulateWords", "Held for your approval"),
    "WAIT": QT_TRANSLATE_NOOP("SimulateWords", "Waits for a pending refund"),
    "REFUND": QT_TRANSLATE_NOOP("SimulateWords", "Refund"),
}

_KIND = {
    "REFUND": QT_TRANSLATE_NOOP("SimulateWords", "Refund"),
    "PENDING": QT_TRANSLATE_NOOP("SimulateWords", "Under way"),
    "HOLD": QT_TRANSLATE_NOOP("SimulateWords", "Held"),
    "NONE": QT_TRANSLATE_NOOP("SimulateWords", "Nothing"),
}

PAYMENTS = {
    "ONLINE": QT_TRANSLATE_NOOP("SimulateWords", "Online (PayU, Przelewy24)"),
    "ALLEGRO_PAY": QT_TRANSLATE_NOOP("SimulateWords", "Allegro Pay"),
    "CASH_ON_DELIVERY": QT_TRANSLATE_NOOP("SimulateWords", "Cash on delivery"),
    "WIRE_TRANSFER": QT_TRANSLATE_NOOP("SimulateWords", "Bank transfer"),
}

RETURN_REASONS = {
    "DONT_LIKE_IT": QT_TRANSLATE_NOOP("SimulateWords", "Does not like it"),
    "DAMAGED": QT_TRANSLATE_NOOP("SimulateWords", "Damaged"),
    "NOT_AS_DESCRIBED": QT_TRANSLATE_NOOP("SimulateWords", "Not as described"),
    "MISTAKE": QT_TRANSLATE_NOOP("SimulateWords", "Ordered by mistake"),
    "TOO_SMALL": QT_TRANSLATE_NOOP("SimulateWords", "Too small"),
    "TOO_LARGE": QT_TRANSLATE_NOOP("SimulateWords", "Too large"),
    "NONE": QT_TRANSLATE_NOOP("SimulateWords", "No reason given"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SimulateWords", text)


def outcome_text(outcome: str) -> str:
    return _tr(_OUTCOME[outcome]) if outcome in _OUTCOME else outcome


def kind_text(kind: str) -> str:
    return _tr(_KIND[kind]) if kind in _KIND else kind


def payment_text(kind: str) -> str:
    return _tr(PAYMENTS[kind]) if kind in PAYMENTS else kind


def reason_text(reason: str) -> str:
    return _tr(RETURN_REASONS[reason]) if reason in RETURN_REASONS else reason
