"""The states of a refund intent and what each means to the merchant (DESIGN.md §3)."""

from __future__ import annotations

from enum import StrEnum


class IntentState(StrEnum):
    PLANNED = "PLANNED"  # decided, waiting to be sent (or for its delay, or a pending refund)
    SUBMITTING = "SUBMITTING"  # commandId committed, POST under way
    SUBMITTED = "SUBMITTED"  # Allegro accepted it; polled until final
    SUCCEEDED = "SUCCEEDED"  # money moved (SUCCESS / PARTIAL)
    FAILED = "FAILED"  # CANCELED, VALIDATE_FAILED or refused: needs a person
    UNCONFIRMED = "UNCONFIRMED"  # outcome unknown: reconciled before anything else
    HELD = "HELD"  # waiting for a person (cap, COD, budget, refunded elsewhere …)
    DISMISSED = "DISMISSED"  # a person decided not to refund
    REFUNDED_BY_HAND = "REFUNDED_BY_HAND"  # a person refunded it outside RefundDesk
    SHADOW = "SHADOW"  # shadow rule or dry-run: recorded, nothing sent
    NO_ACTION = "NO_ACTION"  # no rule matched or nothing left: recorded with the reason


# Intents that may still move money: they count against budgets and block the order.
IN_FLIGHT = frozenset({IntentState.SUBMITTING, IntentState.SUBMITTED, IntentState.UNCONFIRMED})
NEEDS_PERSON = frozenset({IntentState.HELD, IntentState.FAILED, IntentState.UNCONFIRMED})
FINAL = frozenset(
    {
        IntentState.SUCCEEDED,
        IntentState.DISMISSED,
        IntentState.REFUNDED_BY_HAND,
        IntentState.SHADOW,
        IntentState.NO_ACTION,
    }
)


class HeldReason(StrEnum):
    """Why an intent is HELD. The first six come from the rule's decision."""

    OVER_CAP = "OVER_CAP"
    CASH_ON_DELIVERY = "CASH_ON_DELIVERY"
    RULE_SAYS_REVIEW = "RULE_SAYS_REVIEW"
    ALREADY_REFUNDED_ELSEWHERE = "ALREADY_REFUNDED_ELSEWHERE"
    RETURN_MISMATCH = "RETURN_MISMATCH"
    NO_CAP_FOR_CURRENCY = "NO_CAP_FOR_CURRENCY"  # the rule caps other currencies, not this one
    ORDER_CAP = "ORDER_CAP"  # the global per-order cap
    BUYER_DAILY_CAP = "BUYER_DAILY_CAP"
    DAILY_BUDGET = "DAILY_BUDGET"
    DAILY_COUNT = "DAILY_COUNT"
    CIRCUIT_BREAKER = "CIRCUIT_BREAKER"
    ORDER_CHANGED = "ORDER_CHANGED"  # live re-check: no longer cancelled, or sent after all
    BACKLOG = "BACKLOG"  # found when the shop was connected, and the merchant chose "ask"
    REOPENED = "REOPENED"  # dismissed, then reopened by a person: approve it or dismiss it again


HELD_TEXT: dict[str, str] = {
    HeldReason.OVER_CAP: "Above the rule's cap. Approve it to refund the full amount.",
    HeldReason.CASH_ON_DELIVERY: (
        "Cash on delivery cannot be refunded through Allegro. Transfer the money to the "
        "buyer's bank account, then mark it refunded by hand."
    ),
    HeldReason.RULE_SAYS_REVIEW: "The rule asks for your approval before refunding.",
    HeldReason.ALREADY_REFUNDED_ELSEWHERE: (
        "Some or all of this was already refunded elsewhere (by hand in Allegro, or by Allegro "
        "itself). Check the order, then dismiss or mark it refunded by hand."
    ),
    HeldReason.RETURN_MISMATCH: "The return lists items that are not in the order. Check it.",
    HeldReason.NO_CAP_FOR_CURRENCY: (
        "The rule has caps, but none for this order's currency. Approve it to refund."
    ),
    HeldReason.ORDER_CAP: "Above your per-order limit in Settings. Approve it to refund.",
    HeldReason.BUYER_DAILY_CAP: "This buyer reached today's refund limit. Approve to refund.",
    HeldReason.DAILY_BUDGET: "Today's refund budget is used up. Approve, or wait for tomorrow.",
    HeldReason.DAILY_COUNT: "Today's number of refunds is reached. Approve, or wait.",
    HeldReason.CIRCUIT_BREAKER: (
        "Automation paused itself after several failures in a row. Look at the failures, "
        "then resume automation and approve."
    ),
    HeldReason.ORDER_CHANGED: "The order changed since the rule decided (re-checked live).",
    HeldReason.BACKLOG: (
        "Found when the shop was connected (it happened before RefundDesk watched). "
        "Approve to refund it, or dismiss it."
    ),
    HeldReason.REOPENED: (
        "You reopened it after dismissing it. Approve it to refund, or dismiss it again."
    ),
}
