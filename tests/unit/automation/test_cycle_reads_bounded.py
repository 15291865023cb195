"""A cycle remembers a bounded number of orders' reads: a first sync of a big shop lists every
order in one cycle, and keeping them all held hundreds of MiB until the cycle ended."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from refunddesk.automation import cycle_reads
from refunddesk.automation.cycle_reads import CycleReads
from refunddesk.domain.orders import OrderPage


class _Listing:
    """Just enough of a Marketplace: pages of order-like values with ids."""

    def __init__(self, ids: list[str]) -> None:
        self._ids = ids

    def list_orders(self, *, offset: int = 0, limit: int = 100, **_: Any) -> OrderPage:
        orders = [_Order(i) for i in self._ids[offset : offset + limit]]
        return OrderPage(orders=tuple(orders), total_count=len(self._ids))  # type: ignore[arg-type]


class _Order:
    def __init__(self, order_id: str) -> None:
        self.id = order_id


def _list_all(reads: CycleReads, total: int) -> None:
    for offset in range(0, total, 100):
        reads.list_orders(bought_since=datetime(2026, 1, 1, tzinfo=UTC), offset=offset)


def test_a_long_listing_keeps_only_the_latest_reads(monkeypatch: Any) -> None:
    monkeypatch.setattr(cycle_reads, "MAX_REMEMBERED", 250)
    ids = [f"order-{n:04d}" for n in range(1000)]
    reads = CycleReads(_Listing(ids), clock=lambda: 0.0)  # type: ignore[arg-type]

    _list_all(reads, len(ids))

    kept = [i for i in ids if reads.fresh_order(i) is not None]
    assert kept == ids[-250:]  # the newest, in full; the older ones are read again if needed


def test_reading_an_order_again_makes_it_the_newest(monkeypatch: Any) -> None:
    monkeypatch.setattr(cycle_reads, "MAX_REMEMBERED", 200)
    ids = [f"order-{n:04d}" for n in range(300)]
    reads = CycleReads(_Listing(ids), clock=lambda: 0.0)  # type: ignore[arg-type]

    reads.list_orders(offset=0)  # order-0000 … order-0099
    reads.list_orders(offset=100)
    reads.list_orders(offset=0)  # read again: now newer than order-0100 … order-0199
    reads.list_orders(offset=200)

    assert reads.fresh_order("order-0000") is not None
    assert reads.fresh_order("order-0150") is None
