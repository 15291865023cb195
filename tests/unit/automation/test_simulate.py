"""simulate(): each trigger on a composed test order is decided as the worker would decide it."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from refunddesk.automation.simulate import simulate
from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions
from refunddesk.domain.decisions import HoldReason, Outcome
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode, OverCap, RefundScope, Rule, RuleAction
from refunddesk.domain.scenarios import (
    ReturnedItem,
    TestItem,
    TestScenario,
    scenario_from_json,
    scenario_to_json,
)

BOUGHT = datetime(2026, 11, 10, 12, 0, tzinfo=UTC)


def pln(text: str) -> Money:
    return Money.parse(text, "PLN")


def scenario(trigger: Trigger, **kw: object) -> TestScenario:
    fields: dict[str, object] = {
        "items": (
            TestItem("Kubek", pln("39.99"), 2),
            TestItem("Ładowarka", pln("129.00"), 1, offer_id="17002"),
        ),
        "trigger": trigger,
        "bought_at": BOUGHT,
        "delivery_cost": pln("12.99"),
        "paid_at": BOUGHT + timedelta(minutes=5),
        "dispatch_deadline": BOUGHT + timedelta(days=2),
        **kw,
    }
    return TestScenario(**fields)  # type: ignore[arg-type]


def rule(rid: str, trigger: Trigger, **kw: object) -> Rule:
    return Rule(id=rid, name=f"Rule {rid}", trigger=trigger, **kw)  # type: ignore[arg-type]


def test_cancellation_refunds_everything_with_delivery_and_renders_the_notice() -> None:
    rules = [
        rule("1", Trigger.NOT_SENT_IN_TIME),
        rule(
            "2",
            Trigger.BUYER_CANCELLED,
            mode=Mode.ARMED,
            action=RuleAction(notify_buyer=True, notice_template="refund_cancelled"),
        ),
    ]
    result = simulate(rules, scenario(Trigger.BUYER_CANCELLED))
    d = result.decision
    assert d.outcome is Outcome.REFUND and d.rule is not None and d.rule.id == "2"
    assert str(d.trace[0]).startswith("Rule 1 “Rule 1” skipped")
    assert d.reason == "CANCELLED_BY_BUYER"
    assert result.refund_total == pln("221.97")  # 2 × 39.99 + 129.00 + 12.99
    assert d.plan is not None and d.plan.delivery == pln("12.99")
    assert [(pl.name, pl.quantity) for pl in d.plan.lines] == [("Kubek", 2), ("Ładowarka", 1)]
    assert result.moves_money
    # The buyer speaks Polish: the notice is in Polish, with the Polish amount.
    assert result.notice is not None and result.notice.language == "pl"
    assert "221,97" in result.notice.body
    # The preview names an order as a real notice would, not a placeholder.
    assert re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", result.notice.subject + result.notice.body)
    assert "simulated" not in result.notice.subject + result.notice.body


def test_late_order_counts_from_the_deadline_and_the_grace() -> None:
    late = rule("1", Trigger.NOT_SENT_IN_TIME, grace=timedelta(days=1))
    early = simulate([late], scenario(Trigger.NOT_SENT_IN_TIME, after=timedelta(hours=12)))
    assert early.decision.outcome is Outcome.NO_RULE
    assert "not late yet" in str(early.decision.trace[0])
    result = simulate([late], scenario(Trigger.NOT_SENT_IN_TIME, after=timedelta(days=2)))
    assert result.decision.outcome is Outcome.REFUND
    assert result.decision.reason == "PRODUCT_NOT_AVAILABLE"
    assert result.decision.shadow and not result.moves_money  # new rules start in shadow
    # The case dates from when it became late (deadline + grace), as the worker dates it.
    assert result.case.detected_at == BOUGHT + timedelta(days=3)


def test_delivered_return_of_one_unit_refunds_that_unit_minus_the_deduction() -> None:
    returns = rule(
        "1",
        Trigger.RETURN_DELIVERED,
        action=RuleAction(
            scope=RefundScope.RETURNED_ITEMS,
            include_delivery=False,
            deduction=pln("5.00"),
            deduction_label="return postage",
        ),
    )
    result = simulate(
        [returns],
        scenario(Trigger.RETURN_DELIVERED, returned=(ReturnedItem(0, 1),)),
    )
    plan = result.decision.plan
    assert plan is not None
    assert result.refund_total == pln("34.99")
    assert plan.delivery is None
    assert "Deducted PLN\u00a05.00 (return postage)" in [str(n) for n in plan.notes]
    assert result.case.customer_return is not None
    assert result.case.customer_return.items[0].quantity == 1


def test_declared_return_only_for_repeat_buyers_and_held_above_the_cap() -> None:
    trusted = rule(
        "1",
        Trigger.RETURN_DECLARED,
        conditions=Conditions(min_buyer_orders=3),
        action=RuleAction(scope=RefundScope.RETURNED_ITEMS, percent=Decimal(50)),
        caps=(pln("50.00"),),
        over_cap=OverCap.HOLD,
        mode=Mode.ARMED,  # holds belong to armed rules: a shadow one only records
    )
    picked = (ReturnedItem(1, 1),)
    new_buyer = simulate([trusted], scenario(Trigger.RETURN_DECLARED, returned=picked))
    assert new_buyer.decision.outcome is Outcome.NO_RULE
    repeat = simulate([trusted], scenario(Trigger.RETURN_DECLARED, returned=picked, buyer_orders=4))
    assert repeat.decision.outcome is Outcome.HOLD
    assert repeat.decision.hold_reasons == (HoldReason.OVER_CAP,)
    # Half of 141.99 (129.00 + 12.99 delivery) is 70.995: half-even makes it 71.00.
    assert repeat.refund_total == pln("71.00")


def test_cash_on_delivery_is_held_for_a_bank_transfer() -> None:
    result = simulate(
        [rule("1", Trigger.RETURN_DELIVERED, mode=Mode.ARMED)],
        scenario(
            Trigger.RETURN_DELIVERED,
            payment_type="CASH_ON_DELIVERY",
            paid_at=None,
            returned=(ReturnedItem(1, 1),),
        ),
    )
    assert result.decision.outcome is Outcome.HOLD
    assert HoldReason.CASH_ON_DELIVERY in result.decision.hold_reasons
    assert not result.moves_money


def test_a_scenario_survives_the_json_round_trip() -> None:
    original = scenario(
        Trigger.RETURN_DECLARED,
        returned=(ReturnedItem(1, 1),),
        buyer_orders=3,
        payment_type="ALLEGRO_PAY",
        after=timedelta(days=4, hours=2),
    )
    assert scenario_from_json(scenario_to_json(original)) == original
