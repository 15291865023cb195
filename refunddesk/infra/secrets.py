"""Credentials in the OS keyring (service "refunddesk"), with plain errors when there is none."""

from __future__ import annotations

import json
import logging
import sys
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import keyring
import keyring.core
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from refunddesk.infra.logging import register_secret

try:  # Linux only: the Secret Service client keyring uses underneath.
    from secretstorage import exceptions as _secretstorage
except ImportError:  # pragma: no cover - macOS / Windows
    _secretstorage = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

SERVICE = "refunddesk"
# keyring's own rule (keyring.core.recommended): below 1 is a fallback, not a real keyring.
RECOMMENDED_PRIORITY = 1.0


def database_prefix(database_id: str) -> str:
    """What every entry name of one database starts with (``db/<database id>/``)."""
    return f"db/{database_id}/"


def shop_client_secret_key(shop_id: int | str) -> str:
    """Keyring entry for a shop's OAuth client secret (inside its database's names)."""
    return f"shop/{shop_id}/client_secret"


def shop_tokens_key(shop_id: int | str) -> str:
    """Keyring entry for a shop's access/refresh token pair (a JSON object)."""
    return f"shop/{shop_id}/tokens"


def smtp_password_key(account: str) -> str:
    """Keyring entry for an SMTP account's password."""
    return f"smtp/{account}/password"


def sms_token_key() -> str:
    """Keyring entry for the SMS gateway's (SMSAPI) OAuth token."""
    return "sms/smsapi/token"


def alert_url_key(channel: str) -> str:
    """Keyring entry for one merchant-alert channel's Apprise URL (it embeds its credentials)."""
    return f"alerts/{channel}/url"


# -- errors -------------------------------------------------------------------------------


# One keyring call at a time in this process. Parallel Allegro requests (up to 16 threads) each
# read the shop's tokens; the Secret Service backend opens a D-Bus session per call, and many at
# once (with workers killed mid-call) left gnome-keyring dead in the tests, every later call
# then waiting on a locked replacement.
_ONE_CALL_AT_A_TIME = threading.Lock()


class SecretsError(Exception):
    """The keyring could not store or read a secret."""


def _install_hint() -> str:
    if sys.platform == "darwin":
        return "RefundDesk uses the macOS Keychain; make sure it is unlocked."
    if sys.platform == "win32":
        return "RefundDesk uses the Windows Credential Manager; make sure you are logged in."
    return (
        "RefundDesk keeps shop credentials in the system keyring (Secret Service).\n"
        "On Debian/Ubuntu: `sudo apt install gnome-keyring` (KDE: KWallet works too), then log "
        "in to a desktop session, which starts the keyring and the D-Bus session bus.\n"
        "On a server without a desktop: `sudo apt install gnome-keyring dbus-daemon`, then start "
        "RefundDesk inside its own D-Bus session with an unlocked keyring:\n"
        '  dbus-run-session -- sh -c \'read -rs PW; printf %s "$PW" | '
        "gnome-keyring-daemon --unlock --components=secrets >/dev/null; refunddesk run'"
    )


class NoKeyringAvailable(SecretsError):
    """No usable keyring: nothing installed, no D-Bus session, or never set up."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        self.hint = _install_hint()
        super().__init__(f"{reason}\n\n{self.hint}")


class KeyringLocked(SecretsError):
    """The keyring exists but is locked, or the unlock prompt was dismissed."""

    def __init__(self, reason: str = "The system keyring is locked.") -> None:
        self.reason = reason
        super().__init__(
            f"{reason} Unlock it (log in to your desktop session, or open “Passwords and Keys” "
            "and unlock the Login keyring), then try again."
        )


# -- the interface ------------------------------------------------------------------------


def _backend_display_name(backend: KeyringBackend) -> str:
    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        return _backend_display_name(chained[0]) if chained else "no keyring"
    cls = type(backend)
    known = {
        "keyring.backends.SecretService.Keyring": "Secret Service (GNOME Keyring)",
        "keyring.backends.kwallet.DBusKeyring": "KDE Wallet",
        "keyring.backends.macOS.Keyring": "macOS Keychain",
        "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
        "keyrings.alt.file.PlaintextKeyring": "unencrypted file (keyrings.alt)",
        "keyrings.alt.file.EncryptedKeyring": "password-protected file (keyrings.alt)",
    }
    qualified = f"{cls.__module__}.{cls.__qualname__}"
    return known.get(qualified, str(getattr(cls, "name", cls.__qualname__)))


def _backend_is_insecure(backend: KeyringBackend) -> bool:
    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        # Writes go to the first (highest-priority) backend of the chain.
        return _backend_is_insecure(chained[0]) if chained else False
    cls = type(backend)
    if cls.__module__.startswith("keyrings.alt") or "plaintext" in cls.__name__.lower():
        return True
    try:
        priority = float(cls.priority)
    except Exception:  # a backend that cannot rate itself is not one to trust
        return True
    return priority < RECOMMENDED_PRIORITY


def _is_empty_chain(backend: KeyringBackend) -> bool:
    return isinstance(backend, chainer.ChainerBackend) and not list(backend.backends)


class Secrets:
    """Read and write RefundDesk's secrets; every failure is a :class:`SecretsError`.

    Shop ids start at 1 in every database, so entry names alone would let two data folders
    (or the demo) read, overwrite and delete each other's credentials. :meth:`for_database`
    gives a view whose names all start with ``db/<database id>/``; the app only ever works
    through such a view. An unbound instance uses names as given (tests, old-name upgrades).
    """

    def __init__(
        self, backend: KeyringBackend | None = None, *, database_id: str | None = None
    ) -> None:
        self._given = backend
        self._resolved: KeyringBackend | None = None
        self._lock = threading.Lock()
        self._warned = False
        self._root = self
        self._database_id = database_id

    # -- whose secrets ----------------------------------------------------------------------

    @property
    def database_id(self) -> str | None:
        """The database whose entries this view reads and writes; None when unbound."""
        return self._database_id

    def for_database(self, database_id: str) -> Secrets:
        """This keyring seen through one database's entry names.

        Binding a view to another database is a bug (it would mix two profiles' secrets).
        """
        if not database_id:
            raise ValueError("a database id is required")
        if self._database_id == database_id:
            return self
        if self._database_id is not None:
            raise ValueError(
                f"these secrets belong to database {self._database_id}, not {database_id}"
            )
        view = Secrets(self._given, database_id=database_id)
        view._root = self._root  # one backend detection and one insecure warning per keyring
        return view

    def unbound(self) -> Secrets:
        """The same keyring with names used as given (for moving entries of old versions)."""
        return self._root

    def entry_name(self, key: str) -> str:
        """The name ``key`` has in the keyring."""
        if self._database_id is None:
            return key
        return database_prefix(self._database_id) + key

    # -- backend ------------------------------------------------------------------------

    @property
    def backend(self) -> KeyringBackend:
        """The keyring in use; raises :class:`NoKeyringAvailable` when there is none."""
        root = self._root
        with root._lock:
            if root._resolved is None:
                root._resolved = root._resolve()
            return root._resolved

    def reload(self) -> None:
        """Look for a keyring again (a "Try again" after the user started or installed one)."""
        if self._root is not self:
            self._root.reload()
            return
        with self._lock:
            self._resolved = None
            if self._given is None:
                # keyring caches its first detection (even "none") for the whole process.
                keyring.core._keyring_backend = None

    def _resolve(self) -> KeyringBackend:
        backend = self._given
        if backend is None:
            try:
                backend = keyring.get_keyring()
            except (keyring.errors.KeyringError, RuntimeError) as exc:
                # A forced backend whose priority check fails (Secret Service without a D-Bus
                # session) surfaces as a bare RuntimeError from get_keyring().
                raise NoKeyringAvailable(
                    f"No system keyring could be opened ({type(exc).__name__})."
                ) from exc
        if isinstance(backend, fail.Keyring | null.Keyring) or _is_empty_chain(backend):
            raise NoKeyringAvailable("No system keyring is installed or running.")
        if _backend_is_insecure(backend) and not self._warned:
            self._warned = True
            log.warning(
                "Secrets are stored in an insecure keyring: %s", _backend_display_name(backend)
            )
        return backend

    @property
    def backend_name(self) -> str:
        """A name for people, e.g. "Secret Service (GNOME Keyring)"."""
        return _backend_display_name(self.backend)

    @property
    def is_insecure(self) -> bool:
        """True for plaintext / file-based fallbacks that anyone with the files can read."""
        return _backend_is_insecure(self.backend)

    def insecure_warning(self) -> str | None:
        """The warning to show the merchant, or None when the keyring is a proper one."""
        if not self.is_insecure:
            return None
        return (
            f"Your shop credentials are stored in {self.backend_name}, which is not encrypted "
            "by your operating system: anyone who can read your files can read them. Install "
            "and use the system keyring instead (GNOME Keyring, KWallet, Keychain or the "
            "Windows Credential Manager)."
        )

    def check(self) -> None:
        """Make sure the keyring can be used now (call at start to report problems early)."""
        self.get("healthcheck")

    # -- operations ---------------------------------------------------------------------

    def get(self, key: str) -> str | None:
        """The secret stored under ``key``, or None."""
        backend = self.backend
        with _translated_errors(), _ONE_CALL_AT_A_TIME:
            value = backend.get_password(SERVICE, self.entry_name(key))
        register_secret(value)
        return value

    def set(self, key: str, value: str) -> None:
        """Store ``value`` under ``key``, replacing what was there."""
        register_secret(value)
        backend = self.backend
        with _translated_errors(), _ONE_CALL_AT_A_TIME:
            backend.set_password(SERVICE, self.entry_name(key), value)

    def delete(self, key: str) -> None:
        """Remove ``key``; a key that is not there is fine."""
        backend = self.backend
        try:
            with _translated_errors(), _ONE_CALL_AT_A_TIME:
                backend.delete_password(SERVICE, self.entry_name(key))
        except _MissingEntry:
            pass

    def get_json(self, key: str) -> dict[str, Any] | None:
        """A JSON object stored under ``key`` (e.g. the token pair), or None."""
        text = self.get(key)
        if text is None:
            return None
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SecretsError(f"The keyring entry {key!r} is not valid JSON.") from exc
        if not isinstance(value, dict):
            raise SecretsError(f"The keyring entry {key!r} is not a JSON object.")
        _register_json_secrets(value)
        return value

    def set_json(self, key: str, value: Mapping[str, Any]) -> None:
        """Store a JSON object under ``key``."""
        _register_json_secrets(value)
        self.set(key, json.dumps(dict(value), separators=(",", ":"), sort_keys=True))

    def delete_shop(self, shop_id: int | str) -> None:
        """Forget everything stored for one shop (client secret and tokens)."""
        self.delete(shop_client_secret_key(shop_id))
        self.delete(shop_tokens_key(shop_id))


def _register_json_secrets(value: Mapping[str, Any]) -> None:
    # Tokens are logged on their own far more often than as the whole stored JSON.
    for name, item in value.items():
        if isinstance(item, str) and any(w in name.lower() for w in ("token", "secret", "pass")):
            register_secret(item)


class _MissingEntry(SecretsError):
    """Deleting an entry that does not exist (swallowed by :meth:`Secrets.delete`)."""


@contextmanager
def _translated_errors() -> Iterator[None]:
    """Turns keyring's (and Secret Service's) exceptions into :class:`SecretsError` types."""
    try:
        yield
    except keyring.errors.KeyringLocked as exc:
        raise KeyringLocked() from exc
    except keyring.errors.NoKeyringError as exc:
        raise NoKeyringAvailable("No system keyring is installed or running.") from exc
    except keyring.errors.InitError as exc:
        raise NoKeyringAvailable(
            "The system keyring is installed but has never been set up or unlocked."
        ) from exc
    except keyring.errors.PasswordDeleteError as exc:
        raise _MissingEntry() from exc
    except keyring.errors.KeyringError as exc:
        raise SecretsError(f"The system keyring failed ({type(exc).__name__}).") from exc
    except Exception as exc:
        if _secretstorage is None or not isinstance(exc, _secretstorage.SecretStorageException):
            raise
        if isinstance(exc, _secretstorage.LockedException):
            raise KeyringLocked() from exc
        if isinstance(exc, _secretstorage.SecretServiceNotAvailableException):
            raise NoKeyringAvailable("The Secret Service stopped answering.") from exc
        raise SecretsError(f"The system keyring failed ({type(exc).__name__}).") from exc
