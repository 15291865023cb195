"""Checkout forms of the usual shape read quickly: declared once as typed records (msgspec),
checked with plain code, and given up on (None) at the first thing that is not plainly right.

``mapping.order_from_json`` reads every order through ``Node``, which checks each value and
names the field of anything wrong. That care costs its time on every order, and a first sync
of a big shop reads 100,000 of them. Nearly every order Allegro sends has the usual shape, so
this reads such an order quickly: a missing or odd value, a number where a text is expected, a
count that is not a whole number, an extra service, a value out of bounds — anything of that
kind and the careful reader reads the order instead and says what is wrong (or reads it, if it
is only unusual).

Two ways in, one reading: ``usual_order`` takes an order already decoded (a dict), and
``usual_page`` a whole page of the order list straight from its text. msgspec decodes only
the fields declared below into records, skipping the rest unread: a page is ready in about
half the time orjson takes to build every dict of it, and its values are read by attribute.

What must hold (tests/unit/marketplace/test_usual_orders.py compares the readers on every
field of an order spoiled in many ways, and on pages of odd text): whatever this returns is
equal to what the careful reader returns, and for whatever the careful reader refuses this
returns None. So a check added to ``mapping.py``'s order readers needs its twin here: the test
finds a missing one only if one of its spoils reaches it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import msgspec

from refunddesk.domain.money import Money
from refunddesk.domain.orders import Buyer, LineItem, Order, OrderPage, Payment
from refunddesk.marketplace.allegro.json_node import (
    MAX_COUNT,
    MAX_MINOR,
    believable_id,
    quiet_amount,
    quiet_moment,
)
from refunddesk.marketplace.allegro.json_text import has_long_numbers

# The records: only the fields read (under Allegro's names), each of the one JSON type the
# careful reader reads without a second look. "X | None = None" is a value that may be
# missing or null; a bare type must be there. A value of another type is a ValidationError:
# the order is not usual.
# gc=False: records hold no cycles, so the cyclic collector need not track them (a sync
# holds the collector off, and what it tracks is walked later on the window's thread).


class _Price(msgspec.Struct, gc=False):
    amount: str
    currency: str


class _External(msgspec.Struct, gc=False):
    id: str | None = None


class _Offer(msgspec.Struct, gc=False):
    id: str
    name: str | None = None
    external: _External | None = None


class _Line(msgspec.Struct, gc=False):
    id: str
    offer: _Offer
    quantity: int | float
    price: _Price
    originalPrice: _Price | None = None
    boughtAt: str | None = None
    selectedAdditionalServices: list[Any] | None = None


class _Payment(msgspec.Struct, gc=False):
    id: str
    type: str
    provider: str | None = None
    paidAmount: _Price | None = None
    finishedAt: str | None = None
    features: list[str] | None = None


class _Preferences(msgspec.Struct, gc=False):
    language: str | None = None


class _Address(msgspec.Struct, gc=False):
    phoneNumber: str | None = None


class _Buyer(msgspec.Struct, gc=False):
    id: str
    login: str | None = None
    email: str | None = None
    firstName: str | None = None
    lastName: str | None = None
    guest: Any = None  # anything but true or false reads as false, as in the careful reader
    preferences: _Preferences | None = None
    phoneNumber: str | None = None


class _Method(msgspec.Struct, gc=False):
    id: str | None = None
    name: str | None = None


class _Dispatch(msgspec.Struct, gc=False):
    to: str | None = None


class _Time(msgspec.Struct, gc=False):
    dispatch: _Dispatch | None = None


class _Delivery(msgspec.Struct, gc=False):
    address: _Address | None = None
    method: _Method | None = None
    cost: _Price | None = None
    time: _Time | None = None


class _ShipmentSummary(msgspec.Struct, gc=False):
    lineItemsSent: str | None = None


class _Fulfillment(msgspec.Struct, gc=False):
    status: str | None = None
    shipmentSummary: _ShipmentSummary | None = None


class _Marketplace(msgspec.Struct, gc=False):
    id: str | None = None


class _Summary(msgspec.Struct, gc=False):
    totalToPay: _Price


class _Form(msgspec.Struct, gc=False):
    id: str
    status: str
    buyer: _Buyer
    lineItems: list[_Line]
    summary: _Summary
    revision: str | None = None
    fulfillment: _Fulfillment | None = None
    delivery: _Delivery | None = None
    marketplace: _Marketplace | None = None
    payment: _Payment | None = None
    surcharges: list[_Payment] | None = None
    updatedAt: str | None = None


class _Page(msgspec.Struct, gc=False):
    checkoutForms: list[_Form]
    totalCount: Any = None


_PAGE = msgspec.json.Decoder(_Page)


class _Unusual(Exception):
    """Not the usual shape: the careful reader takes over."""


_UNUSUAL = _Unusual()


def usual_order(value: Any) -> Order | None:
    """The order ``value`` (decoded JSON) describes if it has the usual shape, else None."""
    try:
        return _order(msgspec.convert(value, _Form))
    except (msgspec.ValidationError, _Unusual):
        return None


def usual_page(text: bytes, offset: int) -> OrderPage | None:
    """The page of the order list ``text`` is if every order on it has the usual shape (and
    the page its count), else None: the caller reads the page the careful way."""
    # msgspec skips the fields it is not asked for without checking their text, while the
    # standard library refuses a whole answer that is not UTF-8 (it lets surrogates pass) or
    # has a number too long for it: a page is read here only if it would be read there.
    if has_long_numbers(text):
        return None
    try:
        text.decode("utf-8", "surrogatepass")
        page = _PAGE.decode(text)
        orders = tuple(_order(form) for form in page.checkoutForms)
    except (UnicodeDecodeError, msgspec.DecodeError, _Unusual, RecursionError):
        return None  # (msgspec's ValidationError is a DecodeError)
    total = page.totalCount
    if type(total) is not int or not 0 <= total <= MAX_COUNT:
        return None  # the careful reader guesses a missing or odd count; it decides
    return OrderPage(orders=orders, total_count=total, offset=offset)


def _text_or(value: str | None, default: str = "") -> str:
    return default if value is None else value


def _ident(value: str) -> str:
    if not believable_id(value):
        raise _UNUSUAL
    return value


def _money(price: _Price) -> Money:
    value = quiet_amount(price.amount, price.currency)
    if value is None:
        raise _UNUSUAL
    return value


def _opt_money(price: _Price | None) -> Money | None:
    return None if price is None else _money(price)


def _opt_moment(text: str | None) -> datetime | None:
    if text is None:
        return None
    value = quiet_moment(text)
    if value is None:
        raise _UNUSUAL
    return value


def _count(raw: int | float) -> int:
    # Allegro declares some counts "number, format integer": 2.0 is 2, as for the careful reader.
    if type(raw) is float and not raw.is_integer():
        raise _UNUSUAL
    value = int(raw)
    if not 0 <= value <= MAX_COUNT:
        raise _UNUSUAL
    return value


def _payment(p: _Payment) -> Payment:
    return Payment(
        id=_ident(p.id),
        type=p.type,
        provider=_text_or(p.provider),
        paid_amount=_opt_money(p.paidAmount),
        finished_at=_opt_moment(p.finishedAt),
        features=tuple(p.features or ()),
    )


def _line_item(line: _Line) -> LineItem:
    if line.selectedAdditionalServices:
        raise _UNUSUAL  # extra services are summed, with their checks, by the careful reader
    quantity = _count(line.quantity)
    price = _money(line.price)
    original = _opt_money(line.originalPrice)
    if abs(price.minor * quantity) > MAX_MINOR:
        raise _UNUSUAL
    if original is not None and original.currency != price.currency:
        raise _UNUSUAL
    offer, external = line.offer, line.offer.external
    return LineItem(
        id=_ident(line.id),
        offer_id=offer.id,
        offer_name=_text_or(offer.name),
        quantity=quantity,
        price=price,
        original_price=original,
        external_id=_text_or(external.id) if external is not None else "",
        bought_at=_opt_moment(line.boughtAt),
        additional_services=None,
    )


def _phone(buyer: _Buyer, delivery: _Delivery | None) -> str:
    """The buyer's phone, else the delivery address's (a parcel locker order has only that)."""
    address = delivery.address if delivery is not None else None
    for phone in (buyer.phoneNumber, address.phoneNumber if address is not None else None):
        phone = (phone or "").strip()
        if phone:
            return phone[:32]
    return ""


def _order(form: _Form) -> Order:
    order_id = _ident(form.id)  # a text: a number there names an order Allegro refuses
    buyer = form.buyer
    line_items = tuple(_line_item(li) for li in form.lineItems)
    total_to_pay = _money(form.summary.totalToPay)
    fulfillment, delivery = form.fulfillment, form.delivery
    summary = fulfillment.shipmentSummary if fulfillment is not None else None
    method = delivery.method if delivery is not None else None
    time = delivery.time if delivery is not None else None
    dispatch = time.dispatch if time is not None else None
    payment = _payment(form.payment) if form.payment is not None else None
    surcharges = tuple(_payment(s) for s in form.surcharges or ())
    delivery_cost = _opt_money(delivery.cost) if delivery is not None else None
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
    bought = [li.bought_at for li in line_items if li.bought_at is not None]
    preferences = buyer.preferences
    return Order(
        id=order_id,
        revision=_text_or(form.revision),
        status=form.status,
        buyer=Buyer(
            id=buyer.id,
            login=_text_or(buyer.login),
            email=_text_or(buyer.email),
            first_name=_text_or(buyer.firstName),
            last_name=_text_or(buyer.lastName),
            guest=buyer.guest if type(buyer.guest) is bool else False,
            language=_text_or(preferences.language) if preferences is not None else "",
            phone=_phone(buyer, delivery),
        ),
        line_items=line_items,
        currency=currency,
        payment=payment,
        surcharges=surcharges,
        fulfillment_status=_text_or(fulfillment.status, "NEW")
        if fulfillment is not None
        else "NEW",
        line_items_sent=_text_or(summary.lineItemsSent, "NONE") if summary is not None else "NONE",
        delivery_method=(_text_or(method.name) or _text_or(method.id))
        if method is not None
        else "",
        delivery_cost=delivery_cost,
        dispatch_deadline=_opt_moment(dispatch.to) if dispatch is not None else None,
        total_to_pay=total_to_pay,
        marketplace_id=_text_or(form.marketplace.id, "allegro-pl")
        if form.marketplace is not None
        else "allegro-pl",
        updated_at=_opt_moment(form.updatedAt),
        bought_at=min(bought) if bought else None,
    )
