"""The compiled rule book decides every case exactly as the explained evaluation does."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from refunddesk.domain.cases import RETURN_TRIGGERS, RefundCase, Trigger
from refunddesk.domain.conditions import Conditions, ProductFilter
from refunddesk.domain.decisions import Outcome, evaluate
from refunddesk.domain.money import Money
from refunddesk.domain.orders import Buyer, LineItem, Order, Payment
from refunddesk.domain.refunds import PlatformRefund, RefundLine
from refunddesk.domain.returns import CustomerReturn, ReturnItem
from refunddesk.domain.rule_book import RuleBook
from refunddesk.domain.rules import Mode, RefundScope, Rule, RuleAction
from tests.unit.domain.factories import NOW, pln
from tests.unit.domain.factories import case as make_case

TRIGGERS = list(Trigger)
CURRENCIES = ["PLN", "PLN", "PLN", "EUR"]
PAYMENTS = ["ONLINE", "ONLINE", "CASH_ON_DELIVERY", "WIRE_TRANSFER", "SPLIT_PAYMENT"]
REASONS = ["DAMAGED", "DONT_LIKE_IT", "MISTAKE"]
LOGINS = ["buyer1", "Troll", "anna", "SCAMMER"]


def _money(rng: random.Random, currency: str, low: int = 500, high: int = 40_000) -> Money:
    return Money(rng.randint(low, high), currency)


def random_case(rng: random.Random, n: int) -> RefundCase:
    trigger = rng.choice(TRIGGERS)
    currency = rng.choice(CURRENCIES)
    lines = tuple(
        LineItem(
            id=f"L{i}",
            offer_id=f"offer-{rng.randrange(8)}",
            offer_name=rng.choice(["Red mug", "Blue PROMO shirt", "Lamp", ""]),
            quantity=rng.randint(1, 3),
            price=_money(rng, currency),
            external_id=rng.choice(["", f"SKU-{rng.randrange(5)}"]),
        )
        for i in range(rng.randint(1, 3))
    )
    delivery = Money(rng.choice([0, 999, 1999]), currency)
    total = sum((li.total for li in lines), Money.zero(currency)) + delivery
    bought = NOW - timedelta(days=rng.randint(0, 40), hours=rng.randint(0, 23))
    pay_type = rng.choice(PAYMENTS)
    order = Order(
        id=f"order-{n}",
        revision="1",
        status="CANCELLED" if trigger is Trigger.BUYER_CANCELLED else "READY_FOR_PROCESSING",
        buyer=Buyer(id=f"b{n}", login=rng.choice(LOGINS)),
        line_items=lines,
        currency=currency,
        payment=Payment(
            id=f"pay-{n}",
            type=pay_type,
            paid_amount=None if pay_type == "CASH_ON_DELIVERY" else total,
            finished_at=rng.choice([bought, None]),
        ),
        delivery_cost=delivery,
        total_to_pay=rng.choice([total, None]),
        bought_at=rng.choice([bought, bought, None]),
        dispatch_deadline=rng.choice([bought + timedelta(days=rng.randint(1, 5)), None]),
        marketplace_id=rng.choice(["allegro-pl", "allegro-cz"]),
    )
    ret = None
    if trigger in RETURN_TRIGGERS:
        items = tuple(
            ReturnItem(li.offer_id, 1, reason=rng.choice(REASONS), name=li.offer_name)
            for li in rng.sample(lines, rng.randint(1, len(lines)))
        )
        ret = CustomerReturn(f"ret-{n}", order.id, "DELIVERED", NOW, items=items)
    refunds: tuple[PlatformRefund, ...] = ()
    if rng.random() < 0.2:
        li = lines[0]
        refunds = (
            PlatformRefund(
                f"pr-{n}",
                f"pay-{n}",
                order.id,
                rng.choice(["SUCCESS", "IN_PROGRESS"]),
                li.price,
                line_items=(RefundLine(li.id, quantity=1),),
            ),
        )
    return RefundCase(
        trigger=trigger,
        order=order,
        detected_at=NOW,
        customer_return=ret,
        platform_refunds=refunds,
        buyer_order_count=rng.randint(1, 6),
        product_groups={"Promo": frozenset({"offer-1", "SKU-2"})},
    )


def _maybe(rng: random.Random, value: object) -> object:
    return value if rng.random() < 0.3 else None


def random_rule(rng: random.Random, i: int) -> Rule:
    trigger = rng.choice(TRIGGERS)
    cur = rng.choice(CURRENCIES)
    products = ProductFilter()
    if rng.random() < 0.3:
        products = ProductFilter(
            offer_ids=frozenset(rng.sample([f"offer-{k}" for k in range(8)], 2)),
            skus=frozenset({"SKU-3"}) if rng.random() < 0.5 else frozenset(),
            name_contains=("promo",) if rng.random() < 0.5 else (),
            groups=("Promo",) if rng.random() < 0.5 else (),
            match_all=rng.random() < 0.5,
        )
    conditions = Conditions(
        total_at_least=_maybe(rng, _money(rng, cur, 100, 5_000)),  # type: ignore[arg-type]
        total_under=_maybe(rng, _money(rng, rng.choice(CURRENCIES), 5_000, 90_000)),  # type: ignore[arg-type]
        paid_at_least=_maybe(rng, _money(rng, cur, 100, 5_000)),  # type: ignore[arg-type]
        paid_under=_maybe(rng, _money(rng, cur, 5_000, 90_000)),  # type: ignore[arg-type]
        products=products,
        payment_types=frozenset(rng.sample(PAYMENTS, 2)) if rng.random() < 0.3 else frozenset(),
        min_days_since_purchase=_maybe(rng, rng.randint(0, 10)),  # type: ignore[arg-type]
        max_days_since_purchase=_maybe(rng, rng.randint(3, 30)),  # type: ignore[arg-type]
        return_reasons=frozenset(rng.sample(REASONS, 2)) if rng.random() < 0.3 else frozenset(),
        min_buyer_orders=_maybe(rng, rng.randint(1, 5)),  # type: ignore[arg-type]
        blocked_logins=frozenset({"troll", "Scammer"}) if rng.random() < 0.3 else frozenset(),
        marketplaces=frozenset({"allegro-pl"}) if rng.random() < 0.2 else frozenset(),
    )
    action = RuleAction(
        scope=RefundScope.RETURNED_ITEMS if trigger in RETURN_TRIGGERS else RefundScope.EVERYTHING,
        percent=Decimal(rng.choice([100, 50])),
        deduction=Money(500, rng.choice(CURRENCIES)) if rng.random() < 0.2 else None,
        require_review=rng.random() < 0.1,
    )
    return Rule(
        f"r{i}",
        f"Rule {i}",
        trigger,
        conditions,
        action,
        caps=(pln("150.00"),) if rng.random() < 0.2 else (),
        mode=rng.choice([Mode.ARMED, Mode.SHADOW]),
        enabled=rng.random() < 0.85,
        handling_time=timedelta(days=rng.randint(1, 3)),
        grace=timedelta(hours=rng.choice([0, 12])),
    )


@pytest.mark.parametrize("seed", range(6))
def test_compiled_rules_decide_every_case_as_the_explained_evaluation(seed: int) -> None:
    rng = random.Random(seed)
    rules = [random_rule(rng, i) for i in range(rng.choice([1, 5, 20]))]
    book = RuleBook.of(rules)
    decided = 0
    for n in range(1500):
        case = random_case(rng, n)
        explained = evaluate(rules, case, NOW)
        fast = evaluate(book, case, NOW, explain=False)
        assert fast == replace(explained, trace=()), explained.trace
        assert fast.trace == ()
        decided += fast.outcome is not Outcome.NO_RULE
    assert decided > 0  # the random rules do decide some cases, so matches were compared


def test_the_trace_is_built_only_when_asked_and_says_as_much_as_before() -> None:
    rng = random.Random(99)
    rules = [random_rule(rng, i) for i in range(10)]
    case = next(
        c
        for c in (random_case(rng, n) for n in range(5000))
        if evaluate(rules, c, NOW).outcome is not Outcome.NO_RULE
    )
    explained = evaluate(RuleBook.of(rules), case, NOW)  # a book explains like the list
    assert explained == evaluate(rules, case, NOW)
    assert len(explained.trace) > len(rules)  # a sentence for every rule, and the outcome
    assert evaluate(rules, case, NOW, explain=False).trace == ()


def test_a_new_rule_version_is_a_new_compilation() -> None:
    rule = Rule("r1", "Cheap", Trigger.BUYER_CANCELLED, Conditions(total_under=pln("50.00")))
    rng = random.Random(3)
    case = next(
        c
        for c in (random_case(rng, n) for n in range(5000))
        if c.trigger is Trigger.BUYER_CANCELLED
        and c.order.currency == "PLN"
        and c.order.payment is not None
        and c.order.payment.type == "ONLINE"
        and evaluate([rule], c, NOW).outcome is Outcome.NO_RULE
    )
    widened = replace(rule, conditions=Conditions(), version=2)
    assert evaluate([rule], case, NOW, explain=False).outcome is Outcome.NO_RULE
    assert evaluate([widened], case, NOW, explain=False).rule is not None


@pytest.mark.parametrize(
    ("conditions", "decides"),
    [
        (Conditions(total_under=pln("100.00")), False),  # "under" excludes the limit itself
        (Conditions(total_under=pln("100.01")), True),
        (Conditions(total_at_least=pln("100.00")), True),
        (Conditions(total_at_least=pln("100.01")), False),
        (Conditions(paid_under=pln("100.00")), False),
        (Conditions(max_days_since_purchase=3), True),  # bought exactly 3 days ago
        (Conditions(max_days_since_purchase=2), False),
        (Conditions(min_days_since_purchase=3), True),
        (Conditions(min_days_since_purchase=4), False),
        (Conditions(total_under=Money(90_000, "EUR")), False),  # another currency never matches
    ],
)
def test_limits_are_compiled_exactly_at_their_edges(conditions: Conditions, decides: bool) -> None:
    case = make_case()  # 100.00 paid, bought exactly 3 days ago
    assert case.order.paid_total == pln("100.00")  # the edges above are set around this order
    rule = Rule("r1", "Edge", Trigger.BUYER_CANCELLED, conditions)
    fast = evaluate([rule], case, NOW, explain=False)
    assert (fast.rule is not None) is decides
    assert fast == replace(evaluate([rule], case, NOW), trace=())
