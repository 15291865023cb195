"""Rules files: an exact round trip and a clear error for every kind of bad file."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest

from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions, ProductFilter
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode, OverCap, RefundScope, Rule, RuleAction
from refunddesk.domain.rules_json import RulesFileError, export_rules, import_rules

from .factories import pln

FULL = Rule(
    id="rule-7",
    name="Zwroty „Promo November”",
    trigger=Trigger.RETURN_DELIVERED,
    conditions=Conditions(
        total_at_least=pln("10.00"),
        total_under=pln("1234.56"),
        products=ProductFilter(
            offer_ids=frozenset({"111", "222"}),
            skus=frozenset({"SKU-1"}),
            name_contains=("kubek",),
            groups=("Promo November",),
            match_all=False,
        ),
        payment_types=frozenset({"ONLINE", "ALLEGRO_PAY"}),
        min_days_since_purchase=1,
        max_days_since_purchase=14,
        return_reasons=frozenset({"DAMAGED"}),
        min_buyer_orders=2,
        blocked_logins=frozenset({"troll"}),
        marketplaces=frozenset({"allegro-pl"}),
    ),
    action=RuleAction(
        scope=RefundScope.RETURNED_ITEMS,
        percent=Decimal("87.5"),
        deduction=pln("12.99"),
        deduction_label="return postage",
        include_delivery=False,
        reason="COMPLAINT",
        seller_comment="Dziękujemy!",
        notify_buyer=True,
        notice_template="return-refunded",
        claim_commission=True,
        require_review=True,
    ),
    cap=pln("500.00"),
    over_cap=OverCap.REFUND_UP_TO_CAP,
    delay=timedelta(hours=2),
    mode=Mode.ARMED,
    enabled=False,
    version=4,
    grace=timedelta(hours=6),
)
PLAIN = Rule(id="r1", name="Cancellations", trigger=Trigger.BUYER_CANCELLED)


def test_round_trip_is_exact_and_keeps_the_order() -> None:
    rules = [FULL, PLAIN]
    text = export_rules(rules)
    assert import_rules(text) == rules
    assert export_rules(import_rules(text)) == text


def test_money_is_written_as_decimal_strings() -> None:
    doc = json.loads(export_rules([FULL]))
    assert doc["schema"] == 1
    assert doc["rules"][0]["cap"] == {"amount": "500.00", "currency": "PLN"}
    assert doc["rules"][0]["action"]["percent"] == "87.5"


def test_a_minimal_rule_takes_the_defaults() -> None:
    text = json.dumps(
        {
            "schema": 1,
            "rules": [{"id": "r1", "name": "Cancellations", "trigger": "BUYER_CANCELLED"}],
        }
    )
    assert import_rules(text) == [PLAIN]


def _file_with(**changes: object) -> str:
    rule = json.loads(export_rules([PLAIN]))["rules"][0]
    for dotted, value in changes.items():
        target = rule
        *path, last = dotted.split("__")
        for key in path:
            target = target[key]
        if value is _DROP:
            del target[last]
        else:
            target[last] = value
    return json.dumps({"schema": 1, "rules": [rule]})


_DROP = object()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "{not json",
            "This is not a rules file: not valid JSON (Expecting property name enclosed in "
            "double quotes, line 1).",
        ),
        ("[]", 'This is not a rules file: it has no "schema" number.'),
        (
            '{"schema": 2, "rules": []}',
            "This rules file has schema 2; this version of RefundDesk reads schema 1.",
        ),
        ('{"schema": 1, "rules": {}}', 'file: "rules" must be a list.'),
        ('{"schema": 1, "rules": [], "extra": 1}', "file: unknown field 'extra'."),
        (_file_with(id=_DROP), "rules[0]: missing 'id'."),
        (_file_with(trigger=_DROP), "rules[0]: missing 'trigger'."),
        (
            _file_with(trigger="SOMETIMES"),
            "rules[0].trigger: expected one of BUYER_CANCELLED, NOT_SENT_IN_TIME, "
            "RETURN_DELIVERED, RETURN_DECLARED, got 'SOMETIMES'.",
        ),
        (_file_with(colour="red"), "rules[0]: unknown field 'colour'."),
        (_file_with(version="2"), "rules[0].version: expected a whole number, got '2'."),
        (_file_with(enabled=1), "rules[0].enabled: expected true or false, got 1."),
        (_file_with(version=True), "rules[0].version: expected a whole number, got True."),
        (
            _file_with(cap={"amount": 12.5, "currency": "PLN"}),
            'rules[0].cap: expected {"amount": "12.34", "currency": "PLN"} (amount must be a '
            "decimal string, got float), got {'amount': 12.5, 'currency': 'PLN'}.",
        ),
        (
            _file_with(action__percent="lots"),
            "rules[0].action.percent: expected a decimal number as a string, got 'lots'.",
        ),
        (_file_with(action__percent=50), "rules[0].action.percent: expected text, got 50."),
        (
            _file_with(conditions__payment_types=[1]),
            "rules[0].conditions.payment_types: expected a list of strings, got [1].",
        ),
        (
            _file_with(conditions__products__typo=[]),
            "rules[0].conditions.products: unknown field 'typo'.",
        ),
        (
            _file_with(action__percent="150"),
            "rules[0] 'Cancellations': The percentage to refund must be above 0 and at most "
            "100, not 150.",
        ),
    ],
)
def test_bad_files_get_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(RulesFileError) as info:
        import_rules(text)
    assert str(info.value) == message


def test_import_without_check_accepts_a_rule_that_needs_fixing() -> None:
    text = _file_with(action__percent="150", cap={"amount": "-1.00", "currency": "PLN"})
    (rule,) = import_rules(text, check=False)
    assert rule.action.percent == Decimal(150)
    assert rule.cap == Money(-100, "PLN")
