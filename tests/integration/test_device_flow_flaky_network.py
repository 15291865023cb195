"""Connecting survives a flaky network: the demo shop fails the token endpoint between polls."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from refunddesk.demo_shop import DemoShop, ShopClock
from refunddesk.marketplace.allegro.auth import (
    AccessDenied,
    AllegroAuth,
    DeviceCodeExpired,
    MemoryTokenStore,
)
from refunddesk.marketplace.allegro.client import AllegroClient
from refunddesk.marketplace.allegro.environments import AllegroEnvironment
from tests.support.demo_shop import DemoShopFactory

TOKEN = "/auth/oauth/token"
TIMEOUT = 0.4  # the client's; a latency fault longer than this is a timeout


@pytest.fixture
def shop(demo_shop_factory: DemoShopFactory) -> DemoShop:
    return demo_shop_factory(
        clock=ShopClock(datetime(2026, 5, 4, 10, 0, tzinfo=UTC), frozen=True),
        device_code_seconds=120,
    )


def _auth(shop: DemoShop, store: MemoryTokenStore) -> AllegroAuth:
    env = AllegroEnvironment.custom(shop.url, name="demo")
    return AllegroAuth(
        env,
        shop.options.client_id,
        shop.options.client_secret,
        store,
        now=shop.clock.now,
        timeout=TIMEOUT,
    )


def _between_polls(shop: DemoShop, steps: list[Callable[[], object]]) -> Callable[[float], None]:
    """A sleep that moves the shop's clock and sets up the next poll's fault."""

    def sleep(seconds: float) -> None:
        shop.scenario.clear_faults()
        # A timed-out poll is still being answered by the shop: let it finish first.
        time.sleep(TIMEOUT * 2)
        shop.clock.advance(seconds)
        if steps:
            steps.pop(0)()

    return sleep


def test_a_5xx_a_reset_and_a_timeout_while_polling_do_not_end_the_login(shop: DemoShop) -> None:
    store = MemoryTokenStore()
    auth = _auth(shop, store)
    code = auth.start_device_flow()
    sc = shop.scenario
    steps: list[Callable[[], object]] = [
        lambda: sc.add_fault("drop_after_commit", TOKEN, count=1),  # connection reset
        lambda: sc.add_fault("latency", TOKEN, latency_ms=int(TIMEOUT * 2500)),  # timeout
        lambda: sc.add_fault("error_rate", TOKEN, rate=1.0, status=500, count=1),
        lambda: sc.approve_device(code.user_code),
    ]
    sc.add_fault("error_rate", TOKEN, rate=1.0, status=503, count=1)

    tokens = auth.wait_for_approval(code, sleep=_between_polls(shop, steps))

    assert steps == []  # every fault was met before the approval
    assert store.load() == tokens
    client = AllegroClient(auth.env, auth, timeout=5.0)
    assert client.latest_event_id() is None  # the login works


def test_only_a_refusal_ends_a_flaky_login(shop: DemoShop) -> None:
    auth = _auth(shop, MemoryTokenStore())
    code = auth.start_device_flow()
    sc = shop.scenario
    steps: list[Callable[[], object]] = [lambda: sc.deny_device(code.user_code)]
    sc.add_fault("error_rate", TOKEN, rate=1.0, status=503, count=1)
    with pytest.raises(AccessDenied):
        auth.wait_for_approval(code, sleep=_between_polls(shop, steps))
    assert auth.store.load() is None


def test_a_shop_unreachable_until_the_code_expires_ends_as_expired(shop: DemoShop) -> None:
    auth = _auth(shop, MemoryTokenStore())
    code = auth.start_device_flow()
    shop.scenario.add_fault("error_rate", TOKEN, rate=1.0, status=503)
    polls: list[float] = []

    def sleep(seconds: float) -> None:
        polls.append(seconds)
        shop.clock.advance(seconds)

    with pytest.raises(DeviceCodeExpired):
        auth.wait_for_approval(code, sleep=sleep)
    assert len(polls) == 120 // code.interval  # polled at the interval until the expiry
