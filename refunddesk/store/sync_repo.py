"""What sync writes besides orders: cursors, returns, the order timeline, sync problems."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session, selectinload

from refunddesk.domain.money import Money
from refunddesk.domain.orders import OrderEvent
from refunddesk.domain.returns import (
    FINAL_RETURN_STATUSES,
    BankAccount,
    CustomerReturn,
    ReturnItem,
)
from refunddesk.store import models as m
from refunddesk.store.moments import utc_text
from refunddesk.store.plain_sql import insert_sql
from refunddesk.store.upsert import insert_ignore, param_mark, upsert

ORDER_EVENTS = "order_events"
RETURNS = "returns"


def get_cursor(session: Session, shop_id: int, feed: str) -> str | None:
    row = session.get(m.SyncCursor, (shop_id, feed))
    return None if row is None else row.position


def has_cursor(session: Session, shop_id: int, feed: str) -> bool:
    return session.get(m.SyncCursor, (shop_id, feed)) is not None


def set_cursor(
    session: Session, shop_id: int, feed: str, position: str | None, now: datetime
) -> None:
    upsert(
        session,
        m.SyncCursor,
        [{"shop_id": shop_id, "feed": feed, "position": position, "updated_at": now}],
        keys=("shop_id", "feed"),
    )


def add_timeline(
    session: Session,
    shop_id: int,
    order_id: str,
    *,
    source: str,
    type: str,
    occurred_at: datetime,
    detail: str = "",
    source_id: str | None = None,
) -> None:
    """Add one entry to an order's timeline; an entry with a known source_id is not repeated."""
    row = {
        "shop_id": shop_id,
        "order_id": order_id,
        "source": source,
        "source_id": source_id,
        "type": type,
        "occurred_at": occurred_at,
        "detail": detail,
    }
    if source_id is None:
        session.add(m.OrderEvent(**row))
    else:
        insert_ignore(
            session,
            m.OrderEvent,
            [row],
            keys=("shop_id", "source", "source_id"),
        )


_EVENT_COLUMNS = ("shop_id", "order_id", "source", "source_id", "type", "occurred_at", "detail")


def add_feed_events(session: Session, shop_id: int, events: Sequence[OrderEvent]) -> None:
    """Save feed events; one already saved (redelivered) is skipped. Plain tuples through the
    driver: a catch-up saves several events an order (see plain_sql.insert_sql)."""
    if not events:
        return
    session.connection().exec_driver_sql(
        insert_sql(
            "order_events",
            _EVENT_COLUMNS,
            param_mark(session),
            ignore_on="shop_id, source, source_id",
        ),
        [
            (shop_id, e.order_id, "allegro", e.id, e.type, utc_text(e.occurred_at), "")
            for e in events
        ],
    )


def record_problem(
    session: Session, shop_id: int, subject: str, subject_id: str, message: str, now: datetime
) -> None:
    existing = session.scalar(
        select(m.SyncProblem).where(
            m.SyncProblem.shop_id == shop_id,
            m.SyncProblem.subject == subject,
            m.SyncProblem.subject_id == subject_id,
        )
    )
    if existing is None:
        session.add(
            m.SyncProblem(
                shop_id=shop_id,
                subject=subject,
                subject_id=subject_id,
                message=message,
                first_seen=now,
                last_seen=now,
            )
        )
    else:
        existing.message, existing.last_seen, existing.resolved_at = message, now, None


def resolve_problems(
    session: Session, shop_id: int, subject: str, subject_ids: Sequence[str], now: datetime
) -> None:
    if not subject_ids:
        return
    session.execute(
        update(m.SyncProblem)
        .where(
            m.SyncProblem.shop_id == shop_id,
            m.SyncProblem.subject == subject,
            m.SyncProblem.subject_id.in_(list(subject_ids)),
            m.SyncProblem.resolved_at.is_(None),
        )
        .values(resolved_at=now)
    )


def open_problem_ids(
    session: Session, shop_id: int, subject: str, *, limit: int | None = None
) -> list[str]:
    """Unresolved problems of one kind, longest waiting first."""
    return list(
        session.scalars(
            select(m.SyncProblem.subject_id)
            .where(
                m.SyncProblem.shop_id == shop_id,
                m.SyncProblem.subject == subject,
                m.SyncProblem.resolved_at.is_(None),
            )
            .order_by(m.SyncProblem.last_seen, m.SyncProblem.id)
            .limit(limit)
        )
    )


def _return_row(shop_id: int, r: CustomerReturn, now: datetime) -> dict[str, Any]:
    bank = r.bank_account or BankAccount()
    return {
        "shop_id": shop_id,
        "return_id": r.id,
        "order_id": r.order_id,
        "status": r.status,
        "created_at": r.created_at,
        "reference_number": r.reference_number,
        "buyer_login": r.buyer_login,
        "buyer_email": r.buyer_email,
        "bank_owner": bank.owner,
        "bank_account_number": bank.account_number,
        "bank_iban": bank.iban,
        "bank_swift": bank.swift,
        "rejection_code": r.rejection_code,
        "synced_at": now,
    }


def save_returns(
    session: Session, shop_id: int, returns: Sequence[CustomerReturn], now: datetime
) -> list[tuple[CustomerReturn, str | None]]:
    """Insert or update returns; returns each with its previous status (None when new)."""
    if not returns:
        return []
    latest = {r.id: r for r in returns}
    before = dict(
        session.execute(
            select(m.CustomerReturn.return_id, m.CustomerReturn.status).where(
                m.CustomerReturn.shop_id == shop_id,
                m.CustomerReturn.return_id.in_(list(latest)),
            )
        ).all()
    )
    upsert(
        session,
        m.CustomerReturn,
        [_return_row(shop_id, r, now) for r in latest.values()],
        keys=("shop_id", "return_id"),
    )
    pks = dict(
        session.execute(
            select(m.CustomerReturn.return_id, m.CustomerReturn.id).where(
                m.CustomerReturn.shop_id == shop_id,
                m.CustomerReturn.return_id.in_(list(latest)),
            )
        ).all()
    )
    session.execute(delete(m.ReturnItem).where(m.ReturnItem.return_pk.in_(list(pks.values()))))
    items = [
        {
            "return_pk": pks[r.id],
            "offer_id": it.offer_id,
            "quantity": it.quantity,
            "name": it.name,
            "price_minor": it.price.minor if it.price else None,
            "currency": it.price.currency if it.price else "",
            "reason": it.reason,
            "user_comment": it.user_comment,
        }
        for r in latest.values()
        for it in r.items
    ]
    if items:
        session.execute(insert(m.ReturnItem), items)
    return [(r, before.get(r.id)) for r in latest.values()]


def open_return_ids(session: Session, shop_id: int, *, limit: int) -> list[str]:
    """Returns not yet in a final status, least recently read first."""
    return list(
        session.scalars(
            select(m.CustomerReturn.return_id)
            .where(
                m.CustomerReturn.shop_id == shop_id,
                m.CustomerReturn.status.not_in([str(x) for x in FINAL_RETURN_STATUSES]),
            )
            .order_by(m.CustomerReturn.synced_at)
            .limit(limit)
        )
    )


def forget_return(session: Session, shop_id: int, return_id: str) -> bool:
    """Drop a return Allegro says does not exist (saved under an odd id an earlier answer
    gave it), unless a refund already rests on it; True when it was dropped."""
    used = session.scalar(
        select(func.count(m.RefundIntent.id)).where(
            m.RefundIntent.shop_id == shop_id, m.RefundIntent.scope == f"return:{return_id}"
        )
    )
    if used:
        return False
    row = session.scalar(
        select(m.CustomerReturn).where(
            m.CustomerReturn.shop_id == shop_id, m.CustomerReturn.return_id == return_id
        )
    )
    if row is None:
        return False
    session.delete(row)  # its items go with it (ORM cascade / ON DELETE CASCADE)
    return True


def return_to_domain(row: m.CustomerReturn) -> CustomerReturn:
    has_bank = bool(row.bank_iban or row.bank_account_number)
    return CustomerReturn(
        id=row.return_id,
        order_id=row.order_id,
        status=row.status,
        created_at=row.created_at,
        items=tuple(
            ReturnItem(
                offer_id=i.offer_id,
                quantity=i.quantity,
                name=i.name,
                price=Money(i.price_minor, i.currency) if i.price_minor is not None else None,
                reason=i.reason,
                user_comment=i.user_comment,
            )
            for i in row.items
        ),
        reference_number=row.reference_number,
        buyer_login=row.buyer_login,
        buyer_email=row.buyer_email,
        bank_account=BankAccount(
            owner=row.bank_owner,
            account_number=row.bank_account_number,
            iban=row.bank_iban,
            swift=row.bank_swift,
        )
        if has_bank
        else None,
        rejection_code=row.rejection_code,
    )


def load_returns(
    session: Session, shop_id: int, *, order_id: str | None = None, statuses: Sequence[str] = ()
) -> list[CustomerReturn]:
    q = (
        select(m.CustomerReturn)
        .where(m.CustomerReturn.shop_id == shop_id)
        .options(selectinload(m.CustomerReturn.items))
        .order_by(m.CustomerReturn.created_at)
    )
    if order_id is not None:
        q = q.where(m.CustomerReturn.order_id == order_id)
    if statuses:
        q = q.where(m.CustomerReturn.status.in_(list(statuses)))
    return [return_to_domain(r) for r in session.scalars(q)]
