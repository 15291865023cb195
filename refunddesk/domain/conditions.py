"""Rule conditions (all optional, combined with AND) and how a case is checked against them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from refunddesk.domain.cases import RETURN_TRIGGERS, RefundCase, payment_kind
from refunddesk.domain.messages import AnyOf, Message, msg
from refunddesk.domain.money import Money
from refunddesk.domain.orders import LineItem, Order
from refunddesk.domain.remainder import order_total

PAYMENT_LABELS: dict[str, str] = {
    "ONLINE": "online",
    "ALLEGRO_PAY": "Allegro Pay",
    "CASH_ON_DELIVERY": "cash on delivery",
    "WIRE_TRANSFER": "bank transfer",
    "SPLIT_PAYMENT": "split payment",
    "EXTENDED_TERM": "deferred payment",
    "UNKNOWN": "an unknown method",
}


@dataclass(frozen=True, slots=True)
class ProductFilter:
    """Which products a rule is for: offer ids, SKUs, name fragments, merchant product groups.

    An item matches when any one of the filters matches it. With ``match_all`` every item the
    case is about (the returned items for a return, else every order line) must match, so a
    rule for a promotion never refunds the other items of a mixed order; without it, one is
    enough.
    """

    offer_ids: frozenset[str] = frozenset()
    skus: frozenset[str] = frozenset()
    name_contains: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    match_all: bool = True

    @property
    def is_set(self) -> bool:
        return bool(self.offer_ids or self.skus or self.name_contains or self.groups)


@dataclass(frozen=True, slots=True)
class Conditions:
    """Everything a case must satisfy for the rule to decide it; ``None``/empty means any."""

    total_at_least: Money | None = None  # the order's total: items, delivery and extras
    total_under: Money | None = None
    paid_at_least: Money | None = None  # what the buyer paid, surcharges included
    paid_under: Money | None = None
    products: ProductFilter = ProductFilter()
    payment_types: frozenset[str] = frozenset()  # PaymentKind values
    min_days_since_purchase: int | None = None
    max_days_since_purchase: int | None = None
    return_reasons: frozenset[str] = frozenset()  # every returned item must give one of them
    min_buyer_orders: int | None = None  # repeat buyers: at least this many orders
    blocked_logins: frozenset[str] = frozenset()  # never automatically for these buyers
    marketplaces: frozenset[str] = frozenset()  # e.g. "allegro-pl"


def purchased_at(order: Order) -> datetime | None:
    if order.bought_at is not None:
        return order.bought_at
    if order.payment is not None and order.payment.finished_at is not None:
        return order.payment.finished_at
    times = [li.bought_at for li in order.line_items if li.bought_at is not None]
    return min(times) if times else None


def check(conditions: Conditions, case: RefundCase, now: datetime) -> Message | None:
    """The first condition the case fails, as a message, or None when all hold."""
    c = conditions
    for checker in (
        _check_total,
        _check_paid,
        _check_marketplace,
        _check_payment,
        _check_buyer,
        _check_days,
        _check_reasons,
        check_products,
    ):
        failure = checker(c, case, now)
        if failure is not None:
            return failure
    return None


def _check_total(c: Conditions, case: RefundCase, now: datetime) -> Message | None:
    return _check_range("total", order_total(case.order), c.total_at_least, c.total_under)


def _check_paid(c: Conditions, case: RefundCase, now: datetime) -> Message | None:
    return _check_range("paid", case.order.paid_total, c.paid_at_least, c.paid_under)


def _check_range(
    what: str, amount: Money, at_least: Money | None, under: Money | None
) -> Message | None:
    if at_least is None and under is None:
        return None
    for limit in (at_least, under):
        if limit is not None and limit.currency != amount.currency:
            return msg(
                "condition.amount_currency", currency=amount.currency, rule_currency=limit.currency
            )
    # ``what`` is "total" or "paid": one code each, so every language words it its own way.
    if at_least is not None and amount < at_least:
        return msg(f"condition.{what}_below", amount=amount, limit=at_least)
    if under is not None and amount >= under:
        return msg(f"condition.{what}_not_under", amount=amount, limit=under)
    return None


def _check_marketplace(c: Conditions, case: RefundCase, now: datetime) -> Message | None:
    if c.marketplaces and case.order.marketplace_id not in c.marketplaces:
        wanted = AnyOf(tuple(sorted(c.marketplaces)))
        return msg("condition.marketplace", marketplace=case.order.marketplace_id, wanted=wanted)
    return None


def _check_payment(c: Conditions, case: RefundCase, now: datetime) -> Message | None:
    if not c.payment_types:
        return None
    kind = payment_kind(case.order)
    if kind in c.payment_types:
        return None
    wanted = AnyOf(tuple(payment_word(p) for p in sorted(c.payment_types)))
    return msg("condition.payment", paid_by=payment_word(kind), wanted=wanted)


def payment_word(kind: str) -> Message | str:
    """A payment kind as a word; a kind this build does not know stays as Allegro names it."""
    return msg(f"payment.{kind}") if kind in PAYMENT_LABELS else kind


def _check_buyer(c: Conditions, case: RefundCase, now: datetime) -> Message | None:
    login = case.order.buyer.login
    if login.casefold() in {b.casefold() for b in c.blocked_logins}:
        return msg("condition.buyer_blocked", login=login)
    if c.min_buyer_orders is not None and case.buyer_order_count < c.min_buyer_orders:
        return msg("condition.buyer_orders", n=case.buyer_order_count, limit=c.min_buyer_orders)
    return None


def _check_days(c: Conditions, case: RefundCase, now: datetime) -> Message | None:
    if c.min_days_since_purchase is None and c.max_days_since_purchase is None:
        return None
    bought = purchased_at(case.order)
    if bought is None:
        return msg("condition.purchase_date_unknown")
    days = (now - bought).days
    if c.min_days_since_purchase is not None and days < c.min_days_since_purchase:
        return msg("condition.bought_too_recently", n=days, limit=c.min_days_since_purchase)
    if c.max_days_since_purchase is not None and days > c.max_days_since_purchase:
        return msg("condition.bought_too_long_ago", n=days, limit=c.max_days_since_purchase)
    return None


def _check_reasons(c: Conditions, case: RefundCase, now: datetime) -> Message | None:
    if not c.return_reasons:
        return None
    if case.customer_return is None:
        return msg("condition.no_return")
    for item in case.customer_return.items:
        if item.reason not in c.return_reasons:
            wanted = AnyOf(tuple(return_reason_word(r) for r in sorted(c.return_reasons)))
            return msg(
                "condition.return_reason", reason=return_reason_word(item.reason), wanted=wanted
            )
    return None


def return_reason_word(code: str) -> Message | str:
    """Allegro's return reason as a word; an unknown reason stays as Allegro names it."""
    return msg(f"return_reason.{code}") if code in RETURN_REASON_CODES else code


# Allegro's return reasons (Returns API); the words are in the message catalogues.
RETURN_REASON_CODES = frozenset(
    {
        "DONT_LIKE_IT",
        "NOT_AS_DESCRIBED",
        "NOT_AS_EXPECTED",
        "DAMAGED",
        "TRANSPORT",
        "INCOMPLETE",
        "DIFFERENT",
        "MISTAKE",
        "OVERDUE_DELIVERY",
        "HIDDEN_FLAW",
        "OTHER_FLAW",
        "COUNTERFEIT",
        "NOT_NEW",
        "TOO_LARGE",
        "TOO_SMALL",
    }
)


def check_products(c: Conditions, case: RefundCase, now: datetime) -> Message | None:
    """Why the case's items fail the rule's product filter, or None when they pass."""
    f = c.products
    if not f.is_set:
        return None
    items = _case_items(case)
    if not items:
        return msg("condition.no_items")
    matched = [_matches(f, offer_id, name, line, case) for offer_id, name, line in items]
    if f.match_all and not all(matched):
        offer_id, name, _ = items[matched.index(False)]
        return msg("condition.item_not_in_products", item=name or offer_id)
    if not f.match_all and not any(matched):
        return msg("condition.no_item_in_products")
    return None


def _case_items(case: RefundCase) -> list[tuple[str, str, LineItem | None]]:
    """(offer id, name, order line) for each item the case is about."""
    order = case.order
    if case.trigger in RETURN_TRIGGERS and case.customer_return is not None:
        by_offer = {li.offer_id: li for li in order.line_items}
        return [
            (item.offer_id, item.name, by_offer.get(item.offer_id))
            for item in case.customer_return.items
        ]
    return [(li.offer_id, li.offer_name, li) for li in order.line_items]


def _matches(
    f: ProductFilter, offer_id: str, name: str, line: LineItem | None, case: RefundCase
) -> bool:
    sku = line.external_id if line is not None else ""
    full_name = (line.offer_name if line is not None else "") or name
    keys = {offer_id} | ({sku} if sku else set())
    if keys & f.offer_ids or (sku and sku in f.skus):
        return True
    if any(text.casefold() in full_name.casefold() for text in f.name_contains if text):
        return True
    return any(keys & case.product_groups.get(group, frozenset()) for group in f.groups)
