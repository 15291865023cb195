"""Catch-up reads the order list once; a listed order older than its event is never used."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from refunddesk.automation.sync import _fetch_orders, _OrderList
from refunddesk.domain.money import Money
from refunddesk.domain.orders import Buyer, Order, OrderPage

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

    def list_orders(
        self, *, updated_since: datetime, offset: int, limit: int, **_: Any
    ) -> OrderPage:
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
