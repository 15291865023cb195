"""Catch-up reads the order list once; a listed order older than its event is never used."""

from __future__ import annotations

import gc
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from refunddesk.automation.sync import _fetch_orders, _OrderList, sync_shop
from refunddesk.domain.money import Money
from refunddesk.domain.orders import Buyer, Order, OrderPage
from refunddesk.marketplace.base import MalformedResponse
from refunddesk.store import models as m
from refunddesk.store.database import open_database, sqlite_url
from tests.support.said import english

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def order(order_id: str, updated: datetime, status: str = "READY_FOR_PROCESSING") -> Order:
    return Order(
        id=order_id,
        revision="r",
        status=status,
        buyer=Buyer(id="1", login="b"),
        line_items=(),
        currency="PLN",
        total_to_pay=Money(100, "PLN"),
        updated_at=updated,
    )


class Market:
    """Just the two reads sync uses here; counts the requests."""

    def __init__(self, listed: list[Order], live: dict[str, Order]) -> None:
        self.listed, self.live = listed, live
        self.list_calls = 0
        self.single_calls: list[str] = []

    def list_orders(self, *, offset: int, limit: int, **_: Any) -> OrderPage:
        self.list_calls += 1
        return OrderPage(tuple(self.listed[offset : offset + limit]), len(self.listed), offset)

    def get_order(self, order_id: str) -> Order:
        self.single_calls.append(order_id)
        return self.live[order_id]


def test_many_orders_come_from_few_list_pages() -> None:
    listed = [order(f"o{n}", T0 + timedelta(seconds=n)) for n in range(250)]
    market = Market(listed, {})
    listing = _OrderList(market, T0)  # type: ignore[arg-type]
    newest = {o.id: o.updated_at for o in listed if o.updated_at}
    got, broken = _fetch_orders(market, list(newest), newest, listing)  # type: ignore[arg-type]
    assert len(got) == 250 and not broken
    assert market.list_calls == 3 and market.single_calls == []


def test_an_order_listed_before_its_newest_event_is_fetched_again() -> None:
    # Listed while still open; the buyer cancelled afterwards: the listed copy is stale.
    stale = order("x", T0)
    market = Market([stale], {"x": order("x", T0 + timedelta(minutes=5), "CANCELLED")})
    listing = _OrderList(market, T0)  # type: ignore[arg-type]
    newest = {"x": T0 + timedelta(minutes=5)}
    got, _ = _fetch_orders(market, ["x"], newest, listing)  # type: ignore[arg-type]
    assert [o.status for o in got] == ["CANCELLED"]
    assert market.single_calls == ["x"]


def test_orders_listed_for_a_later_batch_wait_for_it() -> None:
    listed = [order(f"o{n}", T0 + timedelta(seconds=n)) for n in range(120)]
    market = Market(listed, {})
    listing = _OrderList(market, T0)  # type: ignore[arg-type]
    first = {o.id: T0 for o in listed[:60]}
    _fetch_orders(market, list(first), first, listing)  # type: ignore[arg-type]
    calls = market.list_calls
    later = {o.id: T0 for o in listed[60:100]}  # the second page came with the first batch
    got, _ = _fetch_orders(market, list(later), later, listing)  # type: ignore[arg-type]
    assert len(got) == 40 and market.single_calls == []
    assert market.list_calls == calls  # already read with the first batch


class BrokenHistory(Market):
    """The order list, where the order at one position cannot be read (a malformed field)."""

    def __init__(self, listed: list[Order], broken_at: int) -> None:
        super().__init__(listed, {})
        self.broken_at = broken_at

    def list_orders(self, *, offset: int, limit: int, **kw: Any) -> OrderPage:
        if offset <= self.broken_at < offset + limit:
            raise MalformedResponse("checkout forms", field_path="lineItems[0].price")
        return super().list_orders(offset=offset, limit=limit, **kw)

    def latest_event_id(self) -> str:
        return "0"

    def list_returns(self, **_: Any) -> list[Any]:
        return []


def test_an_unreadable_order_of_the_history_does_not_block_the_first_sync(
    tmp_path: Path,
) -> None:
    db = open_database(sqlite_url(tmp_path / "h.sqlite3"))
    with db.transaction() as s:
        s.add(m.Shop(name="S", environment="demo", api_url="x", auth_url="x", created_at=T0))
    listed = [order(f"o{n}", T0) for n in range(150)]
    report = sync_shop(db, 1, BrokenHistory(listed, broken_at=42), lambda: T0)  # type: ignore[arg-type]
    with db.sessions() as s:
        saved = set(s.scalars(select(m.Order.order_id)))
        problems = list(s.scalars(select(m.SyncProblem.subject_id)))
    assert saved == {o.id for o in listed} - {"o42"}
    assert problems == ["42"] and report.backfilled
    assert any("position 42" in english(p) for p in report.problems)


def test_an_order_named_by_two_batches_is_read_and_saved_once() -> None:
    listed = [order(f"o{n}", T0 + timedelta(hours=1)) for n in range(80)]
    market = Market(listed, {})
    listing = _OrderList(market, T0)  # type: ignore[arg-type]
    batch = {o.id: T0 for o in listed}
    _fetch_orders(market, list(batch), batch, listing)  # type: ignore[arg-type]
    again = {"o5": T0 + timedelta(minutes=30)}  # a later event of the same order
    calls = market.list_calls
    got, broken = _fetch_orders(market, ["o5"], again, listing)  # type: ignore[arg-type]
    # The listed copy went out with the first batch (and was saved then): nothing to save.
    assert got == [] and not broken
    assert market.single_calls == [] and market.list_calls == calls


def test_the_list_is_read_as_far_as_the_events_need() -> None:
    # One page of events names orders last changed much later (sent, paid): reading the list
    # on costs no extra requests, since a catch-up reads all of it anyway.
    listed = [order(f"o{n}", T0 + timedelta(seconds=n)) for n in range(1000)]
    market = Market(listed, {})
    listing = _OrderList(market, T0)  # type: ignore[arg-type]
    named = {f"o{n}": T0 for n in range(0, 1000, 10)}
    got, _ = _fetch_orders(market, list(named), named, listing)  # type: ignore[arg-type]
    assert len(got) == 100 and market.single_calls == []
    assert market.list_calls == 10


def test_a_catch_up_keeps_only_listed_orders_later_events_can_use() -> None:
    listed = [order(f"o{n}", T0 + timedelta(minutes=n)) for n in range(400)]
    market = Market(listed, {o.id: o for o in listed})
    listing = _OrderList(market, T0, keep=150)  # type: ignore[arg-type]
    first = {"o0": T0, "o390": T0}
    got, _ = _fetch_orders(market, list(first), first, listing)  # type: ignore[arg-type]
    # Reading stops with 150+ orders waiting; the far one is read on its own.
    assert market.list_calls == 2 and market.single_calls == ["o390"]
    assert {o.id for o in got} == {"o0", "o390"}
    # The feed moved past the last change of o0..o149: those copies are dropped, so the list
    # is read on for the next events, and what they name comes from it.
    later = {"o150": T0 + timedelta(minutes=150), "o260": T0 + timedelta(minutes=150)}
    got, _ = _fetch_orders(market, list(later), later, listing)  # type: ignore[arg-type]
    assert {o.id for o in got} == set(later) and market.single_calls == ["o390"]
    assert market.list_calls == 3


def test_a_listing_frees_its_orders_when_dropped_without_the_collector() -> None:
    # The GUI collects garbage on its own thread, and not while the worker runs: orders kept
    # in a reference cycle would wait for that pass, which then walks all of them (a pause).
    # So the orders a catch-up listed must go with the listing, by reference counts alone.
    listed = [order(f"o{n}", T0 + timedelta(seconds=n)) for n in range(250)]
    market = Market(listed, {})
    with ThreadPoolExecutor(2) as pool:
        listing = _OrderList(market, T0, pool)  # type: ignore[arg-type]
        newest = {o.id: o.updated_at for o in listed if o.updated_at}
        _fetch_orders(market, list(newest), newest, listing)  # type: ignore[arg-type]
        listing.close()
    market.listed.clear()  # the listing's orders are now only in the listing
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)  # what a pass finds unreachable is kept here to be seen
    try:
        del listing
        gc.collect()
        left_to_the_collector = [o for o in gc.garbage if isinstance(o, Order)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was_enabled:
            gc.enable()
    assert left_to_the_collector == []
