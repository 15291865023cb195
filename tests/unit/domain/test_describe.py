"""describe() sentences for every trigger and action, and the policy text in every language."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions, ProductFilter
from refunddesk.domain.describe import describe, duration, policy_text
from refunddesk.domain.rules import Mode, OverCap, RefundScope, Rule, RuleAction

from .factories import pln


def spaced(text: str) -> str:
    """Amounts keep their number and currency together with a no-break space; the expected
    sentences below are easier to read with plain spaces (one test checks the real thing)."""
    return text.replace("\u00a0", " ")


RETURNED = RuleAction(scope=RefundScope.RETURNED_ITEMS, include_delivery=False)


def _armed(trigger: Trigger, **kw: object) -> Rule:
    return Rule(id="r", name="R", trigger=trigger, mode=Mode.ARMED, **kw)  # type: ignore[arg-type]


SMALL_CANCEL = _armed(Trigger.BUYER_CANCELLED, conditions=Conditions(total_under=pln("500.00")))
LATE = _armed(Trigger.NOT_SENT_IN_TIME, grace=timedelta(days=1), caps=(pln("300.00"),))
PROMO_RETURN = _armed(
    Trigger.RETURN_DELIVERED,
    conditions=Conditions(
        products=ProductFilter(groups=("Promo November",)),
        payment_types=frozenset({"ONLINE", "ALLEGRO_PAY"}),
        max_days_since_purchase=14,
    ),
    action=replace(RETURNED, deduction=pln("12.00"), deduction_label="return postage"),
    delay=timedelta(hours=2),
)
HALF_ON_DECLARE = _armed(
    Trigger.RETURN_DECLARED,
    conditions=Conditions(total_at_least=pln("10.00"), total_under=pln("50.00")),
    action=RuleAction(scope=RefundScope.RETURNED_ITEMS, percent=Decimal(50)),
)


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (
            SMALL_CANCEL,
            "When a buyer cancels a paid order under PLN 500.00, refund everything including "
            "delivery.",
        ),
        (
            LATE,
            "When a paid order is not sent by its dispatch deadline (or 2 days after payment) "
            "plus 1 day of grace, refund everything including delivery. Refunds above PLN 300.00 "
            "wait for your approval. Orders in any other currency wait for your approval.",
        ),
        (
            PROMO_RETURN,
            "When a return from an order is delivered back to you, paid by Allegro Pay or "
            "online, with only products from 'Promo November', within 14 days of purchase, "
            "refund the returned items minus PLN 12.00 return postage. It waits 2 hours first, "
            "so you can stop it.",
        ),
        (
            HALF_ON_DECLARE,
            "When a buyer declares a return from an order of PLN 10.00 to under PLN 50.00, "
            "refund 50% of the returned items and delivery.",
        ),
        (
            _armed(Trigger.BUYER_CANCELLED, action=RuleAction(include_delivery=False)),
            "When a buyer cancels a paid order, refund everything except delivery.",
        ),
    ],
)
def test_describe_each_trigger_and_action(rule: Rule, expected: str) -> None:
    assert spaced(describe(rule)) == expected


def test_describe_mentions_every_extra() -> None:
    rule = Rule(
        id="r",
        name="R",
        trigger=Trigger.NOT_SENT_IN_TIME,
        conditions=Conditions(min_buyer_orders=3, blocked_logins=frozenset({"x", "y"})),
        action=RuleAction(
            notify_buyer=True,
            notice_template="late-refund",
            mark_cancelled=True,
            claim_commission=True,
            require_review=True,
        ),
        caps=(pln("200.00"),),
        over_cap=OverCap.REFUND_UP_TO_CAP,
        enabled=False,
    )
    assert spaced(describe(rule)) == (
        "When a paid order is not sent by its dispatch deadline (or 2 days after payment), "
        "from buyers with at least 3 orders, except for 2 blocked buyers, refund everything "
        "including delivery. Refunds are capped at PLN 200.00. Orders in any other currency "
        "wait for your approval. Every refund waits for your approval. The buyer gets the "
        "message 'late-refund'. The order is marked cancelled. "
        "The commission is claimed back after the refund. Shadow mode: it only records what "
        "it would do. It is turned off."
    )


def test_policy_text_in_english() -> None:
    rules = [SMALL_CANCEL, LATE, PROMO_RETURN, HALF_ON_DECLARE]
    assert spaced(policy_text(rules, "en")) == (
        "Refunds\n\n"
        "- If you cancel a paid order under PLN 500.00, we refund the full amount including "
        "delivery automatically.\n"
        "- If we do not send your order by its dispatch deadline, we refund the full amount "
        "including delivery automatically (automatically up to PLN 300.00; anything above is "
        "handled individually).\n"
        "- When your return reaches us (products in 'Promo November', paid by Allegro Pay or "
        "online, within 14 days of purchase), we refund the returned items less PLN 12.00 for "
        "return postage automatically within 2 hours.\n"
        "- When you declare a return (orders of PLN 10.00 to under PLN 50.00), we refund 50% of "
        "the returned items and delivery automatically, without waiting for the parcel.\n"
    )


def test_policy_text_in_polish() -> None:
    rules = [SMALL_CANCEL, LATE, PROMO_RETURN, HALF_ON_DECLARE]
    assert spaced(policy_text(rules, "pl")) == (
        "Zwroty pieniędzy\n\n"
        "- Jeśli anulujesz opłacone zamówienie o wartości poniżej 500,00 zł, automatycznie "
        "zwrócimy całą kwotę zamówienia wraz z kosztem dostawy.\n"
        "- Jeśli nie wyślemy zamówienia w terminie wysyłki, automatycznie zwrócimy całą kwotę "
        "zamówienia wraz z kosztem dostawy (automatycznie do 300,00 zł; wyższe kwoty "
        "indywidualnie).\n"
        "- Gdy Twój zwrot do nas dotrze (produkty z grupy „Promo November”, płatność przez "
        "Allegro Pay lub online, w ciągu 14 dni od zakupu), automatycznie zwrócimy wartość "
        "zwróconych produktów, po potrąceniu 12,00 zł (return postage), w ciągu 2 godzin.\n"
        "- Gdy zgłosisz zwrot (zamówienia o wartości od 10,00 zł do poniżej 50,00 zł), bez "
        "czekania na paczkę automatycznie zwrócimy 50% wartości zwróconych produktów wraz z "
        "kosztem dostawy.\n"
    )


def test_policy_text_in_chinese() -> None:
    rules = [SMALL_CANCEL, LATE, PROMO_RETURN, HALF_ON_DECLARE]
    assert spaced(policy_text(rules, "zh_CN")) == (
        "退款\n\n"
        "- 如果您取消金额低于 PLN 500.00 的已付款订单，我们将自动退还全部订单金额（含运费）。\n"
        "- 如果我们未在发货截止时间前发出您的订单，我们将自动退还全部订单金额（含运费）；"
        "自动退款上限为 PLN 300.00，超出部分单独处理。\n"
        "- 您的退货送达我们后（商品组“Promo November”中的商品，付款方式为Allegro Pay或在线支付，"
        "购买后 14 天内），我们将自动退还退回商品金额，并扣除 PLN 12.00（return postage），"
        "在 2 小时内完成。\n"
        "- 您申请退货后（金额不低于 PLN 10.00 且低于 PLN 50.00 的订单），我们无需等待包裹寄回，"
        "即自动退还退回商品及运费金额的 50%。\n"
    )


def test_policy_leaves_out_shadow_and_disabled_rules() -> None:
    rules = [replace(SMALL_CANCEL, mode=Mode.SHADOW), replace(LATE, enabled=False)]
    assert policy_text(rules, "en") == "Refunds\n\nWe handle every refund individually.\n"
    assert policy_text(rules, "pl") == (
        "Zwroty pieniędzy\n\nKażdy zwrot pieniędzy rozpatrujemy indywidualnie.\n"
    )
    assert policy_text(rules, "zh_CN") == "退款\n\n每笔退款我们都会单独处理。\n"


def test_a_rule_that_holds_for_approval_promises_no_automatic_refund() -> None:
    big = _armed(
        Trigger.BUYER_CANCELLED,
        conditions=Conditions(total_at_least=pln("500.00")),
        action=RuleAction(require_review=True),
    )
    declared = _armed(
        Trigger.RETURN_DECLARED,
        conditions=Conditions(products=ProductFilter(groups=("Promo",))),
        action=replace(RETURNED, require_review=True),
    )
    en, pl, zh = (spaced(policy_text([big, declared], lang)) for lang in ("en", "pl", "zh_CN"))
    assert en == (
        "Refunds\n\n"
        "- If you cancel a paid order of at least PLN 500.00, we handle the refund individually.\n"
        "- When you declare a return (products in 'Promo'), we handle the refund individually.\n"
    )
    assert pl == (
        "Zwroty pieniędzy\n\n"
        "- Jeśli anulujesz opłacone zamówienie o wartości co najmniej 500,00 zł, zwrot pieniędzy "
        "rozpatrzymy indywidualnie.\n"
        "- Gdy zgłosisz zwrot (produkty z grupy „Promo”), zwrot pieniędzy rozpatrzymy "
        "indywidualnie.\n"
    )
    assert zh == (
        "退款\n\n"
        "- 如果您取消金额不低于 PLN 500.00 的已付款订单，我们将单独处理退款。\n"
        "- 您申请退货后（商品组“Promo”中的商品），我们将单独处理退款。\n"
    )


def test_policy_in_an_unknown_language_is_an_error() -> None:
    with pytest.raises(ValueError, match="available: en, pl, zh_CN"):
        policy_text([SMALL_CANCEL], "de")


@pytest.mark.parametrize(
    ("span", "en", "pl", "pl_gen"),
    [
        (timedelta(hours=1), "1 hour", "1 godzina", "1 godziny"),
        (timedelta(hours=3), "3 hours", "3 godziny", "3 godzin"),
        (timedelta(days=5), "5 days", "5 dni", "5 dni"),
        (timedelta(days=1, minutes=30), "1 day 30 minutes", "1 dzień 30 minut", "1 dnia 30 minut"),
        (timedelta(hours=22), "22 hours", "22 godziny", "22 godzin"),
    ],
)
def test_durations_in_words(span: timedelta, en: str, pl: str, pl_gen: str) -> None:
    assert duration(span) == en
    assert duration(span, "pl") == pl
    assert duration(span, "pl", genitive=True) == pl_gen


def test_english_names_built_in_messages_and_return_reasons_instead_of_codes() -> None:
    rule = _armed(
        Trigger.RETURN_DECLARED,
        conditions=Conditions(return_reasons=frozenset({"DAMAGED", "TOO_LARGE"})),
        action=replace(RETURNED, notify_buyer=True, notice_template="refund_return"),
    )
    text = describe(rule)
    assert "for return reason 'Damaged' or 'Too large'" in text
    assert "The buyer gets the message 'Refund after a return'." in text
    assert "refund_return" not in text and "TOO_LARGE" not in text


def test_amounts_are_written_as_each_language_writes_money() -> None:
    # One money format per language, the same as the tables: CLDR's, through Babel.
    assert "under PLN\u00a0500.00," in describe(SMALL_CANCEL)
    assert "poniżej 500,00\u00a0zł," in describe(SMALL_CANCEL, "pl")
    assert "低于 PLN\u00a0500.00 的" in describe(SMALL_CANCEL, "zh_CN")
