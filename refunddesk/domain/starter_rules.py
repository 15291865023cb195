"""Starter rules a new merchant can add with one click. All start in shadow mode.

Their names are given in every app language here (not through Qt's catalogues) so that a
starter rule still called by its default name can be renamed when the language changes,
by the GUI, the demo and the CLI alike; a name the merchant typed is never touched.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions, ProductFilter
from refunddesk.domain.money import Money
from refunddesk.domain.rules import RefundScope, Rule, RuleAction

PROMO_GROUP = "Promo"

# The starters' default names, in starter_rules() order, per app language.
STARTER_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "Hold refunds of 500 PLN or more for approval",
        "Refund buyer cancellations",
        "Refund orders not sent within 3 days of the deadline",
        "Refund delivered returns of the returned items",
        "Always refund promo items",
    ),
    "pl": (
        "Wstrzymuj zwroty od 500 zł do zatwierdzenia",
        "Zwracaj pieniądze za anulowane zamówienia",
        "Zwracaj za zamówienia niewysłane w 3 dni po terminie",
        "Zwracaj za zwrócone produkty po dostarczeniu zwrotu",
        "Zawsze zwracaj za produkty promocyjne",
    ),
    "zh_CN": (
        "500 PLN 及以上的退款等待批准",
        "为买家取消的订单退款",
        "截止后 3 天内未发货的订单退款",
        "退货送达后为退回的商品退款",
        "促销商品始终退款",
    ),
}


# Default names of earlier versions, by starter: still the starter's, so a language change
# renames them. ("Above 500" named a rule that holds an order of exactly 500.00 too.)
FORMER_NAMES: dict[str, int] = {
    "Hold refunds above 500 PLN for approval": 0,
    "Wstrzymuj zwroty powyżej 500 zł do zatwierdzenia": 0,
    "超过 500 PLN 的退款等待批准": 0,
}


def starter_names(language: str) -> tuple[str, ...]:
    """The starters' names in ``language``; English for a language without names."""
    return STARTER_NAMES.get(language, STARTER_NAMES["en"])


def renamed_starter(name: str, language: str) -> str | None:
    """The default name in ``language`` of the starter whose default ``name`` is (in any
    language); None when the merchant chose the name or it is already right."""
    for names in STARTER_NAMES.values():
        if name in names:
            wanted = starter_names(language)[names.index(name)]
            return None if wanted == name else wanted
    if name in FORMER_NAMES:
        return starter_names(language)[FORMER_NAMES[name]]
    return None


def starter_rules(currency: str = "PLN", language: str = "en") -> list[Rule]:
    """The templates, in a sensible priority order (the hold comes first)."""
    rules = [
        Rule(
            id="",
            name="Hold refunds of 500 PLN or more for approval",
            trigger=Trigger.BUYER_CANCELLED,
            conditions=Conditions(total_at_least=Money(50000, currency)),
            # Once approved, the buyer is told as for any cancellation: the biggest refunds
            # went out without a word while the small ones had one.
            action=RuleAction(
                require_review=True, notify_buyer=True, notice_template="refund_cancelled"
            ),
        ),
        Rule(
            id="",
            name="Refund buyer cancellations",
            trigger=Trigger.BUYER_CANCELLED,
            action=RuleAction(notify_buyer=True, notice_template="refund_cancelled"),
        ),
        Rule(
            id="",
            name="Refund orders not sent within 3 days of the deadline",
            trigger=Trigger.NOT_SENT_IN_TIME,
            grace=timedelta(days=3),
            action=RuleAction(
                mark_cancelled=True, notify_buyer=True, notice_template="refund_late"
            ),
        ),
        Rule(
            id="",
            name="Refund delivered returns of the returned items",
            trigger=Trigger.RETURN_DELIVERED,
            action=RuleAction(
                scope=RefundScope.RETURNED_ITEMS,
                include_delivery=False,
                notify_buyer=True,
                notice_template="refund_return",
            ),
        ),
        Rule(
            id="",
            name="Always refund promo items",
            trigger=Trigger.RETURN_DECLARED,
            conditions=Conditions(products=ProductFilter(groups=(PROMO_GROUP,))),
            action=RuleAction(scope=RefundScope.RETURNED_ITEMS, include_delivery=False),
        ),
    ]
    return [replace(r, name=n) for r, n in zip(rules, starter_names(language), strict=True)]
