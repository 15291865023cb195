"""A loopback fake of SMSAPI's REST endpoint (sms.do) that checks what the client sends."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

TOKEN = "smsapi-test-token-7f3a"


@dataclass
class FakeSms:
    id: str
    to: str
    message: str
    sender: str
    idx: str
    encoding: str
    status: str = "QUEUE"


@dataclass
class FakeSmsApi:
    """What the gateway received, and what it does next (errors, delivery reports)."""

    url: str = ""
    sent: list[FakeSms] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # requests that broke SMSAPI's rules
    fail_next: list[int] = field(default_factory=list)  # HTTP statuses for the next sends
    error_next: list[tuple[int, str]] = field(default_factory=list)  # SMSAPI error codes
    lock: threading.Lock = field(default_factory=threading.Lock)

    def deliver(self, sms_id: str, status: str = "DELIVERED") -> None:
        with self.lock:
            next(s for s in self.sent if s.id == sms_id).status = status

    def to(self, number: str) -> list[FakeSms]:
        return [s for s in self.sent if s.to == number]

    # -- the endpoint ----------------------------------------------------------------------

    def handle(self, method: str, path: str, auth: str, form: dict[str, str]) -> tuple[int, Any]:
        if path != "/sms.do":
            return 404, {"error": 404, "message": "not found"}
        if auth != f"Bearer {TOKEN}":
            return 401, {"error": 101, "message": "Authorization failed"}
        if form.get("format") != "json":
            self.problems.append("format=json missing")
        with self.lock:
            if method == "GET" and "status" in form:
                found = [s for s in self.sent if s.id == form["status"]]
                return 200, {"count": len(found), "list": [_item(s) for s in found]}
            if method != "POST":
                return 405, {"error": 405, "message": "method"}
            return self._send(form)

    def _send(self, form: dict[str, str]) -> tuple[int, Any]:
        to = form.get("to", "")
        if not to.isdigit() or len(to) < 10:
            self.problems.append(f"to={to!r} is not an international number without +")
            return 200, {"error": 13, "message": "No correct phone numbers"}
        if not form.get("message"):
            self.problems.append("empty message")
        if form.get("check_idx") != "1" or not form.get("idx"):
            self.problems.append("sent without idx + check_idx")
        if form.get("max_parts") != "2":
            self.problems.append("sent without max_parts=2")
        if self.fail_next:
            return self.fail_next.pop(0), "Service Unavailable"
        if self.error_next:
            code, message = self.error_next.pop(0)
            return 200, {"error": code, "message": message}
        if any(s.idx == form["idx"] for s in self.sent):
            return 200, {"error": 53, "message": "Message with this idx already sent"}
        sms = FakeSms(
            id=f"{len(self.sent) + 1:08d}ABCDEF",
            to=to,
            message=form["message"],
            sender=form.get("from", ""),
            idx=form["idx"],
            encoding=form.get("encoding", ""),
        )
        self.sent.append(sms)
        return 200, {"count": 1, "list": [_item(sms)]}


def _item(sms: FakeSms) -> dict[str, Any]:
    return {
        "id": sms.id,
        "points": 0.16,
        "number": sms.to,
        "date_sent": 1741953600,
        "submitted_number": sms.to,
        "status": sms.status,
        "error": None,
        "idx": sms.idx,
        "parts": 1,
    }


def _handler(api: FakeSmsApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self, method: str) -> None:
            parts = urlsplit(self.path)
            form = {k: v[0] for k, v in parse_qs(parts.query).items()}
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                body = self.rfile.read(length).decode()
                form.update({k: v[0] for k, v in parse_qs(body).items()})
            status, answer = api.handle(
                method, parts.path, self.headers.get("Authorization", ""), form
            )
            data = (answer if isinstance(answer, str) else json.dumps(answer)).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._serve("GET")

        def do_POST(self) -> None:
            self._serve("POST")

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def smsapi() -> Iterator[FakeSmsApi]:
    api = FakeSmsApi()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(api))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    api.url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        yield api
    finally:
        server.shutdown()
        server.server_close()
