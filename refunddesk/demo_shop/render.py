"""Turn the shop's records into Allegro's JSON shapes."""

from __future__ import annotations

from typing import Any

from refunddesk.demo_shop.clock import iso
from refunddesk.demo_shop.state import (
    SELLER_ID,
    EventRec,
    OrderRec,
    RefundRec,
    ReturnRec,
    ShipmentRec,
)
from refunddesk.domain.money import Money

# Amounts already written as Allegro's text: a shop's prices repeat, and every page of orders
# writes hundreds of them (the shop's CPU is the app's on a one-machine demo or bench).
_AMOUNTS: dict[tuple[int, str], str] = {}
_AMOUNTS_AT_MOST = 10_000


def price(minor: int, currency: str) -> dict[str, str]:
    """Allegro's Price object (a new dict each time: an answer may be changed by a fault)."""
    key = (minor, currency)
    amount = _AMOUNTS.get(key)
    if amount is None:
        if len(_AMOUNTS) >= _AMOUNTS_AT_MOST:
            _AMOUNTS.clear()
        amount = _AMOUNTS[key] = Money(minor, currency).amount_str()
    return {"amount": amount, "currency": currency}


def _buyer(order: OrderRec, *, full: bool) -> dict[str, Any]:
    b = order.buyer
    out: dict[str, Any] = {
        "id": b.id,
        "email": b.email,
        "login": b.login,
        "guest": b.guest,
        "preferences": {"language": b.language},
    }
    if full:
        out.update(
            firstName=b.first_name,
            lastName=b.last_name,
            phoneNumber=b.phone,
            address={
                "street": b.street,
                "city": b.city,
                "postCode": b.post_code,
                "countryCode": "PL",
            },
        )
    return out


def _lines_sent(order: OrderRec) -> str:
    sent = {lid for s in order.shipments for lid in s.line_item_ids}
    if not order.shipments:
        return "NONE"
    if not sent or all(li.id in sent for li in order.lines):
        return "ALL"
    return "SOME"


def checkout_form(order: OrderRec) -> dict[str, Any]:
    cur = order.currency
    payment: dict[str, Any] = {
        "id": order.payment_id,
        "type": order.payment_type,
        "provider": order.provider,
        "features": list(order.features),
    }
    if order.paid_at is not None:
        payment["finishedAt"] = iso(order.paid_at)
    if order.paid_amount is not None:
        payment["paidAmount"] = price(order.paid_amount, cur)
    time: dict[str, Any] = {}
    if order.dispatch_to is not None:
        time["dispatch"] = {
            "from": iso(order.dispatch_from or order.bought_at),
            "to": iso(order.dispatch_to),
        }
    b = order.buyer
    out: dict[str, Any] = {
        "id": order.id,
        "messageToSeller": order.message_to_seller,
        "buyer": _buyer(order, full=True),
        "payment": payment,
        "status": order.status,
        "fulfillment": {
            "status": order.fulfillment_status,
            "shipmentSummary": {"lineItemsSent": _lines_sent(order)},
            "provider": {"id": "SELLER"},
        },
        "delivery": {
            "address": {
                "firstName": b.first_name,
                "lastName": b.last_name,
                "street": b.street,
                "city": b.city,
                "zipCode": b.post_code,
                "countryCode": "PL",
                "phoneNumber": b.phone,
            },
            "method": {"id": order.delivery_method_id, "name": order.delivery_method_name},
            "cost": price(order.delivery_cost, cur),
            "time": time,
            "smart": False,
            "calculatedNumberOfPackages": 1,
        },
        "invoice": {"required": False},
        "lineItems": [
            {
                "id": li.id,
                "offer": {"id": li.offer_id, "name": li.name, "external": {"id": li.sku}},
                "quantity": li.quantity,
                "originalPrice": price(li.original_price, cur),
                "price": price(li.price, cur),
                "boughtAt": iso(li.bought_at or order.bought_at),
                "selectedAdditionalServices": [],
            }
            for li in order.lines
        ],
        "surcharges": [],
        "note": {"text": ""},
        "marketplace": {"id": "allegro-pl"},
        "summary": {"totalToPay": price(order.total_to_pay, cur)},
        "updatedAt": iso(order.updated_at or order.bought_at),
        "revision": order.revision,
    }
    return out


def event(ev: EventRec, order: OrderRec) -> dict[str, Any]:
    cur = order.currency
    return {
        "id": str(ev.id),
        "occurredAt": iso(ev.occurred_at),
        "type": ev.type,
        "order": {
            "seller": {"id": SELLER_ID},
            "buyer": _buyer(order, full=False),
            "lineItems": [
                {
                    "id": li.id,
                    "offer": {"id": li.offer_id, "name": li.name, "external": {"id": li.sku}},
                    "quantity": li.quantity,
                    "originalPrice": price(li.original_price, cur),
                    "price": price(li.price, cur),
                    "boughtAt": iso(li.bought_at or order.bought_at),
                }
                for li in order.lines
            ],
            "checkoutForm": {"id": order.id, "revision": ev.revision},
            "marketplace": {"id": "allegro-pl"},
        },
    }


def refund(r: RefundRec) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": r.id,
        "payment": {"id": r.payment_id},
        "order": {"id": r.order_id},
        "reason": r.reason,
        "status": r.status,
        "createdAt": iso(r.created_at),
        "totalValue": price(r.total, r.currency),
    }
    out.update(r.echo)
    if r.seller_comment:
        out["sellerComment"] = r.seller_comment
    return out


def shipment(s: ShipmentRec) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": s.id,
        "waybill": s.waybill,
        "carrierId": s.carrier_id,
        "lineItems": [{"id": lid} for lid in s.line_item_ids],
        "createdAt": iso(s.created_at),
    }
    if s.carrier_name:
        out["carrierName"] = s.carrier_name
    return out


def customer_return(ret: ReturnRec, order: OrderRec | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": ret.id,
        "isFulfillment": False,
        "createdAt": iso(ret.created_at),
        "referenceNumber": ret.reference_number,
        "orderId": ret.order_id,
        "marketplaceId": "allegro-pl",
        "buyer": {
            "email": order.buyer.email if order else "",
            "login": order.buyer.login if order else "",
        },
        "items": [
            {
                "offerId": it.offer_id,
                "quantity": it.quantity,
                "name": it.name,
                "price": price(it.price, ret.currency),
                "url": f"https://allegro.pl/oferta/{it.offer_id}",
                "reason": {"type": it.reason, "userComment": it.comment},
            }
            for it in ret.items
        ],
        "parcels": (
            [
                {
                    "createdAt": iso(ret.created_at),
                    "waybill": ret.waybill,
                    "transportingWaybill": None,
                    "carrierId": "INPOST",
                    "transportingCarrierId": None,
                    "sender": {"phoneNumber": order.buyer.phone if order else ""},
                }
            ]
            if ret.waybill
            else []
        ),
        "status": ret.status,
    }
    if ret.bank_account is not None:
        out["refund"] = {"bankAccount": ret.bank_account}
    if ret.rejection is not None:
        out["rejection"] = ret.rejection
    return out
