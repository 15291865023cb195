"""One real OS keyring, several databases: each keeps its own credentials, the demo none."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import secretstorage

from refunddesk.infra.process_keyring import ProcessKeyring
from refunddesk.marketplace.allegro.auth import OAuthTokens
from refunddesk.services import shops
from refunddesk.services.context import open_context

pytestmark = pytest.mark.keyring

# A fresh interpreter opens the data folder on its own: what it reads is in the OS keyring.
_READER = """
import json, sys
from pathlib import Path
from refunddesk.services import shops
from refunddesk.services.context import open_context
ctx = open_context(data_dir=Path(sys.argv[1]))
out = {}
for info in shops.list_shops(ctx.db):
    tokens = shops.token_store(info, ctx.secrets).load()
    out[info.id] = {
        "secret": ctx.secrets.get(f"shop/{info.id}/client_secret"),
        "access": tokens.access_token if tokens else None,
    }
ctx.close()
print(json.dumps(out))
"""


def _read(folder: Path) -> dict[str, dict[str, str | None]]:
    done = subprocess.run(
        [sys.executable, "-c", _READER, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result: dict[str, dict[str, str | None]] = json.loads(done.stdout)
    return result


def _os_entry_names() -> set[str]:
    """Every RefundDesk entry in the Secret Service, read past the app's own code."""
    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        return {
            item.get_attributes().get("username", "")
            for item in collection.search_items({"service": "refunddesk"})
        }
    finally:
        connection.close()


def _add_shop_1(folder: Path, letter: str) -> None:
    ctx = open_context(data_dir=folder)
    try:
        info = shops.add_shop(
            ctx.db,
            ctx.secrets,
            name=f"Sklep {letter}",
            environment="production",
            client_id=f"client-{letter}",
            client_secret=f"secret-{letter}",
            tokens=OAuthTokens(
                f"access-{letter}-0123456789",
                f"refresh-{letter}-0123456789",
                datetime.now(UTC) + timedelta(hours=12),
            ),
        )
        assert info.id == 1
    finally:
        ctx.close()


def _remove_shop_1(folder: Path) -> None:
    ctx = open_context(data_dir=folder)
    try:
        shops.remove_shop(ctx.db, ctx.secrets, 1)
    finally:
        ctx.close()


def test_two_data_folders_and_the_demo_each_keep_their_own_shop_1(tmp_path: Path) -> None:
    first, second, demo_folder = tmp_path / "first", tmp_path / "second", tmp_path / "demo"
    before = _os_entry_names()
    try:
        _add_shop_1(first, "A")
        _add_shop_1(second, "B")
        demo = open_context(data_dir=demo_folder, demo=True)
        try:
            [demo_shop] = shops.list_shops(demo.db)
            assert demo_shop.id == 1
            assert isinstance(demo.secrets.backend, ProcessKeyring)
            assert shops.auth_for(demo_shop, demo.secrets).access_token()
        finally:
            demo.close()

        added = _os_entry_names() - before
        # Two shops' secret + tokens; the demo wrote nothing to the OS keyring.
        assert len(added) == 4 and all(name.startswith("db/") for name in added)
        assert _read(first) == {"1": {"secret": "secret-A", "access": "access-A-0123456789"}}
        assert _read(second) == {"1": {"secret": "secret-B", "access": "access-B-0123456789"}}

        _remove_shop_1(second)
        assert _read(second) == {}
        assert _read(first) == {"1": {"secret": "secret-A", "access": "access-A-0123456789"}}
        assert len(_os_entry_names() - before) == 2
    finally:
        for folder in (first, second):
            if folder.exists():
                _remove_shop_1(folder)
    assert _os_entry_names() - before == set()
