"""Why "no refund": one reason read from the decision's trace, in each language."""

from __future__ import annotations

from dataclasses import replace

from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions
from refunddesk.domain.decisions import Outcome, evaluate
from refunddesk.domain.messages import Message, msg, render
from refunddesk.domain.no_refund import MAX_NAMED, no_refund_reason
from refunddesk.domain.orders import OrderStatus
from refunddesk.domain.rules import Mode, Rule

from .factories import NOW, case, line, order, pln, said


def _rule(name: str, trigger: Trigger = Trigger.BUYER_CANCELLED, **kw: object) -> Rule:
    return Rule(id=name, name=name, trigger=trigger, mode=Mode.ARMED, **kw)  # type: ignore[arg-type]


def _why(rules: list[Rule], **case_kw: object) -> Message:
    decision = evaluate(rules, case(**case_kw), NOW)  # type: ignore[arg-type]
    assert decision.outcome in (Outcome.NO_RULE, Outcome.NOTHING_TO_REFUND)
    return no_refund_reason(decision.trace)


def test_no_rules_at_all() -> None:
    assert _why([]).code == "no_refund.no_rules"


def test_no_rule_for_this_trigger_names_the_trigger() -> None:
    reason = _why([_rule("Returns", Trigger.RETURN_DELIVERED)])
    assert reason.code == "no_refund.no_rule_for_trigger"
    assert said([reason]) == ("No rule is written for cancelled orders yet.",)


def test_rules_for_this_trigger_are_turned_off() -> None:
    off = [replace(_rule("A"), enabled=False), replace(_rule("B"), enabled=False)]
    reason = _why([*off, _rule("Returns", Trigger.RETURN_DELIVERED)])
    assert reason == msg("no_refund.rules_turned_off", n=2)
    assert render(reason, "en") == "All 2 rules for this kind of case are turned off."
    assert render(reason, "pl") == "Wszystkie 2 reguły dla takich spraw są wyłączone."


def test_conditions_not_met_name_the_rule_and_the_condition() -> None:
    small = _rule("Small ones", conditions=Conditions(total_under=pln("50.00")))
    reason = _why([small, replace(_rule("Off"), enabled=False)])
    assert reason.code == "no_refund.conditions_not_met"
    (text,) = said([reason])
    assert "“Small ones”" in text and "not under PLN 50.00" in text
    assert "Off" not in text  # a turned-off rule is not a condition that failed
    assert "„Small ones”" in render(reason, "pl")
    assert "“Small ones”" in render(reason, "zh_CN") and "没有任何规则" in render(reason, "zh_CN")


def test_many_missed_rules_are_counted_beyond_the_first_few() -> None:
    rules = [
        _rule(f"Rule {n}", conditions=Conditions(total_under=pln("1.00")))
        for n in range(MAX_NAMED + 2)
    ]
    reason = _why(rules)
    assert reason.code == "no_refund.conditions_not_met_more"
    assert reason.values["n"] == 2
    assert "and 2 more rules" in said([reason])[0]
    assert f"Rule {MAX_NAMED + 1}" not in said([reason])[0]


def test_an_unpaid_order_says_so() -> None:
    unpaid = order(line("L1", "100.00"), paid="0.00", status=OrderStatus.CANCELLED)
    reason = _why([_rule("Any")], the_order=unpaid)
    assert reason.code == "no_refund.cannot_refund"
    assert said([reason]) == ("It cannot be refunded: the buyer has not paid for the order.",)
    assert render(reason, "pl") == "Zwrot nie jest możliwy: kupujący nie zapłacił za zamówienie."


def test_nothing_left_names_the_rule_and_says_when_it_is_only_shadow() -> None:
    cod = order(payment_type="CASH_ON_DELIVERY", status=OrderStatus.CANCELLED)
    armed = _why([_rule("Any")], the_order=cod)
    assert armed == msg("no_refund.nothing_left", rule="Any")
    shadow = _why([replace(_rule("Trying"), mode=Mode.SHADOW)], the_order=cod)
    assert shadow == msg("no_refund.shadow_nothing_left", rule="Trying")
    assert "shadow mode" in said([shadow])[0]


def test_a_stored_trace_of_plain_old_sentences_still_gets_a_reason() -> None:
    assert no_refund_reason(["No rule matched, so nothing is refunded automatically."]).code == (
        "no_refund.no_rules"
    )
