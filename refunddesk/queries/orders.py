"""Synced orders for the Orders screen: filtered, sorted pages in SQL, and one order in detail."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import KeyedColumnElement

from refunddesk.automation.states import IN_FLIGHT, IntentState
from refunddesk.domain.money import Money
from refunddesk.domain.typed_amount import searched_amount
from refunddesk.queries.notices import NoticeProblem, problems_in
from refunddesk.queries.order_timeline import TimelineEntry as TimelineEntry
from refunddesk.queries.order_timeline import order_timeline
from refunddesk.store import models as m
from refunddesk.store.database import Database

# Money that left (or is leaving) the merchant's account counts as a refund so far.
REFUNDED_STATES = (IntentState.SUCCEEDED.value, IntentState.REFUNDED_BY_HAND.value)
HAS_REFUND_STATES = REFUNDED_STATES + tuple(s.value for s in IN_FLIGHT)
SENT_FULFILMENT = ("SENT", "PICKED_UP", "CANCELLED", "RETURNED")
ALLEGRO_PAY = "ALLEGRO_PAY"  # a payment kind of its own, though Allegro files it as ONLINE
CANCELLED = "CANCELLED"  # the checkout form's status of a cancelled order


class OrderColumn(enum.IntEnum):
    """The Orders table's columns, in display order; each sorts in SQL."""

    BOUGHT = 0
    ORDER_ID = 1
    BUYER = 2
    TOTAL = 3
    PAYMENT = 4
    STATUS = 5
    FULFILMENT = 6
    DEADLINE = 7
    REFUNDED = 8


@dataclass(frozen=True, slots=True)
class OrderFilter:
    """What the merchant narrowed the list to; the default shows every order."""

    search: str = ""  # order id, buyer login, product name or the total ("129,99 zł")
    statuses: tuple[str, ...] = ()  # Allegro checkout-form statuses
    payment_kinds: tuple[str, ...] = ()  # PaymentType values or ALLEGRO_PAY
    overdue_only: bool = False
    has_return: bool = False
    has_refund: bool = False
    bought_from: datetime | None = None  # inclusive
    bought_to: datetime | None = None  # exclusive
    shop_id: int | None = None


@dataclass(frozen=True, slots=True)
class OrderSort:
    column: OrderColumn = OrderColumn.BOUGHT
    descending: bool = True


@dataclass(frozen=True, slots=True)
class OrderRow:
    """One line of the Orders table."""

    pk: int
    shop_id: int
    order_id: str
    bought_at: datetime | None
    buyer_login: str
    total: Money | None
    payment_kind: str  # a PaymentType value, ALLEGRO_PAY, or "" when there is no payment
    status: str
    cancelled_by_buyer: bool
    fulfillment_status: str
    dispatch_deadline: datetime | None
    overdue: bool
    refunded: Money | None  # None when nothing was refunded


@dataclass(frozen=True, slots=True)
class ItemRow:
    name: str
    offer_id: str
    sku: str
    quantity: int
    unit_price: Money


@dataclass(frozen=True, slots=True)
class ReturnRow:
    return_id: str
    reference: str
    status: str
    created_at: datetime
    items: tuple[str, ...]  # "2× Mug"
    reasons: tuple[str, ...]  # Allegro reason codes, e.g. DAMAGED
    comments: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class IntentRow:
    intent_id: int
    trigger: str
    state: str
    mode: str
    amount: Money
    rule_name: str
    rule_version: int | None
    held_reason: str
    failure_detail: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class OrderDetail:
    row: OrderRow
    buyer_name: str
    buyer_email: str
    delivery_method: str
    delivery_cost: Money | None
    items: tuple[ItemRow, ...]
    returns: tuple[ReturnRow, ...]
    intents: tuple[IntentRow, ...]
    timeline: tuple[TimelineEntry, ...]  # oldest first
    sync_error: str = ""
    notice_problems: tuple[NoticeProblem, ...] = ()  # failed or unknown buyer notices


@dataclass(frozen=True, slots=True)
class SyncProblemRow:
    shop_id: int
    subject: str
    subject_id: str
    message: str
    first_seen: datetime
    last_seen: datetime


@dataclass(frozen=True, slots=True)
class OrderPage:
    offset: int
    rows: tuple[OrderRow, ...] = field(default_factory=tuple)


# -- SQL pieces ----------------------------------------------------------------------------


def _payment_kind() -> KeyedColumnElement[str]:
    p = m.Payment
    kind = case((p.features.like(f"%{ALLEGRO_PAY}%"), literal(ALLEGRO_PAY)), else_=p.type)
    return (
        select(kind)
        .where(p.order_pk == m.Order.id, p.is_surcharge.is_(False))
        .order_by(p.position)
        .limit(1)
        .correlate(m.Order)
        .scalar_subquery()
        .label("payment_kind")
    )


def _refunded_minor() -> KeyedColumnElement[int]:
    i = m.RefundIntent
    return (
        select(func.sum(i.amount_minor))
        .where(i.shop_id == m.Order.shop_id, i.order_id == m.Order.order_id)
        .where(i.state.in_(REFUNDED_STATES))
        .correlate(m.Order)
        .scalar_subquery()
        .label("refunded_minor")
    )


def _cancelled_by_buyer() -> ColumnElement[bool]:
    e = m.OrderEvent
    return exists().where(
        e.shop_id == m.Order.shop_id, e.order_id == m.Order.order_id, e.type == "BUYER_CANCELLED"
    )


def _overdue(now: datetime) -> ColumnElement[bool]:
    """Paid, not sent (no shipment, fulfilment not sent), and past its dispatch deadline."""
    o = m.Order
    no_shipment = ~exists().where(m.Shipment.order_pk == o.id)
    return and_(
        o.status == "READY_FOR_PROCESSING",
        o.fulfillment_status.not_in(SENT_FULFILMENT),
        o.dispatch_deadline.is_not(None),
        o.dispatch_deadline < now,
        no_shipment,
    )


def _has_return() -> ColumnElement[bool]:
    r = m.CustomerReturn
    return exists().where(r.shop_id == m.Order.shop_id, r.order_id == m.Order.order_id)


def _has_refund() -> ColumnElement[bool]:
    i = m.RefundIntent
    return exists().where(
        i.shop_id == m.Order.shop_id,
        i.order_id == m.Order.order_id,
        i.state.in_(HAS_REFUND_STATES),
    )


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _conditions(flt: OrderFilter, now: datetime) -> list[ColumnElement[bool]]:
    o = m.Order
    found: list[ColumnElement[bool]] = []
    text = flt.search.strip()
    if text:
        pattern = f"%{_escape_like(text)}%"
        product = exists().where(
            m.LineItem.order_pk == o.id,
            or_(
                m.LineItem.offer_name.ilike(pattern, escape="\\"),
                m.LineItem.external_id.ilike(pattern, escape="\\"),
                m.LineItem.offer_id == text,
            ),
        )
        matches = [
            o.order_id.ilike(pattern, escape="\\"),
            o.buyer_login.ilike(pattern, escape="\\"),
            product,
        ]
        amount = searched_amount(text)
        if amount is not None:  # "129,99 zł": the orders of that total
            minor, currency = amount
            total = o.total_minor == minor
            matches.append(total if currency is None else and_(total, o.currency == currency))
        found.append(or_(*matches))
    if flt.statuses:
        found.append(o.status.in_(flt.statuses))
    if flt.payment_kinds:
        found.append(_payment_kind().in_(flt.payment_kinds))
    if flt.overdue_only:
        found.append(_overdue(now))
    if flt.has_return:
        found.append(_has_return())
    if flt.has_refund:
        found.append(_has_refund())
    if flt.bought_from is not None:
        found.append(o.bought_at >= flt.bought_from)
    if flt.bought_to is not None:
        found.append(o.bought_at < flt.bought_to)
    if flt.shop_id is not None:
        found.append(o.shop_id == flt.shop_id)
    return found


def _sort_key(column: OrderColumn) -> Any:
    o = m.Order
    keys: dict[OrderColumn, Any] = {
        OrderColumn.BOUGHT: o.bought_at,
        OrderColumn.ORDER_ID: o.order_id,
        OrderColumn.BUYER: func.lower(o.buyer_login),
        OrderColumn.TOTAL: o.total_minor,
        OrderColumn.PAYMENT: _payment_kind(),
        OrderColumn.STATUS: o.status,
        OrderColumn.FULFILMENT: o.fulfillment_status,
        # A cancelled order has no deadline to meet: it sorts with the orders without one.
        OrderColumn.DEADLINE: case((o.status == CANCELLED, None), else_=o.dispatch_deadline),
        OrderColumn.REFUNDED: func.coalesce(_refunded_minor(), 0),
    }
    return keys[column]


def _row_select(now: datetime) -> Any:
    return select(
        m.Order,
        _payment_kind(),
        _refunded_minor(),
        _cancelled_by_buyer().label("cancelled_by_buyer"),
        _overdue(now).label("overdue"),
    )


def _to_row(order: m.Order, kind: str | None, refunded: int | None, by_buyer: object,
            overdue: object) -> OrderRow:  # fmt: skip
    return OrderRow(
        pk=order.id,
        shop_id=order.shop_id,
        order_id=order.order_id,
        bought_at=order.bought_at,
        buyer_login=order.buyer_login,
        total=None if order.total_minor is None else Money(order.total_minor, order.currency),
        payment_kind=kind or "",
        status=order.status,
        cancelled_by_buyer=bool(by_buyer),
        fulfillment_status=order.fulfillment_status,
        dispatch_deadline=order.dispatch_deadline,
        overdue=bool(overdue),
        refunded=Money(refunded, order.currency) if refunded else None,
    )


# -- the public queries --------------------------------------------------------------------


def count_orders(db: Database, flt: OrderFilter, now: datetime) -> int:
    """How many orders match ``flt`` (the table's row count)."""
    with db.sessions() as s:
        query = select(func.count(m.Order.id)).where(*_conditions(flt, now))
        return int(s.scalar(query) or 0)


def order_page(
    db: Database, flt: OrderFilter, sort: OrderSort, offset: int, limit: int, now: datetime
) -> OrderPage:
    """Rows ``offset`` … ``offset + limit`` of the filtered, sorted list."""
    key = _sort_key(sort.column)
    ordered = key.desc() if sort.descending else key.asc()
    tie = m.Order.id.desc() if sort.descending else m.Order.id.asc()
    query = (
        _row_select(now)
        .where(*_conditions(flt, now))
        .order_by(ordered.nulls_last(), tie)
        .offset(offset)
        .limit(limit)
    )
    with db.sessions() as s:
        rows = tuple(_to_row(*r) for r in s.execute(query).all())
    return OrderPage(offset, rows)


def order_detail(db: Database, shop_id: int, order_id: str, now: datetime) -> OrderDetail | None:
    """One order with its items, returns, refund intents and timeline; None when unknown."""
    with db.sessions() as s:
        found = s.execute(
            _row_select(now).where(m.Order.shop_id == shop_id, m.Order.order_id == order_id)
        ).first()
        if found is None:
            return None
        order: m.Order = found[0]
        row = _to_row(*found)
        items = tuple(
            ItemRow(
                li.offer_name,
                li.offer_id,
                li.external_id,
                li.quantity,
                Money(li.unit_price_minor, li.currency),
            )
            for li in order.line_items
        )
        return OrderDetail(
            row=row,
            buyer_name=f"{order.buyer_first_name} {order.buyer_last_name}".strip(),
            buyer_email=order.buyer_email,
            delivery_method=order.delivery_method,
            delivery_cost=(
                None
                if order.delivery_cost_minor is None
                else Money(order.delivery_cost_minor, order.currency)
            ),
            items=items,
            returns=_returns(s, shop_id, order_id),
            intents=_intents(s, shop_id, order_id),
            timeline=order_timeline(s, order, now),
            sync_error=order.sync_error,
            notice_problems=tuple(problems_in(s, shop_id=shop_id, order_id=order_id)),
        )


def find_order(db: Database, order_id: str) -> tuple[int, str] | None:
    """(shop id, order id) of an order with this Allegro id, in any shop."""
    with db.sessions() as s:
        found = s.execute(
            select(m.Order.shop_id, m.Order.order_id)
            .where(m.Order.order_id == order_id)
            .order_by(m.Order.shop_id)
            .limit(1)
        ).first()
        return None if found is None else (found[0], found[1])


def sync_problems(db: Database) -> tuple[SyncProblemRow, ...]:
    """What sync could not read (orders, returns, history pages) or the planner could not
    process, and has not managed since (unresolved), newest first."""
    p = m.SyncProblem
    with db.sessions() as s:
        rows = s.scalars(
            select(p).where(p.resolved_at.is_(None)).order_by(p.last_seen.desc(), p.id)
        ).all()
        return tuple(
            SyncProblemRow(r.shop_id, r.subject, r.subject_id, r.message, r.first_seen, r.last_seen)
            for r in rows
        )


def _returns(s: Session, shop_id: int, order_id: str) -> tuple[ReturnRow, ...]:
    r = m.CustomerReturn
    found = s.scalars(
        select(r).where(r.shop_id == shop_id, r.order_id == order_id).order_by(r.created_at)
    ).all()
    return tuple(
        ReturnRow(
            return_id=x.return_id,
            reference=x.reference_number,
            status=x.status,
            created_at=x.created_at,
            items=tuple(f"{i.quantity}× {i.name or i.offer_id}" for i in x.items),
            reasons=tuple(i.reason for i in x.items if i.reason and i.reason != "NONE"),
            comments=tuple(i.user_comment for i in x.items if i.user_comment),
        )
        for x in found
    )


def _intents(s: Session, shop_id: int, order_id: str) -> tuple[IntentRow, ...]:
    i = m.RefundIntent
    found = s.scalars(
        select(i).where(i.shop_id == shop_id, i.order_id == order_id).order_by(i.id)
    ).all()
    return tuple(
        IntentRow(
            intent_id=x.id,
            trigger=x.trigger,
            state=x.state,
            mode=x.mode,
            amount=Money(x.amount_minor, x.currency),
            rule_name=x.rule_name,
            rule_version=x.rule_version,
            held_reason=x.held_reason,
            failure_detail=x.failure_detail,
            created_at=x.created_at,
        )
        for x in found
    )
