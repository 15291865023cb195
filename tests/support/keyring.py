"""Keyring fixtures: an in-memory keyring for every test, the real one for `keyring` tests."""

from __future__ import annotations

import os
from collections.abc import Iterator

import keyring
import keyring.core
import pytest
from keyring.backend import KeyringBackend

REAL_KEYRING_ENV = "REFUNDDESK_REAL_KEYRING"


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict: what the app would store, without touching the OS."""

    # Never picked by keyring's own backend detection, even though defining the class
    # registers it among keyring's known backends.
    viable = False
    priority = 1.0  # keyring's threshold for a recommended (secure) backend

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("No such password")


def _swap_backend(backend: KeyringBackend | None) -> KeyringBackend | None:
    # keyring has no public "unset"; reading the private global avoids get_keyring(), which
    # would run backend detection (D-Bus calls) just to save the old value.
    previous: KeyringBackend | None = keyring.core._keyring_backend
    keyring.core._keyring_backend = backend
    return previous


def _real_keyring_required() -> bool:
    return os.environ.get("CI", "").strip().lower() == "true"


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> Iterator[MemoryKeyring | None]:
    """Every test gets an empty in-memory keyring, except tests marked ``keyring``.

    Those use the real Secret Service and only run when REFUNDDESK_REAL_KEYRING=1
    (scripts/run-tests.sh sets it inside its D-Bus session); on CI they fail instead of
    skipping, so a broken keyring set-up cannot pass unnoticed.
    """
    if request.node.get_closest_marker("keyring") is None:
        backend = MemoryKeyring()
        previous = _swap_backend(backend)
        try:
            yield backend
        finally:
            _swap_backend(previous)
        return

    if os.environ.get(REAL_KEYRING_ENV) != "1":
        reason = (
            f"needs the real OS keyring: run through scripts/run-tests.sh, which sets "
            f"{REAL_KEYRING_ENV}=1 inside dbus-run-session with an unlocked gnome-keyring"
        )
        if _real_keyring_required():
            pytest.fail(f"CI=true but {reason}", pytrace=False)
        pytest.skip(reason)
    # Detect afresh in this environment, whatever earlier tests left behind.
    previous = _swap_backend(None)
    try:
        yield None
    finally:
        _swap_backend(previous)
