"""A read of an order's refunds that was on the wire while a refund of that order was sent is
not remembered: the planner reads the next cases ahead while the executor sends, and the live
check must never rest on a list from before a POST about the same order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from refunddesk.automation.cycle_reads import CycleReads
from refunddesk.domain.money import Money
from refunddesk.domain.refunds import PlatformRefund, RefundRequest


def _refund(order_id: str) -> PlatformRefund:
    return PlatformRefund(
        id=f"r-{order_id}",
        payment_id="p",
        order_id=order_id,
        status="PENDING",
        total_value=Money(100, "PLN"),
    )


class Market:
    """Answers reads of refunds; ``during_read`` runs while a read is on the wire."""

    def __init__(self) -> None:
        self.during_read: Callable[[], None] = lambda: None
        self.refunds: dict[str, list[PlatformRefund]] = {}

    def list_refunds(self, *, order_id: str | None = None, **_: Any) -> list[PlatformRefund]:
        seen = list(self.refunds.get(order_id or "", []))
        self.during_read()
        return seen

    def create_refund(self, request: RefundRequest) -> PlatformRefund:
        made = _refund(request.order_id)
        self.refunds.setdefault(request.order_id, []).append(made)
        return made


def _request(order_id: str) -> RefundRequest:
    return RefundRequest(command_id="c", payment_id="p", order_id=order_id, reason="REFUND")


def test_a_read_that_crossed_a_post_about_its_order_is_not_remembered() -> None:
    market = Market()
    reads = CycleReads(market)  # type: ignore[arg-type]
    market.during_read = lambda: reads.create_refund(_request("A"))
    assert reads.list_refunds(order_id="A") == []  # what the read saw: before the POST
    assert reads.fresh_refunds("A") is None  # so it is not the live list of this cycle
    market.during_read = lambda: None
    assert len(reads.refunds_this_cycle("A")) == 1  # read again, with the refund in it


def test_a_post_about_another_order_leaves_a_read_remembered() -> None:
    market = Market()
    reads = CycleReads(market)  # type: ignore[arg-type]
    market.during_read = lambda: reads.create_refund(_request("B"))
    reads.list_refunds(order_id="A")
    assert reads.fresh_refunds("A") == []
    assert reads.fresh_refunds("B") is None  # never read
