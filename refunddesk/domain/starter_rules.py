"""Starter rules a new merchant can add with one click. All start in shadow mode."""

from __future__ import annotations

from datetime import timedelta

from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions, ProductFilter
from refunddesk.domain.money import Money
from refunddesk.domain.rules import RefundScope, Rule, RuleAction

PROMO_GROUP = "Promo"


def starter_rules(currency: str = "PLN") -> list[Rule]:
    """The templates, in a sensible priority order (the hold comes first)."""
    return [
        Rule(
            id="",
            name="Hold refunds above 500 PLN for approval",
            trigger=Trigger.BUYER_CANCELLED,
            conditions=Conditions(total_at_least=Money(50000, currency)),
            action=RuleAction(require_review=True),
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
