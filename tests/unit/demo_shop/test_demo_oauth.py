"""OAuth on the demo shop: device flow states, single-use refresh tokens with a 60 s grace."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from refunddesk.demo_shop import DemoShop, ShopClock
from tests.support.demo_shop import DemoShopFactory, api_session

DEVICE = "urn:ietf:params:oauth:grant-type:device_code"


@pytest.fixture
def shop(demo_shop_factory: DemoShopFactory) -> DemoShop:
    return demo_shop_factory(clock=ShopClock(frozen=True))


def _auth(shop: DemoShop) -> tuple[str, str]:
    return shop.options.client_id, shop.options.client_secret


def _start(shop: DemoShop) -> dict[str, Any]:
    r = requests.post(
        f"{shop.url}/auth/oauth/device",
        auth=_auth(shop),
        data={"client_id": shop.options.client_id},
    )
    assert r.status_code == 200
    return dict(r.json())


def _poll(shop: DemoShop, device_code: str) -> requests.Response:
    return requests.post(
        f"{shop.url}/auth/oauth/token",
        auth=_auth(shop),
        data={"grant_type": DEVICE, "device_code": device_code},
    )


def test_device_flow_pending_then_approved_then_single_use(shop: DemoShop) -> None:
    codes = _start(shop)
    assert codes["verification_uri_complete"] == (
        f"{shop.url}/skojarz-aplikacje?code={codes['user_code']}"
    )
    assert _poll(shop, codes["device_code"]).json()["error"] == "authorization_pending"
    assert shop.scenario.approve_device(codes["user_code"])
    shop.scenario.advance_clock(codes["interval"])
    tokens = _poll(shop, codes["device_code"]).json()
    assert tokens["expires_in"] == 43199 and tokens["token_type"] == "bearer"
    me = api_session(shop, token=tokens["access_token"])
    assert me.get(f"{shop.url}/order/event-stats").status_code == 200
    shop.scenario.advance_clock(codes["interval"])
    assert _poll(shop, codes["device_code"]).json()["error"] == "Invalid device code"


def test_polling_faster_than_the_interval_gets_slow_down(shop: DemoShop) -> None:
    codes = _start(shop)
    _poll(shop, codes["device_code"])
    assert _poll(shop, codes["device_code"]).json()["error"] == "slow_down"


def test_denied_and_expired_codes(shop: DemoShop) -> None:
    denied = _start(shop)
    page = requests.post(
        f"{shop.url}/skojarz-aplikacje",
        data={"code": denied["user_code"], "decision": "deny"},
        headers=shop.control_headers(),
    )
    assert page.status_code == 200
    assert _poll(shop, denied["device_code"]).json()["error"] == "access_denied"
    late = _start(shop)
    shop.scenario.advance_clock(late["expires_in"] + 1)
    r = _poll(shop, late["device_code"])
    assert r.status_code == 400 and r.json()["error"] not in ("authorization_pending", "slow_down")


def test_verification_page_offers_approve_and_deny(shop: DemoShop) -> None:
    codes = _start(shop)
    page = requests.get(codes["verification_uri_complete"])
    assert page.status_code == 200 and codes["user_code"] in page.text
    assert "approve" in page.text and "deny" in page.text


def test_auto_approve_hands_out_tokens_on_the_first_poll(
    demo_shop_factory: DemoShopFactory,
) -> None:
    shop = demo_shop_factory(auto_approve=True)
    assert "access_token" in _poll(shop, _start(shop)["device_code"]).json()


def test_wrong_client_secret_is_refused(shop: DemoShop) -> None:
    r = requests.post(f"{shop.url}/auth/oauth/device", auth=("demo-client", "nope"))
    assert r.status_code == 401


def _refresh(shop: DemoShop, token: str) -> requests.Response:
    return requests.post(
        f"{shop.url}/auth/oauth/token",
        auth=_auth(shop),
        data={"grant_type": "refresh_token", "refresh_token": token},
    )


def test_refresh_rotates_and_the_old_token_has_a_60_second_grace(shop: DemoShop) -> None:
    first = shop.scenario.issue_tokens()
    second = _refresh(shop, first["refresh_token"]).json()
    assert second["refresh_token"] != first["refresh_token"]
    old = api_session(shop, token=first["access_token"])
    r = old.get(f"{shop.url}/order/event-stats")
    assert r.status_code == 401 and "error" in r.json()  # AuthError, not ErrorsHolder
    shop.scenario.advance_clock(30)
    assert _refresh(shop, first["refresh_token"]).status_code == 200  # within the grace
    shop.scenario.advance_clock(31)
    late = _refresh(shop, first["refresh_token"])
    assert late.status_code == 400 and late.json()["error"] == "invalid_grant"
    assert _refresh(shop, second["refresh_token"]).status_code == 200


def test_expired_missing_and_revoked_tokens_get_401(shop: DemoShop) -> None:
    url = f"{shop.url}/order/event-stats"
    bare = requests.get(url, headers={"Accept": "application/vnd.allegro.public.v1+json"})
    assert bare.status_code == 401 and bare.json()["error"] == "unauthorized"
    tokens = shop.scenario.issue_tokens()
    api = api_session(shop, token=tokens["access_token"])
    shop.scenario.advance_clock(43200)
    assert api.get(url).status_code == 401
    fresh = api_session(shop)
    assert fresh.get(url).status_code == 200
    shop.scenario.revoke_tokens()
    assert fresh.get(url).status_code == 401
    assert _refresh(shop, tokens["refresh_token"]).json()["error"] == "invalid_grant"
