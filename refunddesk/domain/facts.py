"""The facts a refund decision rests on, and what changed between two sets of them, in words.

A decision is only as good as the facts it saw. "The buyer has not paid" is a state that waits:
when the payment completes, the same case must be decided again. The planner keeps these facts
with every decision and plans the case again when a sync changes any of them.
"""

from __future__ import annotations

from typing import Any

from refunddesk.domain.cases import RefundCase
from refunddesk.domain.messages import Message, msg
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


# Facts shown with their old and new value; each has a word in the message catalogues.
_LABELLED = ("status", "fulfillment", "sent", "return", "returned", "backlog")


def _money(minor: Any, currency: str) -> Money | Message:
    return Money(int(minor), currency) if isinstance(minor, int) else msg("fact.nothing")


def _plain(value: Any) -> str:
    return str(value) if value not in (None, "", []) else "–"


def what_changed(before: Facts | None, after: Facts) -> list[Message]:
    """Each changed fact as a short phrase, e.g. "paid PLN 0.00 → PLN 48.98"."""
    if before is None:
        return []
    currency = str(after.get("currency") or before.get("currency") or "PLN")
    changes: list[Message] = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old == new or key == "currency":
            continue
        if key == "paid":
            if not old and new:
                changes.append(msg("fact.buyer_paid", amount=_money(new, currency)))
            else:
                changes.append(
                    msg("fact.paid", old=_money(old, currency), new=_money(new, currency))
                )
        elif key == "surcharges_paid":
            changes.append(
                msg("fact.surcharges_paid", old=_money(old, currency), new=_money(new, currency))
            )
        elif key == "shipped":
            changes.append(msg("fact.parcel_sent" if new else "fact.parcel_gone"))
        elif key in _LABELLED:
            changes.append(msg(f"fact.changed_{key}", old=_plain(old), new=_plain(new)))
        else:
            changes.append(msg("fact.changed_other", fact=key, old=_plain(old), new=_plain(new)))
    return changes
