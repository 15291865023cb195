"""Sync under duplicated/out-of-order events, 5xx, 429, kills and garbage ends like a clean sync."""

from __future__ import annotations

import bisect
import random
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from refunddesk.automation.sync import sync_shop
from refunddesk.demo_shop import DemoShop
from refunddesk.demo_shop.clock import ShopClock
from refunddesk.infra.secrets import Secrets
from refunddesk.marketplace.allegro.client import AllegroClient
from refunddesk.marketplace.allegro.environments import AllegroEnvironment
from refunddesk.marketplace.allegro.http import AllegroHttp, RetryPolicy
from refunddesk.marketplace.base import ApiError, NetworkError
from refunddesk.services import shops
from refunddesk.store import models as m
from refunddesk.store.database import Database, open_database, sqlite_url
from tests.support.demo_shop import DemoShopFactory
from tests.support.pipeline import connect_demo_shop
from tests.support.said import english

START = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


class Killed(Exception):
    """The process died here: nothing after this point ran, nothing uncommitted was kept."""


class KillAfterCalls:
    """A Marketplace that dies on the Nth order read (get_order or list_orders)."""

    def __init__(self, market: Any, calls: int) -> None:
        self._market, self._left = market, calls

    def _tick(self) -> None:
        self._left -= 1
        if self._left < 0:
            raise Killed("killed while reading orders")

    def get_order(self, order_id: str) -> Any:
        self._tick()
        return self._market.get_order(order_id)

    def list_orders(self, **kwargs: Any) -> Any:
        self._tick()
        return self._market.list_orders(**kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._market, name)


class KillInTransaction:
    """A Database whose Nth transaction does its writes and then dies before the commit."""

    def __init__(self, db: Database, nth: int) -> None:
        self._db, self._left = db, nth
        self.sessions = db.sessions

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        self._left -= 1
        with self._db.transaction() as s:
            yield s
            if self._left == 0:
                s.flush()  # the rows were written; only the commit is lost
                raise Killed("killed before commit")


def client(db: Database, secrets: Secrets, shop_id: int, waits: list[float]) -> AllegroClient:
    """The real client with quick retries; Retry-After (60 s) is recorded instead of slept."""
    auth = shops.auth_for(shops.get_shop(db, shop_id), secrets)
    return AllegroClient(
        auth.env,
        auth,
        retry=RetryPolicy(backoff_base=0.001, backoff_cap=0.005),
        sleep=waits.append,
    )


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced fact by value: no row ids, no synced_at; children keyed by Allegro ids."""
    con = sqlite3.connect(path)

    def rows(sql: str) -> list[tuple[Any, ...]]:
        return sorted(con.execute(sql).fetchall(), key=repr)

    def cols(table: str, drop: set[str]) -> str:
        names = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
        return ", ".join(f"t.{n}" for n in names if n not in drop)

    child = {"id", "order_pk"}
    try:
        return {
            "orders": rows(f"SELECT {cols('orders', {'id', 'synced_at'})} FROM orders t"),
            **{
                table: rows(
                    f"SELECT o.order_id, {cols(table, child)} FROM {table} t "
                    "JOIN orders o ON o.id = t.order_pk"
                )
                for table in ("line_items", "payments", "shipments")
            },
            "customer_returns": rows(
                f"SELECT {cols('customer_returns', {'id', 'synced_at'})} FROM customer_returns t"
            ),
            "return_items": rows(
                f"SELECT r.return_id, {cols('return_items', {'id', 'return_pk'})} "
                "FROM return_items t JOIN customer_returns r ON r.id = t.return_pk"
            ),
            "allegro_events": rows(
                "SELECT order_id, source_id, type, occurred_at FROM order_events "
                "WHERE source = 'allegro'"
            ),
        }
    finally:
        con.close()


def open_problems(db: Database) -> list[str]:
    with db.sessions() as s:
        q = select(m.SyncProblem.subject_id).where(m.SyncProblem.resolved_at.is_(None))
        return list(s.scalars(q))


class Twins:
    """One shop, two RefundDesks: `rough` syncs through trouble, `clean` only at the end."""

    def __init__(self, shop: DemoShop, tmp: Path) -> None:
        self.shop, self.secrets = shop, Secrets()
        self.paths = {k: tmp / f"{k}.sqlite3" for k in ("rough", "clean")}
        self.dbs = {k: open_database(sqlite_url(p)) for k, p in self.paths.items()}
        self.ids = {
            k: connect_demo_shop(db, self.secrets, shop, name=k) for k, db in self.dbs.items()
        }
        self.waits: list[float] = []
        self.failures: list[str] = []  # why each rough sync that did not finish stopped

    def market(self, which: str) -> AllegroClient:
        return client(self.dbs[which], self.secrets, self.ids[which], self.waits)

    def sync(self, which: str, *, market: Any = None, db: Any = None) -> Any:
        return sync_shop(
            db or self.dbs[which],
            self.ids[which],
            market or self.market(which),
            self.shop.clock.now,
        )

    def rough_until_done(self, kills: Callable[[int], tuple[Any, Any]], tries: int = 40) -> int:
        """Sync `rough` until one run finishes; each try may be killed or fail on the network."""
        for attempt in range(tries):
            market, db = kills(attempt)
            try:
                self.sync("rough", market=market, db=db)
                return attempt
            except (Killed, ApiError, NetworkError) as exc:
                self.failures.append(str(exc) if isinstance(exc, Killed) else type(exc).__name__)
        raise AssertionError(f"rough sync never finished in {tries} tries")

    def dispose(self) -> None:
        for db in self.dbs.values():
            db.dispose()


def test_rough_sync_ends_identical_to_a_clean_one(
    demo_shop_factory: DemoShopFactory, tmp_path: Path
) -> None:
    """What "identical" means here.

    Orders, their lines, payments and shipments, returns and their items are equal by value
    (row ids and synced_at aside): each is the marketplace's state now, however often and in
    whatever order it was re-read. The timeline's Allegro events are equal as a set of
    (order, event id, type, occurredAt) with every event id exactly once: a duplicate that
    Allegro itself delivers has a new id, so both databases keep it as its own row (same
    type and time), while a page re-read after a kill, or an event delivered twice under one
    id, must never add a row. Return timeline rows are not compared: a sync that saw a return
    pass through CREATED keeps that step, one that came later only sees where it ended.
    Both databases connect at the same moment, so both start the feed from the same cursor.
    """
    shop = demo_shop_factory(clock=ShopClock(START, frozen=True), refund_settle_seconds=3600)
    sc = shop.scenario
    sc.seed(250)  # three pages of backfill
    twins = Twins(shop, tmp_path)
    rng = random.Random(7)
    try:
        twins.sync("clean")  # first-time backfill, no trouble

        # The rough twin's backfill: 5xx on GETs, a 429 burst, killed twice half-way.
        sc.add_fault("error_rate", method="GET", rate=0.15)
        sc.add_fault("burst_429", path_prefix="/order/checkout-forms", method="GET", count=2)

        def backfill_kills(attempt: int) -> tuple[Any, Any]:
            market = twins.market("rough")
            # Dies after the first page, then after the second: pages saved so far are kept.
            return (KillAfterCalls(market, 1 + attempt) if attempt < 2 else market), None

        twins.rough_until_done(backfill_kills)
        assert 60.0 in twins.waits  # the 429s were waited out as Allegro's Retry-After says

        sc.set_event_quirks(duplicate_rate=0.3, out_of_order_rate=0.3)
        orders = list(shop.state.orders)
        for round_ in range(4):
            # Enough new orders per round that the events page is read through the order list.
            new = [sc.create_order()["id"] for _ in range(70 if round_ % 2 == 0 else 12)]
            orders += new
            for oid in rng.sample(orders, 15):
                status = sc.order(oid)["status"]
                if status != "CANCELLED":
                    sc.cancel_as_buyer(oid)
            for oid in rng.sample(new, 5):
                sc.mark_sent(oid)
            for oid in rng.sample(orders, 3):
                ret = sc.declare_return(oid)
                sc.set_return_status(ret["id"], rng.choice(["DISPATCHED", "DELIVERED"]))
            sc.add_fault("burst_429", path_prefix="/order/events", method="GET", count=1)

            def kills(attempt: int, round_: int = round_) -> tuple[Any, Any]:
                market = twins.market("rough")
                if attempt == 0:
                    # Even rounds read through the order list (1-2 pages), odd ones one by one.
                    return KillAfterCalls(market, 1 if round_ % 2 == 0 else 3 + round_), None
                if attempt == 1:
                    # Dies with a chunk of events and their orders written but not committed.
                    return market, KillInTransaction(twins.dbs["rough"], 2 + round_ % 2)
                return market, None

            twins.rough_until_done(kills)

        sc.clear_faults()
        sc.set_event_quirks()
        twins.sync("rough")  # the trouble is over: one plain sync to finish
        twins.sync("clean")

        # The trouble really happened: killed mid-read and mid-commit, again and again.
        assert twins.failures.count("killed while reading orders") >= 5, twins.failures
        assert twins.failures.count("killed before commit") >= 2, twins.failures
        rough, clean = snapshot(twins.paths["rough"]), snapshot(twins.paths["clean"])
        assert len(clean["orders"]) == len(shop.state.orders)
        events = clean["allegro_events"]
        assert len({e[1] for e in events}) == len(events)  # every event id once
        dup_groups = {(e[0], e[2], e[3]) for e in events}
        assert len(dup_groups) < len(events)  # Allegro's own duplicates were there to resist
        for table in clean:
            assert rough[table] == clean[table], table
        assert open_problems(twins.dbs["rough"]) == []
    finally:
        twins.dispose()


def test_malformed_order_is_a_problem_until_a_clean_read(
    demo_shop_factory: DemoShopFactory, tmp_path: Path
) -> None:
    shop = demo_shop_factory(clock=ShopClock(START, frozen=True), refund_settle_seconds=3600)
    sc = shop.scenario
    twins = Twins(shop, tmp_path)
    try:
        twins.sync("rough")
        ids = [sc.create_order()["id"] for _ in range(5)]
        bad = ids[2]
        # Garbage on every try the client makes (one read and three retries), for the read
        # the events ask for and for the retry of problem orders in the same sync.
        sc.add_fault("malformed", path_prefix=f"/order/checkout-forms/{bad}", count=8)
        report = twins.sync("rough")
        assert report.changed_orders == set(ids) - {bad}  # the others went on
        assert open_problems(twins.dbs["rough"]) == [bad]
        assert any(bad in english(p) for p in report.problems)
        with twins.dbs["rough"].sessions() as s:
            saved = set(s.scalars(select(m.Order.order_id)))
        assert saved == set(ids) - {bad}

        report = twins.sync("rough")  # the shop answers properly again
        assert bad in report.changed_orders
        assert open_problems(twins.dbs["rough"]) == []
        twins.sync("clean")
        rough, clean = snapshot(twins.paths["rough"]), snapshot(twins.paths["clean"])
        assert rough["orders"] == clean["orders"]
        assert rough["line_items"] == clean["line_items"]
    finally:
        twins.dispose()


class _Body:
    def read(self, decode_content: bool = True) -> bytes:
        return b"{}"


class _Answer:
    """requests' answer as the client reads it: status, headers, a body read in one go."""

    def __init__(self) -> None:
        self.status_code, self.headers, self.raw = 200, {"trace-id": "t"}, _Body()

    def close(self) -> None:
        pass


class _StampingSession:
    """Stands in for the network: answers at once and notes when each request left."""

    def __init__(self, clock: list[float]) -> None:
        self.clock = clock
        self.sent: list[float] = []

    def request(self, *args: Any, **kwargs: Any) -> _Answer:
        self.sent.append(self.clock[0])
        return _Answer()


def test_client_stays_under_allegros_9000_a_minute() -> None:
    """Burst plus steady rate never exceed 9000 in a sliding minute (bench/sync.py hit 429s)."""
    clock = [0.0]

    def sleep(seconds: float) -> None:
        clock[0] += seconds

    session = _StampingSession(clock)
    http = AllegroHttp(
        AllegroEnvironment.custom("http://127.0.0.1:9"),
        _NoAuth(),
        clock=lambda: clock[0],
        sleep=sleep,
        session=session,  # type: ignore[arg-type]
    )
    for _ in range(12_000):
        http.get("/order/events")
    sent = session.sent
    # Allegro counts requests over any sliding minute; the 9001st is answered 429.
    busiest = max(bisect.bisect_left(sent, t + 60.0) - i for i, t in enumerate(sent))
    assert busiest <= 9000, f"{busiest} requests within one minute"


class _NoAuth:
    def access_token(self) -> str:
        return "token"

    def refresh(self, stale_access_token: str | None = None) -> Any:
        raise AssertionError("no refresh expected")
