"""The headless demo's shop carries over from one command to the next: a snapshot taken by one
run is the same shop in the next, its refunds still found by id, command id and order."""

from __future__ import annotations

from datetime import timedelta

import pytest

from refunddesk.demo_shop import DemoShop, ShopClock


def test_a_shop_carried_on_from_a_snapshot_knows_what_the_last_one_knew() -> None:
    first = DemoShop(clock=ShopClock(frozen=True))
    order = first.scenario.create_order()
    first.scenario.refund_by_hand(order["id"], None)
    first.clock.advance(3600)
    taken_at = first.clock.now()
    snapshot = first.snapshot()

    later = DemoShop(clock=ShopClock(taken_at - timedelta(days=1), frozen=True))
    later.carry_on(snapshot)

    assert later.clock.now() == taken_at  # its clock never runs back before what happened
    assert later.scenario.ledger(order["id"]) == first.scenario.ledger(order["id"])
    (refund,) = later.state.refunds
    # One record behind every index, as in the shop that took it.
    assert later.state.refund_by_id[refund.id] is refund
    assert later.state.refunds_by_order[order["id"]] == [refund]
    later.scenario.cancel_as_buyer(order["id"])  # and it goes on working
    assert later.state.orders[order["id"]].status == "CANCELLED"


@pytest.mark.parametrize("garbage", [b"", b"not a pickle", b"\x80\x05N."])
def test_what_is_not_a_snapshot_of_this_shop_is_refused(garbage: bytes) -> None:
    shop = DemoShop(clock=ShopClock(frozen=True))
    with pytest.raises(ValueError):
        shop.carry_on(garbage)
    assert shop.state.orders == {}
