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
from refunddesk.domain.messages import Message, msg, render
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

_Add = Callable[[str, Message], None]  # records one problem: (field, what is wrong)

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
    """A reason a rule cannot be saved as it is; ``field`` names the editor field to point at.
    ``said`` is worded in the merchant's language (messages.render); ``message`` in English."""

    field: str
    said: Message

    @property
    def message(self) -> str:
        return render(self.said, "en")


def validate(rule: Rule) -> list[RuleProblem]:
    """Every problem with the rule, in plain words; an empty list means the rule can be saved."""
    problems: list[RuleProblem] = []

    def add(where: str, said: Message) -> None:
        problems.append(RuleProblem(where, said))

    if not rule.name.strip():
        add("name", msg("rule_problem.no_name"))
    elif len(rule.name) > NAME_MAX:
        add("name", msg("rule_problem.name_too_long", limit=NAME_MAX, n=len(rule.name)))
    if rule.version < 1:
        add("version", msg("rule_problem.version_below_one"))
    elif rule.version > COUNT_MAX:
        add("version", msg("rule_problem.version_too_high", limit=COUNT_MAX))
    if rule.uid and not UID_RE.match(rule.uid):
        add("id", msg("rule_problem.bad_id"))
    _validate_action(rule, add)
    _validate_money(rule, add)
    _validate_timing(rule, add)
    _validate_conditions(rule, add)
    return problems


def _validate_action(rule: Rule, add: _Add) -> None:
    action = rule.action
    if not action.percent.is_finite() or not Decimal(0) < action.percent <= Decimal(100):
        add("action.percent", msg("rule_problem.percent", percent=str(action.percent)))
    if action.scope is RefundScope.RETURNED_ITEMS and rule.trigger not in RETURN_TRIGGERS:
        add("action.scope", msg("rule_problem.returned_items"))
    if len(action.seller_comment) > SELLER_COMMENT_MAX:
        add(
            "action.seller_comment",
            msg(
                "rule_problem.comment_too_long",
                limit=SELLER_COMMENT_MAX,
                n=len(action.seller_comment),
            ),
        )
    if action.reason is not None and action.reason not in RefundReason.__members__:
        add("action.reason", msg("rule_problem.unknown_reason", reason=repr(action.reason)))
    if action.notify_buyer and not action.notice_template.strip():
        add("action.notice_template", msg("rule_problem.no_template"))
    if action.mark_cancelled and rule.trigger in RETURN_TRIGGERS:
        add("action.mark_cancelled", msg("rule_problem.return_not_cancelled"))
    if len(action.deduction_label) > TEXT_MAX:
        add("action.deduction_label", msg("rule_problem.label_too_long", limit=TEXT_MAX))


def _validate_money(rule: Rule, add: _Add) -> None:
    c, action = rule.conditions, rule.action
    for where, m in _amounts(rule):
        if m.is_negative():
            add(where, _NEGATIVE[where.split(".")[-1]])
        elif m.minor > AMOUNT_MAX_MINOR:
            add(where, msg("rule_problem.amount_too_big", amount=m))
    seen: set[str] = set()
    for cap in rule.caps:
        if cap.currency in seen:
            add("cap", msg("rule_problem.two_caps", currency=cap.currency))
        seen.add(cap.currency)
    # Caps may be in several currencies (one shop, several marketplaces); the other amounts
    # are compared with each other, so they share one.
    others = [m for m in (action.deduction, c.total_at_least, c.total_under) if m]
    others += [m for m in (c.paid_at_least, c.paid_under) if m]
    if len({m.currency for m in others}) > 1:
        add("currency", msg("rule_problem.mixed_currencies"))
        return
    for low, high, what in (
        (c.total_at_least, c.total_under, "conditions.total_under"),
        (c.paid_at_least, c.paid_under, "conditions.paid_under"),
    ):
        if low is not None and high is not None and low >= high:
            add(what, msg("rule_problem.empty_range", low=low, high=high))
    ded = action.deduction
    if ded is None or ded.is_negative() or ded.is_zero():
        return
    ded_cap = rule.cap_for(ded.currency)
    under = [m for m in (c.total_under, c.paid_under) if m is not None]
    if under and ded >= min(under):
        add(
            "action.deduction",
            msg("rule_problem.deduction_over_limit", deduction=ded, limit=min(under)),
        )
    elif ded_cap is not None and rule.over_cap is OverCap.REFUND_UP_TO_CAP and ded >= ded_cap:
        add("action.deduction", msg("rule_problem.deduction_over_cap", deduction=ded, cap=ded_cap))


_NEGATIVE = {
    "cap": msg("rule_problem.negative_cap"),
    "deduction": msg("rule_problem.negative_deduction"),
    "total_at_least": msg("rule_problem.negative_total"),
    "total_under": msg("rule_problem.negative_total"),
    "paid_at_least": msg("rule_problem.negative_paid"),
    "paid_under": msg("rule_problem.negative_paid"),
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
    days = SPAN_MAX.days
    spans = [
        (
            "delay",
            rule.delay,
            msg("rule_problem.negative_delay"),
            msg("rule_problem.long_delay", n=days),
        )
    ]
    if rule.trigger is Trigger.NOT_SENT_IN_TIME:
        spans += [
            (
                "handling_time",
                rule.handling_time,
                msg("rule_problem.negative_handling_time"),
                msg("rule_problem.long_handling_time", n=days),
            ),
            (
                "grace",
                rule.grace,
                msg("rule_problem.negative_grace"),
                msg("rule_problem.long_grace", n=days),
            ),
        ]
    for where, span, negative, too_long in spans:
        if span < timedelta(0):
            add(where, negative)
        elif span > SPAN_MAX:
            add(where, too_long)


def _validate_conditions(rule: Rule, add: _Add) -> None:
    c = rule.conditions
    if c.return_reasons and rule.trigger not in RETURN_TRIGGERS:
        add("conditions.return_reasons", msg("rule_problem.reasons_not_return"))
    for where, days in (
        ("conditions.min_days_since_purchase", c.min_days_since_purchase),
        ("conditions.max_days_since_purchase", c.max_days_since_purchase),
    ):
        if days is not None and days < 0:
            add(where, msg("rule_problem.negative_days"))
        elif days is not None and days > DAYS_MAX:
            add(where, msg("rule_problem.too_many_days", limit=DAYS_MAX))
    if (
        c.min_days_since_purchase is not None
        and c.max_days_since_purchase is not None
        and c.min_days_since_purchase > c.max_days_since_purchase
    ):
        add("conditions.max_days_since_purchase", msg("rule_problem.days_crossed"))
    unknown = sorted(p for p in c.payment_types if p not in PaymentKind.__members__)
    if unknown:
        add("conditions.payment_types", msg("rule_problem.payment_type", kinds=", ".join(unknown)))
    if c.min_buyer_orders is not None and c.min_buyer_orders < 1:
        add("conditions.min_buyer_orders", msg("rule_problem.buyer_orders_below_one"))
    elif c.min_buyer_orders is not None and c.min_buyer_orders > COUNT_MAX:
        add(
            "conditions.min_buyer_orders",
            msg("rule_problem.buyer_orders_too_high", limit=COUNT_MAX),
        )
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
            add(where, msg("rule_problem.list_too_long", limit=LIST_MAX, n=len(values)))
        elif any(len(v) > TEXT_MAX for v in values):
            add(where, msg("rule_problem.value_too_long", limit=TEXT_MAX))
    if any(not login.strip() for login in c.blocked_logins):
        add("conditions.blocked_logins", msg("rule_problem.empty_login"))
    if any(not text.strip() for text in c.products.name_contains):
        add("conditions.products", msg("rule_problem.empty_name_filter"))
    if any(not m.strip() for m in c.marketplaces):
        add("conditions.marketplaces", msg("rule_problem.empty_marketplace"))
