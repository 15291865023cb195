"""Read-only queries for lists people look at (CLI, GUI). They return frozen rows, never ORM."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from refunddesk.domain.messages import Message, Said, from_stored, from_text
from refunddesk.domain.money import Money
from refunddesk.domain.no_refund import no_refund_reason
from refunddesk.store import models as m
from refunddesk.store.database import Database

# Everything a person needs to act on (DESIGN.md §3, the review screen).
REVIEW_STATES = ("HELD", "FAILED", "UNCONFIRMED")


@dataclass(frozen=True, slots=True)
class RefundRow:
    id: int
    shop_id: int
    order_id: str
    buyer_login: str
    amount: Money
    state: str
    trigger: str
    mode: str
    rule_name: str
    rule_version: int | None
    reason_code: str
    held_reason: str
    failure_detail: Said  # a message, or an old row's English sentence
    created_at: datetime
    updated_at: datetime
    not_before: datetime | None
    last_note: Said


def _last_note(state: str, trace: list[object]) -> Said:
    """The line a listing prints under a refund: for "no refund", why; else the last step."""
    if not trace:
        return ""
    if state == "NO_ACTION":
        return no_refund_reason(from_stored(t) for t in trace)
    steps = [from_stored(t) for t in trace]
    # The rules below the one that decided say only that they were not reached: the last
    # step is the deciding rule's ("held: above the cap"), not "rule 5 not reached".
    while len(steps) > 1 and _not_reached(steps[-1]):
        steps.pop()
    return steps[-1]


def _not_reached(step: Said) -> bool:
    return isinstance(step, Message) and step.code == "trace.rule_not_reached"


def _row(i: m.RefundIntent) -> RefundRow:
    trace = i.trace or []
    return RefundRow(
        id=i.id,
        shop_id=i.shop_id,
        order_id=i.order_id,
        buyer_login=i.buyer_login,
        amount=Money(i.amount_minor, i.currency),
        state=i.state,
        trigger=i.trigger,
        mode=i.mode,
        rule_name=i.rule_name,
        rule_version=i.rule_version,
        reason_code=i.reason_code,
        held_reason=i.held_reason,
        failure_detail=from_text(i.failure_detail),
        created_at=i.created_at,
        updated_at=i.updated_at,
        not_before=i.not_before,
        last_note=_last_note(i.state, trace),
    )


def refund_state(db: Database, intent_id: int) -> str | None:
    """A refund's state, or None when there is no such refund."""
    with db.sessions() as s:
        return s.scalar(select(m.RefundIntent.state).where(m.RefundIntent.id == intent_id))


def refunds(
    db: Database,
    *,
    states: Sequence[str] = (),
    since: datetime | None = None,
    limit: int = 200,
    oldest_first: bool = False,
) -> list[RefundRow]:
    q = select(m.RefundIntent)
    if states:
        q = q.where(m.RefundIntent.state.in_(list(states)))
    if since is not None:
        q = q.where(m.RefundIntent.created_at >= since)
    order = m.RefundIntent.id if oldest_first else m.RefundIntent.id.desc()
    with db.sessions() as s:
        return [_row(i) for i in s.scalars(q.order_by(order).limit(limit))]


def review_items(db: Database, *, limit: int = 500) -> list[RefundRow]:
    """Holds, failures and unconfirmed refunds, oldest first."""
    return refunds(db, states=REVIEW_STATES, limit=limit, oldest_first=True)
