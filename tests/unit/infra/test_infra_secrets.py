"""Secrets: what is stored where, and how each keyring failure reaches the user."""

from __future__ import annotations

import logging

import keyring
import keyring.core
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from refunddesk.infra import secrets as secrets_module
from refunddesk.infra.logging import forget_registered_secrets, redact
from refunddesk.infra.secrets import (
    SERVICE,
    KeyringLocked,
    NoKeyringAvailable,
    Secrets,
    SecretsError,
    shop_client_secret_key,
    shop_tokens_key,
    smtp_password_key,
)
from tests.support.keyring import MemoryKeyring


class RaisingKeyring(KeyringBackend):
    """A backend whose every call fails the way a real one does."""

    viable = False
    priority = 5
    error: Exception = RuntimeError("set per test")

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


def raising(error: Exception) -> RaisingKeyring:
    backend = RaisingKeyring()
    backend.error = error
    return backend


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's file backend (which must not be installed)."""

    priority = 0.5


@pytest.fixture(autouse=True)
def _no_registered_secrets() -> None:
    forget_registered_secrets()


def test_keys_name_the_shop_and_account() -> None:
    assert shop_client_secret_key(7) == "shop/7/client_secret"
    assert shop_tokens_key("7") == "shop/7/tokens"
    assert smtp_password_key("shop@example.com") == "smtp/shop@example.com/password"


def test_set_get_delete_use_the_refunddesk_service(memory_keyring: MemoryKeyring) -> None:
    secrets = Secrets()
    secrets.set("shop/1/client_secret", "s3cr3t-value")
    assert memory_keyring.entries == {(SERVICE, "shop/1/client_secret"): "s3cr3t-value"}
    assert secrets.get("shop/1/client_secret") == "s3cr3t-value"
    secrets.delete("shop/1/client_secret")
    assert secrets.get("shop/1/client_secret") is None
    secrets.delete("shop/1/client_secret")  # missing is fine


def test_delete_shop_forgets_secret_and_tokens_but_not_other_shops(
    memory_keyring: MemoryKeyring,
) -> None:
    secrets = Secrets()
    for shop in (1, 2):
        secrets.set(shop_client_secret_key(shop), f"secret-{shop}")
        secrets.set_json(shop_tokens_key(shop), {"access_token": f"tok-{shop}-aaaa"})
    secrets.delete_shop(1)
    assert secrets.get(shop_client_secret_key(1)) is None
    assert secrets.get_json(shop_tokens_key(1)) is None
    assert secrets.get_json(shop_tokens_key(2)) == {"access_token": "tok-2-aaaa"}


def test_explicit_backend_wins_over_the_global_one(memory_keyring: MemoryKeyring) -> None:
    own = MemoryKeyring()
    Secrets(own).set("k", "value-1")
    assert own.entries and not memory_keyring.entries


def test_values_read_or_written_are_redacted_from_logs() -> None:
    secrets = Secrets()
    secrets.set("smtp/a/password", "pw-only-the-keyring-knows")
    secrets.set_json(shop_tokens_key(3), {"access_token": "opaque-access-1234"})
    forget_registered_secrets()
    assert secrets.get("smtp/a/password") == "pw-only-the-keyring-knows"
    secrets.get_json(shop_tokens_key(3))
    line = redact("login with pw-only-the-keyring-knows and token opaque-access-1234")
    assert "pw-only-the-keyring-knows" not in line
    assert "opaque-access-1234" not in line


def test_corrupt_token_entry_is_a_secrets_error() -> None:
    secrets = Secrets()
    secrets.set(shop_tokens_key(1), "not json")
    with pytest.raises(SecretsError):
        secrets.get_json(shop_tokens_key(1))


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (keyring.errors.NoKeyringError("none"), NoKeyringAvailable),
        (keyring.errors.InitError("Prompt dismissed"), NoKeyringAvailable),
        (keyring.errors.KeyringLocked("Failed to unlock"), KeyringLocked),
        (keyring.errors.PasswordSetError("nope"), SecretsError),
    ],
    ids=["no-keyring", "never-unlocked", "locked", "other-keyring-error"],
)
def test_backend_errors_become_typed_secrets_errors(
    error: Exception, expected: type[SecretsError]
) -> None:
    secrets = Secrets(raising(error))
    for call in (lambda: secrets.get("k"), lambda: secrets.set("k", "value")):
        with pytest.raises(expected) as caught:
            call()
        assert type(caught.value) is expected
        assert caught.value.__cause__ is error


def test_bugs_in_a_backend_are_not_disguised_as_keyring_errors() -> None:
    with pytest.raises(ZeroDivisionError):
        Secrets(raising(ZeroDivisionError())).get("k")


def test_no_keyring_message_says_what_to_install() -> None:
    with pytest.raises(NoKeyringAvailable) as caught:
        Secrets(fail.Keyring()).get("k")
    message = str(caught.value)
    assert "apt install gnome-keyring" in message
    assert "D-Bus" in message
    assert "gnome-keyring-daemon --unlock" in message  # the headless way


def test_locked_message_says_how_to_unlock() -> None:
    with pytest.raises(KeyringLocked, match="Unlock it"):
        Secrets(raising(keyring.errors.KeyringLocked("x"))).set("k", "value")


@pytest.mark.parametrize(
    "backend", [null.Keyring(), fail.Keyring()], ids=["null-backend", "fail-backend"]
)
def test_backends_that_store_nothing_count_as_no_keyring(backend: KeyringBackend) -> None:
    secrets = Secrets(backend)
    with pytest.raises(NoKeyringAvailable):
        secrets.set("k", "value")
    with pytest.raises(NoKeyringAvailable):
        secrets.check()


def test_detection_failure_from_get_keyring_is_no_keyring(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Secret Service forced but no session bus: keyring.get_keyring() raises a bare RuntimeError.
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    with pytest.raises(NoKeyringAvailable) as caught:
        Secrets().get("k")
    assert type(caught.value.__cause__) is RuntimeError


def test_empty_chain_counts_as_no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    with pytest.raises(NoKeyringAvailable):
        Secrets(chainer.ChainerBackend()).get("k")


def test_plaintext_backend_is_flagged_and_warned_about(caplog: pytest.LogCaptureFixture) -> None:
    secrets = Secrets(PlaintextKeyring())
    with caplog.at_level(logging.WARNING, logger=secrets_module.__name__):
        secrets.set("k", "value")
        secrets.get("k")
    assert secrets.is_insecure
    warning = secrets.insecure_warning()
    assert warning is not None and "not encrypted" in warning
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1  # once, not on every read


def test_keyrings_alt_file_backends_are_insecure_whatever_their_priority() -> None:
    cls = type("PlaintextKeyring", (MemoryKeyring,), {"priority": 3})
    cls.__module__ = "keyrings.alt.file"
    secrets = Secrets(cls())
    assert secrets.is_insecure
    assert secrets.backend_name == "unencrypted file (keyrings.alt)"


def test_a_proper_keyring_gets_no_warning(caplog: pytest.LogCaptureFixture) -> None:
    secrets = Secrets()
    with caplog.at_level(logging.WARNING):
        secrets.set("k", "value")
    assert not secrets.is_insecure
    assert secrets.insecure_warning() is None
    assert not caplog.records


def test_reload_finds_a_keyring_that_appeared_after_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    secrets = Secrets()
    with pytest.raises(NoKeyringAvailable):
        secrets.get("k")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.support.keyring.MemoryKeyring")
    with pytest.raises(NoKeyringAvailable):  # keyring itself remembers "none"
        Secrets().get("k")
    secrets.reload()
    secrets.set("k", "value-after-reload")
    assert secrets.get("k") == "value-after-reload"
