"""Property tests: whatever the order and its refund history, a plan stays within the remainder."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from refunddesk.domain.money import Money
from refunddesk.domain.orders import Buyer, LineItem, Order, Payment
from refunddesk.domain.plans import RefundPlan, plan_refund
from refunddesk.domain.refunds import PlatformRefund, RefundLine
from refunddesk.domain.remainder import Remainder, compute_remainder
from refunddesk.domain.returns import CustomerReturn, ReturnItem
from refunddesk.domain.rules import OverCap, RefundScope, RuleAction

from .factories import NOW

TWO_DECIMALS = re.compile(r"^\d+\.\d{2}$")
STATUSES = ["SUCCESS", "PARTIAL", "IN_PROGRESS", "NEW", "CANCELED", "VALIDATE_FAILED"]


def _m(minor: int) -> Money:
    return Money(minor, "PLN")


@st.composite
def histories(draw: st.DrawFn) -> tuple[Order, tuple[PlatformRefund, ...], CustomerReturn]:
    n = draw(st.integers(1, 4))
    lines = tuple(
        LineItem(
            id=f"L{i}",
            offer_id=f"o{draw(st.integers(0, 2)) if i else 0}",  # offers may repeat across lines
            offer_name=f"Item {i}",
            quantity=draw(st.integers(1, 5)),
            price=_m(draw(st.integers(1, 100_000))),
            additional_services=_m(draw(st.integers(0, 2_000))),
        )
        for i in range(n)
    )
    delivery = draw(st.integers(0, 3_000))
    full = sum(li.total.minor for li in lines) + delivery
    full += sum(li.additional_services.minor for li in lines if li.additional_services)
    # The buyer paid at most the full price (a voucher may have paid part of it).
    paid = draw(st.integers(max(1, full // 2), full))
    order = Order(
        id="o",
        revision="r",
        status="READY_FOR_PROCESSING",
        buyer=Buyer(id="b", login="b"),
        line_items=lines,
        currency="PLN",
        payment=Payment(id="p", type="ONLINE", paid_amount=_m(paid)),
        delivery_cost=_m(delivery),
    )
    refunds: list[PlatformRefund] = []
    for k in range(draw(st.integers(0, 3))):
        rl: list[RefundLine] = []
        total = 0
        for li in lines:
            pick = draw(st.sampled_from(["none", "qty", "amount"]))
            if pick == "qty":
                q = draw(st.integers(1, li.quantity))
                rl.append(RefundLine(li.id, quantity=q))
                total += li.price.minor * q
            elif pick == "amount":
                v = draw(st.integers(1, li.total.minor))
                rl.append(RefundLine(li.id, value=_m(v)))
                total += v
        total += draw(st.integers(0, 1_000))  # detail-less part (delivery or by hand)
        refunds.append(
            PlatformRefund(
                id=f"r{k}",
                payment_id="p",
                order_id="o",
                status=draw(st.sampled_from(STATUSES)),
                total_value=_m(max(total, 1)),
                line_items=tuple(rl),
            )
        )
    items = tuple(
        ReturnItem(
            offer_id=draw(st.sampled_from([li.offer_id for li in lines] + ["zz"])),
            quantity=draw(st.integers(1, 4)),
        )
        for _ in range(draw(st.integers(1, 3)))
    )
    ret = CustomerReturn(id="ret", order_id="o", status="DELIVERED", created_at=NOW, items=items)
    return order, tuple(refunds), ret


actions = st.builds(
    RuleAction,
    scope=st.sampled_from(list(RefundScope)),
    percent=st.integers(1, 10_000).map(lambda n: Decimal(n) / 100),
    deduction=st.one_of(st.none(), st.integers(0, 20_000).map(_m)),
    include_delivery=st.booleans(),
)
caps = st.one_of(st.none(), st.integers(0, 200_000).map(_m))


def _assert_within(plan: RefundPlan, rem: Remainder) -> None:
    assert plan.total <= rem.overall
    assert plan.fits(rem)
    amounts = [pl.value for pl in plan.lines] + [s.value for s in plan.surcharges]
    amounts += [m for m in (plan.delivery, plan.additional_services) if m is not None]
    for m in amounts:
        assert m.minor > 0  # no negative and no empty parts
        assert TWO_DECIMALS.match(m.to_allegro()["amount"])
    assert sum(m.minor for m in amounts) == plan.total.minor
    for pl in plan.lines:
        if pl.quantity is not None:
            left = rem.line(pl.line_item_id)
            assert left is not None and pl.quantity <= left.units_left
            assert pl.value == left.line.price * pl.quantity


@settings(max_examples=300, deadline=None)
@given(histories(), actions, caps, st.sampled_from(list(OverCap)))
def test_plan_never_exceeds_the_remainder(history, action, cap, over_cap) -> None:  # type: ignore[no-untyped-def]
    order, refunds, ret = history
    plan = plan_refund(
        order, action, customer_return=ret, platform_refunds=refunds, cap=cap, over_cap=over_cap
    )
    _assert_within(plan, compute_remainder(order, refunds))
    if cap is not None and over_cap is OverCap.REFUND_UP_TO_CAP:
        assert plan.total <= cap


@settings(max_examples=300, deadline=None)
@given(histories(), st.integers(0, 10_000), st.booleans(), st.sampled_from(list(RefundScope)))
def test_percentage_is_the_rounded_share_of_the_full_refund(  # type: ignore[no-untyped-def]
    history, basis_points, include_delivery, scope
) -> None:
    order, refunds, ret = history
    full_action = RuleAction(scope=scope, include_delivery=include_delivery)
    pct = Decimal(basis_points) / 100
    full = plan_refund(order, full_action, customer_return=ret, platform_refunds=refunds)
    part = plan_refund(
        order, replace(full_action, percent=pct), customer_return=ret, platform_refunds=refunds
    )
    assert part.total <= full.total
    if full.total == full.wanted:  # not limited by the overall remainder
        assert part.total == full.total.percent(pct)
