"""The facts a refund decision rests on, and what changed between two sets of them, in words.

A decision is only as good as the facts it saw. "The buyer has not paid" is a state that waits:
when the payment completes, the same case must be decided again. The planner keeps these facts
with every decision and plans the case again when a sync changes any of them.
"""

from __future__ import annotations

from typing import Any

from refunddesk.domain.cases import RefundCase
from refunddesk.domain.money import Money

Facts = dict[str, Any]


def case_facts(case: RefundCase) -> Facts:
    """The facts of ``case`` as plain JSON values (stored with the decision)."""
    order = case.order
    paid = order.payment.paid_amount if order.payment is not None else None
    facts: Facts = {
        "paid": paid.minor if paid is not None else None,
        "currency": order.currency,
        "status": order.status,
        "fulfillment": str(order.fulfillment_status),
        "sent": order.line_items_sent,
        "shipped": bool(case.shipped),
        "surcharges_paid": sum(
            s.paid_amount.minor for s in order.surcharges if s.paid_amount is not None
        ),
    }
    if case.customer_return is not None:
        facts["return"] = case.customer_return.status
        facts["returned"] = sorted(
            [item.offer_id, item.quantity] for item in case.customer_return.items
        )
    return facts


_LABELS = {
    "status": "order status",
    "fulfillment": "fulfilment status",
    "sent": "items sent",
    "shipped": "parcel",
    "return": "return status",
    "returned": "returned items",
    "backlog": "your choice for cases found at connect",
}


def _money(minor: Any, currency: str) -> str:
    return str(Money(int(minor), currency)) if isinstance(minor, int) else "nothing"


def what_changed(before: Facts | None, after: Facts) -> list[str]:
    """Each changed fact as a short phrase, e.g. "payment 0.00 PLN → 48.98 PLN"."""
    if before is None:
        return []
    currency = str(after.get("currency") or before.get("currency") or "PLN")
    changes: list[str] = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old == new or key == "currency":
            continue
        if key == "paid":
            if not old and new:
                changes.append(f"the buyer paid ({_money(new, currency)})")
            else:
                changes.append(f"paid {_money(old, currency)} → {_money(new, currency)}")
        elif key == "surcharges_paid":
            changes.append(f"surcharges paid {_money(old, currency)} → {_money(new, currency)}")
        elif key == "shipped":
            changes.append("a parcel was sent" if new else "the parcel is gone")
        else:
            changes.append(f"{_LABELS.get(key, key)} {old or '–'} → {new or '–'}")
    return changes
