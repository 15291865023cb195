"""The real Secret Service keyring: secrets survive the process and are really deleted."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid

import pytest

from refunddesk.infra.secrets import Secrets, shop_client_secret_key, shop_tokens_key

pytestmark = pytest.mark.keyring

# A fresh interpreter reads the keyring on its own: proves the secret left this process.
_READER = """
import json, sys
from refunddesk.infra.secrets import Secrets
secrets = Secrets()
print(json.dumps({"backend": type(secrets.backend).__module__, "value": secrets.get(sys.argv[1])}))
"""


def _read_in_new_process(key: str) -> dict[str, str | None]:
    done = subprocess.run(
        [sys.executable, "-c", _READER, key],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result: dict[str, str | None] = json.loads(done.stdout)
    return result


def test_secret_is_stored_in_the_os_keyring_and_deleted_for_good() -> None:
    secrets = Secrets()
    key = shop_client_secret_key(f"test-{uuid.uuid4()}")
    value = f"client-secret-{uuid.uuid4()}"
    try:
        secrets.set(key, value)
        assert not secrets.is_insecure
        assert "Secret Service" in secrets.backend_name

        seen = _read_in_new_process(key)
        assert seen["value"] == value
        assert seen["backend"] == "keyring.backends.SecretService"

        secrets.delete(key)
        assert secrets.get(key) is None
        assert _read_in_new_process(key)["value"] is None
        secrets.delete(key)  # deleting again is not an error
    finally:
        secrets.delete(key)


def test_token_pair_round_trips_as_json_and_delete_shop_forgets_it() -> None:
    secrets = Secrets()
    shop = f"test-{uuid.uuid4()}"
    tokens = {"access_token": f"a-{uuid.uuid4()}", "refresh_token": f"r-{uuid.uuid4()}"}
    try:
        secrets.set_json(shop_tokens_key(shop), tokens)
        secrets.set(shop_client_secret_key(shop), "client-secret-value")

        stored = _read_in_new_process(shop_tokens_key(shop))["value"]
        assert stored is not None
        assert json.loads(stored) == tokens
        assert Secrets().get_json(shop_tokens_key(shop)) == tokens

        secrets.delete_shop(shop)
        assert secrets.get_json(shop_tokens_key(shop)) is None
        assert _read_in_new_process(shop_client_secret_key(shop))["value"] is None
    finally:
        secrets.delete_shop(shop)
