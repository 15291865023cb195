"""Refund plans on tricky orders: discounts, repeat returns, refunds made elsewhere, pending."""

from __future__ import annotations

from decimal import Decimal

import pytest

from refunddesk.domain.cases import Trigger
from refunddesk.domain.decisions import HoldReason, Outcome, evaluate
from refunddesk.domain.money import Money
from refunddesk.domain.orders import LineItem, OrderStatus, Payment
from refunddesk.domain.plans import EmptyPlanError, PlannedLine, plan_refund
from refunddesk.domain.refunds import RefundLine, SurchargeRefund
from refunddesk.domain.remainder import compute_remainder
from refunddesk.domain.rules import Mode, RefundScope, Rule, RuleAction

from .factories import NOW, case, customer_return, line, order, platform_refund, pln, said

RETURNED = RuleAction(scope=RefundScope.RETURNED_ITEMS, include_delivery=False)
EVERYTHING = RuleAction()


def test_discounted_line_refunds_what_the_buyer_paid_as_whole_units() -> None:
    discounted = LineItem(
        id="L1",
        offer_id="o1",
        offer_name="Lamp",
        quantity=2,
        price=pln("80.00"),
        original_price=pln("100.00"),
    )
    plan = plan_refund(order(discounted, delivery="9.99"), EVERYTHING)
    assert plan.lines == (PlannedLine("L1", "o1", "Lamp", pln("160.00"), quantity=2),)
    assert plan.delivery == pln("9.99")
    assert plan.total == pln("169.99")
    assert not plan.exceeds_remainder


def test_without_delivery_leaves_delivery_out() -> None:
    plan = plan_refund(order(delivery="9.99"), RuleAction(include_delivery=False))
    assert plan.delivery is None
    assert plan.total == pln("100.00")


def test_two_returns_of_the_same_order_and_a_third_that_was_already_refunded() -> None:
    the_order = order(line("L1", "30.00", 3))
    first = plan_refund(the_order, RETURNED, customer_return=customer_return(("offer-L1", 1)))
    assert [(pl.quantity, pl.value) for pl in first.lines] == [(1, pln("30.00"))]

    after_first = (platform_refund("30.00", RefundLine("L1", quantity=1)),)
    second = plan_refund(
        the_order,
        RETURNED,
        customer_return=customer_return(("offer-L1", 2)),
        platform_refunds=after_first,
    )
    assert [(pl.quantity, pl.value) for pl in second.lines] == [(2, pln("60.00"))]
    assert not second.exceeds_remainder

    after_both = (*after_first, platform_refund("60.00", RefundLine("L1", quantity=2), ident="2"))
    third = plan_refund(
        the_order,
        RETURNED,
        customer_return=customer_return(("offer-L1", 1)),
        platform_refunds=after_both,
    )
    assert third.exceeds_remainder
    assert third.is_empty
    assert "1 unit of Item L1 already refunded elsewhere" in said(third.notes)


def test_return_after_a_partial_refund_by_value_refunds_its_share_as_amount() -> None:
    the_order = order(line("L1", "50.00", 2))
    goodwill = (platform_refund("20.00", RefundLine("L1", value=pln("20.00"))),)
    plan = plan_refund(
        the_order,
        RETURNED,
        customer_return=customer_return(("offer-L1", 1)),
        platform_refunds=goodwill,
    )
    # 80.00 is left on two units; the returned one gets half of it.
    assert [(pl.type, pl.value) for pl in plan.lines] == [("AMOUNT", pln("40.00"))]
    assert "Item L1 was partly refunded before: refunding its share" in said(plan.notes)


def test_refund_made_by_hand_with_only_a_total_limits_the_refund_of_everything() -> None:
    the_order = order(line("L1", "100.00"), delivery="10.00", status=OrderStatus.CANCELLED)
    by_hand = (platform_refund("30.00"),)  # no line detail: only the overall remainder knows
    plan = plan_refund(the_order, EVERYTHING, platform_refunds=by_hand)
    assert plan.total == pln("80.00")
    assert [(pl.type, pl.value) for pl in plan.lines] == [("AMOUNT", pln("72.73"))]
    assert plan.delivery == pln("7.27")
    assert "Limited to PLN 80.00 still unrefunded on the order" in said(plan.notes)
    assert not plan.exceeds_remainder


def test_returned_items_refunded_by_allegro_itself_are_held_as_refunded_elsewhere() -> None:
    the_order = order(line("L1", "45.00"), line("L2", "20.00"))
    by_allegro = (platform_refund("45.00", RefundLine("L1", quantity=1)),)
    the_case = case(
        Trigger.RETURN_DELIVERED,
        the_order,
        customer_return=customer_return(("offer-L1", 1)),
        platform_refunds=by_allegro,
    )
    rule = Rule("r1", "Returns", Trigger.RETURN_DELIVERED, action=RETURNED, mode=Mode.ARMED)
    decision = evaluate([rule], the_case, NOW)
    assert decision.outcome is Outcome.HOLD
    assert decision.hold_reasons == (HoldReason.ALREADY_REFUNDED_ELSEWHERE,)


def test_detail_less_refund_covering_the_return_holds_it() -> None:
    the_order = order(line("L1", "45.00"), delivery="10.00")
    plan = plan_refund(
        the_order,
        RETURNED,
        customer_return=customer_return(("offer-L1", 1)),
        platform_refunds=(platform_refund("50.00"),),
    )
    assert plan.exceeds_remainder
    assert plan.total == pln("5.00")


def test_pending_refund_on_a_line_makes_the_plan_wait() -> None:
    the_order = order(line("L1", "25.00", 2))
    pending = (platform_refund("25.00", RefundLine("L1", quantity=1), status="IN_PROGRESS"),)
    the_case = case(
        Trigger.RETURN_DELIVERED,
        the_order,
        customer_return=customer_return(("offer-L1", 1)),
        platform_refunds=pending,
    )
    rule = Rule("r1", "Returns", Trigger.RETURN_DELIVERED, action=RETURNED, mode=Mode.ARMED)
    decision = evaluate([rule], the_case, NOW)
    assert decision.outcome is Outcome.WAIT
    assert decision.plan is not None and decision.plan.waiting_for == ("L1",)
    assert "Waiting for a pending refund on the same item to finish" in said(decision.plan.notes)
    # The pending refund counts as taken: only one unit is left.
    assert compute_remainder(the_order, pending).lines[0].units_left == 1


def test_failed_platform_refunds_do_not_count() -> None:
    failed = (platform_refund("100.00", RefundLine("L1", quantity=1), status="CANCELED"),)
    plan = plan_refund(order(), EVERYTHING, platform_refunds=failed)
    assert plan.total == pln("100.00")


def test_percentage_rounds_half_even_and_the_split_adds_up() -> None:
    the_order = order(line("L1", "33.33"), line("L2", "33.33"), line("L3", "33.33"))
    plan = plan_refund(the_order, RuleAction(percent=Decimal(50)))
    assert plan.total == pln("50.00")  # 49.995 rounds half-even to 50.00
    assert sorted(pl.value.minor for pl in plan.lines) == [1666, 1667, 1667]
    assert all(pl.type == "AMOUNT" for pl in plan.lines)
    assert "Refunding 50% of PLN 99.99: PLN 50.00" in said(plan.notes)


def test_deduction_of_return_postage() -> None:
    action = RuleAction(
        scope=RefundScope.RETURNED_ITEMS,
        include_delivery=False,
        deduction=pln("12.00"),
        deduction_label="return postage",
    )
    plan = plan_refund(
        order(line("L1", "100.00")), action, customer_return=customer_return(("offer-L1", 1))
    )
    assert [(pl.type, pl.value) for pl in plan.lines] == [("AMOUNT", pln("88.00"))]
    assert "Deducted PLN 12.00 (return postage)" in said(plan.notes)


def test_deduction_larger_than_the_refund_leaves_nothing() -> None:
    plan = plan_refund(order(line("L1", "10.00")), RuleAction(deduction=pln("12.00")))
    assert plan.is_empty
    assert plan.lines == ()
    assert "The deduction of PLN 12.00 takes the whole refund" in said(plan.notes)


def test_everything_includes_surcharges_and_additional_services() -> None:
    with_services = LineItem("L1", "o1", "Bike", 1, pln("500.00"), additional_services=pln("30.00"))
    surcharge = Payment(id="sur-1", type="ONLINE", paid_amount=pln("15.00"))
    the_order = order(with_services, surcharges=(surcharge,), paid="545.00")
    plan = plan_refund(the_order, EVERYTHING)
    assert plan.additional_services == pln("30.00")
    assert plan.surcharges == (SurchargeRefund("sur-1", pln("15.00")),)
    assert plan.total == pln("545.00")

    request = plan.to_request("cmd-1", "pay-1", "order-1", "CANCELLED_BY_BUYER", "Sorry")
    assert request.line_items == (RefundLine("L1", quantity=1),)
    assert request.additional_services == pln("30.00")
    assert request.surcharges == (SurchargeRefund("sur-1", pln("15.00")),)
    assert (request.command_id, request.reason, request.seller_comment) == (
        "cmd-1",
        "CANCELLED_BY_BUYER",
        "Sorry",
    )


def test_amount_lines_become_value_refunds_in_the_request() -> None:
    plan = plan_refund(order(line("L1", "10.00")), RuleAction(percent=Decimal("12.5")))
    request = plan.to_request("cmd", "pay-1", "order-1", "REFUND")
    assert request.line_items == (RefundLine("L1", value=pln("1.25")),)


def test_an_empty_plan_cannot_become_a_request() -> None:
    plan = plan_refund(order(), EVERYTHING, platform_refunds=(platform_refund("100.00"),))
    assert plan.is_empty
    with pytest.raises(EmptyPlanError):
        plan.to_request("cmd", "pay-1", "order-1", "REFUND")


def test_returned_offer_missing_from_the_order_holds_the_refund() -> None:
    the_case = case(
        Trigger.RETURN_DELIVERED,
        order(),
        customer_return=customer_return(("offer-L1", 1), ("stranger", 1)),
    )
    rule = Rule("r1", "Returns", Trigger.RETURN_DELIVERED, action=RETURNED, mode=Mode.ARMED)
    decision = evaluate([rule], the_case, NOW)
    assert decision.hold_reasons == (HoldReason.RETURN_MISMATCH,)
    assert decision.plan is not None and decision.plan.unmatched_items == ("stranger",)


def test_plan_fits_checks_a_changed_remainder() -> None:
    the_order = order(line("L1", "30.00", 2))
    plan = plan_refund(the_order, EVERYTHING)
    assert plan.fits(compute_remainder(the_order))
    later = compute_remainder(the_order, (platform_refund("30.00", RefundLine("L1", quantity=1)),))
    assert not plan.fits(later)


def test_cod_paid_at_the_door_is_the_order_total_once_collected() -> None:
    the_order = order(line("L1", "40.00"), delivery="5.00", payment_type="CASH_ON_DELIVERY")
    assert compute_remainder(the_order).overall == Money.zero("PLN")
    assert compute_remainder(the_order, cod_collected=True).overall == pln("45.00")


def test_a_plan_with_an_amount_in_another_currency_has_no_total() -> None:
    from refunddesk.domain.money import MoneyError
    from refunddesk.domain.plans import RefundPlan

    plan = RefundPlan(
        currency="PLN",
        lines=(PlannedLine("L1", "o1", "Mug", Money(1_000, "PLN"), 1),),
        delivery=Money(500, "EUR"),
    )
    with pytest.raises(MoneyError, match="mixed currencies"):
        _ = plan.total
    assert RefundPlan(currency="PLN", lines=plan.lines, delivery=Money(500, "PLN")).total == Money(
        1_500, "PLN"
    )
