"""Saving orders from the marketplace and reading them back as domain objects."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, selectinload

from refunddesk.domain import orders as d
from refunddesk.domain.money import Money
from refunddesk.store import models as m
from refunddesk.store.order_rows import OrderRows, moment_text, order_rows, write_order_rows
from refunddesk.store.upsert import param_mark


def _money(minor: int | None, currency: str) -> Money | None:
    return None if minor is None else Money(minor, currency)


def save_orders(session: Session, shop_id: int, orders: Sequence[d.Order], now: datetime) -> None:
    """Insert or replace orders with their lines and payments (bulk, idempotent)."""
    save_order_rows(session, shop_id, order_rows(orders), now)


def save_order_rows(session: Session, shop_id: int, rows: OrderRows, now: datetime) -> None:
    """Insert or replace the orders of ``rows`` with their lines and payments
    (order_rows.write_order_rows, in the session's transaction)."""
    write_order_rows(_SessionDriver(session), shop_id, rows, moment_text(now))


class _SessionDriver:
    """Plain SQL through the driver under a session's connection (order_rows.Driver)."""

    def __init__(self, session: Session) -> None:
        self._conn = session.connection()
        self.mark = param_mark(session)

    def rows(self, sql: str, params: Sequence[Any]) -> Sequence[tuple[Any, ...]]:
        result = self._conn.exec_driver_sql(sql, tuple(params))
        return result.all() if result.returns_rows else []

    def many(self, sql: str, params: list[tuple[Any, ...]]) -> None:
        self._conn.exec_driver_sql(sql, params)


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


def load_orders(session: Session, shop_id: int, order_ids: Sequence[str]) -> list[d.Order]:
    """``load_order`` for many orders in one query (the caller keeps the list within the
    database's limit of parameters); orders not stored are left out."""
    rows = session.scalars(
        select(m.Order)
        .where(m.Order.shop_id == shop_id, m.Order.order_id.in_(list(order_ids)))
        .options(selectinload(m.Order.line_items), selectinload(m.Order.payments))
    )
    return [to_domain(row) for row in rows]


def orders_with_shipments(session: Session, shop_id: int, order_ids: Sequence[str]) -> set[str]:
    """Which of these orders have a shipment (``has_shipments`` for many)."""
    return set(
        session.scalars(
            select(m.Order.order_id)
            .join(m.Shipment, m.Order.id == m.Shipment.order_pk)
            .where(m.Order.shop_id == shop_id, m.Order.order_id.in_(list(order_ids)))
            .distinct()
        )
    )


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
