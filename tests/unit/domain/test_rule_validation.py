"""validate(): every problem a merchant can make in the editor gets a plain message."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions, ProductFilter
from refunddesk.domain.messages import render
from refunddesk.domain.money import Money
from refunddesk.domain.rules import (
    DEFAULT_REASONS,
    Mode,
    OverCap,
    RefundScope,
    Rule,
    RuleAction,
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
    ("rule", "problem"),  # (field, the English words)
    [
        (replace(GOOD, name="  "), ("name", "Give the rule a name.")),
        (replace(GOOD, version=0), ("version", "A rule version starts at 1.")),
        (
            replace(GOOD, action=RuleAction(percent=Decimal(120))),
            (
                "action.percent",
                "The percentage to refund must be above 0 and at most 100, not 120.",
            ),
        ),
        (
            replace(GOOD, action=RuleAction(percent=Decimal(0))),
            ("action.percent", "The percentage to refund must be above 0 and at most 100, not 0."),
        ),
        (
            replace(GOOD, caps=(Money(-1, "PLN"),)),
            ("cap", "The cap per order cannot be negative."),
        ),
        (
            replace(GOOD, action=RuleAction(deduction=Money(-100, "PLN"))),
            ("action.deduction", "A deduction cannot be negative."),
        ),
        (
            replace(
                GOOD,
                conditions=Conditions(total_under=pln("10.00")),
                action=RuleAction(deduction=pln("15.00")),
            ),
            (
                "action.deduction",
                "The deduction of PLN\xa015.00 is larger than any refund this rule can make "
                "(it only covers orders under PLN\xa010.00).",
            ),
        ),
        (
            replace(
                GOOD,
                caps=(pln("20.00"),),
                over_cap=OverCap.REFUND_UP_TO_CAP,
                action=RuleAction(deduction=pln("20.00")),
            ),
            (
                "action.deduction",
                "The deduction of PLN\xa020.00 is larger than any refund this rule can make "
                "(refunds are capped at PLN\xa020.00).",
            ),
        ),
        (
            replace(GOOD, conditions=Conditions(return_reasons=frozenset({"DAMAGED"}))),
            (
                "conditions.return_reasons",
                "Return reasons only exist on returns; this rule is for another trigger, so it "
                "would never match.",
            ),
        ),
        (
            replace(GOOD, action=RuleAction(scope=RefundScope.RETURNED_ITEMS)),
            (
                "action.scope",
                "Only a return can have returned items; this rule is not for returns.",
            ),
        ),
        (
            replace(GOOD, action=RuleAction(seller_comment="x" * 251)),
            (
                "action.seller_comment",
                "The comment to the buyer can be at most 250 characters; it has 251.",
            ),
        ),
        (
            replace(GOOD, action=RuleAction(reason="BECAUSE")),
            ("action.reason", "'BECAUSE' is not a refund reason Allegro knows."),
        ),
        (
            replace(GOOD, action=RuleAction(notify_buyer=True)),
            ("action.notice_template", "Choose which message the buyer gets."),
        ),
        (
            replace(RETURNS, action=RuleAction(mark_cancelled=True)),
            (
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
            ("currency", "The deduction and the order amounts must be in the same currency."),
        ),
        (
            replace(GOOD, caps=(pln("1.00"), pln("2.00"))),
            ("cap", "There are two caps for PLN; keep one per currency."),
        ),
        (
            replace(GOOD, delay=timedelta(days=400)),
            ("delay", "The delay before refunding can be at most 366 days."),
        ),
        (
            replace(GOOD, conditions=Conditions(total_at_least=Money(-5, "PLN"))),
            ("conditions.total_at_least", "An order total cannot be negative."),
        ),
        (
            replace(
                GOOD,
                conditions=Conditions(total_at_least=pln("50.00"), total_under=pln("50.00")),
            ),
            (
                "conditions.total_under",
                "No order is at least PLN\xa050.00 and under PLN\xa050.00 at once, so the rule "
                "would never match.",
            ),
        ),
        (
            replace(GOOD, delay=timedelta(minutes=-1)),
            ("delay", "The delay before refunding cannot be negative."),
        ),
        (
            Rule("r", "Late", Trigger.NOT_SENT_IN_TIME, handling_time=timedelta(hours=-1)),
            ("handling_time", "The handling time cannot be negative."),
        ),
        (
            Rule("r", "Late", Trigger.NOT_SENT_IN_TIME, grace=timedelta(hours=-1)),
            ("grace", "The grace period cannot be negative."),
        ),
        (
            replace(GOOD, conditions=Conditions(max_days_since_purchase=-1)),
            ("conditions.max_days_since_purchase", "Days since purchase cannot be negative."),
        ),
        (
            replace(
                GOOD, conditions=Conditions(min_days_since_purchase=10, max_days_since_purchase=5)
            ),
            (
                "conditions.max_days_since_purchase",
                "The most days since purchase is less than the fewest, so the rule would never "
                "match.",
            ),
        ),
        (
            replace(GOOD, conditions=Conditions(payment_types=frozenset({"BITCOIN"}))),
            ("conditions.payment_types", "Unknown payment type: BITCOIN."),
        ),
        (
            replace(GOOD, conditions=Conditions(min_buyer_orders=0)),
            ("conditions.min_buyer_orders", "A buyer has at least 1 order (this one)."),
        ),
        (
            replace(GOOD, conditions=Conditions(blocked_logins=frozenset({" "}))),
            ("conditions.blocked_logins", "The blocklist has an empty login."),
        ),
        (
            replace(GOOD, conditions=Conditions(products=ProductFilter(name_contains=("",)))),
            ("conditions.products", "A product name filter is empty."),
        ),
        (
            replace(GOOD, conditions=Conditions(marketplaces=frozenset({""}))),
            ("conditions.marketplaces", "A marketplace is empty."),
        ),
    ],
)
def test_each_problem_has_a_plain_message(rule: Rule, problem: tuple[str, str]) -> None:
    found = validate(rule)
    assert [(p.field, p.message) for p in found] == [problem]
    # Worded in Polish and Chinese too (an unknown code would show as itself).
    for language in ("pl", "zh_CN"):
        said = render(found[0].said, language)
        assert said != problem[1] and "rule_problem." not in said, (language, said)


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
