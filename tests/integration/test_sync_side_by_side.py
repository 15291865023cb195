"""Reading ahead changes when pages are asked for, never what is stored or in which order.

The same demo shop is synced into two databases: one reading one page after another, one
reading ahead, with Allegro answering some pages after the ones asked for after them. Every
table must end identical, row for row in the order the rows were written.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from refunddesk.automation import sync
from refunddesk.infra.secrets import Secrets
from refunddesk.marketplace.base import Marketplace
from refunddesk.services import shops
from refunddesk.store import models as m
from refunddesk.store.database import Database, open_database, sqlite_url
from tests.support.pipeline import Pipeline, connect_demo_shop

# How long an even page waits at most for the page after it to be answered first.
HOLD = 3.0


class OutOfOrder:
    """A marketplace that answers order-list pages out of order when they are read ahead.

    Each even page (after the first) holds its answer until the page after it was answered,
    if that page exists: read ahead, the later page comes back first. Notes the order in which
    pages were asked for and answered, to prove the premise.
    """

    def __init__(self, market: Marketplace) -> None:
        self._market = market
        self._lock = threading.Lock()
        self._done: dict[tuple[str, int], threading.Event] = {}
        self.asked: list[tuple[str, int]] = []
        self.answered: list[tuple[str, int]] = []

    def _event(self, key: tuple[str, int]) -> threading.Event:
        with self._lock:
            return self._done.setdefault(key, threading.Event())

    def list_orders(self, **kwargs: Any) -> Any:
        listing = "history" if kwargs.get("bought_since") is not None else "changes"
        offset = int(kwargs.get("offset", 0))
        key = (listing, offset // sync.ORDER_PAGE)
        with self._lock:
            self.asked.append(key)
        page = self._market.list_orders(**kwargs)
        if key[1] % 2 == 0 and offset > 0 and offset + sync.ORDER_PAGE < page.total_count:
            self._event((listing, key[1] + 1)).wait(HOLD)
        with self._lock:
            self.answered.append(key)
        self._event(key).set()
        return page

    def __getattr__(self, name: str) -> Any:
        return getattr(self._market, name)


def _second_database(pipeline: Pipeline, folder: Path) -> tuple[Database, Secrets, int]:
    db = open_database(sqlite_url(folder / "ahead.sqlite3"))
    secrets = Secrets()
    return db, secrets, connect_demo_shop(db, secrets, pipeline.shop)


def _market(db: Database, secrets: Secrets, shop_id: int) -> Marketplace:
    return shops.client_for(shops.get_shop(db, shop_id), secrets)


def _tables(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table, rows in the order they were written (rowid)."""
    names = [
        t.name
        for t in m.Base.metadata.sorted_tables
        if t.name not in {"shops", "worker_leases", "settings"}
    ]
    with db.sessions() as s:
        return {
            name: [tuple(row) for row in s.execute(text(f"SELECT * FROM {name} ORDER BY rowid"))]
            for name in names
        }


def _inverted(asked: list[tuple[str, int]], answered: list[tuple[str, int]]) -> bool:
    """Was some page answered before one asked for ahead of it (in the same listing)?"""
    return any(
        later[0] == earlier[0] and asked.index(later) > asked.index(earlier)
        for i, later in enumerate(answered)
        for earlier in answered[i + 1 :]
    )


def test_reading_ahead_stores_exactly_what_reading_page_by_page_stores(
    pipeline: Pipeline, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(sync, "EVENT_PAGE", 200)  # several pages of events per sync
    monkeypatch.setattr(sync, "BULK_FETCH_FROM", 20)
    scenario = pipeline.scenario
    ids = scenario.seed(count=450, days=20)
    for order_id in ids[:60:6]:
        scenario.declare_return(order_id)
    ahead_db, ahead_secrets, ahead_shop = _second_database(pipeline, tmp_path)
    one_by_one = _market(pipeline.db, pipeline.secrets, pipeline.shop_id)
    shuffled = OutOfOrder(_market(ahead_db, ahead_secrets, ahead_shop))

    events_read: list[int] = []

    def both(stage: str) -> None:
        plain = sync.sync_shop(
            pipeline.db, pipeline.shop_id, one_by_one, pipeline.now, read_ahead=False
        )
        ahead = sync.sync_shop(ahead_db, ahead_shop, shuffled, pipeline.now)  # type: ignore[arg-type]
        assert plain.summary() == ahead.summary(), stage
        assert plain.changed_orders == ahead.changed_orders, stage
        assert _tables(ahead_db) == _tables(pipeline.db), stage
        events_read.append(ahead.events_read)

    try:
        both("first-time backfill")  # 5 pages of history
        # A busy morning: new orders, buyers cancelling, paying, returning.
        fresh = [scenario.create_order()["id"] for _ in range(120)]
        for order_id in fresh[:40]:
            scenario.cancel_as_buyer(order_id)
        for order_id in ids[100:160]:
            scenario.set_fulfillment(order_id, "SENT")
        for order_id in ids[60:90:3]:
            scenario.declare_return(order_id)
        both("catching up through the events")
        with ahead_db.sessions() as s:
            assert s.scalar(select(m.Order.id).limit(1)) is not None
    finally:
        ahead_db.dispose()

    assert _inverted(shuffled.asked, shuffled.answered), "no page was answered out of order"
    assert {listing for listing, _ in shuffled.asked} == {"history", "changes"}
    assert events_read[-1] > sync.EVENT_PAGE  # the catch-up read the next page of events ahead
