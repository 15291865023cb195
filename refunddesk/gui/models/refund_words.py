"""Refund states, triggers, modes and hold reasons in the merchant's words, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a text for lupdate (it matches this name); translated where it is shown."""
    return source


_STATUS = {
    "PLANNED": QT_TRANSLATE_NOOP("RefundWords", "Planned"),
    "SUBMITTING": QT_TRANSLATE_NOOP("RefundWords", "Being sent"),
    "SUBMITTED": QT_TRANSLATE_NOOP("RefundWords", "Sent, waiting for Allegro"),
    "SUCCEEDED": QT_TRANSLATE_NOOP("RefundWords", "Refunded"),
    "FAILED": QT_TRANSLATE_NOOP("RefundWords", "Failed"),
    "UNCONFIRMED": QT_TRANSLATE_NOOP("RefundWords", "Being checked"),
    "HELD": QT_TRANSLATE_NOOP("RefundWords", "Held for you"),
    "DISMISSED": QT_TRANSLATE_NOOP("RefundWords", "Dismissed"),
    "REFUNDED_BY_HAND": QT_TRANSLATE_NOOP("RefundWords", "Refunded by hand"),
    "SHADOW": QT_TRANSLATE_NOOP("RefundWords", "Shadow (not sent)"),
    "NO_ACTION": QT_TRANSLATE_NOOP("RefundWords", "No action"),
}

# One or two words for table cells, where the full status would be cut; the cell's tooltip
# shows the full words.
_STATUS_SHORT = {
    "PLANNED": QT_TRANSLATE_NOOP("RefundWords", "Planned"),
    "SUBMITTING": QT_TRANSLATE_NOOP("RefundWords", "Sending"),
    "SUBMITTED": QT_TRANSLATE_NOOP("RefundWords", "Sent"),
    "SUCCEEDED": QT_TRANSLATE_NOOP("RefundWords", "Refunded"),
    "FAILED": QT_TRANSLATE_NOOP("RefundWords", "Failed"),
    "UNCONFIRMED": QT_TRANSLATE_NOOP("RefundWords", "Checking"),
    "HELD": QT_TRANSLATE_NOOP("RefundWords", "Held"),
    "DISMISSED": QT_TRANSLATE_NOOP("RefundWords", "Dismissed"),
    "REFUNDED_BY_HAND": QT_TRANSLATE_NOOP("RefundWords", "By hand"),
    "SHADOW": QT_TRANSLATE_NOOP("RefundWords", "Shadow"),
    "NO_ACTION": QT_TRANSLATE_NOOP("RefundWords", "No action"),
}

_TRIGGER = {
    "BUYER_CANCELLED": QT_TRANSLATE_NOOP("RefundWords", "Buyer cancelled"),
    "NOT_SENT_IN_TIME": QT_TRANSLATE_NOOP("RefundWords", "Not sent in time"),
    "RETURN_DELIVERED": QT_TRANSLATE_NOOP("RefundWords", "Return delivered"),
    "RETURN_DECLARED": QT_TRANSLATE_NOOP("RefundWords", "Return declared"),
}

_MODE = {
    "armed": QT_TRANSLATE_NOOP("RefundWords", "Armed"),
    "shadow": QT_TRANSLATE_NOOP("RefundWords", "Shadow"),
}

# Buyer notices (notify.records.Channel / NoticeStatus) and what a person did (review actions).
_CHANNEL = {
    "allegro_message": QT_TRANSLATE_NOOP("RefundWords", "Allegro message"),
    "email": QT_TRANSLATE_NOOP("RefundWords", "E-mail"),
}
_NOTICE_STATUS = {
    "pending": QT_TRANSLATE_NOOP("RefundWords", "being sent"),
    "sent": QT_TRANSLATE_NOOP("RefundWords", "sent"),
    "failed": QT_TRANSLATE_NOOP("RefundWords", "not sent"),
    "unknown": QT_TRANSLATE_NOOP("RefundWords", "may not have arrived"),
}
_ACTION = {
    "approve": QT_TRANSLATE_NOOP("RefundWords", "Approved"),
    "retry": QT_TRANSLATE_NOOP("RefundWords", "Retried"),
    "dismiss": QT_TRANSLATE_NOOP("RefundWords", "Dismissed"),
    "refunded_by_hand": QT_TRANSLATE_NOOP("RefundWords", "Marked refunded by hand"),
}

# The GUI's own wording of automation.states.HELD_TEXT, so it can be translated.
_HELD = {
    "OVER_CAP": QT_TRANSLATE_NOOP(
        "RefundWords", "Above the rule's cap. Approve it to refund the full amount."
    ),
    "CASH_ON_DELIVERY": QT_TRANSLATE_NOOP(
        "RefundWords",
        "Cash on delivery cannot be refunded through Allegro. Transfer the money to the "
        "buyer's bank account, then mark it refunded by hand.",
    ),
    "RULE_SAYS_REVIEW": QT_TRANSLATE_NOOP(
        "RefundWords", "The rule asks for your approval before refunding."
    ),
    "ALREADY_REFUNDED_ELSEWHERE": QT_TRANSLATE_NOOP(
        "RefundWords",
        "Part of this was already refunded elsewhere (by hand in Allegro, or by Allegro "
        "itself). Check the order, then dismiss or mark it refunded by hand.",
    ),
    "RETURN_MISMATCH": QT_TRANSLATE_NOOP(
        "RefundWords", "The return lists items that are not in the order. Check it."
    ),
    "NO_CAP_FOR_CURRENCY": QT_TRANSLATE_NOOP(
        "RefundWords",
        "The rule has caps, but none for this order's currency. Approve it to refund.",
    ),
    "ORDER_CAP": QT_TRANSLATE_NOOP(
        "RefundWords", "Above your per-order limit in Settings. Approve it to refund."
    ),
    "BUYER_DAILY_CAP": QT_TRANSLATE_NOOP(
        "RefundWords", "This buyer reached today's refund limit. Approve to refund."
    ),
    "DAILY_BUDGET": QT_TRANSLATE_NOOP(
        "RefundWords", "Today's refund budget is used up. Approve, or wait for tomorrow."
    ),
    "DAILY_COUNT": QT_TRANSLATE_NOOP(
        "RefundWords", "Today's number of refunds is reached. Approve, or wait."
    ),
    "CIRCUIT_BREAKER": QT_TRANSLATE_NOOP(
        "RefundWords",
        "Automation paused itself after several failures in a row. Look at the failures, "
        "then resume automation and approve.",
    ),
    "ORDER_CHANGED": QT_TRANSLATE_NOOP(
        "RefundWords", "The order changed since the rule decided (re-checked live)."
    ),
    "BACKLOG": QT_TRANSLATE_NOOP(
        "RefundWords",
        "Found when the shop was connected (it happened before RefundDesk watched). "
        "Approve to refund it, or dismiss it.",
    ),
}

UNCONFIRMED_TEXT = QT_TRANSLATE_NOOP(
    "RefundWords",
    "RefundDesk is checking with Allegro whether this refund went through; nothing to do yet.",
)
FAILED_TEXT = QT_TRANSLATE_NOOP(
    "RefundWords",
    "The refund did not go through. Fix the cause (often a low balance), then retry; or "
    "dismiss it, or mark it refunded by hand.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RefundWords", text)


def status_text(state: str) -> str:
    return _tr(_STATUS[state]) if state in _STATUS else state


def status_short(state: str) -> str:
    """The status in a word or two, for a table cell (``status_text`` is the full version)."""
    return _tr(_STATUS_SHORT[state]) if state in _STATUS_SHORT else status_text(state)


def trigger_text(trigger: str) -> str:
    return _tr(_TRIGGER[trigger]) if trigger in _TRIGGER else trigger


def mode_text(mode: str) -> str:
    key = mode.lower()
    return _tr(_MODE[key]) if key in _MODE else mode


def _plain(code: str) -> str:
    """An unknown code in plain words rather than hidden: ``SOME_CODE`` → "Some code"."""
    return code.replace("_", " ").capitalize()


def channel_text(channel: str) -> str:
    return _tr(_CHANNEL[channel]) if channel in _CHANNEL else _plain(channel)


def notice_status_text(status: str) -> str:
    return _tr(_NOTICE_STATUS[status]) if status in _NOTICE_STATUS else _plain(status).lower()


def action_text(action: str) -> str:
    return _tr(_ACTION[action]) if action in _ACTION else _plain(action)


def held_text(reason: str) -> str:
    return _tr(_HELD[reason]) if reason in _HELD else ""


def unconfirmed_text() -> str:
    return _tr(UNCONFIRMED_TEXT)


def failed_text() -> str:
    return _tr(FAILED_TEXT)


def status_words() -> dict[str, str]:
    """Every state's words in the current language (for the CSV export)."""
    return {state: _tr(text) for state, text in _STATUS.items()}


def trigger_words() -> dict[str, str]:
    return {trigger: _tr(text) for trigger, text in _TRIGGER.items()}


STATES = tuple(_STATUS)
TRIGGERS = tuple(_TRIGGER)
HELD_REASONS = tuple(_HELD)


SHORT_ID_LENGTH = 8


def short_id(order_id: str) -> str:
    """The first characters of an order id, enough to tell orders apart in a list; the whole
    id is in the tooltip and the detail pane."""
    return order_id[:SHORT_ID_LENGTH]
