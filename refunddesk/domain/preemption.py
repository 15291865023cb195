"""Which earlier rule always decides first, so a later one never gets a case (first match wins)."""

from __future__ import annotations

from collections.abc import Sequence

from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Rule


def preempting_rule(rules: Sequence[Rule], index: int) -> int | None:
    """The position of the first enabled rule above ``rules[index]`` that matches every case
    ``rules[index]`` could match, or None.

    The check is conservative: it says "pre-empted" only when it is sure (a warning the
    merchant learns to ignore is worse than one missed in an unusual combination).
    """
    later = rules[index]
    for i, earlier in enumerate(rules[:index]):
        if earlier.enabled and covers(earlier, later):
            return i
    return None


def covers(a: Rule, b: Rule) -> bool:
    """Whether every case that rule ``b`` matches is matched by rule ``a`` too."""
    if a.trigger is not b.trigger:
        return False
    if a.trigger is Trigger.NOT_SENT_IN_TIME and not (
        a.handling_time <= b.handling_time and a.grace <= b.grace
    ):
        return False  # ``a`` may still be waiting when ``b`` finds the order late
    if a.action.deduction is not None and _currencies(b) != {a.action.deduction.currency}:
        return False  # ``a`` skips orders in other currencies
    return _conditions_cover(a.conditions, b.conditions)


def _currencies(rule: Rule) -> set[str]:
    """The currencies ``rule`` can match at all, as far as its own amounts tie it to one."""
    c = rule.conditions
    amounts = (
        rule.action.deduction,
        c.total_at_least,
        c.total_under,
        c.paid_at_least,
        c.paid_under,
    )
    return {m.currency for m in amounts if m is not None}


def _conditions_cover(a: Conditions, b: Conditions) -> bool:
    return (
        _low(a.total_at_least, b.total_at_least)
        and _high(a.total_under, b.total_under)
        and _low(a.paid_at_least, b.paid_at_least)
        and _high(a.paid_under, b.paid_under)
        and _within(a.payment_types, b.payment_types)
        and _within(a.return_reasons, b.return_reasons)
        and _within(a.marketplaces, b.marketplaces)
        and _at_least(a.min_days_since_purchase, b.min_days_since_purchase)
        and _at_most(a.max_days_since_purchase, b.max_days_since_purchase)
        and _at_least(a.min_buyer_orders, b.min_buyer_orders)
        and {x.casefold() for x in a.blocked_logins} <= {x.casefold() for x in b.blocked_logins}
        and (not a.products.is_set or a.products == b.products)
    )


def _low(a: Money | None, b: Money | None) -> bool:
    """``a`` "at least" is no stricter than ``b``'s."""
    return a is None or (b is not None and b.currency == a.currency and b >= a)


def _high(a: Money | None, b: Money | None) -> bool:
    return a is None or (b is not None and b.currency == a.currency and b <= a)


def _within(a: frozenset[str], b: frozenset[str]) -> bool:
    """A choice condition: ``a`` empty allows all; else ``b`` must choose among ``a``'s."""
    return not a or (bool(b) and b <= a)


def _at_least(a: int | None, b: int | None) -> bool:
    return a is None or (b is not None and b >= a)


def _at_most(a: int | None, b: int | None) -> bool:
    return a is None or (b is not None and b <= a)
