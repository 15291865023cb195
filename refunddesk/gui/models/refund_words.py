"""Refund modes, hold reasons, notices and review actions in the merchant's words, translated.

Refund states and triggers, which other screens show too, are in refunddesk.gui.words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a text for lupdate (it matches this name); translated where it is shown."""
    return source


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
    "reopen": QT_TRANSLATE_NOOP("RefundWords", "Reopened"),
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
        "Some or all of this was already refunded elsewhere (by hand in Allegro, or by Allegro "
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
    "REOPENED": QT_TRANSLATE_NOOP(
        "RefundWords",
        "You reopened it after dismissing it. Approve it to refund, or dismiss it again.",
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


HELD_REASONS = tuple(_HELD)


SHORT_ID_LENGTH = 8


def short_id(order_id: str) -> str:
    """The first characters of an order id, enough to tell orders apart in a list; the whole
    id is in the tooltip and the detail pane."""
    return order_id[:SHORT_ID_LENGTH]
