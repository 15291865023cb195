"""HTTP to Allegro's REST API: headers, auth, rate limits, safe retries and typed errors."""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Protocol

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.exceptions import NewConnectionError

from refunddesk.marketplace.allegro.auth import OAuthTokens
from refunddesk.marketplace.allegro.environments import AllegroEnvironment
from refunddesk.marketplace.allegro.json_text import loads as json_loads
from refunddesk.marketplace.base import (
    MAX_IN_FLIGHT,
    ApiError,
    ApiErrorDetail,
    AttemptListener,
    CashOnDeliveryNotRefundable,
    Conflict,
    HttpAttempt,
    MalformedResponse,
    NetworkError,
    NotFound,
    OutcomeUnknown,
    RateLimited,
    ReconnectNeeded,
    ServerError,
    ValidationRefused,
)

log = logging.getLogger("refunddesk.allegro")

PUBLIC_MEDIA_TYPE = "application/vnd.allegro.public.v1+json"
BETA_MEDIA_TYPE = "application/vnd.allegro.beta.v1+json"
_BETA_PATHS = ("/order/customer-returns",)
_MESSAGING_PATHS = ("/messaging/",)
COD_NOT_SUPPORTED = "COD_MARKETPLACE_NOT_SUPPORTED"
# Retry-After beyond this is treated as "slow down a lot", not as "stop for a day".
_MAX_RETRY_AFTER = 600.0


class TokenSource(Protocol):
    """What the HTTP layer needs of AllegroAuth."""

    def access_token(self) -> str: ...

    def refresh(self, stale_access_token: str | None = None) -> OAuthTokens: ...


# Allegro blocks a client id for a minute above 9000 requests a minute. A token bucket lets
# out its burst on top of its rate, so rate + burst stays below the ceiling, with a margin for
# requests the network bunches together.
ALLEGRO_PER_MINUTE = 9000
APP_BURST = 150
APP_STEADY_PER_MINUTE = ALLEGRO_PER_MINUTE - APP_BURST - 300


class RateLimiter:
    """A token bucket: ``per_minute`` requests on average, bursts up to ``burst``.

    A caller reserves a slot and sleeps outside the lock until it is due, so concurrent
    threads queue fairly instead of hammering the API together.
    """

    def __init__(
        self,
        per_minute: float,
        *,
        burst: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if per_minute <= 0:
            raise ValueError("a rate limit must be positive")
        self._rate = per_minute / 60.0
        self._capacity = burst if burst is not None else max(1.0, self._rate)
        self._tokens = self._capacity
        self._clock = clock
        self._sleep = sleep
        self._last = clock()
        self._lock = threading.Lock()

    def acquire(self) -> float:
        """Take one slot, sleeping if none is free; returns the seconds slept."""
        with self._lock:
            now = self._clock()
            self._tokens = min(self._capacity, self._tokens + (now - self._last) * self._rate)
            self._last = now
            self._tokens -= 1.0
            wait = 0.0 if self._tokens >= 0 else -self._tokens / self._rate
        if wait > 0:
            self._sleep(wait)
        return wait

    def hold_back(self) -> None:
        """Allegro answered 429: drop the saved-up burst, so every thread sharing this
        limiter falls back to the steady rate instead of bursting into the block."""
        with self._lock:
            self._tokens = min(self._tokens, 0.0)


# Allegro's limit is per client id: every shop connected through one application shares it, so
# every AllegroHttp of one client id (in this process) draws from one bucket.
_SHARED: dict[tuple[str, str], RateLimiter] = {}
_SHARED_LOCK = threading.Lock()


def app_limiter_for(env: AllegroEnvironment, client_id: str) -> RateLimiter:
    """The one limiter of ``client_id`` in ``env`` (sandbox and production count apart)."""
    key = (env.api_url, client_id)
    with _SHARED_LOCK:
        limiter = _SHARED.get(key)
        if limiter is None:
            limiter = _SHARED[key] = RateLimiter(APP_STEADY_PER_MINUTE, burst=APP_BURST)
        return limiter


# Sending messages is limited per user (the shop's account): one a second. Every client of a
# shop in this process paces through one bucket, so a new round's client does not start with a
# fresh allowance right after the last round's message.
_MESSAGING: dict[tuple[str, str, str], RateLimiter] = {}


def messaging_limiter_for(env: AllegroEnvironment, client_id: str, account: str) -> RateLimiter:
    """The one-message-a-second pace of one seller account (``account``: the shop's key)."""
    key = (env.api_url, client_id, account)
    with _SHARED_LOCK:
        limiter = _MESSAGING.get(key)
        if limiter is None:
            limiter = _MESSAGING[key] = RateLimiter(60, burst=1)
        return limiter


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How GETs are retried and how 429s are waited out (tests shrink these)."""

    get_retries: int = 3
    backoff_base: float = 0.5
    backoff_cap: float = 30.0
    # A 429 without Retry-After: wait from about a second, doubling (with jitter) up to the
    # cap; the default six waits add up to Allegro's minute, the most a block can need.
    rate_limit_wait: float = 1.0
    rate_limit_wait_cap: float = 30.0
    max_rate_limit_waits: int = 6  # consecutive 429s before giving up with RateLimited


def parse_error_details(payload: Any) -> list[ApiErrorDetail]:
    """ErrorsHolder, a bare Error403 list, a single Error, or an OAuth AuthError."""
    if isinstance(payload, dict) and isinstance(payload.get("errors"), list):
        items: Sequence[Any] = payload["errors"]
    elif isinstance(payload, list):
        items = payload
    elif isinstance(payload, dict) and "code" in payload:
        items = [payload]
    elif isinstance(payload, dict) and "error" in payload:
        desc = payload.get("error_description")
        return [ApiErrorDetail(code=str(payload["error"]), message=str(desc or ""))]
    else:
        return []
    details = []
    for item in items:
        if not isinstance(item, dict):
            continue
        path = item.get("path")
        details.append(
            ApiErrorDetail(
                code=str(item.get("code") or ""),
                message=str(item.get("message") or ""),
                user_message=str(item.get("userMessage") or ""),
                path=str(path) if path is not None else None,
            )
        )
    return details


def error_for_status(status: int, details: Sequence[ApiErrorDetail], trace_id: str) -> ApiError:
    codes = {d.code for d in details}
    if status in (400, 422):
        if COD_NOT_SUPPORTED in codes:
            return CashOnDeliveryNotRefundable(status, details, trace_id=trace_id)
        return ValidationRefused(status, details, trace_id=trace_id)
    if status == 404:
        return NotFound(status, details, trace_id=trace_id)
    if status == 409:
        return Conflict(status, details, trace_id=trace_id)
    if status >= 500:
        return ServerError(status, details, trace_id=trace_id)
    return ApiError(status, details, trace_id=trace_id)


def _nothing_sent(exc: requests.RequestException) -> bool:
    """True only when the connection itself failed, so the request never reached Allegro."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    if isinstance(exc, requests.ConnectionError) and exc.args:
        reason = getattr(exc.args[0], "reason", None)
        return isinstance(reason, NewConnectionError)
    return False


class AllegroHttp:
    """One shop's HTTP session to Allegro's API. Never logs tokens; always verifies TLS."""

    def __init__(
        self,
        env: AllegroEnvironment,
        auth: TokenSource,
        *,
        language: str = "pl-PL",
        timeout: float | tuple[float, float] = (10.0, 60.0),
        retry: RetryPolicy | None = None,
        attempt_listener: AttemptListener | None = None,
        app_limiter: RateLimiter | None = None,
        messaging_limiter: RateLimiter | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        jitter: Callable[[], float] = random.random,
        session: requests.Session | None = None,
    ) -> None:
        self.env = env
        self._auth = auth
        self.language = language
        self._timeout = timeout
        self._retry = retry or RetryPolicy()
        self._listener = attempt_listener
        self._app_limiter = app_limiter or RateLimiter(
            APP_STEADY_PER_MINUTE, burst=APP_BURST, clock=clock, sleep=sleep
        )
        self._messaging_limiter = messaging_limiter or RateLimiter(
            60, burst=1, clock=clock, sleep=sleep
        )
        self._sleep = sleep
        self._clock = clock
        self._now = now
        self._jitter = jitter
        self._session = session or _pooled_session()
        self._session.verify = True  # never weakened, whatever the environment says
        # Callers may send from several threads (automation/parallel.py); this bounds what
        # is on the wire at once, whoever sends it. Waiting out a 429 or a backoff holds no slot.
        self._in_flight = threading.BoundedSemaphore(MAX_IN_FLIGHT)

    @property
    def app_limiter(self) -> RateLimiter:
        """The request budget this session draws from (shared by its client id's shops)."""
        return self._app_limiter

    def get(self, path: str, params: Mapping[str, Any] | None = None) -> Any:
        return self.request("GET", path, params=params)

    def get_text(self, path: str, params: Mapping[str, Any] | None = None) -> bytes:
        """A GET's answer as it came, not decoded (b"" for none): for reading elsewhere. A body
        that is not JSON is not retried here; whoever reads it asks again the usual way."""
        text: bytes = self.request("GET", path, params=params, as_text=True)
        return text

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        language: str | None = None,
        command_id: str = "",
        as_text: bool = False,
    ) -> Any:
        """Send one logical request; returns the decoded JSON, or None for an empty answer.

        GETs are retried on transport errors, 5xx and garbled bodies. Anything else that
        may have changed state raises OutcomeUnknown instead of being retried here.
        """
        safe = method.upper() == "GET"
        media = BETA_MEDIA_TYPE if path.startswith(_BETA_PATHS) else PUBLIC_MEDIA_TYPE
        headers = {"Accept": media, "Accept-Language": language or self.language}
        data: bytes | None = None
        if body is not None:
            headers["Content-Type"] = media
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        url = self.env.api_url + path
        failures = rate_waits = 0
        refreshed = False
        while True:
            token = self._auth.access_token()
            self._app_limiter.acquire()
            if not safe and path.startswith(_MESSAGING_PATHS):
                self._messaging_limiter.acquire()
            started, t0 = self._now(), self._clock()

            def record(
                status: int | None,
                trace_id: str = "",
                error: str = "",
                started: datetime = started,
                t0: float = t0,
            ) -> None:
                elapsed = max(0, int((self._clock() - t0) * 1000))
                self._notify(
                    HttpAttempt(method, path, started, elapsed, status, trace_id, error, command_id)
                )

            try:
                with self._in_flight:
                    response = self._session.request(
                        method,
                        url,
                        params=params,
                        data=data,
                        headers={**headers, "Authorization": f"Bearer {token}"},
                        timeout=self._timeout,
                        allow_redirects=False,
                        stream=True,
                    )
                    body = _whole_body(response)
            except requests.RequestException as exc:
                record(None, error=type(exc).__name__)
                log.warning("%s %s failed: %s", method, path, type(exc).__name__)
                if safe and failures < self._retry.get_retries:
                    failures += 1
                    self._backoff(failures)
                    continue
                if safe or _nothing_sent(exc):
                    raise NetworkError(f"{method} {path}: {type(exc).__name__}") from None
                raise OutcomeUnknown(f"{method} {path}: {type(exc).__name__}") from None

            status = response.status_code
            trace_id = response.headers.get("trace-id", "")
            if status == 401:
                record(status, trace_id, "unauthorized")
                log.warning("%s %s -> HTTP 401 (trace-id %s)", method, path, trace_id)
                if refreshed:
                    raise ReconnectNeeded(
                        "Allegro rejected a freshly refreshed token", trace_id=trace_id
                    )
                refreshed = True
                self._auth.refresh(token)  # raises ReconnectNeeded when the refresh is refused
                continue
            if status == 429:
                wait = self._retry_after(response, rate_waits + 1)
                record(status, trace_id, "rate limited")
                if not safe and path.startswith(_MESSAGING_PATHS):
                    # The per-user message limit, not the app's budget: the notice waits for
                    # the next round instead of the whole round (refunds included) waiting.
                    self._messaging_limiter.hold_back()
                    log.warning(
                        "%s %s -> HTTP 429, sending later (trace-id %s)", method, path, trace_id
                    )
                    raise RateLimited(f"{method} {path}", retry_after=wait, trace_id=trace_id)
                self._app_limiter.hold_back()
                log.warning(
                    "%s %s -> HTTP 429, waiting %.0f s (trace-id %s)", method, path, wait, trace_id
                )
                rate_waits += 1
                if rate_waits > self._retry.max_rate_limit_waits:
                    raise RateLimited(f"{method} {path}", retry_after=wait, trace_id=trace_id)
                self._sleep(wait)
                continue
            if status >= 500:
                details = parse_error_details(_json_or_none(body))
                record(status, trace_id, ",".join(d.code for d in details) or "server error")
                log.warning("%s %s -> HTTP %s (trace-id %s)", method, path, status, trace_id)
                if safe and failures < self._retry.get_retries:
                    failures += 1
                    self._backoff(failures)
                    continue
                raise error_for_status(status, details, trace_id)
            if 200 <= status < 300:
                if status == 204 or not body:
                    record(status, trace_id)
                    return b"" if as_text else None
                if as_text:
                    record(status, trace_id)
                    return body
                try:
                    decoded = json_loads(body)
                except ValueError:
                    record(status, trace_id, "unreadable body")
                    log.warning("%s %s: unreadable body (trace-id %s)", method, path, trace_id)
                    if safe and failures < self._retry.get_retries:
                        failures += 1
                        self._backoff(failures)
                        continue
                    if safe:
                        raise MalformedResponse(f"{method} {path}", trace_id=trace_id) from None
                    raise OutcomeUnknown(
                        f"{method} {path}: unreadable answer", trace_id=trace_id
                    ) from None
                record(status, trace_id)
                return decoded
            details = parse_error_details(_json_or_none(body))
            record(status, trace_id, ",".join(d.code for d in details) or f"HTTP {status}")
            log.warning(
                "%s %s -> HTTP %s %s (trace-id %s)",
                method,
                path,
                status,
                [(d.code, d.path) for d in details],
                trace_id,
            )
            raise error_for_status(status, details, trace_id)

    # -- helpers ------------------------------------------------------------------------

    def _notify(self, attempt: HttpAttempt) -> None:
        log.debug(
            "%s %s -> %s in %d ms (trace-id %s)",
            attempt.method,
            attempt.path,
            attempt.status if attempt.status is not None else attempt.error,
            attempt.duration_ms,
            attempt.trace_id,
        )
        if self._listener is None:
            return
        try:
            self._listener(attempt)
        except Exception:
            # The request's own outcome matters more than its bookkeeping: a listener bug
            # must not turn a completed refund into an "unknown" one.
            log.exception("attempt listener failed for %s %s", attempt.method, attempt.path)

    def _backoff(self, failures: int) -> None:
        ceiling = min(self._retry.backoff_cap, self._retry.backoff_base * 2 ** (failures - 1))
        # Equal jitter: at least half the ceiling, so retries from many clients spread out.
        self._sleep(ceiling / 2 + ceiling / 2 * self._jitter())

    def _rate_backoff(self, attempt: int) -> float:
        policy = self._retry
        ceiling = min(policy.rate_limit_wait_cap, policy.rate_limit_wait * 2.0 ** (attempt - 1))
        return ceiling / 2 + ceiling / 2 * self._jitter()

    def _retry_after(self, response: requests.Response, attempt: int) -> float:
        """Allegro's Retry-After; without one (or unreadable), the ``attempt``-th backoff."""
        value = response.headers.get("Retry-After", "").strip()
        if not value:
            return self._rate_backoff(attempt)
        try:
            seconds = float(value)
        except ValueError:
            try:
                when = parsedate_to_datetime(value)
            except (TypeError, ValueError):
                return self._rate_backoff(attempt)
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            seconds = (when - self._now()).total_seconds()
        return min(max(seconds, 0.0), _MAX_RETRY_AFTER)


def _pooled_session() -> requests.Session:
    """A session whose connection pool keeps a keep-alive connection for every request that
    may be in flight (requests' default keeps 10 and opens, then drops, the rest)."""
    session = requests.Session()
    adapter = HTTPAdapter(pool_connections=2, pool_maxsize=MAX_IN_FLIGHT)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session


def _whole_body(response: requests.Response) -> bytes:
    """The answer's body in one read. requests' ``content`` reads it 10 KiB at a time, which
    cost ~0.6 ms of CPU a page of 100 orders (~200 KB): a tenth of a second of a big first
    sync's CPU on the app's own process. A fully read answer gives its connection back to the
    pool; a failure midway is a transport error, as it is when requests reads the body."""
    try:
        return bytes(response.raw.read(decode_content=True))
    except urllib3.exceptions.ReadTimeoutError as exc:
        raise requests.ReadTimeout(exc, response=response) from None
    except urllib3.exceptions.HTTPError as exc:  # a cut connection, a broken length or chunk
        raise requests.ConnectionError(exc, response=response) from None
    finally:
        response.close()


def _json_or_none(body: bytes) -> Any:
    try:
        return json_loads(body) if body else None
    except ValueError:
        return None
