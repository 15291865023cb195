"""Refund rules as the merchant sets them: trigger, conditions, action, cap, delay and mode."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from decimal import Decimal
from enum import StrEnum

from refunddesk.domain.cases import RETURN_TRIGGERS, PaymentKind, Trigger
from refunddesk.domain.conditions import Conditions
from refunddesk.domain.money import Money
from refunddesk.domain.refunds import RefundReason

SELLER_COMMENT_MAX = 250

_Add = Callable[[str, str], None]  # records one problem: (field, message)

# Allegro's reason code for each trigger, unless the rule overrides it.
DEFAULT_REASONS: dict[Trigger, RefundReason] = {
    Trigger.BUYER_CANCELLED: RefundReason.CANCELLED_BY_BUYER,
    Trigger.NOT_SENT_IN_TIME: RefundReason.PRODUCT_NOT_AVAILABLE,
    Trigger.RETURN_DELIVERED: RefundReason.REFUND,
    Trigger.RETURN_DECLARED: RefundReason.REFUND,
}


class Mode(StrEnum):
    SHADOW = "SHADOW"  # records what it would do, moves no money
    ARMED = "ARMED"


class RefundScope(StrEnum):
    EVERYTHING = "EVERYTHING"  # everything still refundable on the order
    RETURNED_ITEMS = "RETURNED_ITEMS"  # only the units in the customer return


class OverCap(StrEnum):
    HOLD = "HOLD"  # hold the whole refund for the merchant's approval
    REFUND_UP_TO_CAP = "REFUND_UP_TO_CAP"


@dataclass(frozen=True, slots=True)
class RuleAction:
    """What a matching rule does."""

    scope: RefundScope = RefundScope.EVERYTHING
    percent: Decimal = Decimal(100)
    deduction: Money | None = None  # e.g. return postage, taken off the refund
    deduction_label: str = ""  # what the deduction is for, in the merchant's words
    include_delivery: bool = True
    reason: str | None = None  # a RefundReason value; None = the trigger's default
    seller_comment: str = ""
    notify_buyer: bool = False
    notice_template: str = ""  # a template id
    mark_cancelled: bool = False  # set the "cancelled" fulfilment label
    claim_commission: bool = False  # after the refund succeeds
    require_review: bool = False  # always hold for the merchant's approval


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of the ordered list. ``id`` is stable; editing makes a new ``version``."""

    id: str
    name: str
    trigger: Trigger
    conditions: Conditions = field(default_factory=Conditions)
    action: RuleAction = field(default_factory=RuleAction)
    cap: Money | None = None  # per order
    over_cap: OverCap = OverCap.HOLD
    delay: timedelta = timedelta(0)  # "refund 2 hours after the trigger unless I stop it"
    mode: Mode = Mode.SHADOW  # new rules start in shadow
    enabled: bool = True
    version: int = 1
    # Only for NOT_SENT_IN_TIME: used when the order has no dispatch deadline.
    handling_time: timedelta = timedelta(days=2)
    grace: timedelta = timedelta(0)

    @property
    def reason(self) -> str:
        return self.action.reason or DEFAULT_REASONS[self.trigger]


def differs_in_substance(a: Rule, b: Rule) -> bool:
    """Whether an edit changes what the rule does, so that it needs a new version.

    The id, the version and the name do not count: renaming a rule decides nothing differently.
    """
    return replace(a, id="", version=1, name="") != replace(b, id="", version=1, name="")


@dataclass(frozen=True, slots=True)
class RuleProblem:
    """A reason a rule cannot be saved as it is; ``field`` names the editor field to point at."""

    field: str
    message: str


def validate(rule: Rule) -> list[RuleProblem]:
    """Every problem with the rule, in plain words; an empty list means the rule can be saved."""
    problems: list[RuleProblem] = []

    def add(where: str, message: str) -> None:
        problems.append(RuleProblem(where, message))

    if not rule.name.strip():
        add("name", "Give the rule a name.")
    if rule.version < 1:
        add("version", "A rule version starts at 1.")
    _validate_action(rule, add)
    _validate_money(rule, add)
    _validate_timing(rule, add)
    _validate_conditions(rule, add)
    return problems


def _validate_action(rule: Rule, add: _Add) -> None:
    action = rule.action
    if not action.percent.is_finite() or not Decimal(0) < action.percent <= Decimal(100):
        add(
            "action.percent",
            f"The percentage to refund must be above 0 and at most 100, not {action.percent}.",
        )
    if action.scope is RefundScope.RETURNED_ITEMS and rule.trigger not in RETURN_TRIGGERS:
        add("action.scope", "Only a return can have returned items; this rule is not for returns.")
    if len(action.seller_comment) > SELLER_COMMENT_MAX:
        add(
            "action.seller_comment",
            f"The comment to the buyer can be at most "
            f"{SELLER_COMMENT_MAX} characters; it has {len(action.seller_comment)}.",
        )
    if action.reason is not None and action.reason not in RefundReason.__members__:
        add("action.reason", f"{action.reason!r} is not a refund reason Allegro knows.")
    if action.notify_buyer and not action.notice_template.strip():
        add("action.notice_template", "Choose which message the buyer gets.")
    if action.mark_cancelled and rule.trigger in RETURN_TRIGGERS:
        add(
            "action.mark_cancelled",
            "A returned order was sent, so it cannot be marked "
            'cancelled; untick "mark the order cancelled".',
        )
    if action.deduction is not None and action.deduction.is_negative():
        add("action.deduction", "A deduction cannot be negative.")


def _validate_money(rule: Rule, add: _Add) -> None:
    c, action = rule.conditions, rule.action
    if rule.cap is not None and rule.cap.is_negative():
        add("cap", "The cap per order cannot be negative.")
    amounts = [m for m in (rule.cap, action.deduction, c.total_at_least, c.total_under) if m]
    if len({m.currency for m in amounts}) > 1:
        add("currency", "All amounts in one rule must be in the same currency.")
        return
    for where, limit in (
        ("conditions.total_at_least", c.total_at_least),
        ("conditions.total_under", c.total_under),
    ):
        if limit is not None and limit.is_negative():
            add(where, "An order total cannot be negative.")
    if (
        c.total_at_least is not None
        and c.total_under is not None
        and (c.total_at_least >= c.total_under)
    ):
        add(
            "conditions.total_under",
            f"No order is at least {c.total_at_least} and under "
            f"{c.total_under} at once, so the rule would never match.",
        )
    ded = action.deduction
    if ded is None or ded.is_negative() or ded.is_zero():
        return
    if c.total_under is not None and ded >= c.total_under:
        add(
            "action.deduction",
            f"The deduction of {ded} is larger than any refund this rule "
            f"can make (it only covers orders under {c.total_under}).",
        )
    elif rule.cap is not None and rule.over_cap is OverCap.REFUND_UP_TO_CAP and ded >= rule.cap:
        add(
            "action.deduction",
            f"The deduction of {ded} is larger than any refund this rule "
            f"can make (refunds are capped at {rule.cap}).",
        )


def _validate_timing(rule: Rule, add: _Add) -> None:
    if rule.delay < timedelta(0):
        add("delay", "The delay before refunding cannot be negative.")
    if rule.trigger is Trigger.NOT_SENT_IN_TIME:
        if rule.handling_time < timedelta(0):
            add("handling_time", "The handling time cannot be negative.")
        if rule.grace < timedelta(0):
            add("grace", "The grace period cannot be negative.")


def _validate_conditions(rule: Rule, add: _Add) -> None:
    c = rule.conditions
    if c.return_reasons and rule.trigger not in RETURN_TRIGGERS:
        add(
            "conditions.return_reasons",
            "Return reasons only exist on returns; this rule is "
            "for another trigger, so it would never match.",
        )
    for where, days in (
        ("conditions.min_days_since_purchase", c.min_days_since_purchase),
        ("conditions.max_days_since_purchase", c.max_days_since_purchase),
    ):
        if days is not None and days < 0:
            add(where, "Days since purchase cannot be negative.")
    if (
        c.min_days_since_purchase is not None
        and c.max_days_since_purchase is not None
        and c.min_days_since_purchase > c.max_days_since_purchase
    ):
        add(
            "conditions.max_days_since_purchase",
            "The most days since purchase is less than the fewest, so the rule would never match.",
        )
    unknown = sorted(p for p in c.payment_types if p not in PaymentKind.__members__)
    if unknown:
        add("conditions.payment_types", f"Unknown payment type: {', '.join(unknown)}.")
    if c.min_buyer_orders is not None and c.min_buyer_orders < 1:
        add("conditions.min_buyer_orders", "A buyer has at least 1 order (this one).")
    if any(not login.strip() for login in c.blocked_logins):
        add("conditions.blocked_logins", "The blocklist has an empty login.")
    if any(not text.strip() for text in c.products.name_contains):
        add("conditions.products", "A product name filter is empty.")
    if any(not m.strip() for m in c.marketplaces):
        add("conditions.marketplaces", "A marketplace is empty.")
