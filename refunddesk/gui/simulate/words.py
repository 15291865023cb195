"""The Simulate screen's words for outcomes, translated (payments and reasons: gui.words)."""

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


def _tr(text: str) -> str:
    return QCoreApplication.translate("SimulateWords", text)


def outcome_text(outcome: str) -> str:
    return _tr(_OUTCOME[outcome]) if outcome in _OUTCOME else outcome


def kind_text(kind: str) -> str:
    return _tr(_KIND[kind]) if kind in _KIND else kind
