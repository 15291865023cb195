"""Benchmark: decide synthetic refund cases with 1, 20 and 100 compiled rules; prints cases/s."""

from __future__ import annotations

import argparse
import random
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from figures import Figure, write

from refunddesk.domain.cases import RefundCase, Trigger
from refunddesk.domain.conditions import Conditions, ProductFilter
from refunddesk.domain.decisions import Outcome, evaluate
from refunddesk.domain.money import Money
from refunddesk.domain.orders import Buyer, LineItem, Order, Payment
from refunddesk.domain.refunds import PlatformRefund, RefundLine
from refunddesk.domain.returns import CustomerReturn, ReturnItem
from refunddesk.domain.rule_book import RuleBook
from refunddesk.domain.rules import Mode, RefundScope, Rule, RuleAction

NOW = datetime(2025, 11, 20, 12, 0, tzinfo=UTC)
TRIGGERS = list(Trigger)
PAYMENTS = ["ONLINE", "ONLINE", "ONLINE", "CASH_ON_DELIVERY", "WIRE_TRANSFER"]


def _pln(minor: int) -> Money:
    return Money(minor, "PLN")


def synthetic_case(rng: random.Random, n: int) -> RefundCase:
    trigger = rng.choice(TRIGGERS)
    lines = tuple(
        LineItem(
            id=f"L{n}-{i}",
            offer_id=f"offer-{rng.randrange(500)}",
            offer_name=f"Product {i}",
            quantity=rng.randint(1, 3),
            price=_pln(rng.randint(500, 60_000)),
            external_id=f"SKU-{rng.randrange(300)}",
        )
        for i in range(rng.randint(1, 4))
    )
    delivery = _pln(rng.choice([0, 999, 1499, 1999]))
    total = sum((li.total for li in lines), _pln(0)) + delivery
    bought = NOW - timedelta(days=rng.randint(0, 40))
    pay_type = rng.choice(PAYMENTS)
    order = Order(
        id=f"order-{n}",
        revision="1",
        status="CANCELLED" if trigger is Trigger.BUYER_CANCELLED else "READY_FOR_PROCESSING",
        buyer=Buyer(id=f"b{n}", login=f"buyer{rng.randrange(2000)}"),
        line_items=lines,
        currency="PLN",
        payment=Payment(
            id=f"pay-{n}",
            type=pay_type,
            paid_amount=None if pay_type == "CASH_ON_DELIVERY" else total,
            finished_at=bought,
        ),
        delivery_cost=delivery,
        total_to_pay=total,
        bought_at=bought,
        dispatch_deadline=bought + timedelta(days=rng.randint(1, 5)),
    )
    ret = None
    if trigger in (Trigger.RETURN_DELIVERED, Trigger.RETURN_DECLARED):
        li = rng.choice(lines)
        ret = CustomerReturn(
            id=f"ret-{n}",
            order_id=order.id,
            status="DELIVERED",
            created_at=NOW,
            items=(ReturnItem(li.offer_id, 1, reason=rng.choice(["DAMAGED", "DONT_LIKE_IT"])),),
        )
    refunds: tuple[PlatformRefund, ...] = ()
    if rng.random() < 0.1:
        li = lines[0]
        refunds = (
            PlatformRefund(
                id=f"pr-{n}",
                payment_id=f"pay-{n}",
                order_id=order.id,
                status=rng.choice(["SUCCESS", "IN_PROGRESS"]),
                total_value=li.price,
                line_items=(RefundLine(li.id, quantity=1),),
            ),
        )
    return RefundCase(
        trigger=trigger,
        order=order,
        detected_at=NOW,
        customer_return=ret,
        platform_refunds=refunds,
        buyer_order_count=rng.randint(1, 10),
        product_groups={"Promo November": frozenset(f"offer-{i}" for i in range(50))},
    )


def synthetic_rules(count: int, rng: random.Random) -> list[Rule]:
    """Mostly narrow rules (so most are skipped, the costly path) and a catch-all at the end."""
    rules: list[Rule] = []
    for i in range(count - 1):
        trigger = rng.choice(TRIGGERS)
        returns = trigger in (Trigger.RETURN_DELIVERED, Trigger.RETURN_DECLARED)
        conditions = Conditions(
            total_under=_pln(rng.randint(1_000, 20_000)),
            payment_types=frozenset({"ONLINE"}),
            max_days_since_purchase=rng.randint(3, 30),
            min_buyer_orders=rng.randint(1, 8),
            blocked_logins=frozenset({"troll", "scammer"}),
            products=ProductFilter(groups=("Promo November",)) if i % 3 == 0 else ProductFilter(),
            return_reasons=frozenset({"DAMAGED"}) if returns and i % 2 else frozenset(),
        )
        action = RuleAction(
            scope=RefundScope.RETURNED_ITEMS if returns else RefundScope.EVERYTHING,
            percent=Decimal(rng.choice([100, 100, 50])),
        )
        rules.append(Rule(f"r{i}", f"Rule {i}", trigger, conditions, action, mode=Mode.ARMED))
    cap = (_pln(50_000),)
    catch_all = Rule(f"r{count}", "Catch-all returns", Trigger.RETURN_DELIVERED, caps=cap)
    rules.append(catch_all)
    return rules


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--figures", help="append issue 13's figures to this JSON file")
    args = parser.parse_args()
    took: dict[int, float] = {}
    rng = random.Random(args.seed)
    cases = [synthetic_case(rng, n) for n in range(args.cases)]
    print(f"{'rules':>6} {'cases':>8} {'seconds':>8} {'cases/s':>10} {'decided':>8}")
    for count in (1, 20, 100):
        rules = synthetic_rules(count, random.Random(args.seed + count))
        started = time.perf_counter()
        book = RuleBook.of(rules)  # as the backtest and the simulator do: once per run
        decided = 0
        for case in cases:
            if evaluate(book, case, NOW, explain=False).outcome is not Outcome.NO_RULE:
                decided += 1
        elapsed = time.perf_counter() - started
        took[count] = elapsed
        rate = len(cases) / elapsed
        print(f"{count:>6} {len(cases):>8} {elapsed:>8.2f} {rate:>10.0f} {decided:>8}")

    figure = Figure(
        "rules_100k_x20_seconds",
        took[20],
        "s",
        2.0 * args.cases / 100_000,
        "lower",
        took[100],
        "s, the same cases against 100 rules (goal < 5 s at 100k)",
        f"{args.cases:,} cases x 20 rules, goal scaled to the size",
    )
    write(args.figures, [figure])


if __name__ == "__main__":
    main()
