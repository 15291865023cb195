"""Realistic Allegro JSON, written from the spec's schemas, for the mapping tests."""

from __future__ import annotations

import copy
from typing import Any

ORDER_ID = "29738e61-7f6a-11e8-ac45-09db60ede9d6"
PAYMENT_ID = "0f8f1d13-7e9e-11e8-9b00-c5b0dfb78ea6"
LINE_1 = "62ae358b-8f65-11e8-b5e3-a3d6bdac2e28"
LINE_2 = "7a1e0f4c-8f65-11e8-b5e3-a3d6bdac2e28"
SURCHARGE_ID = "1f1c8a2e-7e9e-11e8-9b00-c5b0dfb78ea6"
REFUND_ID = "09f0b4cc-7880-11e9-8f9e-2a86e4085a59"
RETURN_ID = "a3405c27-b01c-4357-9bea-e13925708b46"


def price(amount: str, currency: str = "PLN") -> dict[str, str]:
    return {"amount": amount, "currency": currency}


_CHECKOUT_FORM: dict[str, Any] = {
    "id": ORDER_ID,
    "messageToSeller": "Proszę o czerwony kolor",
    "buyer": {
        "id": "23123123",
        "email": "pf7r8ng2+1a2b3c@allegromail.pl",
        "login": "Kupujacy_Jan",
        "firstName": "Jan",
        "lastName": "Kowalski",
        "companyName": None,
        "guest": False,
        "personalIdentity": "67032712345",
        "phoneNumber": "+48 123 456 789",
        "preferences": {"language": "pl-PL"},
        "address": {"street": "Grunwaldzka 182", "city": "Poznań", "postCode": "60-166"},
    },
    "payment": {
        "id": PAYMENT_ID,
        "type": "ONLINE",
        "provider": "P24",
        "finishedAt": "2026-05-01T10:00:02.000+02:00",
        "paidAmount": price("143.97"),
        "reconciliation": price("143.97"),
        "features": ["ALLEGRO_PAY"],
    },
    "status": "READY_FOR_PROCESSING",
    "fulfillment": {
        "status": "PROCESSING",
        "shipmentSummary": {"lineItemsSent": "NONE"},
        "provider": {"id": "SELLER"},
    },
    "delivery": {
        "address": {"firstName": "Jan", "lastName": "Kowalski", "zipCode": "60-166"},
        "method": {"id": "1fa56f79-4b6a-4821-a6f2-ca9c16d5c925", "name": "Allegro Paczkomaty"},
        "pickupPoint": {"id": "POZ08A", "name": "Paczkomat POZ08A"},
        "cost": price("9.99"),
        "time": {
            "from": "2026-05-03T08:00:00Z",
            "to": "2026-05-05T18:00:00Z",
            "guaranteed": None,
            "dispatch": {"from": "2026-05-01T10:00:00Z", "to": "2026-05-02T14:00:00.000+02:00"},
        },
        "smart": True,
        "cancellation": None,
        "calculatedNumberOfPackages": 1,
    },
    "invoice": {"required": False},
    "lineItems": [
        {
            "id": LINE_1,
            "offer": {
                "id": "7678887152",
                "name": "Kubek ceramiczny 300 ml",
                "external": {"id": "KUB-300-RED"},
                "productSet": {"products": [{"id": "9d689aa5", "quantity": 1}]},
            },
            "quantity": 2,
            "originalPrice": price("49.99"),
            "price": price("44.99"),
            "reconciliation": {"value": price("2.50"), "type": "BILLING", "quantity": 2},
            "selectedAdditionalServices": [
                {"definitionId": "GIFT", "name": "Pakowanie", "price": price("5.00"), "quantity": 2}
            ],
            "vouchers": [],
            "tax": {"rate": "23.00", "subject": "PRODUCT"},
            "boughtAt": "2026-05-01T09:58:11.118Z",
            "discounts": [{"type": "COUPON"}],
        },
        {
            "id": LINE_2,
            "offer": {"id": "7678887153", "name": "Podstawka korkowa"},
            "quantity": 1.0,  # "number, format integer" in the spec
            "originalPrice": price("25.00"),
            "price": price("25.00"),
            "boughtAt": "2026-05-01T09:57:00Z",
        },
    ],
    "surcharges": [
        {
            "id": SURCHARGE_ID,
            "type": "ONLINE",
            "provider": "P24",
            "finishedAt": "2026-05-01T12:00:00Z",
            "paidAmount": price("10.00"),
        }
    ],
    "discounts": [],
    "note": {"text": "VIP"},
    "marketplace": {"id": "allegro-pl"},
    "summary": {"totalToPay": price("143.97")},
    "updatedAt": "2026-05-01T10:15:30.133Z",
    "revision": "819b5836",
    "aNewFieldAllegroAddedLater": {"nested": [1, 2, 3]},
}

_REFUND: dict[str, Any] = {
    "id": REFUND_ID,
    "payment": {"id": PAYMENT_ID},
    "order": {"id": ORDER_ID},
    "reason": "REFUND",
    "status": "SUCCESS",
    "createdAt": "2026-05-06T08:36:57.292+02:00",
    "totalValue": price("64.98"),
    "lineItems": [
        {"id": LINE_1, "type": "QUANTITY", "quantity": 1, "value": None},
        {"id": LINE_2, "type": "AMOUNT", "value": price("10.00")},
    ],
    "delivery": {"value": price("9.99")},
    "additionalServices": {"value": price("0.00")},
    "surcharges": [{"id": SURCHARGE_ID, "value": price("0.00")}],
    "sellerComment": "Zwrot za kubek",
}

_RETURN: dict[str, Any] = {
    "id": RETURN_ID,
    "isFulfillment": False,
    "createdAt": "2026-05-07T09:36:57.00Z",
    "referenceNumber": "1234/Z04A",
    "orderId": ORDER_ID,
    "buyer": {"email": "user-email@allegro.pl", "login": "Kupujacy_Jan"},
    "items": [
        {
            "offerId": "7678887152",
            "quantity": 1,
            "name": "Kubek ceramiczny 300 ml",
            "price": price("44.99"),
            "url": "https://allegro.pl/oferta/kubek-7678887152",
            "reason": {"type": "DAMAGED", "userComment": "Pęknięty uchwyt"},
            "serialNumbers": [],
        }
    ],
    "refund": {
        "bankAccount": {
            "owner": "Jan Kowalski",
            "accountNumber": "61109010140000071219812874",
            "iban": "PL61109010140000071219812874",
            "swift": "WBKPPLPP",
            "address": {"street": "Grunwaldzka 182", "city": "Poznań"},
        }
    },
    "parcels": [
        {
            "createdAt": "2026-05-07T11:00:00.663+01:00",
            "waybill": "AD00R28X72",
            "transportingWaybill": None,
            "carrierId": "ALLEGRO",
            "transportingCarrierId": None,
            "sender": {"phoneNumber": "+48123456789"},
        }
    ],
    "rejection": None,
    "marketplaceId": "allegro-pl",
    "status": "DELIVERED",
}

_EVENTS: dict[str, Any] = {
    "events": [
        {
            "id": "1532603898317497",
            "occurredAt": "2026-05-01T10:12:32.321Z",
            "type": "BUYER_CANCELLED",
            "order": {
                "seller": {"id": "437848322"},
                "buyer": {"id": "23123123", "email": "x@allegromail.pl", "login": "Kupujacy_Jan"},
                "lineItems": [],
                "checkoutForm": {"id": ORDER_ID, "revision": "819b5836"},
                "marketplace": {"id": "allegro-pl"},
            },
        },
        {
            "id": "1532603898317498",
            "occurredAt": "2026-05-01T10:13:00Z",
            "type": "SOMETHING_NEW",
            "order": {
                "seller": {"id": "437848322"},
                "buyer": {"id": "23123123"},
                "lineItems": [],
                "checkoutForm": {"id": ORDER_ID},
            },
        },
    ]
}


def checkout_form(**changes: Any) -> dict[str, Any]:
    form = copy.deepcopy(_CHECKOUT_FORM)
    form.update(changes)
    return form


def refund(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(_REFUND)
    data.update(changes)
    return data


def customer_return(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(_RETURN)
    data.update(changes)
    return data


def events() -> dict[str, Any]:
    return copy.deepcopy(_EVENTS)
