"""Two processes sharing a shop refresh its single-use token once: one refreshes, one reuses."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from refunddesk.demo_shop import DemoShop, ShopClock
from refunddesk.marketplace.allegro.auth import OAuthTokens
from refunddesk.services import shops
from refunddesk.services.context import open_context
from tests.support.demo_shop import DemoShopFactory

pytestmark = pytest.mark.keyring

# A worker as `refunddesk run` would have one: its own context on the shared data folder.
_WORKER = """
import json, sys, time
from pathlib import Path
from refunddesk.services import shops
from refunddesk.services.context import open_context
ctx = open_context(data_dir=Path(sys.argv[1]))
market = ctx.market_for(1)
go = float(sys.argv[2])
ready_in_time = time.time() < go
time.sleep(max(0.0, go - time.time()))
try:
    market.latest_event_id()
    result = {"ok": True}
except Exception as exc:
    result = {"ok": False, "error": type(exc).__name__, "text": str(exc)}
tokens = shops.token_store(shops.get_shop(ctx.db, 1), ctx.secrets).load()
result.update(ready=ready_in_time, access=tokens.access_token if tokens else None)
ctx.close()
print(json.dumps(result))
"""


@pytest.fixture
def shop(demo_shop_factory: DemoShopFactory) -> DemoShop:
    # A running clock and no grace: a refresh token used twice is refused, as Allegro does
    # once its 60 s grace is over.
    return demo_shop_factory(clock=ShopClock(), refresh_grace_seconds=0)


def _connect(folder: Path, shop: DemoShop) -> str:
    """Shop 1 with a pair whose access token RefundDesk thinks expired: a refresh is due."""
    issued = shop.scenario.issue_tokens()
    ctx = open_context(data_dir=folder)
    try:
        shops.add_shop(
            ctx.db,
            ctx.secrets,
            name="Sklep",
            environment="demo",
            client_id=shop.options.client_id,
            client_secret=shop.options.client_secret,
            api_url=shop.url,
            tokens=OAuthTokens(
                issued["access_token"],
                issued["refresh_token"],
                datetime.now(UTC) - timedelta(minutes=1),
            ),
        )
    finally:
        ctx.close()
    return str(issued["refresh_token"])


def _forget(folder: Path) -> None:
    ctx = open_context(data_dir=folder)
    try:
        shops.remove_shop(ctx.db, ctx.secrets, 1)
    finally:
        ctx.close()


def test_two_processes_refresh_once_and_both_use_the_new_pair(
    tmp_path: Path, shop: DemoShop, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "shared"
    first_refresh_token = _connect(folder, shop)
    refreshes: list[str] = []
    refresh = shop.tokens.refresh

    def counted(token: str) -> dict[str, Any]:
        refreshes.append(token)
        return refresh(token)

    monkeypatch.setattr(shop.tokens, "refresh", counted)
    # A slow token endpoint: without a lock both processes would be refreshing at once.
    shop.scenario.add_fault("latency", "/auth/oauth/token", latency_ms=800)
    try:
        go = time.time() + 6.0
        workers = [
            subprocess.Popen(
                [sys.executable, "-c", _WORKER, str(folder), str(go)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        results = []
        for worker in workers:
            out, err = worker.communicate(timeout=90)
            assert worker.returncode == 0, err
            results.append(json.loads(out))

        assert all(r["ready"] for r in results), "a worker started too late to race"
        assert [r["ok"] for r in results] == [True, True], results
        assert refreshes == [first_refresh_token]  # one refresh, by one process
        assert results[0]["access"] == results[1]["access"] != None  # noqa: E711
    finally:
        _forget(folder)

    # The demo shop refuses a used refresh token (what the lock protects against).
    answer = requests.post(
        f"{shop.url}/auth/oauth/token",
        data={"grant_type": "refresh_token", "refresh_token": first_refresh_token},
        auth=(shop.options.client_id, shop.options.client_secret),
        timeout=5,
    )
    assert answer.status_code == 400 and answer.json()["error"] == "invalid_grant"
