"""Allegro OAuth2: the device flow that connects a shop, and single-use refresh-token rotation."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol

import requests

from refunddesk.infra.logging import register_secret
from refunddesk.marketplace.allegro.environments import AllegroEnvironment
from refunddesk.marketplace.allegro.json_text import loads as json_loads
from refunddesk.marketplace.base import MarketplaceError, NetworkError, ReconnectNeeded

log = logging.getLogger("refunddesk.allegro")

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
# RFC 8628: slow_down means "add 5 seconds to the interval for this and all later polls".
SLOW_DOWN_STEP = 5
# While polling, these answers mean "not now", not "no": 5xx, 408 and 429.
_TRANSIENT_POLL_STATUSES = frozenset({408, 429})
Clock = Callable[[], datetime]
# Entered around every refresh: excludes other processes sharing the shop (a row lock in
# the database, injected by the services layer; this package never imports the store).
RefreshLock = Callable[[], AbstractContextManager[object]]


def utc_now() -> datetime:
    return datetime.now(UTC)


# -- tokens and where they are kept --------------------------------------------------------


@dataclass(frozen=True)
class OAuthTokens:
    """One access/refresh pair. Token fields are hidden from repr so a log line cannot leak them."""

    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    expires_at: datetime
    scope: str = ""

    def expires_within(self, margin: timedelta, now: datetime) -> bool:
        return self.expires_at - margin <= now

    def to_json(self) -> str:
        return json.dumps(
            {
                "access_token": self.access_token,
                "refresh_token": self.refresh_token,
                "expires_at": self.expires_at.isoformat(),
                "scope": self.scope,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> OAuthTokens:
        data = json.loads(text)
        expires_at = datetime.fromisoformat(data["expires_at"])
        if expires_at.tzinfo is None:
            expires_at = expires_at.replace(tzinfo=UTC)
        return cls(
            access_token=str(data["access_token"]),
            refresh_token=str(data["refresh_token"]),
            expires_at=expires_at,
            scope=str(data.get("scope", "")),
        )


def register_tokens(tokens: OAuthTokens) -> None:
    """Have the log redaction scrub both tokens, should one ever reach a message."""
    register_secret(tokens.access_token)
    register_secret(tokens.refresh_token)


class TokenStore(Protocol):
    def load(self) -> OAuthTokens | None: ...

    def save(self, tokens: OAuthTokens) -> None: ...

    def clear(self) -> None: ...


class MemoryTokenStore:
    """Tokens kept in memory only (tests, a one-off CLI run)."""

    def __init__(self, tokens: OAuthTokens | None = None) -> None:
        self._tokens = tokens
        self._lock = threading.Lock()

    def load(self) -> OAuthTokens | None:
        with self._lock:
            return self._tokens

    def save(self, tokens: OAuthTokens) -> None:
        with self._lock:
            self._tokens = tokens

    def clear(self) -> None:
        with self._lock:
            self._tokens = None


class SecretsLike(Protocol):
    """What KeyringTokenStore needs of refunddesk.infra.secrets.Secrets."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...

    def delete(self, key: str) -> None: ...


class KeyringTokenStore:
    """One shop's tokens as JSON in the OS keyring, under ``shop/<id>/tokens``.

    Give it secrets bound to the shop's database (Secrets.for_database): the entry's full
    name is then ``db/<database id>/shop/<id>/tokens``.
    """

    def __init__(self, secrets: SecretsLike, shop_id: str | int) -> None:
        self._secrets = secrets
        self.key = f"shop/{shop_id}/tokens"

    def load(self) -> OAuthTokens | None:
        text = self._secrets.get(self.key)
        if not text:
            return None
        try:
            return OAuthTokens.from_json(text)
        except (ValueError, KeyError, TypeError):
            # A damaged entry is "not connected": the merchant reconnects; never log its content.
            log.warning("stored Allegro tokens under %s are unreadable; reconnect needed", self.key)
            return None

    def save(self, tokens: OAuthTokens) -> None:
        self._secrets.set(self.key, tokens.to_json())

    def clear(self) -> None:
        self._secrets.delete(self.key)


# -- device flow ---------------------------------------------------------------------------


class DeviceFlowFailed(MarketplaceError):
    """The device flow ended without tokens; start a new one."""

    user_message = "Connecting to Allegro did not finish; please try again."


class AccessDenied(DeviceFlowFailed):
    user_message = "The Allegro account owner refused access to RefundDesk."


class DeviceCodeExpired(DeviceFlowFailed):
    user_message = "The Allegro code expired before it was approved; start again."


class DeviceCodeInvalid(DeviceFlowFailed):
    user_message = "Allegro no longer knows this code (already used or invalid); start again."


class DeviceFlowCancelled(DeviceFlowFailed):
    user_message = "Connecting to Allegro was cancelled."


class ClientRejected(MarketplaceError):
    """Allegro refused the app's client id or secret (HTTP 400/401 on the OAuth endpoints)."""

    user_message = "Allegro refused RefundDesk's application key (client id/secret)."


@dataclass(frozen=True)
class DeviceCode:
    """What the merchant must approve, and how long and how often to poll."""

    device_code: str = field(repr=False)
    user_code: str
    verification_uri: str
    verification_uri_complete: str
    interval: int
    expires_at: datetime

    @property
    def user_code_display(self) -> str:
        """``cbt3zdu4g`` shown as ``cbt 3zd u4g``, as Allegro suggests; case kept as issued."""
        code = self.user_code
        return " ".join(code[i : i + 3] for i in range(0, len(code), 3))

    def seconds_left(self, now: datetime) -> int:
        return max(0, int((self.expires_at - now).total_seconds()))


class PollStatus(StrEnum):
    APPROVED = "APPROVED"
    PENDING = "PENDING"
    SLOW_DOWN = "SLOW_DOWN"
    DENIED = "DENIED"
    INVALID = "INVALID"
    EXPIRED = "EXPIRED"


@dataclass(frozen=True)
class PollResult:
    """One poll's outcome; ``interval`` is how long to wait before the next poll."""

    status: PollStatus
    interval: int
    tokens: OAuthTokens | None = None

    @property
    def finished(self) -> bool:
        return self.status not in (PollStatus.PENDING, PollStatus.SLOW_DOWN)


def _seconds(value: Any, what: str) -> int:
    """Allegro writes expires_in/interval as a number or a quoted number."""
    try:
        return int(value)
    except (TypeError, ValueError):
        raise MarketplaceError(f"Allegro sent an unreadable {what}: {value!r}") from None


class AllegroAuth:
    """Tokens for one shop: connects it (device flow) and keeps its access token fresh.

    Refreshes are serialised by a lock; a thread that waited for the lock re-reads the store
    and uses what the other thread obtained, because each refresh token works only once.

    The pair is kept in memory between requests: the keyring (Secret Service over D-Bus on
    Linux) costs milliseconds a read, and every request needs the token. The store is read
    again only when the memory cannot be trusted: at a refresh (due or after a 401: another
    process, the CLI or a second computer, may have refreshed the single-use token), after
    Allegro refused a refresh token (a newer pair may be stored), and while nothing good is
    in memory (not connected yet, or waiting for a reconnect).
    """

    def __init__(
        self,
        env: AllegroEnvironment,
        client_id: str,
        client_secret: str,
        store: TokenStore,
        *,
        session: requests.Session | None = None,
        timeout: float = 20.0,
        refresh_margin: timedelta = timedelta(minutes=5),
        now: Clock = utc_now,
        lock: threading.Lock | None = None,
        refresh_lock: RefreshLock | None = None,
    ) -> None:
        self.env = env
        self._client_id = client_id
        self._basic = (client_id, client_secret)
        self.store = store
        self._session = session or requests.Session()
        self._timeout = timeout
        self._margin = refresh_margin
        self._now = now
        self._lock = lock or threading.Lock()
        self._refresh_lock: RefreshLock = refresh_lock or nullcontext
        # The refresh token this object last read: if the store holds another one, someone
        # else (another process) refreshed, and that pair is the one to use.
        self._seen_refresh_token: str | None = None
        # A refresh token Allegro refused: never offered again (no crash loop), until a new
        # pair is stored by reconnecting.
        self._dead_refresh_token: str | None = None
        # The pair last read or saved; None means "read the store next time".
        self._tokens: OAuthTokens | None = None

    # -- device flow --------------------------------------------------------------------

    def start_device_flow(self, scope: str = "") -> DeviceCode:
        form = {"client_id": self._client_id}
        if scope:
            form["scope"] = scope
        status, body = self._post(self.env.device_url, form)
        if status in (400, 401):
            raise ClientRejected(f"device code refused: HTTP {status} {body.get('error', '')}")
        if status != 200:
            raise NetworkError(f"device code request failed: HTTP {status}")
        try:
            return DeviceCode(
                device_code=str(body["device_code"]),
                user_code=str(body["user_code"]),
                verification_uri=str(body.get("verification_uri", "")),
                verification_uri_complete=str(
                    body.get("verification_uri_complete") or body.get("verification_uri", "")
                ),
                interval=_seconds(body.get("interval", 5), "interval"),
                expires_at=self._now() + timedelta(seconds=_seconds(body["expires_in"], "expiry")),
            )
        except KeyError as exc:
            raise MarketplaceError(f"device code answer lacks {exc.args[0]}") from None

    def poll_once(self, device_code: DeviceCode) -> PollResult:
        """Ask once whether the merchant approved; stores the tokens when they did.

        Raises :class:`NetworkError` when Allegro could not answer (a reset, a timeout, a
        5xx, 408 or 429): the flow is still alive and the next poll may well succeed.
        """
        if self._now() >= device_code.expires_at:
            return PollResult(PollStatus.EXPIRED, device_code.interval)
        form = {"grant_type": DEVICE_GRANT, "device_code": device_code.device_code}
        status, body = self._post(self.env.token_url, form)
        if status == 200:
            tokens = self._tokens_from(body)
            self._save(tokens)
            return PollResult(PollStatus.APPROVED, device_code.interval, tokens)
        if status >= 500 or status in _TRANSIENT_POLL_STATUSES:
            raise NetworkError(f"token request failed: HTTP {status}")
        error = str(body.get("error", ""))
        if status == 401 or error == "invalid_client":
            raise ClientRejected(f"token request refused: HTTP {status} {error}".rstrip())
        if status != 400:
            raise MarketplaceError(f"token request refused: HTTP {status}")
        if error == "authorization_pending":
            return PollResult(PollStatus.PENDING, device_code.interval)
        if error == "slow_down":
            return PollResult(PollStatus.SLOW_DOWN, device_code.interval + SLOW_DOWN_STEP)
        if error == "access_denied":
            return PollResult(PollStatus.DENIED, device_code.interval)
        if error.lower() == "invalid device code" or error == "invalid_grant":
            return PollResult(PollStatus.INVALID, device_code.interval)
        # expired_token, and (Allegro documents no code) any other 400: the codes expired.
        return PollResult(PollStatus.EXPIRED, device_code.interval)

    def wait_for_approval(
        self,
        device_code: DeviceCode,
        sleep: Callable[[float], None] = time.sleep,
        now: Clock | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> OAuthTokens:
        """Poll until approved (tokens stored and returned) or raise a DeviceFlowFailed.

        A network failure while polling is retried at the poll interval until the code
        expires: the merchant may be approving right now, and only Allegro's refusal (or the
        expiry) ends the flow. ClientRejected and other refusals propagate.
        """
        clock = now or self._now
        while True:
            if cancelled():
                raise DeviceFlowCancelled()
            if clock() >= device_code.expires_at:
                raise DeviceCodeExpired()
            try:
                result = self.poll_once(device_code)
            except NetworkError as exc:
                log.info("polling Allegro for the approval failed (%s); trying again", exc)
                sleep(float(device_code.interval))
                continue
            if result.status is PollStatus.APPROVED and result.tokens is not None:
                return result.tokens
            if result.status is PollStatus.DENIED:
                raise AccessDenied()
            if result.status is PollStatus.INVALID:
                raise DeviceCodeInvalid()
            if result.status is PollStatus.EXPIRED:
                raise DeviceCodeExpired()
            device_code = replace(device_code, interval=result.interval)
            sleep(float(result.interval))

    # -- access and refresh -------------------------------------------------------------

    def access_token(self) -> str:
        """A valid access token, refreshed first if it expires within the margin."""
        tokens = self._tokens
        if tokens is None:
            tokens = self.store.load()
            if tokens is None:
                raise ReconnectNeeded("this shop is not connected to Allegro")
            register_tokens(tokens)
            self._seen_refresh_token = tokens.refresh_token
            if tokens.refresh_token != self._dead_refresh_token:
                self._tokens = tokens
        if tokens.refresh_token == self._dead_refresh_token:
            # Allegro already refused this login; asking again would only earn more 401s.
            raise ReconnectNeeded("Allegro refused this shop's refresh token")
        if not tokens.expires_within(self._margin, self._now()):
            return tokens.access_token
        return self.refresh(tokens.access_token).access_token

    def refresh(self, stale_access_token: str | None = None) -> OAuthTokens:
        """Trade the refresh token for a new pair, saved before it is returned.

        ``stale_access_token`` is the token the caller found expired or rejected: if the store
        already holds another, fresh one (a concurrent refresh won), that one is returned.
        Refreshes are serialised across threads (a lock) and across processes (the injected
        refresh lock); inside both, the store is read again before Allegro is asked.
        """
        with self._lock, self._refresh_lock():
            tokens = self._read_store()
            seen, self._seen_refresh_token = self._seen_refresh_token, tokens.refresh_token
            fresh = not tokens.expires_within(self._margin, self._now())
            replaced = seen is not None and tokens.refresh_token != seen
            if fresh and (replaced or tokens.access_token != stale_access_token):
                if replaced:
                    log.info("another RefundDesk refreshed the Allegro login; using its tokens")
                self._tokens = tokens
                return tokens
            for _ in range(2):  # a second try only with a pair someone else stored meanwhile
                if tokens.refresh_token == self._dead_refresh_token:
                    self._tokens = None
                    raise ReconnectNeeded("Allegro refused this shop's refresh token")
                status, body = self._post(
                    self.env.token_url,
                    {"grant_type": "refresh_token", "refresh_token": tokens.refresh_token},
                )
                if status == 200:
                    break
                if status not in (400, 401):
                    raise NetworkError(f"token refresh failed: HTTP {status}")
                # invalid_grant (revoked, expired or already used) and friends: only a new
                # login helps, so remember the token and stop offering it. But a process that
                # does not share our refresh lock (a second computer) may have used it and
                # stored a newer pair meanwhile: that pair is the one to use.
                self._dead_refresh_token = tokens.refresh_token
                self._tokens = None
                log.warning("Allegro refused the refresh token (%s)", body.get("error", status))
                stored = self.store.load()
                if stored is None or stored.refresh_token == tokens.refresh_token:
                    raise ReconnectNeeded(f"refresh refused: {body.get('error', status)}")
                register_tokens(stored)
                log.info("another RefundDesk refreshed the Allegro login; using its tokens")
                self._seen_refresh_token = stored.refresh_token
                tokens = stored
                if not stored.expires_within(self._margin, self._now()):
                    self._tokens = stored
                    return stored
            else:
                raise ReconnectNeeded("Allegro refused this shop's refresh tokens")
            new = self._tokens_from(body)
            self._save(new)
            log.info("Allegro access token refreshed; valid until %s", new.expires_at.isoformat())
            return new

    def disconnect(self) -> None:
        self._tokens = None
        self.store.clear()

    # -- plumbing -----------------------------------------------------------------------

    def _save(self, tokens: OAuthTokens) -> None:
        # Durably stored before anyone uses it: the old refresh token is now spent.
        register_tokens(tokens)
        self.store.save(tokens)
        self._seen_refresh_token = tokens.refresh_token
        self._dead_refresh_token = None
        self._tokens = tokens

    def _read_store(self) -> OAuthTokens:
        tokens = self.store.load()
        if tokens is None:
            self._tokens = None
            raise ReconnectNeeded("this shop is not connected to Allegro")
        register_tokens(tokens)
        return tokens

    def _tokens_from(self, body: Mapping[str, Any]) -> OAuthTokens:
        try:
            return OAuthTokens(
                access_token=str(body["access_token"]),
                refresh_token=str(body["refresh_token"]),
                expires_at=self._now()
                + timedelta(seconds=_seconds(body.get("expires_in", 43199), "expiry")),
                scope=str(body.get("scope", "")),
            )
        except KeyError as exc:
            raise MarketplaceError(f"token answer lacks {exc.args[0]}") from None

    def _post(self, url: str, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        """POST a form with Basic auth; (status, JSON object or {}). Never logs the form."""
        try:
            response = self._session.post(
                url,
                data=form,
                auth=self._basic,
                headers={"Accept": "application/json"},
                timeout=self._timeout,
            )
        except requests.RequestException as exc:
            raise NetworkError(f"Allegro login service unreachable: {type(exc).__name__}") from None
        try:
            body = json_loads(response.content)
        except ValueError:  # not JSON (or nested too deep to read)
            body = {}
        trace_id = response.headers.get("trace-id", "")
        log.debug("POST %s -> %s (trace-id %s)", url, response.status_code, trace_id)
        return response.status_code, body if isinstance(body, dict) else {}
