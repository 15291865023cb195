"""A first backfill stores exactly the rows the plain way gives: each page decoded by the
standard library's JSON reader and mapped, every order written through the ORM (SQLAlchemy
models, one object at a time). The sync's fast path (orjson, plain driver SQL, executemany)
must end with the same orders, lines and payments, row for row and column for column. It saves
several pages to a transaction, and keeps what it read when the history is cut short.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from refunddesk.automation import sync
from refunddesk.domain.orders import Order
from refunddesk.marketplace.allegro import http
from refunddesk.marketplace.base import NetworkError
from refunddesk.services import shops
from refunddesk.store import models as m
from refunddesk.store.database import Database, open_database, sqlite_url
from tests.support.pipeline import Pipeline

TABLES = ("orders", "line_items", "payments")


def _rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    with db.sessions() as s:
        return {
            t: [tuple(r) for r in s.execute(text(f"SELECT * FROM {t} ORDER BY rowid"))]
            for t in TABLES
        }


def _the_plain_way(order: Order, shop_id: int, synced: Any) -> m.Order:
    """The row objects for one order, field by field (the mapping's meaning of each column)."""

    def minor(value: Any) -> int | None:
        return None if value is None else value.minor

    payments = [p for p in (order.payment, *order.surcharges) if p is not None]
    return m.Order(
        shop_id=shop_id,
        order_id=order.id,
        revision=order.revision,
        status=order.status,
        fulfillment_status=order.fulfillment_status,
        line_items_sent=order.line_items_sent,
        buyer_id=order.buyer.id,
        buyer_login=order.buyer.login,
        buyer_email=order.buyer.email,
        buyer_first_name=order.buyer.first_name,
        buyer_last_name=order.buyer.last_name,
        buyer_language=order.buyer.language,
        buyer_phone=order.buyer.phone,
        buyer_guest=order.buyer.guest,
        currency=order.currency,
        total_minor=minor(order.total_to_pay),
        delivery_cost_minor=minor(order.delivery_cost),
        delivery_method=order.delivery_method,
        dispatch_deadline=order.dispatch_deadline,
        marketplace_id=order.marketplace_id,
        bought_at=order.bought_at,
        updated_at=order.updated_at,
        synced_at=synced,
        sync_error="",
        line_items=[
            m.LineItem(
                position=i,
                line_item_id=li.id,
                offer_id=li.offer_id,
                offer_name=li.offer_name,
                external_id=li.external_id,
                quantity=li.quantity,
                unit_price_minor=li.price.minor,
                original_unit_price_minor=minor(li.original_price),
                additional_services_minor=minor(li.additional_services),
                currency=li.price.currency,
                bought_at=li.bought_at,
            )
            for i, li in enumerate(order.line_items)
        ],
        payments=[
            m.Payment(
                position=i,
                is_surcharge=p is not order.payment,
                payment_id=p.id,
                type=p.type,
                provider=p.provider,
                features=",".join(p.features),
                paid_minor=minor(p.paid_amount),
                currency=p.paid_amount.currency if p.paid_amount else order.currency,
                finished_at=p.finished_at,
            )
            for i, p in enumerate(payments)
        ],
    )


def test_a_backfill_stores_what_the_plain_way_stores(
    pipeline: Pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scenario = pipeline.scenario
    scenario.seed(count=250, days=20)  # three pages, the last one short
    market = shops.client_for(shops.get_shop(pipeline.db, pipeline.shop_id), pipeline.secrets)
    sync.sync_shop(pipeline.db, pipeline.shop_id, market, pipeline.now, backfill_days=30)

    # The plain way, into a second database: the standard library reads every answer.
    plain_db = open_database(sqlite_url(tmp_path / "plain.sqlite3"))
    try:
        with plain_db.transaction() as s:
            s.add(
                m.Shop(
                    id=pipeline.shop_id,
                    name="Plain",
                    environment="demo",
                    api_url="x",
                    auth_url="x",
                    created_at=pipeline.now(),
                )
            )
        monkeypatch.setattr(http, "json_loads", json.loads)
        since = pipeline.now() - timedelta(days=30)
        offset, total = 0, 1
        while offset < total:
            page = market.list_orders(bought_since=since, offset=offset, limit=sync.ORDER_PAGE)
            with plain_db.transaction() as s:
                for order in page.orders:
                    s.add(_the_plain_way(order, pipeline.shop_id, pipeline.now()))
            offset, total = offset + len(page.orders), page.total_count
        expected = _rows(plain_db)
    finally:
        plain_db.dispose()

    stored = _rows(pipeline.db)
    assert len(stored["orders"]) == 250
    assert any(row[-1] is not None for row in stored["payments"])  # finished_at: some paid
    assert stored == expected


def _order_count(db: Database) -> int:
    with db.sessions() as s:
        return int(s.execute(text("SELECT count(*) FROM orders")).scalar_one())


def test_a_backfill_saves_several_pages_to_a_transaction(pipeline: Pipeline) -> None:
    # One commit per page of 100 writes every index page each touched: at 100,000 orders that
    # made saving ~30 % slower. The history is saved BACKFILL_SAVE_EVERY orders at a time.
    pipeline.scenario.seed(count=1_250, days=20)
    market = shops.client_for(shops.get_shop(pipeline.db, pipeline.shop_id), pipeline.secrets)
    saving = {"now": False, "transactions": 0}

    def statement(conn: Any, cursor: Any, sql: str, *args: Any) -> None:
        saving["now"] = saving["now"] or sql.startswith("INSERT INTO orders")

    def commit(conn: Any) -> None:
        saving["transactions"] += saving["now"]
        saving["now"] = False

    engine = pipeline.db.engine
    event.listen(engine, "before_cursor_execute", statement)
    event.listen(engine, "commit", commit)
    try:
        report = sync.sync_shop(pipeline.db, pipeline.shop_id, market, pipeline.now)
    finally:
        event.remove(engine, "before_cursor_execute", statement)
        event.remove(engine, "commit", commit)
    assert report.orders_saved == _order_count(pipeline.db) == 1_250
    assert len(report.changed_orders) == 1_250
    assert saving["transactions"] == 3  # 500 + 500 + 250 (13 pages)


class _HistoryBreaksAt:
    """The shop's client, but the order list cannot be read from ``offset`` on."""

    def __init__(self, market: Any, offset: int) -> None:
        self._market, self._offset = market, offset

    def list_orders(self, **kw: Any) -> Any:
        if kw.get("offset", 0) >= self._offset:
            raise NetworkError("GET /order/checkout-forms: ConnectionError")
        return self._market.list_orders(**kw)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._market, name)


@pytest.mark.parametrize("read_ahead", [True, False])
def test_a_backfill_cut_short_keeps_every_page_it_read(
    pipeline: Pipeline, read_ahead: bool
) -> None:
    pipeline.scenario.seed(count=1_000, days=20)
    real = shops.client_for(shops.get_shop(pipeline.db, pipeline.shop_id), pipeline.secrets)
    broken = _HistoryBreaksAt(real, 700)
    with pytest.raises(NetworkError):
        sync.sync_shop(pipeline.db, pipeline.shop_id, broken, pipeline.now, read_ahead=read_ahead)
    # Seven pages were read (500 saved together, then 200 waiting for more): all are kept.
    assert _order_count(pipeline.db) == 700
    # And the next sync starts the history again and ends with every order.
    sync.sync_shop(pipeline.db, pipeline.shop_id, real, pipeline.now)
    assert _order_count(pipeline.db) == 1_000
