"""Rules files: an exact round trip and a clear error for every kind of bad file."""

from __future__ import annotations

import json
from dataclasses import replace
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
    id="",
    uid="promo-returns",
    name="Zwroty „Promo November”",
    trigger=Trigger.RETURN_DELIVERED,
    conditions=Conditions(
        total_at_least=pln("10.00"),
        total_under=pln("1234.56"),
        paid_at_least=pln("5.00"),
        paid_under=pln("2000.00"),
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
        include_surcharges=False,
        include_additional_services=False,
        reason="COMPLAINT",
        seller_comment="Dziękujemy!",
        notify_buyer=True,
        notice_template="return-refunded",
        claim_commission=True,
        require_review=True,
    ),
    caps=(pln("500.00"), Money(250000, "CZK")),
    over_cap=OverCap.REFUND_UP_TO_CAP,
    delay=timedelta(hours=2),
    mode=Mode.ARMED,
    enabled=False,
    version=4,
    grace=timedelta(hours=6),
)
PLAIN = Rule(id="", uid="r1", name="Cancellations", trigger=Trigger.BUYER_CANCELLED)


def test_round_trip_is_exact_and_keeps_the_order() -> None:
    rules = [FULL, PLAIN]
    text = export_rules(rules)
    assert import_rules(text) == rules
    assert export_rules(import_rules(text)) == text


def test_money_is_written_as_decimal_strings() -> None:
    doc = json.loads(export_rules([FULL]))
    assert doc["schema"] == 1
    assert doc["rules"][0]["id"] == "promo-returns"
    assert doc["rules"][0]["caps"] == [
        {"amount": "500.00", "currency": "PLN"},
        {"amount": "2500.00", "currency": "CZK"},
    ]
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


R1 = "rule 1 “Cancellations”"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "{not json",
            "file: This is not a rules file: not valid JSON (Expecting property name enclosed in "
            "double quotes, line 1).",
        ),
        ("[]", 'file: This is not a rules file: it has no "schema" number.'),
        (
            '{"schema": 2, "rules": []}',
            "file, schema: This rules file has schema 2; this version of RefundDesk reads "
            "schema 1.",
        ),
        ('{"schema": 1, "rules": {}}', 'file, rules: "rules" must be a list.'),
        ('{"schema": 1, "rules": [], "extra": 1}', 'file: Unknown field "extra".'),
        (_file_with(trigger=_DROP), f'{R1}, trigger: Missing "trigger".'),
        (
            _file_with(trigger="SOMETIMES"),
            f"{R1}, trigger: Expected one of BUYER_CANCELLED, NOT_SENT_IN_TIME, "
            'RETURN_DELIVERED, RETURN_DECLARED, got "SOMETIMES".',
        ),
        (_file_with(colour="red"), f'{R1}: Unknown field "colour".'),
        (_file_with(version="2"), f'{R1}, version: Expected a whole number, got "2".'),
        (_file_with(enabled=1), f"{R1}, enabled: Expected true or false, got 1."),
        (_file_with(version=True), f"{R1}, version: Expected a whole number, got true."),
        (
            _file_with(caps=[{"amount": 12.5, "currency": "PLN"}]),
            f'{R1}, caps[0]: Expected {{"amount": "12.34", "currency": "PLN"}} (amount must '
            'be a decimal string, got float), got {"amount": 12.5, "currency": "PLN"}.',
        ),
        (
            _file_with(action__percent="lots"),
            f'{R1}, action.percent: Expected a decimal number as a string, got "lots".',
        ),
        (_file_with(action__percent=50), f"{R1}, action.percent: Expected text, got 50."),
        (
            _file_with(conditions__payment_types=[1]),
            f"{R1}, conditions.payment_types: Expected a list of strings, got [1].",
        ),
        (
            _file_with(conditions__products__typo=[]),
            f'{R1}, conditions.products: Unknown field "typo".',
        ),
        (
            _file_with(action__percent="150"),
            f"{R1}, action.percent: The percentage to refund must be above 0 and at most "
            "100, not 150.",
        ),
        # Every number is bounded: a clear error, never an overflow or a hang.
        (
            _file_with(caps=[{"amount": "9" * 400, "currency": "PLN"}]),
            f"{R1}, caps[0]: The amount has 400 characters; that is no price.",
        ),
        (
            _file_with(caps=[{"amount": "99999999999.00", "currency": "PLN"}]),
            f"{R1}, cap: PLN\xa099,999,999,999.00 is more than any refund RefundDesk makes; check "
            "the amount.",
        ),
        (
            _file_with(conditions__max_days_since_purchase=1e30),
            f"{R1}, conditions.max_days_since_purchase: Expected a whole number, got 1e+30.",
        ),
        (
            _file_with(conditions__max_days_since_purchase=10**15),
            f"{R1}, conditions.max_days_since_purchase: Days since purchase can be at most 36500.",
        ),
        (
            _file_with(delay_seconds=10**19),
            f"{R1}, delay_seconds: At most 31622400 seconds (366 days), got 10000000000000000000.",
        ),
        (
            _file_with(delay_seconds=-(10**19)),
            f"{R1}, delay_seconds: At most 31622400 seconds (366 days), got -10000000000000000000.",
        ),
        (
            _file_with(action__percent="1" + "0" * 30),
            f"{R1}, action.percent: The number has 31 characters; a percentage has a few.",
        ),
        (
            _file_with(name="x" * 121),
            "rule 1 “" + "x" * 57 + "…”, name: A rule name can be at most 120 characters; it "
            "has 121.",
        ),
        (
            _file_with(id="a b"),
            f"{R1}, id: A rule id is 1 to 64 letters, digits, dots, "
            "dashes or underscores, starting with a letter or digit.",
        ),
        (
            _file_with(action__notify_buyer=True, action__notice_template="no_such_template"),
            f"{R1}, action.notice_template: There is no message template called "
            '"no_such_template" (known: refund_cancelled, refund_generic).',
        ),
        (
            '{"schema": 1, "rules": [{"id": "r1", "name": "Cancellations", "trigger": '
            '"BUYER_CANCELLED", "version": ' + "1" * 5000 + "}]}",
            "file: The file has a number with 5000 digits; no number in a rules file has more "
            "than 20.",
        ),
        (
            '{"schema": 1, "rules": ' + "[" * 100_000 + "]" * 100_000 + "}",
            "file: The file is nested more than 20 levels deep; a rules file never is.",
        ),
        (
            b'{"schema": 1, "rules": [{"name": "Caf\xe9"}]}',
            "file: This is not a rules file: it is not UTF-8 text (byte 38 cannot be read). "
            "Export the rules again, or save the file as UTF-8.",
        ),
        (
            '{"schema": 1, "rules": [], "pad": "' + "x" * 10_000_000 + '"}',
            "file: The file is 10.0 MB; a rules file is at most 1 MB. Is this the right file?",
        ),
    ],
)
def test_bad_files_get_a_clear_error(text: str | bytes, message: str) -> None:
    with pytest.raises(RulesFileError) as info:
        import_rules(text, templates={"refund_cancelled", "refund_generic"})
    assert str(info.value) == message
    # The same problems in Polish and Chinese: every phrase worded (an unknown code would show
    # as itself), none left in English but the money check's detail in brackets.
    for language in ("pl", "zh_CN"):
        said = info.value.text(language)
        assert "rules_file." not in said and "rule_problem." not in said, said
        assert said != message
        assert not [w for w in ("Expected", "rule ", "file:", "Missing", "Unknown") if w in said]


def test_every_problem_is_reported_at_once_by_rule_name_and_field() -> None:
    rules = json.loads(export_rules([PLAIN, FULL, replace(PLAIN, uid="r3", name="Third")]))
    rules["rules"][0]["action"]["percent"] = "0"
    rules["rules"][0]["conditions"]["min_buyer_orders"] = "two"
    rules["rules"][1]["caps"].append({"amount": "1.00", "currency": "PLN"})
    rules["rules"][2]["id"] = "r1"
    with pytest.raises(RulesFileError) as info:
        import_rules(json.dumps(rules))
    assert [str(p) for p in info.value.problems] == [
        'rule 1 “Cancellations”, conditions.min_buyer_orders: Expected a whole number, got "two".',
        "rule 2 “Zwroty „Promo November””, cap: There are two caps for PLN; keep one per currency.",
        'rule 3 “Third”, id: The id "r1" is also the id of rule 1; every rule needs its own.',
    ]
    # The parse problem of rule 1 does not hide its other problems once it is fixed.
    rules["rules"][0]["conditions"]["min_buyer_orders"] = 2
    with pytest.raises(RulesFileError) as info:
        import_rules(json.dumps(rules))
    assert str(info.value.problems[0]) == (
        "rule 1 “Cancellations”, action.percent: The percentage to refund must be above 0 "
        "and at most 100, not 0."
    )


def test_a_file_from_before_caps_per_currency_still_reads() -> None:
    old = json.loads(export_rules([PLAIN]))
    del old["rules"][0]["caps"]
    old["rules"][0]["cap"] = {"amount": "50.00", "currency": "PLN"}
    (rule,) = import_rules(json.dumps(old))
    assert rule.caps == (pln("50.00"),)


def test_import_without_check_accepts_a_rule_that_needs_fixing() -> None:
    text = _file_with(action__percent="150", caps=({"amount": "-1.00", "currency": "PLN"},))
    (rule,) = import_rules(text, check=False)
    assert rule.action.percent == Decimal(150)
    assert rule.caps == (Money(-100, "PLN"),)
