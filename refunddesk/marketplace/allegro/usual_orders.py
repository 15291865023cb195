"""A checkout form of the usual shape read straight from the JSON, without ``Node``.

``mapping.order_from_json`` reads every order through ``Node``, which checks each value and
names the field of anything wrong. That care cost ~45 µs an order, a third of what a first
sync of a big shop spends on each one. Nearly every order Allegro sends has the usual shape,
so this reads such an order with plain look-ups and the same checks, and gives up (None) at
the first thing that is not plainly right: a missing or odd value, a number where a text is
expected, a count that is not a plain whole number, an extra service. The careful reader then
reads that order and says what is wrong, or reads it if it is only unusual.

What must hold (tests/unit/marketplace/test_usual_orders.py compares the two readers on
every field of an order spoiled in many ways): whatever this returns is equal to what the
careful reader returns, and for whatever the careful reader refuses this returns None. So a
check added to ``mapping.py``'s order readers needs its twin here: the test finds a missing
one only if one of its spoils reaches it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from refunddesk.domain.money import Money
from refunddesk.domain.orders import Buyer, LineItem, Order, Payment
from refunddesk.marketplace.allegro.json_node import (
    MAX_COUNT,
    MAX_MINOR,
    believable_id,
    quiet_moment,
    quiet_money,
)

T = TypeVar("T")


class _Unusual(Exception):
    """Not the usual shape: the careful reader takes over."""


_UNUSUAL = _Unusual()


def usual_order(value: Any) -> Order | None:
    """The order ``value`` describes if it has the usual shape, else None."""
    try:
        return _order(value)
    except _Unusual:
        return None


def _obj(value: Any) -> dict[str, Any]:
    if type(value) is not dict:
        raise _UNUSUAL
    return value


def _opt_of(parent: dict[str, Any], key: str, kind: type, default: Any) -> Any:
    """``default`` for a missing value, the value if it is of ``kind``; else unusual."""
    value = parent.get(key)
    if value is None:
        return default
    if type(value) is not kind:
        raise _UNUSUAL
    return value


def _opt_obj(parent: dict[str, Any], key: str) -> dict[str, Any] | None:
    found: dict[str, Any] | None = _opt_of(parent, key, dict, None)
    return found


def _text(parent: dict[str, Any], key: str) -> str:
    value = parent.get(key)
    if type(value) is not str:
        raise _UNUSUAL  # missing, or a number the careful reader turns into text
    return value


def _opt_text(parent: dict[str, Any], key: str, default: str = "") -> str:
    found: str = _opt_of(parent, key, str, default)
    return found


def _ident(parent: dict[str, Any], key: str) -> str:
    value = _text(parent, key)
    if not believable_id(value):
        raise _UNUSUAL
    return value


def _money(parent: dict[str, Any], key: str) -> Money:
    value = quiet_money(parent.get(key))
    if value is None:
        raise _UNUSUAL
    return value


def _optional(parent: dict[str, Any], key: str, read: Callable[[Any], T | None]) -> T | None:
    """None for a missing value; else what ``read`` makes of it, which must not be None."""
    raw = parent.get(key)
    if raw is None:
        return None
    value = read(raw)
    if value is None:
        raise _UNUSUAL
    return value


def _opt_money(parent: dict[str, Any], key: str) -> Money | None:
    return _optional(parent, key, quiet_money)


def _opt_moment(parent: dict[str, Any], key: str) -> datetime | None:
    return _optional(parent, key, quiet_moment)


def _count(raw: Any) -> int:
    # Allegro declares some counts "number, format integer": 2.0 is 2, as for the careful reader.
    if type(raw) is int:
        value = raw
    elif type(raw) is float and raw.is_integer():
        value = int(raw)
    else:
        raise _UNUSUAL
    if not 0 <= value <= MAX_COUNT:
        raise _UNUSUAL
    return value


def _list(parent: dict[str, Any], key: str, *, required: bool) -> list[Any]:
    value = parent.get(key)
    if value is None:
        if required:
            raise _UNUSUAL
        return []
    if type(value) is not list:
        raise _UNUSUAL
    return value


def _payment(value: Any) -> Payment:
    node = _obj(value)
    features = _list(node, "features", required=False)
    if any(type(f) is not str for f in features):
        raise _UNUSUAL  # the careful reader writes any value as text
    return Payment(
        id=_ident(node, "id"),
        type=_text(node, "type"),
        provider=_opt_text(node, "provider"),
        paid_amount=_opt_money(node, "paidAmount"),
        finished_at=_opt_moment(node, "finishedAt"),
        features=tuple(features),
    )


def _line_item(value: Any) -> LineItem:
    node = _obj(value)
    offer = _obj(node.get("offer"))
    external = _opt_obj(offer, "external")
    if _list(node, "selectedAdditionalServices", required=False):
        raise _UNUSUAL  # extra services are summed, with their checks, by the careful reader
    quantity = _count(node.get("quantity"))
    price = _money(node, "price")
    original = _opt_money(node, "originalPrice")
    if abs(price.minor * quantity) > MAX_MINOR:
        raise _UNUSUAL
    if original is not None and original.currency != price.currency:
        raise _UNUSUAL
    return LineItem(
        id=_ident(node, "id"),
        offer_id=_text(offer, "id"),
        offer_name=_opt_text(offer, "name"),
        quantity=quantity,
        price=price,
        original_price=original,
        external_id=_opt_text(external, "id") if external is not None else "",
        bought_at=_opt_moment(node, "boughtAt"),
        additional_services=None,
    )


def _phone(buyer: dict[str, Any], delivery: dict[str, Any] | None) -> str:
    address = _opt_obj(delivery, "address") if delivery is not None else None
    for candidate in (buyer, address):
        if candidate is not None:
            phone = _opt_text(candidate, "phoneNumber").strip()
            if phone:
                return phone[:32]
    return ""


def _order(value: Any) -> Order:
    node = _obj(value)
    order_id = _ident(node, "id")  # a text: a number there names an order Allegro refuses
    buyer = _obj(node.get("buyer"))
    preferences = _opt_obj(buyer, "preferences")
    line_items = tuple(_line_item(li) for li in _list(node, "lineItems", required=True))
    total_to_pay = _money(_obj(node.get("summary")), "totalToPay")
    fulfillment = _opt_obj(node, "fulfillment")
    summary = _opt_obj(fulfillment, "shipmentSummary") if fulfillment is not None else None
    delivery = _opt_obj(node, "delivery")
    method = _opt_obj(delivery, "method") if delivery is not None else None
    time = _opt_obj(delivery, "time") if delivery is not None else None
    dispatch = _opt_obj(time, "dispatch") if time is not None else None
    marketplace = _opt_obj(node, "marketplace")
    payment_node = _opt_obj(node, "payment")
    payment = _payment(payment_node) if payment_node is not None else None
    surcharges = tuple(_payment(s) for s in _list(node, "surcharges", required=False))
    delivery_cost = _opt_money(delivery, "cost") if delivery is not None else None
    # One order, one currency (the careful reader names the amount that is not).
    currency = total_to_pay.currency
    for amount in (
        *(li.price for li in line_items),
        delivery_cost,
        payment.paid_amount if payment is not None else None,
        *(s.paid_amount for s in surcharges),
    ):
        if amount is not None and amount.currency != currency:
            raise _UNUSUAL
    guest = buyer.get("guest")
    bought = [li.bought_at for li in line_items if li.bought_at is not None]
    return Order(
        id=order_id,
        revision=_opt_text(node, "revision"),
        status=_text(node, "status"),
        buyer=Buyer(
            id=_text(buyer, "id"),
            login=_opt_text(buyer, "login"),
            email=_opt_text(buyer, "email"),
            first_name=_opt_text(buyer, "firstName"),
            last_name=_opt_text(buyer, "lastName"),
            guest=guest if type(guest) is bool else False,
            language=_opt_text(preferences, "language") if preferences is not None else "",
            phone=_phone(buyer, delivery),
        ),
        line_items=line_items,
        currency=currency,
        payment=payment,
        surcharges=surcharges,
        fulfillment_status=_opt_text(fulfillment, "status", "NEW")
        if fulfillment is not None
        else "NEW",
        line_items_sent=_opt_text(summary, "lineItemsSent", "NONE")
        if summary is not None
        else "NONE",
        delivery_method=(_opt_text(method, "name") or _opt_text(method, "id"))
        if method is not None
        else "",
        delivery_cost=delivery_cost,
        dispatch_deadline=_opt_moment(dispatch, "to") if dispatch is not None else None,
        total_to_pay=total_to_pay,
        marketplace_id=_opt_text(marketplace, "id", "allegro-pl")
        if marketplace is not None
        else "allegro-pl",
        updated_at=_opt_moment(node, "updatedAt"),
        bought_at=min(bought) if bought else None,
    )
