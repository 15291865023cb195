"""A keyring that lives only in this process: where the demo keeps its pretend login.

The demo never touches the OS keyring, so a demo start cannot read, overwrite or delete a
real shop's credentials, and it opens on a machine without any keyring. What is stored
here is gone when the process ends (the demo profile is rebuilt on every start anyway).
"""

from __future__ import annotations

import keyring.errors
from keyring.backend import KeyringBackend


class ProcessKeyring(KeyringBackend):
    # Never chosen by keyring's own detection: only handed to Secrets explicitly.
    viable = False
    priority = 1.0

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("No such password")
