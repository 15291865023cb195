"""A test scenario (a made-up order and what happens to it) and how it is kept as JSON.

Plain values the simulator, the saved scenarios and the screens share; nothing here decides.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from refunddesk.domain.cases import PaymentKind, Trigger
from refunddesk.domain.money import Money


@dataclass(frozen=True, slots=True)
class TestItem:
    """One line of the test order; ``offer_id`` empty for a free-typed item."""

    __test__ = False  # not a pytest test class, despite the name

    name: str
    price: Money  # per unit
    quantity: int = 1
    offer_id: str = ""
    sku: str = ""


@dataclass(frozen=True, slots=True)
class ReturnedItem:
    """``quantity`` units of the order's item number ``item`` (0-based) come back."""

    item: int
    quantity: int


@dataclass(frozen=True, slots=True)
class TestScenario:
    """A test order and what happens to it.

    ``after`` is when it happens: for a cancellation or a return, that long after the purchase;
    for "not sent in time", that long after the dispatch deadline.
    """

    __test__ = False

    items: tuple[TestItem, ...]
    trigger: Trigger
    bought_at: datetime
    after: timedelta = timedelta(hours=1)
    currency: str = "PLN"
    delivery_cost: Money | None = None
    payment_type: str = PaymentKind.ONLINE  # a PaymentKind value (ALLEGRO_PAY included)
    paid_at: datetime | None = None  # None: not paid (cash on delivery never is)
    dispatch_deadline: datetime | None = None
    buyer_login: str = "test_buyer"
    buyer_first_name: str = "Anna"
    buyer_language: str = "pl-PL"
    buyer_orders: int = 1  # this one included: 1 is a new buyer
    returned: tuple[ReturnedItem, ...] = ()
    return_reason: str = "DONT_LIKE_IT"

    @property
    def happens_at(self) -> datetime:
        if self.trigger is Trigger.NOT_SENT_IN_TIME:
            return self.late_base + self.after
        return self.bought_at + self.after

    @property
    def late_base(self) -> datetime:
        """What "not sent in time" counts from: the deadline, else the payment, else purchase."""
        return self.dispatch_deadline or self.paid_at or self.bought_at

    @property
    def is_cash_on_delivery(self) -> bool:
        return self.payment_type == PaymentKind.CASH_ON_DELIVERY


@dataclass(frozen=True, slots=True)
class SimOutcome:
    """The part of a result a regression compares: outcome, amount and deciding rule."""

    outcome: str
    amount_minor: int
    currency: str
    rule_id: str = ""
    rule_name: str = ""
    shadow: bool = False

    @property
    def amount(self) -> Money:
        return Money(self.amount_minor, self.currency)

    def to_json(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "amount_minor": self.amount_minor,
            "currency": self.currency,
            "rule_id": self.rule_id,
            "rule_name": self.rule_name,
            "shadow": self.shadow,
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> SimOutcome:
        return cls(
            outcome=str(raw["outcome"]),
            amount_minor=int(raw["amount_minor"]),
            currency=str(raw["currency"]),
            rule_id=str(raw.get("rule_id", "")),
            rule_name=str(raw.get("rule_name", "")),
            shadow=bool(raw.get("shadow", False)),
        )


def _money_json(value: Money | None) -> dict[str, Any] | None:
    return None if value is None else {"minor": value.minor, "currency": value.currency}


def _money_from(raw: Any) -> Money | None:
    return None if raw is None else Money(int(raw["minor"]), str(raw["currency"]))


def _time_from(raw: Any) -> datetime | None:
    return None if raw is None else datetime.fromisoformat(str(raw))


def scenario_to_json(s: TestScenario) -> dict[str, Any]:
    """Plain JSON values; money as integer minor units, never a float."""
    return {
        "items": [
            {
                "name": it.name,
                "price": _money_json(it.price),
                "quantity": it.quantity,
                "offer_id": it.offer_id,
                "sku": it.sku,
            }
            for it in s.items
        ],
        "trigger": s.trigger.value,
        "bought_at": s.bought_at.isoformat(),
        "after_seconds": int(s.after.total_seconds()),
        "currency": s.currency,
        "delivery_cost": _money_json(s.delivery_cost),
        "payment_type": s.payment_type,
        "paid_at": s.paid_at.isoformat() if s.paid_at else None,
        "dispatch_deadline": s.dispatch_deadline.isoformat() if s.dispatch_deadline else None,
        "buyer_login": s.buyer_login,
        "buyer_first_name": s.buyer_first_name,
        "buyer_language": s.buyer_language,
        "buyer_orders": s.buyer_orders,
        "returned": [{"item": r.item, "quantity": r.quantity} for r in s.returned],
        "return_reason": s.return_reason,
    }


def scenario_from_json(raw: Mapping[str, Any]) -> TestScenario:
    """Raises KeyError, TypeError or ValueError on a malformed record."""
    items = []
    for it in raw["items"]:
        price = _money_from(it["price"])
        if price is None:
            raise ValueError("an item has no price")
        items.append(
            TestItem(
                name=str(it["name"]),
                price=price,
                quantity=int(it.get("quantity", 1)),
                offer_id=str(it.get("offer_id", "")),
                sku=str(it.get("sku", "")),
            )
        )
    bought = _time_from(raw["bought_at"])
    if bought is None:
        raise ValueError("the scenario has no purchase time")
    return TestScenario(
        items=tuple(items),
        trigger=Trigger(raw["trigger"]),
        bought_at=bought,
        after=timedelta(seconds=int(raw.get("after_seconds", 3600))),
        currency=str(raw.get("currency", "PLN")),
        delivery_cost=_money_from(raw.get("delivery_cost")),
        payment_type=str(raw.get("payment_type", PaymentKind.ONLINE)),
        paid_at=_time_from(raw.get("paid_at")),
        dispatch_deadline=_time_from(raw.get("dispatch_deadline")),
        buyer_login=str(raw.get("buyer_login", "test_buyer")),
        buyer_first_name=str(raw.get("buyer_first_name", "")),
        buyer_language=str(raw.get("buyer_language", "pl-PL")),
        buyer_orders=int(raw.get("buyer_orders", 1)),
        returned=tuple(
            ReturnedItem(int(r["item"]), int(r["quantity"])) for r in raw.get("returned", [])
        ),
        return_reason=str(raw.get("return_reason", "DONT_LIKE_IT")),
    )
