"""The demo shop's scenario API and approve page obey only who started it (a per-run key)."""

from __future__ import annotations

import subprocess
import sys

import pytest
import requests

from refunddesk.demo_shop import DemoShop
from refunddesk.demo_shop.server import CONTROL_HEADER
from tests.support.demo_shop import DemoShopFactory, api_session, control_session

DEVICE = "urn:ietf:params:oauth:grant-type:device_code"


@pytest.fixture
def shop(demo_shop_factory: DemoShopFactory) -> DemoShop:
    return demo_shop_factory(auto_approve=False, device_interval=1)


@pytest.mark.parametrize("headers", [{}, {CONTROL_HEADER: "guessed"}], ids=["none", "wrong"])
@pytest.mark.parametrize("operation", ["issue_tokens", "create_order", "seed"])
def test_without_the_key_the_scenario_api_does_nothing(
    shop: DemoShop, headers: dict[str, str], operation: str
) -> None:
    answer = requests.post(f"{shop.url}/__demo/{operation}", json={}, headers=headers)
    assert answer.status_code == 403
    assert CONTROL_HEADER in answer.json()["errors"][0]["message"]
    assert "access_token" not in answer.text
    assert shop.state.orders == {}
    ledger = requests.get(f"{shop.url}/__demo/ledger", headers=headers)
    assert ledger.status_code == 403


def test_with_the_key_tokens_minted_over_http_work(shop: DemoShop) -> None:
    minted = control_session(shop).post(f"{shop.url}/__demo/issue_tokens", json={})
    assert minted.status_code == 200
    token = minted.json()["result"]["access_token"]
    assert api_session(shop, token=token).get(f"{shop.url}/order/event-stats").status_code == 200


def test_every_run_has_its_own_key(demo_shop_factory: DemoShopFactory) -> None:
    first, second = demo_shop_factory(), demo_shop_factory()
    assert len(first.control_key) >= 32 and first.control_key != second.control_key
    stolen = {CONTROL_HEADER: first.control_key}
    assert requests.post(f"{second.url}/__demo/seed", json={}, headers=stolen).status_code == 403


def _start_device_flow(shop: DemoShop) -> dict[str, str]:
    r = requests.post(
        f"{shop.url}/auth/oauth/device",
        auth=(shop.options.client_id, shop.options.client_secret),
        data={"client_id": shop.options.client_id},
    )
    return dict(r.json())


def _poll(shop: DemoShop, device_code: str) -> str:
    shop.scenario.advance_clock(5)
    r = requests.post(
        f"{shop.url}/auth/oauth/token",
        auth=(shop.options.client_id, shop.options.client_secret),
        data={"grant_type": DEVICE, "device_code": device_code},
    )
    return str(r.json().get("error") or "tokens")


def test_the_approve_page_needs_the_key_a_person_types_or_a_script_sends(shop: DemoShop) -> None:
    codes = _start_device_flow(shop)
    page = requests.get(codes["verification_uri_complete"])
    assert 'name="key"' in page.text  # the person is asked for the key printed at start
    approve = {"code": codes["user_code"], "decision": "approve"}
    refused = requests.post(f"{shop.url}/skojarz-aplikacje", data=approve)
    assert refused.status_code == 403 and "Zły klucz" in refused.text
    wrong = requests.post(f"{shop.url}/skojarz-aplikacje", data={**approve, "key": "nope"})
    assert wrong.status_code == 403
    assert _poll(shop, codes["device_code"]) == "authorization_pending"
    typed = requests.post(
        f"{shop.url}/skojarz-aplikacje", data={**approve, "key": shop.control_key}
    )
    assert typed.status_code == 200 and "Gotowe" in typed.text
    assert _poll(shop, codes["device_code"]) == "tokens"
    scripted = _start_device_flow(shop)
    sent = requests.post(
        f"{shop.url}/skojarz-aplikacje",
        data={"code": scripted["user_code"], "decision": "approve"},
        headers=shop.control_headers(),
    )
    assert sent.status_code == 200
    assert _poll(shop, scripted["device_code"]) == "tokens"


def test_refunddesk_demo_shop_prints_the_key_of_its_run() -> None:
    shop = subprocess.Popen(
        [sys.executable, "-m", "refunddesk", "--log-level", "ERROR", "demo-shop", "--port", "0",
         "--orders", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert shop.stdout is not None
        lines = [shop.stdout.readline() for _ in range(3)]
        url = lines[0].split()[4]
        key = lines[2].split(f"{CONTROL_HEADER}:")[1].strip()
        seeded = requests.post(
            f"{url}/__demo/seed", json={"count": 1}, headers={CONTROL_HEADER: key}
        )
        assert seeded.status_code == 200 and len(seeded.json()["result"]) == 1
    finally:
        shop.terminate()
        shop.wait(timeout=10)
