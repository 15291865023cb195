"""Saving orders from the marketplace and reading them back as domain objects."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session, selectinload

from refunddesk.domain import orders as d
from refunddesk.domain.money import Money
from refunddesk.store import models as m
from refunddesk.store.upsert import upsert


def _table(model: type[m.Base]) -> Table:
    return cast(Table, model.__table__)


def _minor(value: Money | None) -> int | None:
    return None if value is None else value.minor


def _money(minor: int | None, currency: str) -> Money | None:
    return None if minor is None else Money(minor, currency)


def _order_row(shop_id: int, order: d.Order, now: datetime) -> dict[str, Any]:
    b = order.buyer
    return {
        "shop_id": shop_id,
        "order_id": order.id,
        "revision": order.revision,
        "status": order.status,
        "fulfillment_status": order.fulfillment_status,
        "line_items_sent": order.line_items_sent,
        "buyer_id": b.id,
        "buyer_login": b.login,
        "buyer_email": b.email,
        "buyer_first_name": b.first_name,
        "buyer_last_name": b.last_name,
        "buyer_language": b.language,
        "buyer_phone": b.phone,
        "buyer_guest": b.guest,
        "currency": order.currency,
        "total_minor": _minor(order.total_to_pay),
        "delivery_cost_minor": _minor(order.delivery_cost),
        "delivery_method": order.delivery_method,
        "dispatch_deadline": order.dispatch_deadline,
        "marketplace_id": order.marketplace_id,
        "bought_at": order.bought_at,
        "updated_at": order.updated_at,
        "synced_at": now,
        "sync_error": "",
    }


def save_orders(session: Session, shop_id: int, orders: Sequence[d.Order], now: datetime) -> None:
    """Insert or replace orders with their lines, payments and shipments (bulk, idempotent)."""
    if not orders:
        return
    # The last copy of an order in a batch wins (events can name one order many times).
    latest = {o.id: o for o in orders}
    upsert(
        session,
        m.Order,
        [_order_row(shop_id, o, now) for o in latest.values()],
        keys=("shop_id", "order_id"),
    )
    pks = dict(
        session.execute(
            select(m.Order.order_id, m.Order.id).where(
                m.Order.shop_id == shop_id, m.Order.order_id.in_(list(latest))
            )
        ).all()
    )
    pk_list = list(pks.values())
    session.execute(delete(m.LineItem).where(m.LineItem.order_pk.in_(pk_list)))
    session.execute(delete(m.Payment).where(m.Payment.order_pk.in_(pk_list)))
    lines: list[dict[str, Any]] = []
    payments: list[dict[str, Any]] = []
    for order in latest.values():
        pk = pks[order.id]
        for pos, li in enumerate(order.line_items):
            lines.append(
                {
                    "order_pk": pk,
                    "position": pos,
                    "line_item_id": li.id,
                    "offer_id": li.offer_id,
                    "offer_name": li.offer_name,
                    "external_id": li.external_id,
                    "quantity": li.quantity,
                    "unit_price_minor": li.price.minor,
                    "original_unit_price_minor": _minor(li.original_price),
                    "additional_services_minor": _minor(li.additional_services),
                    "currency": li.price.currency,
                    "bought_at": li.bought_at,
                }
            )
        for pos, p in enumerate(x for x in (order.payment, *order.surcharges) if x is not None):
            payments.append(
                {
                    "order_pk": pk,
                    "position": pos,
                    "is_surcharge": p is not order.payment,
                    "payment_id": p.id,
                    "type": p.type,
                    "provider": p.provider,
                    "features": ",".join(p.features),
                    "paid_minor": _minor(p.paid_amount),
                    "currency": p.paid_amount.currency if p.paid_amount else order.currency,
                    "finished_at": p.finished_at,
                }
            )
    # Core statements on the tables: one executemany each, without the ORM's bulk machinery
    # (which cost more than the inserts themselves for a page of a hundred orders).
    if lines:
        session.execute(insert(_table(m.LineItem)), lines)
    if payments:
        session.execute(insert(_table(m.Payment)), payments)


def note_sync_errors(session: Session, shop_id: int, messages: dict[str, str]) -> None:
    """Mark saved orders whose latest copy Allegro sent could not be read (the last good copy
    stays); the next clean save clears the mark."""
    for order_id, message in messages.items():
        session.execute(
            update(m.Order)
            .where(m.Order.shop_id == shop_id, m.Order.order_id == order_id)
            .values(sync_error=message)
        )


def save_shipments(
    session: Session, shop_id: int, order_id: str, shipments: Sequence[d.Shipment]
) -> None:
    pk = session.scalar(
        select(m.Order.id).where(m.Order.shop_id == shop_id, m.Order.order_id == order_id)
    )
    if pk is None:
        return
    session.execute(delete(m.Shipment).where(m.Shipment.order_pk == pk))
    for s in shipments:
        session.add(
            m.Shipment(
                order_pk=pk,
                shipment_id=s.id,
                waybill=s.waybill,
                carrier_id=s.carrier_id,
                created_at=s.created_at,
            )
        )


def to_domain(row: m.Order) -> d.Order:
    """Rebuild the domain order from its rows (lines, payments, shipments must be loaded)."""
    cur = row.currency
    payments = [
        d.Payment(
            id=p.payment_id,
            type=p.type,
            provider=p.provider,
            paid_amount=_money(p.paid_minor, p.currency),
            finished_at=p.finished_at,
            features=tuple(f for f in p.features.split(",") if f),
        )
        for p in row.payments
    ]
    main = next(
        (p for p, r in zip(payments, row.payments, strict=True) if not r.is_surcharge), None
    )
    surcharges = tuple(p for p, r in zip(payments, row.payments, strict=True) if r.is_surcharge)
    return d.Order(
        id=row.order_id,
        revision=row.revision,
        status=row.status,
        buyer=d.Buyer(
            id=row.buyer_id,
            login=row.buyer_login,
            email=row.buyer_email,
            first_name=row.buyer_first_name,
            last_name=row.buyer_last_name,
            guest=row.buyer_guest,
            language=row.buyer_language,
            phone=row.buyer_phone,
        ),
        line_items=tuple(
            d.LineItem(
                id=li.line_item_id,
                offer_id=li.offer_id,
                offer_name=li.offer_name,
                quantity=li.quantity,
                price=Money(li.unit_price_minor, li.currency),
                original_price=_money(li.original_unit_price_minor, li.currency),
                external_id=li.external_id,
                bought_at=li.bought_at,
                additional_services=_money(li.additional_services_minor, li.currency),
            )
            for li in row.line_items
        ),
        currency=cur,
        payment=main,
        surcharges=surcharges,
        fulfillment_status=row.fulfillment_status,
        line_items_sent=row.line_items_sent,
        delivery_method=row.delivery_method,
        delivery_cost=_money(row.delivery_cost_minor, cur),
        dispatch_deadline=row.dispatch_deadline,
        total_to_pay=_money(row.total_minor, cur),
        marketplace_id=row.marketplace_id,
        updated_at=row.updated_at,
        bought_at=row.bought_at,
    )


def load_order(session: Session, shop_id: int, order_id: str) -> d.Order | None:
    row = session.scalar(
        select(m.Order)
        .where(m.Order.shop_id == shop_id, m.Order.order_id == order_id)
        .options(selectinload(m.Order.line_items), selectinload(m.Order.payments))
    )
    return None if row is None else to_domain(row)


def has_shipments(session: Session, shop_id: int, order_id: str) -> bool:
    return (
        session.scalar(
            select(m.Shipment.id)
            .join(m.Order, m.Order.id == m.Shipment.order_pk)
            .where(m.Order.shop_id == shop_id, m.Order.order_id == order_id)
            .limit(1)
        )
        is not None
    )
