"""Media types, rate limits, injected faults, customer returns and the HTTP scenario API."""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest
import requests

from refunddesk.demo_shop import DemoShop, ShopClock
from tests.support.demo_shop import BETA, DemoShopFactory, api_session, control_session


@pytest.fixture
def shop(demo_shop_factory: DemoShopFactory) -> DemoShop:
    return demo_shop_factory(clock=ShopClock(frozen=True))


@pytest.fixture
def api(shop: DemoShop) -> requests.Session:
    return api_session(shop)


def test_every_response_has_a_trace_id_and_wrong_accept_is_406(shop: DemoShop, api: Any) -> None:
    r = api.get(f"{shop.url}/order/events", headers={"Accept": "application/json"})
    assert r.status_code == 406 and r.json()["errors"][0]["code"] == "NotAcceptableException"
    assert r.headers["trace-id"]
    returns = api.get(f"{shop.url}/order/customer-returns")  # public type on a beta resource
    assert returns.status_code == 406


def test_one_message_per_second(shop: DemoShop, api: Any) -> None:
    order = shop.scenario.create_order()
    msg = {
        "recipient": {"login": order["buyer"]["login"]},
        "text": "Dzień dobry",
        "order": {"id": order["id"]},
    }
    assert api.post(f"{shop.url}/messaging/messages", json=msg).status_code == 201
    assert api.post(f"{shop.url}/messaging/messages", json=msg).status_code == 429
    shop.scenario.advance_clock(1)
    assert api.post(f"{shop.url}/messaging/messages", json=msg).status_code == 201


def test_global_rate_limit_blocks_for_a_minute(demo_shop_factory: DemoShopFactory) -> None:
    shop = demo_shop_factory(clock=ShopClock(frozen=True), rate_limit_per_minute=3)
    api = api_session(shop)
    codes = [api.get(f"{shop.url}/order/event-stats").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    shop.scenario.advance_clock(61)
    assert api.get(f"{shop.url}/order/event-stats").status_code == 200


def test_burst_of_429_then_normal(shop: DemoShop, api: Any) -> None:
    shop.scenario.add_fault("burst_429", path_prefix="/order/events", count=2)
    codes = [api.get(f"{shop.url}/order/events").status_code for _ in range(3)]
    assert codes == [429, 429, 200]


def test_error_rate_is_seeded_and_scoped(shop: DemoShop, api: Any) -> None:
    shop.scenario.add_fault("error_rate", path_prefix="/order/events", rate=1.0, status=503)
    assert api.get(f"{shop.url}/order/events").status_code == 503
    assert api.get(f"{shop.url}/order/event-stats").status_code == 200
    shop.scenario.clear_faults()
    assert api.get(f"{shop.url}/order/events").status_code == 200


def test_error_rate_with_a_count_stops_after_that_many_errors(shop: DemoShop, api: Any) -> None:
    shop.scenario.add_fault("error_rate", path_prefix="/order/events", rate=1.0, count=2)
    codes = [api.get(f"{shop.url}/order/events").status_code for _ in range(3)]
    assert codes == [503, 503, 200]


def test_latency_is_added(shop: DemoShop, api: Any) -> None:
    shop.scenario.add_fault("latency", path_prefix="/order/event-stats", latency_ms=150)
    start = time.perf_counter()
    api.get(f"{shop.url}/order/event-stats")
    assert time.perf_counter() - start >= 0.15


def test_dropped_response_still_commits_the_refund(shop: DemoShop, api: Any) -> None:
    order = shop.scenario.create_order()
    shop.scenario.add_fault("drop_after_commit", path_prefix="/payments/refunds", method="POST")
    body = {
        "payment": {"id": order["payment"]["id"]},
        "order": {"id": order["id"]},
        "commandId": str(uuid.uuid4()),
        "reason": "REFUND",
        "lineItems": [{"id": order["lineItems"][0]["id"], "type": "QUANTITY", "quantity": 1}],
    }
    with pytest.raises(requests.ConnectionError):
        api.post(f"{shop.url}/payments/refunds", json=body)
    listed = api.get(f"{shop.url}/payments/refunds", params={"order.id": order["id"]}).json()
    assert listed["totalCount"] == 1
    again = api.post(f"{shop.url}/payments/refunds", json=body)  # the resend is idempotent
    assert again.json()["id"] == listed["refunds"][0]["id"]


def test_malformed_body_for_the_next_response(shop: DemoShop, api: Any) -> None:
    shop.scenario.add_fault("malformed", path_prefix="/order/event-stats")
    r = api.get(f"{shop.url}/order/event-stats")
    with pytest.raises(ValueError):
        r.json()
    assert api.get(f"{shop.url}/order/event-stats").json() == {}


def test_customer_returns_cursor_rejection_and_cod_bank_account(shop: DemoShop) -> None:
    beta = api_session(shop, media=BETA)
    online = shop.scenario.create_order([{"price": "30.00", "quantity": 2}])
    cod = shop.scenario.create_order(payment_type="CASH_ON_DELIVERY")
    r1 = shop.scenario.declare_return(
        online["id"],
        [{"lineItemId": online["lineItems"][0]["id"], "quantity": 1, "reason": "DAMAGED"}],
    )
    r2 = shop.scenario.declare_return(cod["id"])
    url = f"{shop.url}/order/customer-returns"
    listed = beta.get(url).json()
    assert [r["id"] for r in listed["customerReturns"]] == [r1["id"], r2["id"]]
    assert "lineItemId" not in str(listed["customerReturns"][0]["items"])
    after = beta.get(url, params={"from": r1["id"]}).json()["customerReturns"]
    assert [r["id"] for r in after] == [r2["id"]]
    assert after[0]["refund"]["bankAccount"]["iban"].startswith("PL")
    shop.scenario.set_return_status(r1["id"], "DELIVERED")
    assert beta.get(f"{url}/{r1['id']}").json()["status"] == "DELIVERED"
    reject = {
        "rejection": {"code": "REFUND_REJECTED", "reason": "Towar uszkodzony przez kupującego"}
    }
    assert beta.post(f"{url}/{r1['id']}/rejection", json=reject).status_code == 200
    assert beta.post(f"{url}/{r1['id']}/rejection", json=reject).status_code == 422


def test_refund_claims_created_and_listed(shop: DemoShop, api: Any) -> None:
    order = shop.scenario.create_order()
    line = order["lineItems"][0]
    r = api.post(
        f"{shop.url}/order/refund-claims", json={"lineItem": {"id": line["id"]}, "quantity": 1}
    )
    assert r.status_code == 201
    claim = api.get(f"{shop.url}/order/refund-claims/{r.json()['id']}").json()
    assert claim["lineItem"]["offer"]["id"] == line["offer"]["id"]
    assert api.get(f"{shop.url}/order/refund-claims").json()["count"] == 1


def test_scenario_api_over_http_and_ledger(shop: DemoShop, api: Any) -> None:
    control = control_session(shop)
    made = control.post(
        f"{shop.url}/__demo/create_order",
        json={"items": [{"price": "12.34", "quantity": 1}], "delivery_cost": "0.00"},
    )
    order = made.json()["result"]
    control.post(f"{shop.url}/__demo/refund_by_hand", json={"order_id": order["id"]})
    ledger = control.get(f"{shop.url}/__demo/ledger").json()["ledger"]
    assert [(e["orderId"], e["amountMinor"], e["by_hand"]) for e in ledger] == [
        (order["id"], 1234, True)
    ]
    assert control.post(f"{shop.url}/__demo/no_such_thing", json={}).status_code == 404


def test_a_drop_waits_behind_an_injected_error(shop: DemoShop, api: Any) -> None:
    shop.scenario.add_fault("burst_429", path_prefix="/order/event-stats", count=1)
    shop.scenario.add_fault("drop_after_commit", path_prefix="/order/event-stats", count=1)
    assert api.get(f"{shop.url}/order/event-stats").status_code == 429
    with pytest.raises(requests.ConnectionError):
        api.get(f"{shop.url}/order/event-stats")
    assert api.get(f"{shop.url}/order/event-stats").status_code == 200
