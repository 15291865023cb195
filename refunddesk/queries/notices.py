"""Buyer notices that did not reach the buyer (failed, or unknown), for Review and an order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from refunddesk.domain.money import Money
from refunddesk.notify.masking import mask_recipient
from refunddesk.notify.records import RESENDABLE
from refunddesk.store import models as m
from refunddesk.store.database import Database


@dataclass(frozen=True, slots=True)
class NoticeProblem:
    """One notice a person may send again; the recipient is already masked for the screen."""

    id: int
    intent_id: int
    shop_id: int
    order_id: str
    buyer_login: str
    amount: Money
    channel: str  # allegro_message / email / sms
    recipient: str  # masked
    status: str  # failed / unknown
    error: str
    subject: str
    body: str
    created_at: datetime


def notice_problems(
    db: Database, *, shop_id: int | None = None, order_id: str | None = None, limit: int = 500
) -> list[NoticeProblem]:
    """Failed and unknown notices, oldest first; of one order when ``order_id`` is given."""
    with db.sessions() as s:
        return problems_in(s, shop_id=shop_id, order_id=order_id, limit=limit)


def problems_in(
    s: Session, *, shop_id: int | None = None, order_id: str | None = None, limit: int = 500
) -> list[NoticeProblem]:
    """:func:`notice_problems` inside a session that is already open (an order's detail)."""
    n, i = m.Notification, m.RefundIntent
    q = (
        select(n, i)
        .join(i, i.id == n.intent_id)
        .where(n.status.in_([status.value for status in RESENDABLE]))
        .order_by(n.created_at, n.id)
        .limit(limit)
    )
    if shop_id is not None:
        q = q.where(i.shop_id == shop_id)
    if order_id is not None:
        q = q.where(i.order_id == order_id)
    return [
        NoticeProblem(
            id=row.id,
            intent_id=intent.id,
            shop_id=intent.shop_id,
            order_id=intent.order_id,
            buyer_login=intent.buyer_login,
            amount=Money(intent.amount_minor, intent.currency),
            channel=row.channel,
            recipient=mask_recipient(row.channel, row.recipient),
            status=row.status,
            error=row.error,
            subject=row.subject,
            body=row.body,
            created_at=row.created_at,
        )
        for row, intent in s.execute(q)
    ]
