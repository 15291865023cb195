"""describe() in Polish and Chinese: whole sentences, every condition, no English left over."""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal

import pytest

from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions, ProductFilter
from refunddesk.domain.describe import describe, duration
from refunddesk.domain.rules import Mode, OverCap, RefundScope, Rule, RuleAction
from refunddesk.domain.starter_rules import starter_rules
from refunddesk.notify.templates import BUILTIN_TEMPLATES

from .factories import pln
from .test_describe import spaced


def _armed(trigger: Trigger, **kw: object) -> Rule:
    return Rule(id="r", name="R", trigger=trigger, mode=Mode.ARMED, **kw)  # type: ignore[arg-type]


SMALL_CANCEL = _armed(Trigger.BUYER_CANCELLED, conditions=Conditions(total_under=pln("500.00")))
LATE = _armed(Trigger.NOT_SENT_IN_TIME, grace=timedelta(days=1), caps=(pln("300.00"),))
PROMO_RETURN = _armed(
    Trigger.RETURN_DELIVERED,
    conditions=Conditions(
        products=ProductFilter(groups=("Promocja listopad",)),
        payment_types=frozenset({"ONLINE", "ALLEGRO_PAY"}),
        max_days_since_purchase=14,
    ),
    action=RuleAction(
        scope=RefundScope.RETURNED_ITEMS,
        include_delivery=False,
        deduction=pln("12.00"),
        deduction_label="koszt odesłania",
    ),
    delay=timedelta(hours=1),
)
HALF_ON_DECLARE = _armed(
    Trigger.RETURN_DECLARED,
    conditions=Conditions(total_at_least=pln("10.00"), total_under=pln("50.00")),
    action=RuleAction(scope=RefundScope.RETURNED_ITEMS, percent=Decimal(50)),
)
PART_WITHOUT_DELIVERY = _armed(
    Trigger.BUYER_CANCELLED, action=RuleAction(include_delivery=False, percent=Decimal("12.5"))
)
LATE_SMALL = _armed(
    Trigger.NOT_SENT_IN_TIME,
    conditions=Conditions(total_under=pln("80.00")),
    handling_time=timedelta(days=1),
    grace=timedelta(hours=5),
    action=RuleAction(mark_cancelled=True, notify_buyer=True, notice_template="moj_szablon"),
)
# Every condition and every extra at once; the merchant's own words in it are not English.
EVERY_CONDITION = Rule(
    id="r",
    name="R",
    trigger=Trigger.RETURN_DECLARED,
    conditions=Conditions(
        total_at_least=pln("100.00"),
        products=ProductFilter(
            offer_ids=frozenset({"17012345"}),
            skus=frozenset({"KUB-1"}),
            name_contains=("kubek",),
            groups=("Lato",),
            match_all=False,
        ),
        payment_types=frozenset({"CASH_ON_DELIVERY", "WIRE_TRANSFER", "SPLIT_PAYMENT"}),
        min_days_since_purchase=2,
        max_days_since_purchase=30,
        return_reasons=frozenset({"DAMAGED", "TOO_LARGE"}),
        min_buyer_orders=3,
        blocked_logins=frozenset({"kupiec1", "kupiec2"}),
        marketplaces=frozenset({"allegro-pl", "allegro-cz"}),
    ),
    action=RuleAction(
        scope=RefundScope.RETURNED_ITEMS,
        include_delivery=False,
        notify_buyer=True,
        notice_template="refund_return",
        claim_commission=True,
        require_review=True,
    ),
    caps=(pln("200.00"),),
    over_cap=OverCap.REFUND_UP_TO_CAP,
    delay=timedelta(days=1, minutes=30),
    enabled=False,
)


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (
            SMALL_CANCEL,
            "Gdy kupujący anuluje opłacone zamówienie o wartości poniżej 500,00 zł, zwróć całą "
            "kwotę zamówienia wraz z kosztem dostawy.",
        ),
        (
            LATE,
            "Gdy opłacone zamówienie nie zostanie wysłane w terminie wysyłki (lub w ciągu 2 dni "
            "od zapłaty) przedłużonym o 1 dzień, zwróć całą kwotę zamówienia wraz z kosztem "
            "dostawy. Zwroty powyżej 300,00 zł czekają na Twoją zgodę. Zamówienia w innej "
            "walucie czekają na Twoją zgodę.",
        ),
        (
            PROMO_RETURN,
            "Gdy zwrot z zamówienia dotrze do Ciebie, jeśli zapłacono przez Allegro Pay lub "
            "online, tylko z produktami z grupy „Promocja listopad”, w ciągu 14 dni od zakupu, "
            "zwróć wartość produktów objętych zwrotem, po potrąceniu 12,00 zł (koszt "
            "odesłania). Zwrot najpierw czeka 1 godzinę, więc możesz go zatrzymać.",
        ),
        (
            HALF_ON_DECLARE,
            "Gdy kupujący zgłosi zwrot z zamówienia o wartości od 10,00 zł do poniżej 50,00 zł, "
            "zwróć 50% wartości produktów objętych zwrotem wraz z kosztem dostawy.",
        ),
        (
            PART_WITHOUT_DELIVERY,
            "Gdy kupujący anuluje opłacone zamówienie, zwróć 12,5% kwoty zamówienia bez "
            "kosztu dostawy.",
        ),
        (
            LATE_SMALL,
            "Gdy opłacone zamówienie o wartości poniżej 80,00 zł nie zostanie wysłane w terminie "
            "wysyłki (lub w ciągu 1 dnia od zapłaty) przedłużonym o 5 godzin, zwróć całą kwotę "
            "zamówienia wraz z kosztem dostawy. Kupujący dostaje wiadomość „moj_szablon”. "
            "Zamówienie zostaje oznaczone jako anulowane.",
        ),
        (
            EVERY_CONDITION,
            "Gdy kupujący zgłosi zwrot z zamówienia o wartości co najmniej 100,00 zł, jeśli "
            "zapłacono za pobraniem lub podzieloną płatnością lub przelewem, z co najmniej "
            "jednym produktem z grupy „Lato” lub z oferty nr 17012345 lub o kodzie SKU KUB-1 "
            "lub o nazwie zawierającej „kubek”, w ciągu 30 dni od zakupu, co najmniej 2 dni po "
            "zakupie, jeśli powód zwrotu to „Uszkodzony” lub „Za duży”, dla kupujących z co "
            "najmniej 3 zamówieniami, z wyjątkiem 2 zablokowanych kupujących, w serwisie "
            "allegro-cz lub allegro-pl, zwróć wartość produktów objętych zwrotem. Zwroty są "
            "ograniczone do 200,00 zł. Zamówienia w innej walucie czekają na Twoją zgodę. "
            "Każdy zwrot czeka na Twoją zgodę. Zwrot najpierw czeka "
            "1 dzień 30 minut, więc możesz go zatrzymać. Kupujący dostaje wiadomość „Zwrot po "
            "odesłaniu produktu”. Po zwrocie składany jest wniosek o zwrot prowizji. Tryb "
            "próbny: reguła tylko zapisuje, co by zrobiła. Reguła jest wyłączona.",
        ),
    ],
    ids=["cancelled", "not-sent", "return-delivered", "return-declared", "part", "late", "all"],
)
def test_describe_in_polish(rule: Rule, expected: str) -> None:
    assert spaced(describe(rule, "pl")) == expected


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (
            SMALL_CANCEL,
            "当买家取消金额低于 PLN 500.00 的已付款订单时，退还全部款项（含运费）。",
        ),
        (
            LATE,
            "当已付款订单超过发货截止时间（或付款后 2 天）再加 1 天宽限期后仍未发货时，"
            "退还全部款项（含运费）。超过 PLN 300.00 的退款需等待您的批准。"
            "其他币种的订单需等待您的批准。",
        ),
        (
            PROMO_RETURN,
            "当退货送回给您时，如果付款方式为 Allegro Pay 或在线支付，仅涉及商品组"
            "“Promocja listopad”中的商品，且距购买不超过 14 天，则退还退回商品金额，"
            "并扣除 PLN 12.00（koszt odesłania）。退款会先等待 1 小时，在此期间您可以取消"
            "这笔退款。",
        ),
        (
            HALF_ON_DECLARE,
            "当买家为金额不低于 PLN 10.00 且低于 PLN 50.00 的订单申请退货时，"
            "退还退回商品及运费金额的 50%。",
        ),
        (PART_WITHOUT_DELIVERY, "当买家取消已付款订单时，退还全部款项的 12.5%（不含运费）。"),
        (
            LATE_SMALL,
            "当金额低于 PLN 80.00 的已付款订单超过发货截止时间（或付款后 1 天）再加 5 小时"
            "宽限期后仍未发货时，退还全部款项（含运费）。买家会收到消息“moj_szablon”。"
            "订单会被标记为已取消。",
        ),
        (
            EVERY_CONDITION,
            "当买家为金额不低于 PLN 100.00 的订单申请退货时，如果付款方式为货到付款、拆分付款"
            "或银行转账，至少涉及一件商品组“Lato”中、编号为 17012345、SKU 为 KUB-1 或名称包含"
            "“kubek”的商品，距购买不超过 30 天，距购买至少 2 天，退货原因为“已损坏”或“太大”，"
            "买家至少有 3 个订单，买家不在黑名单上（共 2 人），且站点为 allegro-cz 或 allegro-pl，"
            "则退还退回商品金额。每单退款上限为 PLN 200.00。其他币种的订单需等待您的批准。"
            "每笔退款都需等待您的批准。"
            "退款会先等待 1 天 30 分钟，在此期间您可以取消这笔退款。买家会收到消息“退货后的退款”。"
            "退款完成后会申请退还佣金。影子模式：只记录将会执行的操作。此规则已关闭。",
        ),
    ],
    ids=["cancelled", "not-sent", "return-delivered", "return-declared", "part", "late", "all"],
)
def test_describe_in_chinese(rule: Rule, expected: str) -> None:
    assert spaced(describe(rule, "zh_CN")) == expected


def test_every_trigger_and_action_kind_reads_differently_in_each_language() -> None:
    # Each trigger and each refund scope × delivery choice gets its own wording, not a fallback.
    actions = [
        RuleAction(),
        RuleAction(include_delivery=False),
        RuleAction(scope=RefundScope.RETURNED_ITEMS),
        RuleAction(scope=RefundScope.RETURNED_ITEMS, include_delivery=False),
    ]
    for language in ("pl", "zh_CN"):
        sentences = {describe(_armed(t, action=a), language) for t in Trigger for a in actions}
        assert len(sentences) == len(Trigger) * len(actions)
        assert not sentences & {describe(_armed(t, action=a)) for t in Trigger for a in actions}


_NOT_ENGLISH = {"allegro", "pay", "online", "pln"}  # brand, method and currency


def _english_words(text: str) -> set[str]:
    # Short words are left out: Polish has its own "do", "to", "a", "od".
    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)}


def _merchant_words(rule: Rule) -> set[str]:
    """Names and codes the merchant typed, shown as typed in every language."""
    c, p = rule.conditions, rule.conditions.products
    typed = [*p.groups, *p.name_contains, *p.skus, *p.offer_ids, *c.marketplaces]
    if rule.action.notice_template not in BUILTIN_TEMPLATES:  # built-in ones are named
        typed.append(rule.action.notice_template)
    return _english_words(" ".join([*typed, rule.action.deduction_label]))


@pytest.mark.parametrize("language", ["pl", "zh_CN"])
@pytest.mark.parametrize(
    "rule",
    [*starter_rules(), EVERY_CONDITION, PROMO_RETURN, LATE_SMALL, LATE],
    ids=lambda r: r.name if r.name != "R" else None,
)
def test_no_english_is_left_in_the_translation(rule: Rule, language: str) -> None:
    # Every word the English sentence uses (return reason codes and template ids included) is
    # a word a Polish or Chinese merchant should not meet, unless it is a name or a code.
    english = _english_words(describe(rule)) - _NOT_ENGLISH - _merchant_words(rule)
    assert len(english) > 5  # the check has something to find
    translated = describe(rule, language)
    assert not english & _english_words(translated), translated


def test_starter_rules_in_chinese_use_no_latin_beyond_names_and_amounts() -> None:
    allowed = {"pln", "promo"}  # the currency code and the starter's product group
    for rule in starter_rules():
        assert _english_words(describe(rule, "zh_CN")) <= allowed, describe(rule, "zh_CN")


@pytest.mark.parametrize("language", ["en", "de", "zh", "", "pl_PL"])
def test_an_unknown_language_is_english(language: str) -> None:
    assert describe(SMALL_CANCEL, language) == describe(SMALL_CANCEL)
    assert describe(SMALL_CANCEL, language).startswith("When a buyer cancels")


def test_a_merchants_own_template_id_is_kept_and_builtin_ones_are_named() -> None:
    own = _armed(
        Trigger.BUYER_CANCELLED, action=RuleAction(notify_buyer=True, notice_template="moj")
    )
    builtin = _armed(
        Trigger.BUYER_CANCELLED,
        action=RuleAction(notify_buyer=True, notice_template="refund_cancelled"),
    )
    assert "„moj”" in describe(own, "pl")
    assert "“moj”" in describe(own, "zh_CN")
    assert "„Zwrot po anulowaniu”" in describe(builtin, "pl")
    assert "“取消后的退款”" in describe(builtin, "zh_CN")


def test_one_blocked_buyer_and_any_product_match_in_polish() -> None:
    rule = _armed(
        Trigger.RETURN_DELIVERED,
        conditions=Conditions(
            blocked_logins=frozenset({"x"}),
            min_buyer_orders=1,  # every buyer has this order: says nothing
            products=ProductFilter(skus=frozenset({"A-1"}), match_all=True),
        ),
        over_cap=OverCap.HOLD,
    )
    assert describe(rule, "pl") == (
        "Gdy zwrot z zamówienia dotrze do Ciebie, tylko z produktami o kodzie SKU A-1, "
        "z wyjątkiem 1 zablokowanego kupującego, zwróć całą kwotę zamówienia wraz z kosztem "
        "dostawy."
    )
    assert describe(rule, "zh_CN") == (
        "当退货送回给您时，如果仅涉及 SKU 为 A-1 的商品，且买家不在黑名单上（共 1 人），"
        "则退还全部款项（含运费）。"
    )


@pytest.mark.parametrize(
    ("span", "pl_accusative", "zh"),
    [
        (timedelta(hours=1), "1 godzinę", "1 小时"),
        (timedelta(minutes=1), "1 minutę", "1 分钟"),
        (timedelta(days=1), "1 dzień", "1 天"),
        (timedelta(hours=3), "3 godziny", "3 小时"),
        (
            timedelta(days=1, hours=1, minutes=5),
            "1 dzień 1 godzinę 5 minut",
            "1 天 1 小时 5 分钟",
        ),
        (timedelta(0), "0 minut", "0 分钟"),
    ],
)
def test_durations_in_polish_accusative_and_chinese(
    span: timedelta, pl_accusative: str, zh: str
) -> None:
    assert duration(span, "pl", accusative=True) == pl_accusative
    assert duration(span, "zh_CN") == zh


@pytest.mark.parametrize("template_id", BUILTIN_TEMPLATES)
def test_every_builtin_message_is_named_in_each_language(template_id: str) -> None:
    rule = _armed(
        Trigger.BUYER_CANCELLED, action=RuleAction(notify_buyer=True, notice_template=template_id)
    )
    for language in ("pl", "zh_CN"):
        assert template_id not in describe(rule, language)
