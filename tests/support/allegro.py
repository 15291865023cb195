"""A scripted HTTP server on 127.0.0.1 for testing the Allegro client's HTTP and OAuth layers."""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

PUBLIC = "application/vnd.allegro.public.v1+json"


@dataclass
class Reply:
    """One scripted answer. ``drop`` closes the connection after reading the request; ``cut``
    sends the headers and half the body, then closes it."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None
    drop: bool = False
    cut: bool = False
    delay: float = 0.0
    content_type: str = PUBLIC


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    port: int = 0  # the client's end of the connection: one port, one kept-alive connection

    def json(self) -> Any:
        return json.loads(self.body)

    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.body.decode()).items()}


class _Server(ThreadingHTTPServer):
    request_queue_size = 128


class ScriptedServer:
    """Answers each (method, path) from a queue; the last reply of a queue repeats."""

    def __init__(self) -> None:
        self._routes: dict[tuple[str, str], deque[Reply]] = defaultdict(deque)
        self._answers: dict[tuple[str, str], Callable[[Seen], Reply]] = {}
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        # A queue for a whole pool of connections (socketserver's 5 drops the SYNs of a client
        # opening 16 at once, which then wait TCP's one-second retry).
        self._httpd = _Server(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def on(self, method: str, path: str, *replies: Reply) -> None:
        with self._lock:
            self._routes[(method, path)].extend(replies)

    def answer(self, method: str, path: str, reply_to: Callable[[Seen], Reply]) -> None:
        """Answer each request from what it carries, not from when it arrived."""
        with self._lock:
            self._answers[(method, path)] = reply_to

    def requests_to(self, method: str, path: str) -> list[Seen]:
        return [s for s in self.seen if s.method == method and s.path == path]

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def _next(self, method: str, path: str) -> Reply:
        with self._lock:
            queue = self._routes.get((method, path))
            if not queue:
                return Reply(418, {"errors": [{"code": "NOT_SCRIPTED", "message": path}]})
            return queue.popleft() if len(queue) > 1 else queue[0]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output quiet

            def _serve(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(
                    self.command,
                    parts.path,
                    parse_qs(parts.query),
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                    self.client_address[1],
                )
                with server._lock:
                    server.seen.append(seen)
                    reply_to = server._answers.get((self.command, parts.path))
                reply = reply_to(seen) if reply_to else server._next(self.command, parts.path)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self.close_connection = True
                    return
                if reply.raw is not None:
                    payload = reply.raw
                elif reply.body is None:
                    payload = b""
                else:
                    payload = json.dumps(reply.body).encode()
                self.send_response(reply.status)
                if payload:
                    self.send_header("Content-Type", reply.content_type)
                self.send_header("Content-Length", str(len(payload)))
                self.send_header("trace-id", f"trace-{len(server.seen)}")
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                try:
                    self.end_headers()
                    if reply.cut:
                        self.wfile.write(payload[: len(payload) // 2])
                        self.close_connection = True
                        return
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up first (a timeout test): nothing to report

            do_GET = do_POST = do_PUT = do_DELETE = _serve

        return Handler


@pytest.fixture
def allegro_server() -> Iterator[ScriptedServer]:
    server = ScriptedServer()
    yield server
    server.close()


class FakeTime:
    """An injected clock (monotonic and wall) that only moves when someone sleeps."""

    def __init__(self, start: datetime | None = None) -> None:
        self.wall = start or datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
        self.mono = 1000.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.advance(seconds)

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += timedelta(seconds=seconds)

    def monotonic(self) -> float:
        return self.mono

    def now(self) -> datetime:
        return self.wall


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()
