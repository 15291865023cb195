"""The contract checker itself: it must reject what breaks Allegro's spec, not wave it through."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

from refunddesk.demo_shop import DemoShop, Exchange
from tests.support.demo_shop import PUBLIC, api_session
from tests.support.openapi_contract import check_exchange

pytestmark = pytest.mark.contract


def _exchange(method: str, path: str, body: Any, status: int, response: Any) -> Exchange:
    return Exchange(
        method=method,
        path=path,
        query={},
        request_headers={"content-type": PUBLIC, "accept": PUBLIC, "authorization": "Bearer x"},
        request_body=json.dumps(body).encode() if body is not None else b"",
        status=status,
        response_headers={"content-type": PUBLIC},
        response_body=json.dumps(response).encode(),
    )


def _refund_body() -> dict[str, Any]:
    return {
        "payment": {"id": str(uuid.uuid4())},
        "order": {"id": str(uuid.uuid4())},
        "commandId": str(uuid.uuid4()),
        "reason": "REFUND",
        "delivery": {"value": {"amount": "9.99", "currency": "PLN"}},
    }


def _refund_details(body: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "payment": body["payment"],
        "order": body["order"],
        "reason": "REFUND",
        "status": "NEW",
        "createdAt": "2026-01-02T10:00:00.000Z",
        "totalValue": {"amount": "9.99", "currency": "PLN"},
    }


def test_a_conforming_refund_exchange_passes(allegro_spec: Any) -> None:
    body = _refund_body()
    ex = _exchange("POST", "/payments/refunds", body, 200, _refund_details(body))
    assert check_exchange(allegro_spec, ex) == []


def test_a_refund_request_without_command_id_is_a_violation(allegro_spec: Any) -> None:
    body = _refund_body()
    del body["commandId"]
    problems = check_exchange(
        allegro_spec, _exchange("POST", "/payments/refunds", body, 200, _refund_details(body))
    )
    assert len(problems) == 1 and "request" in problems[0] and "commandId" in problems[0]


def test_a_refund_response_missing_a_required_field_is_a_violation(allegro_spec: Any) -> None:
    body = _refund_body()
    details = _refund_details(body)
    del details["totalValue"]
    problems = check_exchange(
        allegro_spec, _exchange("POST", "/payments/refunds", body, 200, details)
    )
    assert len(problems) == 1 and "response" in problems[0] and "totalValue" in problems[0]


def test_a_path_outside_the_spec_is_a_violation(allegro_spec: Any) -> None:
    problems = check_exchange(allegro_spec, _exchange("GET", "/order/nonsense", None, 200, {}))
    assert problems and "not an operation" in problems[0]


def test_the_fixture_records_a_bad_request_sent_to_the_shop(
    allegro_spec: Any, demo_shop_factory: Any
) -> None:
    shop: DemoShop = demo_shop_factory()
    order = shop.scenario.create_order()
    with api_session(shop) as s:
        bad = {
            "payment": {"id": order["payment"]["id"]},
            "order": {"id": order["id"]},
            "reason": "REFUND",
            "delivery": {"value": {"amount": "1.00", "currency": "PLN"}},
        }
        assert s.post(f"{shop.url}/payments/refunds", json=bad).status_code == 422
    violations = list(shop.contract.violations)  # type: ignore[attr-defined]
    shop.contract.violations.clear()  # type: ignore[attr-defined]  # seen; do not fail teardown
    assert any("commandId" in v for v in violations), violations


def test_every_seeded_order_conforms_to_the_checkout_form_schema(demo_shop: DemoShop) -> None:
    demo_shop.scenario.seed(60)
    with api_session(demo_shop) as s:
        page = s.get(f"{demo_shop.url}/order/checkout-forms", params={"limit": 100}).json()
        assert page["totalCount"] == 60
        events = s.get(f"{demo_shop.url}/order/events", params={"limit": 1000}).json()["events"]
        assert events
        s.get(f"{demo_shop.url}/order/event-stats").raise_for_status()
    # The fixture's teardown fails the test if any of these bodies broke the schema.
