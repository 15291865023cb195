"""validate(): every problem a merchant can make in the editor gets a plain message."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions, ProductFilter
from refunddesk.domain.money import Money
from refunddesk.domain.rules import (
    DEFAULT_REASONS,
    Mode,
    OverCap,
    RefundScope,
    Rule,
    RuleAction,
    RuleProblem,
    differs_in_substance,
    validate,
)

from .factories import pln

GOOD = Rule(id="r1", name="Cancellations", trigger=Trigger.BUYER_CANCELLED)
RETURNS = Rule(id="r2", name="Returns", trigger=Trigger.RETURN_DELIVERED)


def test_a_plain_rule_is_valid_and_starts_in_shadow() -> None:
    assert validate(GOOD) == []
    assert GOOD.mode is Mode.SHADOW
    assert GOOD.version == 1


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        (replace(GOOD, name="  "), RuleProblem("name", "Give the rule a name.")),
        (replace(GOOD, version=0), RuleProblem("version", "A rule version starts at 1.")),
        (
            replace(GOOD, action=RuleAction(percent=Decimal(120))),
            RuleProblem(
                "action.percent",
                "The percentage to refund must be above 0 and at most 100, not 120.",
            ),
        ),
        (
            replace(GOOD, action=RuleAction(percent=Decimal(0))),
            RuleProblem(
                "action.percent", "The percentage to refund must be above 0 and at most 100, not 0."
            ),
        ),
        (
            replace(GOOD, caps=(Money(-1, "PLN"),)),
            RuleProblem("cap", "The cap per order cannot be negative."),
        ),
        (
            replace(GOOD, action=RuleAction(deduction=Money(-100, "PLN"))),
            RuleProblem("action.deduction", "A deduction cannot be negative."),
        ),
        (
            replace(
                GOOD,
                conditions=Conditions(total_under=pln("10.00")),
                action=RuleAction(deduction=pln("15.00")),
            ),
            RuleProblem(
                "action.deduction",
                "The deduction of 15.00 PLN is larger than any refund this rule can make "
                "(it only covers orders under 10.00 PLN).",
            ),
        ),
        (
            replace(
                GOOD,
                caps=(pln("20.00"),),
                over_cap=OverCap.REFUND_UP_TO_CAP,
                action=RuleAction(deduction=pln("20.00")),
            ),
            RuleProblem(
                "action.deduction",
                "The deduction of 20.00 PLN is larger than any refund this rule can make "
                "(refunds are capped at 20.00 PLN).",
            ),
        ),
        (
            replace(GOOD, conditions=Conditions(return_reasons=frozenset({"DAMAGED"}))),
            RuleProblem(
                "conditions.return_reasons",
                "Return reasons only exist on returns; this rule is for another trigger, so it "
                "would never match.",
            ),
        ),
        (
            replace(GOOD, action=RuleAction(scope=RefundScope.RETURNED_ITEMS)),
            RuleProblem(
                "action.scope",
                "Only a return can have returned items; this rule is not for returns.",
            ),
        ),
        (
            replace(GOOD, action=RuleAction(seller_comment="x" * 251)),
            RuleProblem(
                "action.seller_comment",
                "The comment to the buyer can be at most 250 characters; it has 251.",
            ),
        ),
        (
            replace(GOOD, action=RuleAction(reason="BECAUSE")),
            RuleProblem("action.reason", "'BECAUSE' is not a refund reason Allegro knows."),
        ),
        (
            replace(GOOD, action=RuleAction(notify_buyer=True)),
            RuleProblem("action.notice_template", "Choose which message the buyer gets."),
        ),
        (
            replace(RETURNS, action=RuleAction(mark_cancelled=True)),
            RuleProblem(
                "action.mark_cancelled",
                'A returned order was sent, so it cannot be marked cancelled; untick "mark the '
                'order cancelled".',
            ),
        ),
        (
            replace(
                GOOD,
                conditions=Conditions(total_under=pln("100.00")),
                action=RuleAction(deduction=Money.parse("1", "EUR")),
            ),
            RuleProblem(
                "currency", "The deduction and the order amounts must be in the same currency."
            ),
        ),
        (
            replace(GOOD, caps=(pln("1.00"), pln("2.00"))),
            RuleProblem("cap", "There are two caps for PLN; keep one per currency."),
        ),
        (
            replace(GOOD, delay=timedelta(days=400)),
            RuleProblem("delay", "The delay before refunding can be at most 366 days."),
        ),
        (
            replace(GOOD, conditions=Conditions(total_at_least=Money(-5, "PLN"))),
            RuleProblem("conditions.total_at_least", "An order total cannot be negative."),
        ),
        (
            replace(
                GOOD,
                conditions=Conditions(total_at_least=pln("50.00"), total_under=pln("50.00")),
            ),
            RuleProblem(
                "conditions.total_under",
                "No order is at least 50.00 PLN and under 50.00 PLN at once, so the rule would "
                "never match.",
            ),
        ),
        (
            replace(GOOD, delay=timedelta(minutes=-1)),
            RuleProblem("delay", "The delay before refunding cannot be negative."),
        ),
        (
            Rule("r", "Late", Trigger.NOT_SENT_IN_TIME, handling_time=timedelta(hours=-1)),
            RuleProblem("handling_time", "The handling time cannot be negative."),
        ),
        (
            Rule("r", "Late", Trigger.NOT_SENT_IN_TIME, grace=timedelta(hours=-1)),
            RuleProblem("grace", "The grace period cannot be negative."),
        ),
        (
            replace(GOOD, conditions=Conditions(max_days_since_purchase=-1)),
            RuleProblem(
                "conditions.max_days_since_purchase", "Days since purchase cannot be negative."
            ),
        ),
        (
            replace(
                GOOD, conditions=Conditions(min_days_since_purchase=10, max_days_since_purchase=5)
            ),
            RuleProblem(
                "conditions.max_days_since_purchase",
                "The most days since purchase is less than the fewest, so the rule would never "
                "match.",
            ),
        ),
        (
            replace(GOOD, conditions=Conditions(payment_types=frozenset({"BITCOIN"}))),
            RuleProblem("conditions.payment_types", "Unknown payment type: BITCOIN."),
        ),
        (
            replace(GOOD, conditions=Conditions(min_buyer_orders=0)),
            RuleProblem("conditions.min_buyer_orders", "A buyer has at least 1 order (this one)."),
        ),
        (
            replace(GOOD, conditions=Conditions(blocked_logins=frozenset({" "}))),
            RuleProblem("conditions.blocked_logins", "The blocklist has an empty login."),
        ),
        (
            replace(GOOD, conditions=Conditions(products=ProductFilter(name_contains=("",)))),
            RuleProblem("conditions.products", "A product name filter is empty."),
        ),
        (
            replace(GOOD, conditions=Conditions(marketplaces=frozenset({""}))),
            RuleProblem("conditions.marketplaces", "A marketplace is empty."),
        ),
    ],
)
def test_each_problem_has_a_plain_message(rule: Rule, problem: RuleProblem) -> None:
    assert validate(rule) == [problem]


def test_several_problems_are_all_reported() -> None:
    rule = replace(GOOD, name="", caps=(Money(-1, "PLN"),))
    assert [p.field for p in validate(rule)] == ["name", "cap"]


def test_a_comment_of_exactly_250_characters_is_fine() -> None:
    assert validate(replace(GOOD, action=RuleAction(seller_comment="x" * 250))) == []


def test_reason_code_follows_the_trigger_unless_overridden() -> None:
    for trigger, reason in DEFAULT_REASONS.items():
        assert Rule("r", "R", trigger).reason == reason
    assert Rule(
        "r", "R", Trigger.RETURN_DELIVERED, action=RuleAction(reason="COMPLAINT")
    ).reason == ("COMPLAINT")
    assert DEFAULT_REASONS[Trigger.NOT_SENT_IN_TIME] == "PRODUCT_NOT_AVAILABLE"


def test_differs_in_substance_ignores_id_version_and_name() -> None:
    renamed = replace(GOOD, name="Renamed", version=7)
    assert not differs_in_substance(GOOD, renamed)
    assert differs_in_substance(GOOD, replace(GOOD, mode=Mode.ARMED))
    assert differs_in_substance(GOOD, replace(GOOD, caps=(pln("10.00"),)))
    assert differs_in_substance(
        GOOD, replace(GOOD, conditions=Conditions(blocked_logins=frozenset({"x"})))
    )
