"""What a rule says, as structured parts; describe_en/_pl/_zh turn the parts into sentences.

The parts are decided here once, so the three languages cannot drift apart: which conditions
are worth saying, in which order, and which extras a rule has. A renderer only chooses words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions, ProductFilter
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode, OverCap, RefundScope, Rule, RuleAction


@dataclass(frozen=True, slots=True)
class Range:
    """An amount condition: at least ``low`` and/or under ``high``."""

    low: Money | None
    high: Money | None


# -- conditions, in the order the summary says them ----------------------------------------


@dataclass(frozen=True, slots=True)
class PaidRange:
    """What the buyer paid, surcharges included."""

    range: Range


@dataclass(frozen=True, slots=True)
class PaidBy:
    kinds: tuple[str, ...]  # PaymentKind values, sorted


@dataclass(frozen=True, slots=True)
class Products:
    filter: ProductFilter


@dataclass(frozen=True, slots=True)
class WithinDays:
    days: int  # of purchase


@dataclass(frozen=True, slots=True)
class AfterDays:
    days: int  # at least this long after purchase


@dataclass(frozen=True, slots=True)
class ReturnReasons:
    codes: tuple[str, ...]  # Allegro's codes, sorted


@dataclass(frozen=True, slots=True)
class RepeatBuyers:
    min_orders: int


@dataclass(frozen=True, slots=True)
class NotBlocked:
    count: int  # how many buyers are on the blocklist


@dataclass(frozen=True, slots=True)
class Marketplaces:
    names: tuple[str, ...]  # sorted


Condition = (
    PaidRange
    | PaidBy
    | Products
    | WithinDays
    | AfterDays
    | ReturnReasons
    | RepeatBuyers
    | NotBlocked
    | Marketplaces
)


@dataclass(frozen=True, slots=True)
class Refund:
    """What is refunded: ``percent`` of everything or of the returned items, and what not."""

    returned_items: bool
    percent: Decimal
    delivery: bool
    deduction: Money | None  # None when nothing (or zero) is deducted
    deduction_label: str
    without_surcharges: bool  # "everything" that leaves surcharges out
    without_services: bool  # … or additional services

    @property
    def whole(self) -> bool:
        return self.percent == 100


# -- extras: short sentences after the main one ---------------------------------------------


@dataclass(frozen=True, slots=True)
class Caps:
    caps: tuple[Money, ...]
    hold_above: bool  # above the cap: hold for approval (else refund up to the cap)


@dataclass(frozen=True, slots=True)
class Delay:
    span: timedelta


@dataclass(frozen=True, slots=True)
class Notice:
    template: str  # a built-in template id (renderers name it) or the merchant's own id


@dataclass(frozen=True, slots=True)
class Flag:
    """An extra that is just there or not."""

    name: str  # one of FLAGS


OTHER_CURRENCY_HOLDS = "other_currency_holds"
EVERY_REFUND_HELD = "every_refund_held"
MARK_CANCELLED = "mark_cancelled"
CLAIM_COMMISSION = "claim_commission"
SHADOW = "shadow"
TURNED_OFF = "turned_off"
FLAGS = (
    OTHER_CURRENCY_HOLDS,
    EVERY_REFUND_HELD,
    MARK_CANCELLED,
    CLAIM_COMMISSION,
    SHADOW,
    TURNED_OFF,
)

Extra = Caps | Delay | Notice | Flag


@dataclass(frozen=True, slots=True)
class RuleParts:
    """A rule's summary before it is put into words."""

    trigger: Trigger
    total: Range | None  # the order-total condition, said with the trigger
    handling_time: timedelta  # "not sent in time" only
    grace: timedelta
    conditions: tuple[Condition, ...]
    refund: Refund
    extras: tuple[Extra, ...]


def rule_parts(rule: Rule) -> RuleParts:
    """The parts of ``rule``'s summary, in the order every language says them."""
    return RuleParts(
        trigger=rule.trigger,
        total=order_total(rule.conditions),
        handling_time=rule.handling_time,
        grace=rule.grace,
        conditions=tuple(_conditions(rule.conditions)),
        refund=refund_part(rule.action),
        extras=tuple(_extras(rule)),
    )


def order_total(c: Conditions) -> Range | None:
    """The order-total condition; None when there is none."""
    return _range(c.total_at_least, c.total_under)


def refund_part(a: RuleAction) -> Refund:
    deducted = a.deduction is not None and not a.deduction.is_zero()
    everything = a.scope is RefundScope.EVERYTHING
    return Refund(
        returned_items=not everything,
        percent=a.percent,
        delivery=a.include_delivery,
        deduction=a.deduction if deducted else None,
        deduction_label=a.deduction_label.strip(),
        without_surcharges=everything and not a.include_surcharges,
        without_services=everything and not a.include_additional_services,
    )


def _range(low: Money | None, high: Money | None) -> Range | None:
    return None if low is None and high is None else Range(low, high)


def _conditions(c: Conditions) -> list[Condition]:
    out: list[Condition] = []
    if (paid := _range(c.paid_at_least, c.paid_under)) is not None:
        out.append(PaidRange(paid))
    if c.payment_types:
        out.append(PaidBy(tuple(sorted(c.payment_types))))
    if c.products.is_set:
        out.append(Products(c.products))
    if c.max_days_since_purchase is not None:
        out.append(WithinDays(c.max_days_since_purchase))
    if c.min_days_since_purchase is not None:
        out.append(AfterDays(c.min_days_since_purchase))
    if c.return_reasons:
        out.append(ReturnReasons(tuple(sorted(c.return_reasons))))
    # Every buyer has at least this order: "at least 1 order" says nothing.
    if c.min_buyer_orders is not None and c.min_buyer_orders > 1:
        out.append(RepeatBuyers(c.min_buyer_orders))
    if c.blocked_logins:
        out.append(NotBlocked(len(c.blocked_logins)))
    if c.marketplaces:
        out.append(Marketplaces(tuple(sorted(c.marketplaces))))
    return out


def _extras(rule: Rule) -> list[Extra]:
    a = rule.action
    out: list[Extra] = []
    if rule.caps:
        out.append(Caps(rule.caps, hold_above=rule.over_cap is OverCap.HOLD))
        out.append(Flag(OTHER_CURRENCY_HOLDS))
    if a.require_review:
        out.append(Flag(EVERY_REFUND_HELD))
    if rule.delay:
        out.append(Delay(rule.delay))
    if a.notify_buyer:
        out.append(Notice(a.notice_template))
    if a.mark_cancelled:
        out.append(Flag(MARK_CANCELLED))
    if a.claim_commission:
        out.append(Flag(CLAIM_COMMISSION))
    if rule.mode is Mode.SHADOW:
        out.append(Flag(SHADOW))
    if not rule.enabled:
        out.append(Flag(TURNED_OFF))
    return out
