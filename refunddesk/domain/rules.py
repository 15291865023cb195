"""Refund rules as the merchant sets them: trigger, conditions, action, cap, delay and mode."""

from __future__ import annotations

import re
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
NAME_MAX = 120  # the database column
TEXT_MAX = 200  # a product name fragment, a login, a label
LIST_MAX = 1000  # offer ids, SKUs, logins … in one condition
DAYS_MAX = 36_500  # a hundred years: more is a typo, and days must stay countable
SPAN_MAX = timedelta(days=366)  # the longest delay, handling time or grace period
AMOUNT_MAX_MINOR = 10**11  # one billion in any currency: above it an amount is a mistake
COUNT_MAX = 1_000_000  # buyer orders, versions
UID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")

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
    # Allegro refunds surcharges (extra payments) and additional services (gift wrap …) as
    # components of their own; "everything" may leave either out.
    include_surcharges: bool = True
    include_additional_services: bool = True
    reason: str | None = None  # a RefundReason value; None = the trigger's default
    seller_comment: str = ""
    notify_buyer: bool = False
    notice_template: str = ""  # a template id
    mark_cancelled: bool = False  # set the "cancelled" fulfilment label
    claim_commission: bool = False  # after the refund succeeds
    require_review: bool = False  # always hold for the merchant's approval


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of the ordered list; editing makes a new ``version``.

    ``id`` is the rule in this database ("" until saved). ``uid`` is the stable id a rules
    file carries ("" until saved, when one is made), so a file kept in version control and
    imported again updates the same rules, and a refund's rule stays recognisable.
    """

    id: str
    name: str
    trigger: Trigger
    conditions: Conditions = field(default_factory=Conditions)
    action: RuleAction = field(default_factory=RuleAction)
    caps: tuple[Money, ...] = ()  # per order, at most one per currency; none = no cap
    over_cap: OverCap = OverCap.HOLD
    delay: timedelta = timedelta(0)  # "refund 2 hours after the trigger unless I stop it"
    mode: Mode = Mode.SHADOW  # new rules start in shadow
    enabled: bool = True
    version: int = 1
    # Only for NOT_SENT_IN_TIME: used when the order has no dispatch deadline.
    handling_time: timedelta = timedelta(days=2)
    grace: timedelta = timedelta(0)
    uid: str = ""

    @property
    def reason(self) -> str:
        return self.action.reason or DEFAULT_REASONS[self.trigger]

    @property
    def has_caps(self) -> bool:
        return bool(self.caps)

    def cap_for(self, currency: str) -> Money | None:
        """The cap for orders in ``currency``; None when the rule has none for it."""
        return next((c for c in self.caps if c.currency == currency), None)


def differs_in_substance(a: Rule, b: Rule) -> bool:
    """Whether an edit changes what the rule does, so that it needs a new version.

    The ids, the version and the name do not count: renaming a rule decides nothing differently.
    """
    return replace(a, id="", uid="", version=1, name="") != replace(
        b, id="", uid="", version=1, name=""
    )


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
    elif len(rule.name) > NAME_MAX:
        add("name", f"A rule name can be at most {NAME_MAX} characters; it has {len(rule.name)}.")
    if rule.version < 1:
        add("version", "A rule version starts at 1.")
    elif rule.version > COUNT_MAX:
        add("version", f"A rule version is at most {COUNT_MAX}.")
    if rule.uid and not UID_RE.match(rule.uid):
        add(
            "id",
            "A rule id is 1 to 64 letters, digits, dots, dashes or underscores, "
            "starting with a letter or digit.",
        )
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
    if len(action.deduction_label) > TEXT_MAX:
        add(
            "action.deduction_label", f"What the deduction is for is at most {TEXT_MAX} characters."
        )


def _validate_money(rule: Rule, add: _Add) -> None:
    c, action = rule.conditions, rule.action
    for where, m in _amounts(rule):
        if m.is_negative():
            add(where, _NEGATIVE[where.split(".")[-1]])
        elif m.minor > AMOUNT_MAX_MINOR:
            add(where, f"{m} is more than any refund RefundDesk makes; check the amount.")
    seen: set[str] = set()
    for cap in rule.caps:
        if cap.currency in seen:
            add("cap", f"There are two caps for {cap.currency}; keep one per currency.")
        seen.add(cap.currency)
    # Caps may be in several currencies (one shop, several marketplaces); the other amounts
    # are compared with each other, so they share one.
    others = [m for m in (action.deduction, c.total_at_least, c.total_under) if m]
    others += [m for m in (c.paid_at_least, c.paid_under) if m]
    if len({m.currency for m in others}) > 1:
        add("currency", "The deduction and the order amounts must be in the same currency.")
        return
    for low, high, what in (
        (c.total_at_least, c.total_under, "conditions.total_under"),
        (c.paid_at_least, c.paid_under, "conditions.paid_under"),
    ):
        if low is not None and high is not None and low >= high:
            add(
                what,
                f"No order is at least {low} and under {high} at once, "
                "so the rule would never match.",
            )
    ded = action.deduction
    if ded is None or ded.is_negative() or ded.is_zero():
        return
    ded_cap = rule.cap_for(ded.currency)
    under = [m for m in (c.total_under, c.paid_under) if m is not None]
    if under and ded >= min(under):
        add(
            "action.deduction",
            f"The deduction of {ded} is larger than any refund this rule "
            f"can make (it only covers orders under {min(under)}).",
        )
    elif ded_cap is not None and rule.over_cap is OverCap.REFUND_UP_TO_CAP and ded >= ded_cap:
        add(
            "action.deduction",
            f"The deduction of {ded} is larger than any refund this rule "
            f"can make (refunds are capped at {ded_cap}).",
        )


_NEGATIVE = {
    "cap": "The cap per order cannot be negative.",
    "deduction": "A deduction cannot be negative.",
    "total_at_least": "An order total cannot be negative.",
    "total_under": "An order total cannot be negative.",
    "paid_at_least": "An amount paid cannot be negative.",
    "paid_under": "An amount paid cannot be negative.",
}


def _amounts(rule: Rule) -> list[tuple[str, Money]]:
    c = rule.conditions
    found = [("cap", cap) for cap in rule.caps]
    for where, m in (
        ("action.deduction", rule.action.deduction),
        ("conditions.total_at_least", c.total_at_least),
        ("conditions.total_under", c.total_under),
        ("conditions.paid_at_least", c.paid_at_least),
        ("conditions.paid_under", c.paid_under),
    ):
        if m is not None:
            found.append((where, m))
    return found


def _validate_timing(rule: Rule, add: _Add) -> None:
    spans = [("delay", rule.delay, "The delay before refunding")]
    if rule.trigger is Trigger.NOT_SENT_IN_TIME:
        spans += [
            ("handling_time", rule.handling_time, "The handling time"),
            ("grace", rule.grace, "The grace period"),
        ]
    for where, span, what in spans:
        if span < timedelta(0):
            add(where, f"{what} cannot be negative.")
        elif span > SPAN_MAX:
            add(where, f"{what} can be at most {SPAN_MAX.days} days.")


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
        elif days is not None and days > DAYS_MAX:
            add(where, f"Days since purchase can be at most {DAYS_MAX}.")
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
    elif c.min_buyer_orders is not None and c.min_buyer_orders > COUNT_MAX:
        add("conditions.min_buyer_orders", f"A number of orders is at most {COUNT_MAX}.")
    _validate_lists(c, add)


def _validate_lists(c: Conditions, add: _Add) -> None:
    p = c.products
    for where, values in (
        ("conditions.products", [*p.offer_ids, *p.skus, *p.name_contains, *p.groups]),
        ("conditions.blocked_logins", list(c.blocked_logins)),
        ("conditions.marketplaces", list(c.marketplaces)),
        ("conditions.payment_types", list(c.payment_types)),
        ("conditions.return_reasons", list(c.return_reasons)),
    ):
        if len(values) > LIST_MAX:
            add(where, f"A condition can list at most {LIST_MAX} values; it has {len(values)}.")
        elif any(len(v) > TEXT_MAX for v in values):
            add(where, f"A value in this condition is longer than {TEXT_MAX} characters.")
    if any(not login.strip() for login in c.blocked_logins):
        add("conditions.blocked_logins", "The blocklist has an empty login.")
    if any(not text.strip() for text in c.products.name_contains):
        add("conditions.products", "A product name filter is empty.")
    if any(not m.strip() for m in c.marketplaces):
        add("conditions.marketplaces", "A marketplace is empty.")
