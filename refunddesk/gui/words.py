"""The words a merchant reads for each code: payments, return and refund reasons, triggers,
refund states. One table and one translation context ("Words") for every screen.

Screen-specific texts (order timeline events, hold explanations, simulation outcomes) stay
with their screens; a code that more than one screen shows belongs here, so that Orders,
Refunds, Review, Simulate and the rule editor call it by the same name in every language.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication

CONTEXT = "Words"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a text for lupdate (it matches this name); translated where it is shown."""
    return source


Kind = Literal[
    "payment", "return_reason", "refund_reason", "trigger", "trigger_choice", "state", "state_short"
]

_WORDS: dict[Kind, dict[str, str]] = {
    # Allegro's payment types (PaymentKind), Allegro Pay counted as its own kind.
    "payment": {
        "ONLINE": QT_TRANSLATE_NOOP("Words", "Online"),
        "ALLEGRO_PAY": QT_TRANSLATE_NOOP("Words", "Allegro Pay"),
        "CASH_ON_DELIVERY": QT_TRANSLATE_NOOP("Words", "Cash on delivery"),
        "WIRE_TRANSFER": QT_TRANSLATE_NOOP("Words", "Bank transfer"),
        "SPLIT_PAYMENT": QT_TRANSLATE_NOOP("Words", "Split payment"),
        "EXTENDED_TERM": QT_TRANSLATE_NOOP("Words", "Deferred payment"),
        "UNKNOWN": QT_TRANSLATE_NOOP("Words", "Unknown method"),
    },
    # The reasons a buyer gives for a return, in the order the rule editor lists them.
    "return_reason": {
        "DONT_LIKE_IT": QT_TRANSLATE_NOOP("Words", "Does not like it"),
        "NOT_AS_DESCRIBED": QT_TRANSLATE_NOOP("Words", "Not as described"),
        "NOT_AS_EXPECTED": QT_TRANSLATE_NOOP("Words", "Not as expected"),
        "DAMAGED": QT_TRANSLATE_NOOP("Words", "Damaged"),
        "TRANSPORT": QT_TRANSLATE_NOOP("Words", "Damaged in transport"),
        "INCOMPLETE": QT_TRANSLATE_NOOP("Words", "Incomplete"),
        "DIFFERENT": QT_TRANSLATE_NOOP("Words", "Different product"),
        "MISTAKE": QT_TRANSLATE_NOOP("Words", "Bought by mistake"),
        "OVERDUE_DELIVERY": QT_TRANSLATE_NOOP("Words", "Delivered too late"),
        "HIDDEN_FLAW": QT_TRANSLATE_NOOP("Words", "Hidden flaw"),
        "OTHER_FLAW": QT_TRANSLATE_NOOP("Words", "Other flaw"),
        "COUNTERFEIT": QT_TRANSLATE_NOOP("Words", "Counterfeit"),
        "NOT_NEW": QT_TRANSLATE_NOOP("Words", "Not new"),
        "TOO_LARGE": QT_TRANSLATE_NOOP("Words", "Too large"),
        "TOO_SMALL": QT_TRANSLATE_NOOP("Words", "Too small"),
        "ORDERED_FOR_COMPARISON": QT_TRANSLATE_NOOP("Words", "Ordered to compare"),
        "BETTER_PRICE": QT_TRANSLATE_NOOP("Words", "Found a better price"),
        "OTHER": QT_TRANSLATE_NOOP("Words", "Other"),
        "NONE": QT_TRANSLATE_NOOP("Words", "No reason given"),
    },
    # The reason Allegro records with a refund (its codes are shown nowhere).
    "refund_reason": {
        "REFUND": QT_TRANSLATE_NOOP("Words", "Refund"),
        "COMPLAINT": QT_TRANSLATE_NOOP("Words", "Complaint"),
        "PRODUCT_NOT_AVAILABLE": QT_TRANSLATE_NOOP("Words", "Product not available"),
        "PAID_VALUE_TOO_LOW": QT_TRANSLATE_NOOP("Words", "Paid too little"),
        "OVERPAID": QT_TRANSLATE_NOOP("Words", "Overpaid"),
        "CANCELLED_BY_BUYER": QT_TRANSLATE_NOOP("Words", "Cancelled by the buyer"),
        "NOT_COLLECTED": QT_TRANSLATE_NOOP("Words", "Parcel not collected"),
    },
    # What happened to the order, as a table cell or filter says it.
    "trigger": {
        "BUYER_CANCELLED": QT_TRANSLATE_NOOP("Words", "Buyer cancelled"),
        "NOT_SENT_IN_TIME": QT_TRANSLATE_NOOP("Words", "Not sent in time"),
        "RETURN_DELIVERED": QT_TRANSLATE_NOOP("Words", "Return delivered"),
        "RETURN_DECLARED": QT_TRANSLATE_NOOP("Words", "Return declared"),
    },
    # The same, as the rule editor's "When …" choice reads.
    "trigger_choice": {
        "BUYER_CANCELLED": QT_TRANSLATE_NOOP("Words", "The buyer cancels a paid order"),
        "NOT_SENT_IN_TIME": QT_TRANSLATE_NOOP("Words", "An order is not sent in time"),
        "RETURN_DELIVERED": QT_TRANSLATE_NOOP("Words", "A return is delivered back to me"),
        "RETURN_DECLARED": QT_TRANSLATE_NOOP("Words", "A buyer declares a return"),
    },
    # A refund's state (IntentState).
    "state": {
        "PLANNED": QT_TRANSLATE_NOOP("Words", "Planned"),
        "SUBMITTING": QT_TRANSLATE_NOOP("Words", "Being sent"),
        "SUBMITTED": QT_TRANSLATE_NOOP("Words", "Sent, waiting for Allegro"),
        "SUCCEEDED": QT_TRANSLATE_NOOP("Words", "Refunded"),
        "FAILED": QT_TRANSLATE_NOOP("Words", "Failed"),
        "UNCONFIRMED": QT_TRANSLATE_NOOP("Words", "Being checked"),
        "HELD": QT_TRANSLATE_NOOP("Words", "Held for you"),
        "DISMISSED": QT_TRANSLATE_NOOP("Words", "Dismissed"),
        "REFUNDED_BY_HAND": QT_TRANSLATE_NOOP("Words", "Refunded by hand"),
        "SHADOW": QT_TRANSLATE_NOOP("Words", "Shadow (not sent)"),
        "NO_ACTION": QT_TRANSLATE_NOOP("Words", "No action"),
    },
    # One or two words for table cells, where the full state would be cut; the cell's
    # tooltip shows the full words.
    "state_short": {
        "PLANNED": QT_TRANSLATE_NOOP("Words", "Planned"),
        "SUBMITTING": QT_TRANSLATE_NOOP("Words", "Sending"),
        "SUBMITTED": QT_TRANSLATE_NOOP("Words", "Sent"),
        "SUCCEEDED": QT_TRANSLATE_NOOP("Words", "Refunded"),
        "FAILED": QT_TRANSLATE_NOOP("Words", "Failed"),
        "UNCONFIRMED": QT_TRANSLATE_NOOP("Words", "Checking"),
        "HELD": QT_TRANSLATE_NOOP("Words", "Held"),
        "DISMISSED": QT_TRANSLATE_NOOP("Words", "Dismissed"),
        "REFUNDED_BY_HAND": QT_TRANSLATE_NOOP("Words", "By hand"),
        "SHADOW": QT_TRANSLATE_NOOP("Words", "Shadow"),
        "NO_ACTION": QT_TRANSLATE_NOOP("Words", "No action"),
    },
}


def word(kind: Kind, code: str) -> str:
    """The merchant's word for ``code``, translated; an unknown code readably, not hidden."""
    source = _WORDS[kind].get(code)
    if source is None:
        if kind == "state_short":
            return word("state", code)
        return code.replace("_", " ").capitalize() if code else ""
    return QCoreApplication.translate(CONTEXT, source)


def codes(kind: Kind) -> tuple[str, ...]:
    """Every code of ``kind``, in the order lists and filters show them."""
    return tuple(_WORDS[kind])


def all_words(kind: Kind) -> dict[str, str]:
    """Every code of ``kind`` with its translated word, in order."""
    return {code: word(kind, code) for code in _WORDS[kind]}
