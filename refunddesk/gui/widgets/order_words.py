"""Allegro's order, fulfilment, return and timeline codes in plain, translated words.

Payments, return reasons, triggers and refund states, which other screens show too, are in
refunddesk.gui.words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_CONTEXT = "OrderWords"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a word for lupdate (it matches this name); translated where it is shown."""
    return source


STATUS: dict[str, str] = {
    "BOUGHT": QT_TRANSLATE_NOOP("OrderWords", "Bought, not filled in"),
    "FILLED_IN": QT_TRANSLATE_NOOP("OrderWords", "Awaiting payment"),
    "READY_FOR_PROCESSING": QT_TRANSLATE_NOOP("OrderWords", "Paid"),
    "CANCELLED": QT_TRANSLATE_NOOP("OrderWords", "Cancelled"),
}
CANCELLED_BY_BUYER = QT_TRANSLATE_NOOP("OrderWords", "Cancelled by buyer")
# The table cell's words (the tooltip has the full status): in Polish the full words were cut.
CANCELLED_BY_BUYER_SHORT = QT_TRANSLATE_NOOP("OrderWords", "Buyer cancelled")

FULFILMENT: dict[str, str] = {
    "NEW": QT_TRANSLATE_NOOP("OrderWords", "New"),
    "PROCESSING": QT_TRANSLATE_NOOP("OrderWords", "Processing"),
    "READY_FOR_SHIPMENT": QT_TRANSLATE_NOOP("OrderWords", "Ready to ship"),
    "READY_FOR_PICKUP": QT_TRANSLATE_NOOP("OrderWords", "Ready for pickup"),
    "SENT": QT_TRANSLATE_NOOP("OrderWords", "Sent"),
    "PICKED_UP": QT_TRANSLATE_NOOP("OrderWords", "Picked up"),
    "CANCELLED": QT_TRANSLATE_NOOP("OrderWords", "Cancelled"),
    "SUSPENDED": QT_TRANSLATE_NOOP("OrderWords", "Suspended"),
    "RETURNED": QT_TRANSLATE_NOOP("OrderWords", "Returned"),
}

RETURN_STATUS: dict[str, str] = {
    "CREATED": QT_TRANSLATE_NOOP("OrderWords", "Declared by the buyer"),
    "DISPATCHED": QT_TRANSLATE_NOOP("OrderWords", "Sent back by the buyer"),
    "IN_TRANSIT": QT_TRANSLATE_NOOP("OrderWords", "On its way back"),
    "DELIVERED": QT_TRANSLATE_NOOP("OrderWords", "Delivered to you"),
    "FINISHED": QT_TRANSLATE_NOOP("OrderWords", "Finished"),
    "FINISHED_APT": QT_TRANSLATE_NOOP("OrderWords", "Finished"),
    "REJECTED": QT_TRANSLATE_NOOP("OrderWords", "Rejected"),
    "COMMISSION_REFUND_CLAIMED": QT_TRANSLATE_NOOP("OrderWords", "Commission refund claimed"),
    "COMMISSION_REFUNDED": QT_TRANSLATE_NOOP("OrderWords", "Commission refunded"),
    "WAREHOUSE_DELIVERED": QT_TRANSLATE_NOOP("OrderWords", "Delivered to the warehouse"),
    "WAREHOUSE_VERIFICATION": QT_TRANSLATE_NOOP("OrderWords", "Being checked at the warehouse"),
}

# Timeline entries: order_events.type, per source.
ALLEGRO_EVENT: dict[str, str] = {
    "BOUGHT": QT_TRANSLATE_NOOP("OrderWords", "Bought"),  # shown as "Allegro: Bought"
    "FILLED_IN": QT_TRANSLATE_NOOP("OrderWords", "Buyer filled in the checkout"),
    "READY_FOR_PROCESSING": QT_TRANSLATE_NOOP("OrderWords", "Paid, ready to process"),
    "BUYER_CANCELLED": QT_TRANSLATE_NOOP("OrderWords", "Cancelled by the buyer"),
    "FULFILLMENT_STATUS_CHANGED": QT_TRANSLATE_NOOP("OrderWords", "Fulfilment status changed"),
    "AUTO_CANCELLED": QT_TRANSLATE_NOOP("OrderWords", "Cancelled by Allegro (not paid)"),
    "BUYER_MODIFIED": QT_TRANSLATE_NOOP("OrderWords", "Buyer changed the order"),
    # Not an Allegro event: read from the order (queries/order_timeline.py).
    "DISPATCH_DEADLINE_PASSED": QT_TRANSLATE_NOOP("OrderWords", "Dispatch deadline passed"),
}

DECISION: dict[str, str] = {
    "PLANNED": QT_TRANSLATE_NOOP("OrderWords", "Rule decided: refund"),
    "HELD": QT_TRANSLATE_NOOP("OrderWords", "Rule decided: hold for approval"),
    "SHADOW": QT_TRANSLATE_NOOP("OrderWords", "Rule decided: record only (shadow)"),
    "NO_ACTION": QT_TRANSLATE_NOOP("OrderWords", "Rule decided: no refund"),
}

REFUND_EVENT: dict[str, str] = {
    "PLANNED": QT_TRANSLATE_NOOP("OrderWords", "Refund planned"),
    "SUBMITTING": QT_TRANSLATE_NOOP("OrderWords", "Refund being sent"),
    "SUBMITTED": QT_TRANSLATE_NOOP("OrderWords", "Refund accepted by Allegro"),
    "SUCCEEDED": QT_TRANSLATE_NOOP("OrderWords", "Refund completed"),
    "FAILED": QT_TRANSLATE_NOOP("OrderWords", "Refund failed"),
    "UNCONFIRMED": QT_TRANSLATE_NOOP("OrderWords", "Refund outcome unknown, checking"),
    "HELD": QT_TRANSLATE_NOOP("OrderWords", "Refund held for approval"),
    "DISMISSED": QT_TRANSLATE_NOOP("OrderWords", "Refund dismissed"),
    "REFUNDED_BY_HAND": QT_TRANSLATE_NOOP("OrderWords", "Marked as refunded by hand"),
    "SHADOW": QT_TRANSLATE_NOOP("OrderWords", "Refund recorded only (shadow)"),
    "NO_ACTION": QT_TRANSLATE_NOOP("OrderWords", "No refund"),
}

OTHER_EVENT: dict[str, str] = {
    "FOLLOWUP_FAILED": QT_TRANSLATE_NOOP("OrderWords", "A step after the refund failed"),
    "LABEL_CANCELLED": QT_TRANSLATE_NOOP("OrderWords", "Marked cancelled in Allegro"),
    "COMMISSION_CLAIMED": QT_TRANSLATE_NOOP("OrderWords", "Commission refund claimed"),
    "NOTICE_SENT": QT_TRANSLATE_NOOP("OrderWords", "Buyer notified"),
    "NOTICE_FAILED": QT_TRANSLATE_NOOP("OrderWords", "Buyer notice failed"),
    "NOTICE_UNKNOWN": QT_TRANSLATE_NOOP("OrderWords", "Buyer notice may not have arrived"),
    "NOTICE_DELIVERED": QT_TRANSLATE_NOOP("OrderWords", "Buyer notice delivered"),
    "NOTICE_SKIPPED": QT_TRANSLATE_NOOP("OrderWords", "Buyer notice not sent"),
    "CHANGED_AFTER_DECISION": QT_TRANSLATE_NOOP(
        "OrderWords", "The order changed after the rule decided"
    ),
}

SOURCE: dict[str, str] = {
    "allegro": QT_TRANSLATE_NOOP("OrderWords", "Allegro"),
    "return": QT_TRANSLATE_NOOP("OrderWords", "Return"),
    "refund": QT_TRANSLATE_NOOP("OrderWords", "Refund"),
    "notice": QT_TRANSLATE_NOOP("OrderWords", "Notice"),
    "person": QT_TRANSLATE_NOOP("OrderWords", "Person"),
}


def word(table: dict[str, str], code: str) -> str:
    """The translated word for ``code``; an unknown code is shown readably, not hidden."""
    source = table.get(code)
    if source is None:
        return code.replace("_", " ").capitalize() if code else ""
    return QCoreApplication.translate(_CONTEXT, source)


def status_words(status: str, cancelled_by_buyer: bool) -> str:
    if status == "CANCELLED" and cancelled_by_buyer:
        return QCoreApplication.translate(_CONTEXT, CANCELLED_BY_BUYER)
    return word(STATUS, status)


def status_short(status: str, cancelled_by_buyer: bool) -> str:
    """The status in as few words as a table cell has room for; ``status_words`` in full."""
    if status == "CANCELLED" and cancelled_by_buyer:
        return QCoreApplication.translate(_CONTEXT, CANCELLED_BY_BUYER_SHORT)
    return status_words(status, cancelled_by_buyer)


def event_words(source: str, type_: str) -> str:
    """What a timeline entry means, e.g. ``DECISION_HELD`` → "Rule decided: hold for approval"."""
    if source == "allegro":
        return word(ALLEGRO_EVENT, type_)
    if type_.startswith("RETURN_"):
        return QCoreApplication.translate("OrderWords", "Return: %1").replace(
            "%1", word(RETURN_STATUS, type_.removeprefix("RETURN_"))
        )
    if type_.startswith("DECISION_"):
        return word(DECISION, type_.removeprefix("DECISION_"))
    if type_.startswith("REFUND_"):
        return word(REFUND_EVENT, type_.removeprefix("REFUND_"))
    if type_.startswith("REPLANNED_"):  # decided again after the order changed
        return QCoreApplication.translate("OrderWords", "Decided again: %1").replace(
            "%1", word(REFUND_EVENT, type_.removeprefix("REPLANNED_"))
        )
    return word(OTHER_EVENT, type_)
