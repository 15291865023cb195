"""Refresh rotation lands in the real OS keyring: the new pair is what a new process reads."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from datetime import UTC, datetime

import pytest

from refunddesk.demo_shop import DemoShop, ShopClock
from refunddesk.infra.secrets import Secrets, shop_tokens_key
from refunddesk.marketplace.allegro.auth import AllegroAuth, KeyringTokenStore
from refunddesk.marketplace.allegro.client import AllegroClient
from refunddesk.marketplace.allegro.environments import AllegroEnvironment
from tests.support.demo_shop import DemoShopFactory

pytestmark = pytest.mark.keyring

READ_BACK = """
import json, sys
from refunddesk.infra.secrets import Secrets
print(Secrets().get(sys.argv[1]) or "")
"""


def _in_new_process(key: str) -> dict[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", READ_BACK, key], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout) if done.stdout.strip() else {}


def test_rotated_refresh_token_is_saved_to_the_os_keyring(
    demo_shop_factory: DemoShopFactory,
) -> None:
    shop: DemoShop = demo_shop_factory(
        clock=ShopClock(datetime(2026, 5, 4, 10, 0, tzinfo=UTC), frozen=True)
    )
    shop_id = f"test-{uuid.uuid4().hex[:8]}"
    secrets = Secrets()
    env = AllegroEnvironment.custom(shop.url, name="demo")
    auth = AllegroAuth(
        env,
        shop.options.client_id,
        shop.options.client_secret,
        KeyringTokenStore(secrets, shop_id),
        now=shop.clock.now,
    )
    try:
        code = auth.start_device_flow()
        assert shop.scenario.approve_device(code.user_code)
        auth.wait_for_approval(code, sleep=shop.clock.advance)
        first = _in_new_process(shop_tokens_key(shop_id))
        assert first["refresh_token"]

        shop.clock.advance(12 * 3600)  # the access token expired: the next call refreshes
        AllegroClient(env, auth, timeout=5.0).latest_event_id()

        second = _in_new_process(shop_tokens_key(shop_id))
        assert second["refresh_token"] != first["refresh_token"]
        assert second["access_token"] != first["access_token"]
        # The rotated pair is the one Allegro (the demo shop) accepts from now on.
        shop.clock.advance(120)
        fresh = AllegroAuth(
            env,
            shop.options.client_id,
            shop.options.client_secret,
            KeyringTokenStore(Secrets(), shop_id),
            now=shop.clock.now,
        )
        AllegroClient(env, fresh, timeout=5.0).latest_event_id()
    finally:
        secrets.delete_shop(shop_id)
    assert _in_new_process(shop_tokens_key(shop_id)) == {}
