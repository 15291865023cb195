"""Reading ahead changes when pages are asked for, never what is stored or in which order.

The same demo shop is synced into two databases: one reading one page after another, one
reading ahead, with Allegro answering some pages slower than the ones asked after them. Every
table must end identical, row for row in the order the rows were written.
"""

from __future__ import annotations

import threading
import time
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

SLOW = 0.08  # seconds: long enough that a page asked for later is answered first


class OutOfOrder:
    """A marketplace whose even pages answer slowly: read ahead, later pages come back first.

    Notes the order in which list pages were asked for and answered, to prove the premise.
    """

    def __init__(self, market: Marketplace) -> None:
        self._market = market
        self._lock = threading.Lock()
        self.asked: list[tuple[str, int]] = []
        self.answered: list[tuple[str, int]] = []

    def _slowly(self, what: str, page: int, call: Any) -> Any:
        with self._lock:
            self.asked.append((what, page))
        if page % 2 == 0:
            time.sleep(SLOW)
        try:
            return call()
        finally:
            with self._lock:
                self.answered.append((what, page))

    def list_orders(self, **kwargs: Any) -> Any:
        page = int(kwargs.get("offset", 0)) // sync.ORDER_PAGE
        return self._slowly("orders", page, lambda: self._market.list_orders(**kwargs))

    def order_events(self, after: str | None, limit: int = 1000) -> Any:
        page = sum(1 for what, _ in self.asked if what == "events")
        return self._slowly("events", page, lambda: self._market.order_events(after, limit))

    def list_returns(self, **kwargs: Any) -> Any:
        return self._slowly("returns", 0, lambda: self._market.list_returns(**kwargs))

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
    """Was some page answered before one asked for ahead of it?"""
    return any(
        asked.index(later) > asked.index(earlier)
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

    def both(stage: str) -> None:
        plain = sync.sync_shop(
            pipeline.db, pipeline.shop_id, one_by_one, pipeline.now, read_ahead=False
        )
        ahead = sync.sync_shop(ahead_db, ahead_shop, shuffled, pipeline.now)  # type: ignore[arg-type]
        assert plain.summary() == ahead.summary(), stage
        assert plain.changed_orders == ahead.changed_orders, stage
        assert _tables(ahead_db) == _tables(pipeline.db), stage

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
    assert sum(1 for what, _ in shuffled.asked if what == "events") > 1
