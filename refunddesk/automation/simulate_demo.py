"""Play a test scenario for real on the embedded demo shop and let the real worker handle it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from refunddesk.automation.states import IntentState
from refunddesk.automation.worker import CycleReport
from refunddesk.domain.cases import PaymentKind, Trigger
from refunddesk.domain.messages import Said
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode, Rule
from refunddesk.domain.scenarios import TestScenario
from refunddesk.store import models as m
from refunddesk.store.database import Database

# Enough rounds for a rule's delay and one pending refund to play out; each is two cycles.
MAX_ROUNDS = 4


@dataclass(frozen=True, slots=True)
class IntentSummary:
    trigger: str
    state: str
    amount: Money
    rule_name: str
    held_reason: str = ""


@dataclass(frozen=True, slots=True)
class DemoRun:
    """What happened on the demo shop: the money its ledger shows and what the worker decided."""

    order_id: str
    moved: Money  # sum of the ledger's refunds for the order
    refunds: tuple[Money, ...]  # each ledger entry
    intents: tuple[IntentSummary, ...]
    armed_rules: int  # enabled armed rules for the scenario's trigger
    skipped: Said = ""  # why the worker did not run (another worker holds the lease …)


def _advance_to(shop: Any, when: datetime) -> None:
    gap = (when - shop.clock.now()).total_seconds()
    if gap > 0:
        shop.scenario.advance_clock(gap)


def _items(scenario: TestScenario) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for item in scenario.items:
        spec: dict[str, Any] = {
            "name": item.name,
            "price": item.price.amount_str(),
            "quantity": item.quantity,
            "sku": item.sku,
        }
        if item.offer_id:
            spec["offerId"] = item.offer_id
        out.append(spec)
    return out


def play_scenario(shop: Any, scenario: TestScenario) -> str:
    """Create the order on the demo shop and make the scenario happen; returns the order id.

    Times keep their distances but start from the shop's clock now, so what happens is after
    RefundDesk started watching the shop (older events are left to the merchant).
    """
    sc = shop.scenario
    start = shop.clock.now()
    shift = start - scenario.bought_at
    buyer = {"login": scenario.buyer_login, "language": scenario.buyer_language}
    if scenario.buyer_first_name:
        buyer["firstName"] = scenario.buyer_first_name
    for _ in range(max(0, scenario.buyer_orders - 1)):
        # Earlier orders of a repeat buyer: sent, so no rule has anything to do with them.
        earlier = sc.create_order(_items(scenario)[:1], buyer=buyer, bought_at=start.isoformat())
        sc.mark_sent(earlier["id"])
    allegro_pay = scenario.payment_type == PaymentKind.ALLEGRO_PAY
    delivery = scenario.delivery_cost.amount_str() if scenario.delivery_cost else "0.00"
    deadline = scenario.dispatch_deadline + shift if scenario.dispatch_deadline else None
    order = sc.create_order(
        _items(scenario),
        delivery_cost=delivery,
        payment_type=PaymentKind.ONLINE if allegro_pay else scenario.payment_type,
        allegro_pay=allegro_pay,
        paid=False,
        bought_at=start.isoformat(),
        dispatch_deadline=deadline.isoformat() if deadline else None,
        buyer=buyer,
    )
    order_id = str(order["id"])
    if scenario.paid_at is not None and not scenario.is_cash_on_delivery:
        _advance_to(shop, scenario.paid_at + shift)
        sc.pay(order_id)
    happens = scenario.happens_at + shift
    if scenario.trigger is Trigger.BUYER_CANCELLED:
        _advance_to(shop, happens)
        sc.cancel_as_buyer(order_id)
    elif scenario.trigger is Trigger.NOT_SENT_IN_TIME:
        _advance_to(shop, happens)
    else:
        sc.mark_sent(order_id)
        _advance_to(shop, happens)
        line_ids = [li["id"] for li in order["lineItems"]]
        chosen = [
            {"lineItemId": line_ids[r.item], "quantity": r.quantity}
            for r in scenario.returned
            if 0 <= r.item < len(line_ids) and r.quantity > 0
        ]
        ret = sc.declare_return(order_id, chosen or None, reason=scenario.return_reason)
        if scenario.trigger is Trigger.RETURN_DELIVERED:
            sc.set_return_status(ret["id"], "DELIVERED")
    return order_id


def _intents(db: Database, order_id: str) -> list[m.RefundIntent]:
    with db.sessions() as s:
        return list(
            s.scalars(
                select(m.RefundIntent)
                .where(m.RefundIntent.order_id == order_id)
                .order_by(m.RefundIntent.id)
            )
        )


def run_on_demo_shop(
    shop: Any,
    scenario: TestScenario,
    run_cycle: Callable[[], CycleReport],
    db: Database,
    rules: Sequence[Rule],
) -> DemoRun:
    """Play ``scenario`` on ``shop``, let the real worker (``run_cycle``) process it, read the
    ledger. ``rules`` are the saved rules the worker uses (only armed ones move money)."""
    order_id = play_scenario(shop, scenario)
    skipped: Said = ""
    for _ in range(MAX_ROUNDS):
        report = run_cycle()
        skipped = report.skipped_reason
        if skipped:
            break
        shop.scenario.settle_refunds()
        run_cycle()
        waiting = [
            i.not_before
            for i in _intents(db, order_id)
            if i.state == IntentState.PLANNED and i.not_before is not None
        ]
        if not waiting:
            break
        # A rule's delay: let the shop's time pass it, as the merchant's clock would.
        _advance_to(shop, max(waiting) + timedelta(seconds=1))
    ledger = shop.scenario.ledger(order_id)
    refunds = tuple(Money(int(e["amountMinor"]), str(e["currency"])) for e in ledger)
    moved = sum(refunds, Money.zero(scenario.currency))
    armed = sum(
        1 for r in rules if r.enabled and r.mode is Mode.ARMED and r.trigger is scenario.trigger
    )
    intents = tuple(
        IntentSummary(
            trigger=i.trigger,
            state=i.state,
            amount=Money(i.amount_minor, i.currency),
            rule_name=i.rule_name,
            held_reason=i.held_reason,
        )
        for i in _intents(db, order_id)
    )
    return DemoRun(order_id, moved, refunds, intents, armed, skipped)
