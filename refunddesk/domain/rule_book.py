"""The rule list compiled for speed: each rule version once into predicates, indexed by trigger."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from refunddesk.domain import conditions
from refunddesk.domain.cases import RefundCase, Trigger, payment_kind
from refunddesk.domain.conditions import Conditions
from refunddesk.domain.money import Money
from refunddesk.domain.remainder import order_total
from refunddesk.domain.rules import Rule

# True when the case passes one of a rule's tests. Each is the exact negation of the phrase
# that decisions._skip_reason would give, without building the phrase.
Predicate = Callable[[RefundCase, datetime], bool]


@dataclass(frozen=True, slots=True)
class RuleBook:
    """An ordered rule list ready to decide many cases: what the simulator, the backtest and
    the worker hand to ``decisions.evaluate``.

    Only the enabled rules of a case's trigger are looked at, each through the predicates of
    its set conditions (compiled once per rule version and kept), so a case costs a few
    comparisons per rule that could apply, and no text until a trace is asked for.
    """

    rules: tuple[Rule, ...]
    _by_trigger: dict[Trigger, tuple[tuple[int, tuple[Predicate, ...]], ...]]

    @classmethod
    def of(cls, rules: Sequence[Rule] | RuleBook) -> RuleBook:
        if isinstance(rules, RuleBook):
            return rules
        ordered = tuple(rules)
        by_trigger: dict[Trigger, list[tuple[int, tuple[Predicate, ...]]]] = {}
        for index, rule in enumerate(ordered):
            if rule.enabled:
                by_trigger.setdefault(rule.trigger, []).append((index, _compiled(rule)))
        return cls(ordered, {t: tuple(entries) for t, entries in by_trigger.items()})

    def first_match(self, case: RefundCase, now: datetime) -> int | None:
        """The index of the first rule whose trigger and every condition hold, or None.

        The case's own preconditions (cancelled, paid …) are the caller's to check first.
        """
        for index, tests in self._by_trigger.get(case.trigger, ()):
            for test in tests:  # (a plain loop: all() of a generator cost a third more)
                if not test(case, now):
                    break
            else:
                return index
        return None


@lru_cache(maxsize=4096)
def _compiled(rule: Rule) -> tuple[Predicate, ...]:
    """A rule's tests in the order _skip_reason and conditions.check apply them (cheap first
    failures stay cheap); only set conditions get one. Keyed by the whole rule: a new version
    (or an edited draft) is a different key."""
    tests: list[Predicate] = []
    deduction = rule.action.deduction
    if deduction is not None:
        cur = deduction.currency
        tests.append(lambda case, now: case.order.currency == cur)
    if rule.trigger is Trigger.NOT_SENT_IN_TIME:
        tests.append(_late(rule))
    tests += _condition_tests(rule.conditions)
    return tuple(tests)


def _late(rule: Rule) -> Predicate:
    from refunddesk.domain.decisions import deadline  # decisions imports this module

    def test(case: RefundCase, now: datetime) -> bool:
        due = deadline(rule, case)
        return due is not None and now >= due

    return test


def _condition_tests(c: Conditions) -> list[Predicate]:
    tests: list[Predicate] = []
    if c.total_at_least is not None or c.total_under is not None:
        total = _in_range(c.total_at_least, c.total_under)
        tests.append(lambda case, now: total(order_total(case.order)))
    if c.paid_at_least is not None or c.paid_under is not None:
        paid = _in_range(c.paid_at_least, c.paid_under)
        tests.append(lambda case, now: paid(case.order.paid_total))
    if c.marketplaces:
        places = c.marketplaces
        tests.append(lambda case, now: case.order.marketplace_id in places)
    if c.payment_types:
        kinds = c.payment_types
        tests.append(lambda case, now: payment_kind(case.order) in kinds)
    tests += _buyer_tests(c)
    if c.min_days_since_purchase is not None or c.max_days_since_purchase is not None:
        tests.append(_days_test(c.min_days_since_purchase, c.max_days_since_purchase))
    if c.return_reasons:
        reasons = c.return_reasons
        tests.append(
            lambda case, now: (
                case.customer_return is not None
                and all(item.reason in reasons for item in case.customer_return.items)
            )
        )
    if c.products.is_set:
        # Products are matched rarely enough (one rule in several) that the reference check,
        # which also names the item that failed, is used as it is.
        tests.append(lambda case, now: conditions.check_products(c, case, now) is None)
    return tests


def _in_range(at_least: Money | None, under: Money | None) -> Callable[[Money], bool]:
    currencies = {m.currency for m in (at_least, under) if m is not None}
    if len(currencies) > 1:
        return lambda amount: False  # no order is in two currencies at once
    (currency,) = currencies
    low = at_least.minor if at_least is not None else None
    high = under.minor if under is not None else None

    def test(amount: Money) -> bool:
        if amount.currency != currency:
            return False
        if low is not None and amount.minor < low:
            return False
        return high is None or amount.minor < high

    return test


def _buyer_tests(c: Conditions) -> list[Predicate]:
    tests: list[Predicate] = []
    if c.blocked_logins:
        blocked = frozenset(b.casefold() for b in c.blocked_logins)
        tests.append(lambda case, now: case.order.buyer.login.casefold() not in blocked)
    if c.min_buyer_orders is not None:
        least = c.min_buyer_orders
        tests.append(lambda case, now: case.buyer_order_count >= least)
    return tests


def _days_test(least: int | None, most: int | None) -> Predicate:
    def test(case: RefundCase, now: datetime) -> bool:
        bought = conditions.purchased_at(case.order)
        if bought is None:
            return False
        days = (now - bought).days
        if least is not None and days < least:
            return False
        return most is None or days <= most

    return test
