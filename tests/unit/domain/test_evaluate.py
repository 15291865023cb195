"""evaluate(): the first enabled matching rule decides, and the trace says why for every rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions, ProductFilter
from refunddesk.domain.decisions import HoldReason, Outcome, evaluate
from refunddesk.domain.locale_format import format_datetime
from refunddesk.domain.orders import OrderStatus
from refunddesk.domain.rules import Mode, OverCap, RefundScope, Rule, RuleAction

from .factories import BOUGHT, NOW, case, customer_return, line, order, pln, said


def _rule(ident: str, name: str, trigger: Trigger = Trigger.BUYER_CANCELLED, **kw: object) -> Rule:
    return Rule(id=ident, name=name, trigger=trigger, mode=Mode.ARMED, **kw)  # type: ignore[arg-type]


def _cancelled(*lines: object, **kw: object) -> object:
    return order(*lines, status=OrderStatus.CANCELLED, **kw)  # type: ignore[arg-type]


def test_first_matching_rule_decides_and_trace_explains_each_rule() -> None:
    rules = [
        _rule("r1", "Returns", Trigger.RETURN_DELIVERED),
        _rule("r2", "Small cancellations", conditions=Conditions(total_under=pln("500.00"))),
        _rule("r3", "All cancellations"),
        _rule("r4", "Never reached"),
    ]
    the_order = order(line("L1", "800.00"), delivery="12.00", status=OrderStatus.CANCELLED)
    decision = evaluate(rules, case(the_order=the_order), NOW)

    assert decision.outcome is Outcome.REFUND
    assert decision.rule is not None and (decision.rule.id, decision.rule.version) == ("r3", 1)
    assert said(decision.trace)[:3] == (
        "Rule 1 “Returns” skipped: it is for delivered returns, this is cancelled orders",
        "Rule 2 “Small cancellations” skipped: the order total PLN 812.00 is not under PLN 500.00",
        "Rule 3 “All cancellations” matches",
    )
    # First match wins, and the trace says so for the rules below the deciding one.
    assert said(decision.trace)[-2:] == (
        "Refund PLN 812.00.",
        "Rule 4 “Never reached” not reached: rule 3 decided first",
    )
    assert decision.plan is not None and decision.plan.total == pln("812.00")
    assert decision.reason == "CANCELLED_BY_BUYER"


def test_disabled_rule_is_skipped() -> None:
    rules = [replace(_rule("r1", "Off"), enabled=False), _rule("r2", "On")]
    decision = evaluate(rules, case(), NOW)
    assert decision.rule is not None and decision.rule.id == "r2"
    assert said(decision.trace)[0] == "Rule 1 “Off” skipped: it is turned off"


def test_no_rule_matches() -> None:
    decision = evaluate([_rule("r1", "Late", Trigger.NOT_SENT_IN_TIME)], case(), NOW)
    assert decision.outcome is Outcome.NO_RULE
    assert decision.rule is None and decision.plan is None
    assert said(decision.trace)[-1] == "No rule matched, so nothing is refunded automatically."


def test_cancel_case_on_an_order_that_is_not_cancelled_applies_no_rule() -> None:
    the_case = case(Trigger.BUYER_CANCELLED, order())
    decision = evaluate([_rule("r1", "Any")], the_case, NOW)
    assert decision.outcome is Outcome.NO_RULE
    assert said(decision.trace) == (
        "No rule applies: the order is not cancelled (its status is READY_FOR_PROCESSING).",
    )


def test_shadow_rule_records_what_it_would_do() -> None:
    decision = evaluate([replace(_rule("r1", "Try"), mode=Mode.SHADOW)], case(), NOW)
    assert decision.shadow
    assert decision.outcome is Outcome.REFUND
    assert said(decision.trace)[-2:] == (
        "Would refund PLN 100.00.",
        "Rule 1 “Try” is in shadow mode: no money is moved.",
    )


def test_over_cap_holds_by_default_and_refunds_up_to_cap_when_asked() -> None:
    held = evaluate([_rule("r1", "Capped", caps=(pln("50.00"),))], case(), NOW)
    assert held.outcome is Outcome.HOLD
    assert held.hold_reasons == (HoldReason.OVER_CAP,)
    assert held.plan is not None and held.plan.total == pln("100.00")

    rule = _rule("r1", "Capped", caps=(pln("50.00"),), over_cap=OverCap.REFUND_UP_TO_CAP)
    capped = evaluate([rule], case(), NOW)
    assert capped.outcome is Outcome.REFUND
    assert capped.plan is not None and capped.plan.total == pln("50.00")
    assert "Capped at PLN 50.00" in said(capped.plan.notes)


def test_cash_on_delivery_return_is_held_for_a_manual_transfer() -> None:
    the_order = order(line("L1", "40.00"), payment_type="CASH_ON_DELIVERY")
    the_case = case(
        Trigger.RETURN_DELIVERED, the_order, customer_return=customer_return(("offer-L1", 1))
    )
    rule = _rule(
        "r1",
        "Returns",
        Trigger.RETURN_DELIVERED,
        action=RuleAction(scope=RefundScope.RETURNED_ITEMS),
    )
    decision = evaluate([rule], the_case, NOW)
    assert decision.outcome is Outcome.HOLD
    assert decision.hold_reasons == (HoldReason.CASH_ON_DELIVERY,)
    assert decision.plan is not None and decision.plan.total == pln("40.00")


def test_cancelled_cash_on_delivery_order_has_nothing_to_refund() -> None:
    the_order = order(payment_type="CASH_ON_DELIVERY", status=OrderStatus.CANCELLED)
    decision = evaluate([_rule("r1", "Any")], case(the_order=the_order), NOW)
    assert decision.outcome is Outcome.NOTHING_TO_REFUND


def test_rule_that_asks_for_review_holds() -> None:
    rule = _rule("r1", "Check", action=RuleAction(require_review=True))
    decision = evaluate([rule], case(), NOW)
    assert decision.hold_reasons == (HoldReason.RULE_SAYS_REVIEW,)
    assert said(decision.trace)[-1] == "Held for approval: the rule asks for your approval."


def test_delay_sets_not_before_from_detection_time() -> None:
    decision = evaluate([_rule("r1", "Later", delay=timedelta(hours=2))], case(), NOW)
    assert decision.not_before == NOW + timedelta(hours=2)
    assert not decision.is_due(NOW + timedelta(hours=1))
    assert decision.is_due(NOW + timedelta(hours=2))


def test_action_details_reach_the_decision() -> None:
    action = RuleAction(
        reason="COMPLAINT",
        seller_comment="Sorry!",
        notify_buyer=True,
        notice_template="refund-done",
        claim_commission=True,
    )
    decision = evaluate([_rule("r1", "Full", action=action)], case(), NOW)
    assert decision.reason == "COMPLAINT"
    assert decision.seller_comment == "Sorry!"
    assert decision.notice_template == "refund-done"
    assert decision.claim_commission


def test_a_deduction_in_another_currency_skips_the_rule() -> None:
    from refunddesk.domain.money import Money

    rule = _rule("r1", "Euro", action=RuleAction(deduction=Money.parse("1.00", "EUR")))
    decision = evaluate([rule], case(), NOW)
    assert said(decision.trace)[0] == (
        "Rule 1 “Euro” skipped: the order is in PLN, the rule's deduction is in EUR"
    )


def test_a_cap_per_currency_applies_to_orders_in_that_currency() -> None:
    from refunddesk.domain.money import Money

    caps = (Money.parse("2000.00", "CZK"), pln("50.00"))
    rule = _rule("r1", "Two shops", caps=caps, over_cap=OverCap.REFUND_UP_TO_CAP)
    pl = evaluate([rule], case(), NOW)
    assert pl.outcome is Outcome.REFUND
    assert pl.plan is not None and pl.plan.total == pln("50.00")


def test_an_armed_rule_holds_a_currency_it_has_no_cap_for() -> None:
    from refunddesk.domain.money import Money

    rule = _rule("r1", "Euro cap only", caps=(Money.parse("10.00", "EUR"),))
    decision = evaluate([rule], case(), NOW)
    assert decision.outcome is Outcome.HOLD
    assert decision.hold_reasons == (HoldReason.NO_CAP_FOR_CURRENCY,)
    assert "the rule has caps, but none for this order's currency" in said(decision.trace)[-1]


def test_a_shadow_rule_above_its_cap_records_shadow_never_a_hold() -> None:
    rule = replace(_rule("r1", "Capped", caps=(pln("50.00"),)), mode=Mode.SHADOW)
    decision = evaluate([rule], case(), NOW)
    assert decision.outcome is Outcome.REFUND and decision.shadow
    assert decision.hold_reasons == ()
    assert said(decision.trace)[-2].startswith("Would be held if armed: the refund is above")


# -- not sent in time -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("deadline", "grace", "late"),
    [
        (NOW - timedelta(hours=1), timedelta(0), True),
        (NOW - timedelta(hours=1), timedelta(hours=2), False),
        (NOW + timedelta(minutes=1), timedelta(0), False),
    ],
)
def test_late_rule_uses_dispatch_deadline_plus_grace(deadline, grace, late) -> None:  # type: ignore[no-untyped-def]
    rule = _rule("r1", "Late", Trigger.NOT_SENT_IN_TIME, grace=grace)
    the_case = case(Trigger.NOT_SENT_IN_TIME, order(dispatch_deadline=deadline))
    decision = evaluate([rule], the_case, NOW)
    assert (decision.outcome is Outcome.REFUND) is late
    if late:
        assert decision.reason == "PRODUCT_NOT_AVAILABLE"
    else:
        due = deadline + grace
        assert said(decision.trace)[0] == (
            # In the computer's own time zone, as the merchant's clock shows it.
            f"Rule 1 “Late” skipped: not late yet: it is late from "
            f"{format_datetime(due.astimezone(), 'en')}"
        )


def test_late_rule_without_deadline_counts_handling_time_from_payment() -> None:
    rule = _rule("r1", "Late", Trigger.NOT_SENT_IN_TIME, handling_time=timedelta(days=2))
    the_case = case(Trigger.NOT_SENT_IN_TIME, order())  # paid 3 days before NOW
    assert evaluate([rule], the_case, NOW).outcome is Outcome.REFUND
    slow = replace(rule, handling_time=timedelta(days=4))
    assert evaluate([slow], the_case, NOW).outcome is Outcome.NO_RULE
    assert evaluate([slow], the_case, BOUGHT + timedelta(days=4)).outcome is Outcome.REFUND


def test_sent_order_is_never_late() -> None:
    rule = _rule("r1", "Late", Trigger.NOT_SENT_IN_TIME)
    the_case = case(Trigger.NOT_SENT_IN_TIME, order(), shipped=True)
    decision = evaluate([rule], the_case, NOW)
    assert decision.outcome is Outcome.NO_RULE
    assert said(decision.trace) == ("No rule applies: the order has been sent.",)


# -- conditions -------------------------------------------------------------------------------


def _skip_line(conditions: Conditions, **case_kw: object) -> str:
    """The trace line of a single cancellation rule with ``conditions`` on a standard case."""
    rule = _rule("r1", "R", conditions=conditions)
    the_order = case_kw.pop("the_order", None) or _cancelled()
    return said(evaluate([rule], case(the_order=the_order, **case_kw), NOW).trace)[0]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("conditions", "expected"),
    [
        (
            Conditions(total_at_least=pln("150.00")),
            "the order total PLN 100.00 is below PLN 150.00",
        ),
        (
            Conditions(total_under=pln("100.00")),
            "the order total PLN 100.00 is not under PLN 100.00",
        ),
        (
            Conditions(marketplaces=frozenset({"allegro-cz"})),
            "the order is on allegro-pl, not allegro-cz",
        ),
        (
            Conditions(payment_types=frozenset({"ALLEGRO_PAY", "CASH_ON_DELIVERY"})),
            "paid by online payment, not Allegro Pay or cash on delivery",
        ),
        (Conditions(blocked_logins=frozenset({"BUYER1"})), "buyer buyer1 is on the blocklist"),
        (Conditions(min_buyer_orders=3), "the buyer has 1 order, fewer than 3"),
        (Conditions(max_days_since_purchase=2), "bought 3 days ago, more than 2"),
        (Conditions(min_days_since_purchase=5), "bought 3 days ago, fewer than 5"),
        (
            Conditions(products=ProductFilter(offer_ids=frozenset({"other"}))),
            "item “Item L1” is not among the rule's products",
        ),
        (
            Conditions(products=ProductFilter(groups=("Promo November",), match_all=False)),
            "no item is among the rule's products",
        ),
    ],
)
def test_each_condition_says_why_it_failed(conditions: Conditions, expected: str) -> None:
    assert _skip_line(conditions) == f"Rule 1 “R” skipped: {expected}"


@pytest.mark.parametrize(
    "conditions",
    [
        Conditions(total_at_least=pln("100.00"), total_under=pln("100.01")),
        Conditions(payment_types=frozenset({"ONLINE"})),
        Conditions(min_buyer_orders=1, max_days_since_purchase=3, min_days_since_purchase=3),
        Conditions(products=ProductFilter(skus=frozenset({"SKU-1"}))),
        Conditions(products=ProductFilter(name_contains=("MUG",))),
        Conditions(products=ProductFilter(groups=("Promo November",))),
        Conditions(marketplaces=frozenset({"allegro-pl"})),
    ],
)
def test_matching_conditions_let_the_rule_decide(conditions: Conditions) -> None:
    the_order = _cancelled(line("L1", "100.00", name="Blue mug", sku="SKU-1"))
    groups = {"Promo November": frozenset({"SKU-1"})}
    assert _skip_line(conditions, the_order=the_order, product_groups=groups) == (
        "Rule 1 “R” matches"
    )


def test_products_must_all_match_unless_any_is_enough() -> None:
    the_order = _cancelled(line("L1", "10.00"), line("L2", "20.00"))
    promo = ProductFilter(offer_ids=frozenset({"offer-L1"}))
    assert _skip_line(Conditions(products=promo), the_order=the_order) == (
        "Rule 1 “R” skipped: item “Item L2” is not among the rule's products"
    )
    anyone = replace(promo, match_all=False)
    assert _skip_line(Conditions(products=anyone), the_order=the_order) == "Rule 1 “R” matches"


def test_allegro_pay_is_its_own_payment_type() -> None:
    the_order = _cancelled(features=("ALLEGRO_PAY",))
    conditions = Conditions(payment_types=frozenset({"ONLINE"}))
    assert _skip_line(conditions, the_order=the_order) == (
        "Rule 1 “R” skipped: paid by Allegro Pay, not online payment"
    )


def test_return_reasons_and_products_look_at_returned_items() -> None:
    the_order = order(line("L1", "10.00"), line("L2", "20.00"))
    ret = customer_return(("offer-L2", 1), reason="DAMAGED")
    rule = _rule(
        "r1",
        "Damaged L2",
        Trigger.RETURN_DELIVERED,
        conditions=Conditions(
            return_reasons=frozenset({"DAMAGED"}),
            products=ProductFilter(offer_ids=frozenset({"offer-L2"})),
        ),
        action=RuleAction(scope=RefundScope.RETURNED_ITEMS),
    )
    the_case = case(Trigger.RETURN_DELIVERED, the_order, customer_return=ret)
    decision = evaluate([rule], the_case, NOW)
    assert decision.outcome is Outcome.REFUND
    assert decision.plan is not None and decision.plan.total == pln("20.00")

    other = replace(the_case, customer_return=customer_return(("offer-L2", 1)))
    assert said(evaluate([rule], other, NOW).trace)[0] == (
        "Rule 1 “Damaged L2” skipped: return reason “Doesn't like it” is not Damaged"
    )
