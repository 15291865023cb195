"""The demo shop's HTTP server: DemoShop on 127.0.0.1, a random free port, a daemon thread."""

from __future__ import annotations

import contextlib
import hmac
import json
import secrets
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import orjson

from refunddesk.demo_shop.allegro_api import PUBLIC, AllegroApi, ApiRequest, ApiResponse
from refunddesk.demo_shop.clock import ShopClock
from refunddesk.demo_shop.errors import ShopError, errors_holder
from refunddesk.demo_shop.faults import FaultSet
from refunddesk.demo_shop.oauth import TokenStore, verification_page
from refunddesk.demo_shop.scenario import Scenario
from refunddesk.demo_shop.state import ShopOptions, ShopState


@dataclass(frozen=True)
class Exchange:
    """One request and the response the shop produced, for observers (the contract checker)."""

    method: str
    path: str
    query: dict[str, list[str]]
    request_headers: dict[str, str]
    request_body: bytes
    status: int
    response_headers: dict[str, str]
    response_body: bytes
    faults: tuple[str, ...] = field(default_factory=tuple)


Observer = Callable[[Exchange], None]

# The scenario API can mint tokens and approve logins: only who started the shop may use it.
CONTROL_HEADER = "X-Demo-Control-Key"
CONTROL_FORM_FIELD = "key"


class _RateLimiter:
    """Allegro's global limit: above N requests a minute, 429 and a one-minute block."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._hits: deque[datetime] = deque()
        self._blocked_until: datetime | None = None
        self._lock = threading.Lock()

    def allow(self, now: datetime) -> bool:
        with self._lock:
            if self._blocked_until is not None and now < self._blocked_until:
                return False
            while self._hits and (now - self._hits[0]).total_seconds() >= 60:
                self._hits.popleft()
            if len(self._hits) >= self.per_minute:
                self._blocked_until = now + timedelta(minutes=1)
                return False
            self._hits.append(now)
            return True


class DemoShop:
    """An Allegro-compatible shop on loopback. Use as a context manager or start()/stop()."""

    def __init__(
        self,
        options: ShopOptions | None = None,
        *,
        clock: ShopClock | None = None,
        observer: Observer | None = None,
        port: int = 0,
        host: str = "127.0.0.1",
        **option_overrides: Any,
    ) -> None:
        opts = options or ShopOptions()
        for key, value in option_overrides.items():
            if not hasattr(opts, key):
                raise TypeError(f"unknown demo shop option {key!r}")
            setattr(opts, key, value)
        self.options = opts
        self.clock = clock or ShopClock()
        self.state = ShopState(opts, self.clock)
        self.tokens = TokenStore(opts, self.clock)
        self.faults = FaultSet(opts.seed)
        self.scenario = Scenario(self.state, self.tokens, self.faults)
        self.api = AllegroApi(self.state, self._message_rate_check)
        self.observer = observer
        # A test's last word on a successful API answer: (method, path, body) -> body to send.
        # Applied after the observer, so the contract checker sees what the shop really said.
        self.answer_hook: Callable[[str, str, bytes], bytes] | None = None
        self._host, self._port = host, port
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._limiter = _RateLimiter(opts.rate_limit_per_minute)
        self._last_message: datetime | None = None
        # A fresh secret per run: any local user can reach a loopback port, not this value.
        self.control_key = secrets.token_urlsafe(24)

    # -- lifecycle --------------------------------------------------------------------------

    def start(self) -> DemoShop:
        shop = self

        class Handler(_Handler):
            demo = shop

        server = _QuietServer((self._host, self._port), Handler)
        server.daemon_threads = True
        server.block_on_close = False  # keep-alive clients must not hold stop() hostage
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            daemon=True,
            name=f"demo-shop:{server.server_address[1]}",
        )
        self._thread.start()
        return self

    def snapshot(self) -> bytes:
        """The shop's records, for ``carry_on`` in a later run (tokens are issued anew)."""
        return self.state.snapshot()

    def carry_on(self, snapshot: bytes) -> None:
        """Takes over the records of ``snapshot`` (ValueError: not one of this version's). The
        clock never runs backwards: what happened stays in the past."""
        moment = self.state.carry_on_from(snapshot)
        if moment > self.clock.now():
            self.clock.set(moment)

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> DemoShop:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the demo shop is not running")
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{self._host}:{self.port}"

    # -- conveniences for in-process callers -----------------------------------------------

    def access_token(self) -> str:
        """A fresh, valid access token (skips the device flow)."""
        return str(self.tokens.issue()["access_token"])

    def control_headers(self) -> dict[str, str]:
        """The header the scenario endpoints (``/__demo/…``) and the approve page require."""
        return {CONTROL_HEADER: self.control_key}

    def _require_control_key(self, given: str | None) -> None:
        if not given or not hmac.compare_digest(given.encode(), self.control_key.encode()):
            raise errors_holder(
                403,
                "FORBIDDEN",
                f"The demo shop's control endpoints need the {CONTROL_HEADER} header "
                "(printed when the demo shop started).",
            )

    def _message_rate_check(self) -> None:
        now = self.clock.now()
        last = self._last_message
        if (
            last is not None
            and (now - last).total_seconds() < self.options.message_interval_seconds
        ):
            raise errors_holder(
                429, "TOO_MANY_REQUESTS", "Too many requests: at most 1 message per second"
            )
        self._last_message = now

    # -- dispatch (called from handler threads) --------------------------------------------

    def dispatch(self, rq: ApiRequest) -> ApiResponse:
        path = rq.path
        try:
            if path.startswith("/__demo/"):
                self._require_control_key(rq.headers.get(CONTROL_HEADER.lower()))
                return self._demo(rq)
            if path == "/auth/oauth/device" and rq.method == "POST":
                self.tokens.check_client(rq.headers.get("authorization"))
                base = f"http://{rq.headers.get('host') or f'{self._host}:{self.port}'}"
                return ApiResponse(200, self.tokens.start_device(base), "application/json")
            if path == "/auth/oauth/token" and rq.method == "POST":
                self.tokens.check_client(rq.headers.get("authorization"))
                form = {k: v[-1] for k, v in parse_qs(rq.body.decode("utf-8", "replace")).items()}
                form.update({k: v[-1] for k, v in rq.query.items() if k not in form})
                return ApiResponse(200, self.tokens.handle_token(form), "application/json")
            if path == "/skojarz-aplikacje":
                return self._verification(rq)
            return self._allegro(rq)
        except ShopError as exc:
            media = (
                "application/json"
                if path.startswith(("/auth/", "/__demo/"))
                else (self.api.media_for(path))
            )
            return ApiResponse(exc.status, exc.body, media, exc.headers)

    def _allegro(self, rq: ApiRequest) -> ApiResponse:
        found = self.api.match(rq.method, rq.path)
        if found is None:
            raise errors_holder(404, "NOT_FOUND", f"No such resource: {rq.path}")
        handler, params, media = found
        if not self._limiter.allow(self.clock.now()):
            raise errors_holder(429, "TOO_MANY_REQUESTS", "Global request limit exceeded")
        accept = rq.headers.get("accept", "")
        if media not in accept:
            raise errors_holder(
                406,
                "NotAcceptableException",
                f"Accept must be {media}",
                user_message="Nieobsługiwany format",
            )
        if rq.body and media not in rq.headers.get("content-type", ""):
            raise errors_holder(
                415, "UnsupportedMediaTypeException", f"Content-Type must be {media}"
            )
        self.tokens.check_bearer(rq.headers.get("authorization"))
        rq.params = params
        with self.state.lock:
            self.state.settle_due()  # refunds settle lazily, by the shop clock
            response = handler(self.state, rq)
        response.media_type = media
        return response

    def _demo(self, rq: ApiRequest) -> ApiResponse:
        name = rq.path[len("/__demo/") :].strip("/")
        if rq.method == "GET" and name == "ledger":
            return ApiResponse(
                200, {"ledger": self.scenario.ledger(rq.one("orderId"))}, "application/json"
            )
        if rq.method != "POST":
            raise errors_holder(405, "METHOD_NOT_ALLOWED", "scenario operations are POSTs")
        kwargs = rq.json() or {}
        if not isinstance(kwargs, dict):
            raise errors_holder(400, "BAD_REQUEST", "the body must be a JSON object of arguments")
        return ApiResponse(200, {"result": self.scenario.call(name, kwargs)}, "application/json")

    def _verification(self, rq: ApiRequest) -> ApiResponse:
        if rq.method == "POST":
            form = {k: v[-1] for k, v in parse_qs(rq.body.decode("utf-8", "replace")).items()}
            code = form.get("code", "")
            # A script sends the header; a person types the key printed at start into the form.
            given = rq.headers.get(CONTROL_HEADER.lower()) or form.get(CONTROL_FORM_FIELD)
            try:
                self._require_control_key(given)
            except ShopError:
                text = "Zły klucz sklepu demo: wpisz klucz wypisany przy jego starcie."
                return ApiResponse(
                    403, verification_page(code, text, ask_key=True), "text/html; charset=utf-8"
                )
            ok = self.tokens.decide(code, form.get("decision") == "approve")
            text = "Gotowe. Możesz wrócić do aplikacji." if ok else "Nieznany lub zużyty kod."
            return ApiResponse(200, verification_page(code, text), "text/html; charset=utf-8")
        page = verification_page(rq.one("code") or "", ask_key=True)
        return ApiResponse(200, page, "text/html; charset=utf-8")


class _QuietServer(ThreadingHTTPServer):
    """A client that hangs up mid-answer (a killed worker, a dropped test) is not an error."""

    # socketserver's default queue of 5 unaccepted connections overflows when a client opens
    # its pool at once (the app has up to MAX_IN_FLIGHT = 16 on the wire): the kernel drops the
    # others' SYNs, and they connect only after TCP's one-second retry.
    request_queue_size = 128

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    """Reads one request, asks DemoShop, applies faults, writes (or withholds) the answer."""

    demo: DemoShop
    protocol_version = "HTTP/1.1"
    timeout = 30
    # Headers and body go out in separate writes: with Nagle on, each keep-alive answer waits
    # ~40 ms for the client's delayed ACK.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the test output stays clean; observers see every exchange

    def _serve(self) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        rq = ApiRequest(
            self.command, parts.path, parse_qs(parts.query, keep_blank_values=True), headers, body
        )
        shop = self.demo
        is_api = not parts.path.startswith("/__demo/")
        plan = shop.faults.plan(self.command, parts.path) if is_api else None
        if plan is not None and plan.latency_ms:
            time.sleep(plan.latency_ms / 1000)
        if plan is not None and plan.respond_status is not None:
            code = plan.respond_status
            err = "TOO_MANY_REQUESTS" if code == 429 else "INTERNAL_SERVER_ERROR"
            response = ApiResponse(
                code,
                {
                    "errors": [
                        {
                            "code": err,
                            "message": "Injected fault",
                            "userMessage": "Spróbuj ponownie później",
                            "path": None,
                            "details": None,
                            "metadata": {},
                        }
                    ]
                },
                shop.api.media_for(parts.path),
            )
        else:
            response = shop.dispatch(rq)
        payload = self._encode(response)
        faults = tuple(plan.applied) if plan is not None else ()
        if plan is not None and plan.respond_status is None and plan.malformed:
            payload = payload[: max(1, len(payload) // 2)] + b"\x00<html>oops"
            response.status = 200
        out_headers = {
            "Content-Type": response.media_type,
            "trace-id": secrets.token_hex(16),
            **response.headers,
        }
        if response.status == 429:
            out_headers.setdefault("Retry-After", "60")
        if shop.observer is not None:
            shop.observer(
                Exchange(
                    self.command,
                    parts.path,
                    rq.query,
                    headers,
                    body,
                    response.status,
                    {k.lower(): v for k, v in out_headers.items()},
                    payload,
                    faults,
                )
            )
        if shop.answer_hook is not None and is_api and response.status == 200 and payload:
            payload = shop.answer_hook(self.command, parts.path, payload)
        if plan is not None and plan.respond_status is None and plan.drop:
            # The work is committed; the client sees only a reset connection.
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.send_response(response.status)
        for key, value in out_headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    @staticmethod
    def _encode(response: ApiResponse) -> bytes:
        if response.body is None or response.status == 204:
            return b""
        if isinstance(response.body, str):
            return response.body.encode("utf-8")
        try:
            # The same JSON json.dumps(ensure_ascii=False) gives, several times faster: a page
            # of 100 orders took the shop ~2 ms to encode, a sixth of its work per answer.
            return orjson.dumps(response.body)
        except TypeError:  # a value orjson does not write (a key that is not a string...)
            return json.dumps(response.body, ensure_ascii=False).encode("utf-8")

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()


def serve(
    port: int = 8765, *, host: str = "127.0.0.1", seed_orders: int = 40, auto_approve: bool = True
) -> None:
    """Run a demo shop in the foreground until Ctrl+C (what `refunddesk demo-shop` calls)."""
    shop = DemoShop(port=port, host=host, auto_approve=auto_approve)
    shop.start()
    if seed_orders:
        shop.scenario.seed(seed_orders)
    print(
        f"Demo Allegro shop on {shop.url} (client id {shop.options.client_id!r}, "
        f"secret {shop.options.client_secret!r}); Ctrl+C stops it.\n"
        f"Scenario API (/__demo/…) and the approve page need the key of this run:\n"
        f"    {CONTROL_HEADER}: {shop.control_key}",
        flush=True,
    )
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        shop.stop()


__all__ = ["CONTROL_HEADER", "PUBLIC", "DemoShop", "Exchange", "Observer", "serve"]
