"""Refunds on the demo shop behave like Allegro's: idempotent, capped, asynchronous, ledgered."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
import requests

from refunddesk.demo_shop import DemoShop, ShopClock
from tests.support.demo_shop import DemoShopFactory, api_session


@pytest.fixture
def shop(demo_shop_factory: DemoShopFactory) -> DemoShop:
    return demo_shop_factory(clock=ShopClock(frozen=True))


@pytest.fixture
def api(shop: DemoShop) -> requests.Session:
    return api_session(shop)


def _body(order: dict[str, Any], **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "payment": {"id": order["payment"]["id"]},
        "order": {"id": order["id"]},
        "commandId": str(uuid.uuid4()),
        "reason": "REFUND",
    }
    body.update(extra)
    return body


def _line(order: dict[str, Any], qty: int = 1, i: int = 0) -> list[dict[str, Any]]:
    return [{"id": order["lineItems"][i]["id"], "type": "QUANTITY", "quantity": qty}]


def _refunds(shop: DemoShop, api: requests.Session, order_id: str) -> list[dict[str, Any]]:
    r = api.get(f"{shop.url}/payments/refunds", params={"order.id": order_id})
    assert r.status_code == 200
    return list(r.json()["refunds"])


def test_refund_is_200_new_then_success_after_the_settle_time(shop: DemoShop, api: Any) -> None:
    order = shop.scenario.create_order([{"price": "50.41", "quantity": 2}], delivery_cost="9.99")
    r = api.post(f"{shop.url}/payments/refunds", json=_body(order, lineItems=_line(order)))
    assert r.status_code == 200
    assert r.json()["status"] == "NEW" and r.json()["totalValue"] == {
        "amount": "50.41",
        "currency": "PLN",
    }
    assert shop.scenario.ledger() == []  # no money moves while NEW
    shop.scenario.advance_clock(1.5)
    assert [x["status"] for x in _refunds(shop, api, order["id"])] == ["SUCCESS"]
    ledger = shop.scenario.ledger(order["id"])
    assert [(e["amountMinor"], e["by_hand"]) for e in ledger] == [(5041, False)]


def test_replaying_a_command_id_returns_the_same_refund_once(shop: DemoShop, api: Any) -> None:
    order = shop.scenario.create_order([{"price": "20.00", "quantity": 3}])
    body = _body(order, lineItems=_line(order))
    first = api.post(f"{shop.url}/payments/refunds", json=body).json()
    second = api.post(f"{shop.url}/payments/refunds", json=body)
    assert second.status_code == 200 and second.json()["id"] == first["id"]
    shop.scenario.settle_refunds()
    assert len(_refunds(shop, api, order["id"])) == 1
    assert sum(e["amountMinor"] for e in shop.scenario.ledger()) == 2000


def test_a_used_command_id_with_another_body_is_refused(shop: DemoShop, api: Any) -> None:
    order = shop.scenario.create_order([{"price": "20.00", "quantity": 3}])
    body = _body(order, lineItems=_line(order))
    api.post(f"{shop.url}/payments/refunds", json=body)
    r = api.post(f"{shop.url}/payments/refunds", json=dict(body, lineItems=_line(order, 2)))
    assert r.status_code == 422
    assert r.json()["errors"][0]["path"] == "commandId"


def test_over_refund_quotes_what_is_left_in_polish(shop: DemoShop, api: Any) -> None:
    order = shop.scenario.create_order([{"price": "50.41", "quantity": 1}])
    api.post(f"{shop.url}/payments/refunds", json=_body(order, lineItems=_line(order)))
    shop.scenario.settle_refunds()
    r = api.post(f"{shop.url}/payments/refunds", json=_body(order, lineItems=_line(order)))
    assert r.status_code == 422
    err = r.json()["errors"][0]
    assert err["code"] == "VALIDATION_ERROR"
    assert "ilość przekroczona, dostępna: 0, żądana: 1" in err["message"]


def test_amount_over_the_line_value_names_the_available_value(shop: DemoShop, api: Any) -> None:
    order = shop.scenario.create_order([{"price": "50.41", "quantity": 1}])
    line = [
        {
            "id": order["lineItems"][0]["id"],
            "type": "AMOUNT",
            "value": {"amount": "60.00", "currency": "PLN"},
        }
    ]
    r = api.post(f"{shop.url}/payments/refunds", json=_body(order, lineItems=line))
    assert r.status_code == 422
    assert "wartość przekroczona, dostępna: 50,41 PLN" in r.json()["errors"][0]["message"]


def test_a_line_with_a_pending_refund_has_nothing_available(shop: DemoShop, api: Any) -> None:
    order = shop.scenario.create_order([{"price": "10.00", "quantity": 5}])
    assert (
        api.post(
            f"{shop.url}/payments/refunds", json=_body(order, lineItems=_line(order))
        ).status_code
        == 200
    )
    r = api.post(f"{shop.url}/payments/refunds", json=_body(order, lineItems=_line(order)))
    assert r.status_code == 422 and "dostępna: 0, żądana: 1" in r.json()["errors"][0]["message"]
    shop.scenario.settle_refunds()
    r = api.post(f"{shop.url}/payments/refunds", json=_body(order, lineItems=_line(order)))
    assert r.status_code == 200  # once final, the remaining four units are refundable again


def test_cash_on_delivery_is_not_refundable(shop: DemoShop, api: Any) -> None:
    order = shop.scenario.create_order(payment_type="CASH_ON_DELIVERY")
    r = api.post(f"{shop.url}/payments/refunds", json=_body(order, lineItems=_line(order)))
    assert r.status_code == 400
    assert r.json()["errors"][0]["code"] == "COD_MARKETPLACE_NOT_SUPPORTED"


def test_unpaid_order_and_empty_refund_are_refused(shop: DemoShop, api: Any) -> None:
    unpaid = shop.scenario.create_order(paid=False)
    r = api.post(f"{shop.url}/payments/refunds", json=_body(unpaid, lineItems=_line(unpaid)))
    assert r.status_code == 422
    paid = shop.scenario.create_order()
    r = api.post(f"{shop.url}/payments/refunds", json=_body(paid))
    assert r.status_code == 422  # at least one component is required


def test_order_must_belong_to_the_payment(shop: DemoShop, api: Any) -> None:
    a, b = shop.scenario.create_order(), shop.scenario.create_order()
    body = _body(a, lineItems=_line(a))
    body["order"] = {"id": b["id"]}
    r = api.post(f"{shop.url}/payments/refunds", json=body)
    assert r.status_code == 422 and r.json()["errors"][0]["path"] == "order.id"


def test_low_balance_cancels_the_refund_and_moves_no_money(shop: DemoShop, api: Any) -> None:
    order = shop.scenario.create_order([{"price": "100.00", "quantity": 1}])
    shop.scenario.set_balance("30.00")
    api.post(f"{shop.url}/payments/refunds", json=_body(order, lineItems=_line(order)))
    shop.scenario.advance_clock(5)
    assert [x["status"] for x in _refunds(shop, api, order["id"])] == ["CANCELED"]
    assert shop.scenario.ledger() == [] and shop.scenario.balance() == "30.00"
    r = api.post(f"{shop.url}/payments/refunds", json=_body(order, lineItems=_line(order)))
    assert r.status_code == 200  # a CANCELED refund frees the line again


def test_refund_by_hand_shows_in_the_list_and_ledger(shop: DemoShop, api: Any) -> None:
    order = shop.scenario.create_order([{"price": "25.00", "quantity": 2}], delivery_cost="10.00")
    shop.scenario.refund_by_hand(order["id"])
    [refund] = _refunds(shop, api, order["id"])
    assert refund["status"] == "SUCCESS" and refund["totalValue"]["amount"] == "60.00"
    assert [e["by_hand"] for e in shop.scenario.ledger(order["id"])] == [True]
    r = api.post(f"{shop.url}/payments/refunds", json=_body(order, lineItems=_line(order)))
    assert r.status_code == 422


def test_status_filter_uses_the_list_enum(shop: DemoShop, api: Any) -> None:
    order = shop.scenario.create_order([{"price": "10.00", "quantity": 2}])
    api.post(f"{shop.url}/payments/refunds", json=_body(order, lineItems=_line(order)))
    waiting = api.get(f"{shop.url}/payments/refunds", params={"status": ["WAITING"]}).json()
    success = api.get(f"{shop.url}/payments/refunds", params={"status": ["SUCCESS"]}).json()
    assert (waiting["totalCount"], success["totalCount"]) == (1, 0)
