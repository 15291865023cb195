"""Allegro's answers replayed: a demo shop's answers, recorded once, served again for almost no CPU.

On a merchant's PC Allegro's work happens on Allegro's servers. On this bench the demo shop
stands in for it on the same two cores as the app, and writing a page of 100 orders costs it
about as much CPU as the app spends reading and saving that page: a figure about the app's
pipeline then measures the stand-in as much as the app. This proxy sits in front of a demo shop
(bench/remote_shop.py). The first time a GET is asked, it is passed to the shop and its answer
kept; the same GET again (same path and query; the token is not part of it) is answered from
what was kept, byte for byte, after the latency set for the run. Anything else (token
refreshes, POSTs, the shop's own control calls) is always passed on.

So a bench first syncs once through it (filling it, not measured), then measures a second,
identical sync (the same clock, so the same queries), whose answers cost the stand-in only
sending bytes. It keeps Allegro's limit: past 9,000 requests in a minute it answers 429.

Run by ``ReplayShop(upstream_url)`` (a process of its own, like the demo shop); as a script it
is that process.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import requests
from remote_shop import ServingProcess

PER_MINUTE = 9000
# Headers of the shop's answer that are replayed (the rest are per connection).
_KEPT_HEADERS = ("content-type", "retry-after")
_CONTROL = "/__replay/"


class ReplayShop(ServingProcess):
    """The replaying proxy in its own process, in front of the shop at ``upstream``.

    ``latency_ms(ms)`` sets how late every answer comes from then on; ``counts()`` says how many
    answers were replayed and how many passed on to the shop.
    """

    def __init__(self, upstream: str) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, __file__, upstream],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._proc.stdout is not None
        self.url = self._proc.stdout.readline().strip()
        if not self.url.startswith("http://127.0.0.1:"):
            self.stop()
            raise RuntimeError(f"the replaying proxy did not start: {self.url!r}")
        self._http = requests.Session()

    def latency_ms(self, ms: int) -> None:
        answer = self._http.post(f"{self.url}{_CONTROL}latency", json={"ms": ms}, timeout=10)
        answer.raise_for_status()

    def counts(self) -> dict[str, int]:
        answer = self._http.get(f"{self.url}{_CONTROL}counts", timeout=10)
        answer.raise_for_status()
        return dict(answer.json())


class _State:
    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.kept: dict[str, tuple[int, list[tuple[str, str]], bytes]] = {}
        self.latency = 0.0
        self.replayed = 0
        self.passed_on = 0
        self.limited = 0
        self.recent: deque[float] = deque()
        self.lock = threading.Lock()
        self.local = threading.local()

    def session(self) -> requests.Session:
        http = getattr(self.local, "http", None)
        if http is None:
            http = self.local.http = requests.Session()
        return http

    def over_limit(self) -> bool:
        now = time.monotonic()
        with self.lock:
            while self.recent and now - self.recent[0] >= 60.0:
                self.recent.popleft()
            if len(self.recent) >= PER_MINUTE:
                self.limited += 1
                return True
            self.recent.append(now)
            return False


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state: _State

    def log_message(self, format: str, *args: Any) -> None:
        pass  # a bench prints its own table

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def do_PUT(self) -> None:
        self._answer()

    def do_DELETE(self) -> None:
        self._answer()

    def _answer(self) -> None:
        st = self.state
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.path.startswith(_CONTROL):
            self._control(body)
            return
        control = self.path.startswith("/__demo/")
        if not control:
            if st.latency:
                time.sleep(st.latency)
            if st.over_limit():
                self._send(429, [("Content-Type", "application/json"), ("Retry-After", "1")], b"{}")
                return
        key = f"{self.path}\n{self.headers.get('Accept', '')}"
        kept = st.kept.get(key) if self.command == "GET" and not control else None
        if kept is not None:
            with st.lock:  # answers are sent from many threads: counts must not be lost
                st.replayed += 1
            self._send(*kept)
            return
        with st.lock:
            st.passed_on += 1
        forwarded = {
            k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")
        }
        answer = st.session().request(
            self.command, st.upstream + self.path, headers=forwarded, data=body, timeout=600
        )
        headers = [(k, v) for k, v in answer.headers.items() if k.lower() in _KEPT_HEADERS]
        if self.command == "GET" and not control and answer.status_code == 200:
            st.kept[key] = (200, headers, answer.content)
        self._send(answer.status_code, headers, answer.content)

    def _control(self, body: bytes) -> None:
        st = self.state
        if self.path == f"{_CONTROL}latency":
            st.latency = int(json.loads(body)["ms"]) / 1000
            reply: dict[str, Any] = {"ok": True}
        else:
            reply = {"replayed": st.replayed, "passed_on": st.passed_on, "limited": st.limited}
        self._send(200, [("Content-Type", "application/json")], json.dumps(reply).encode())

    def _send(self, status: int, headers: list[tuple[str, str]], payload: bytes) -> None:
        self.send_response(status)
        for key, value in headers:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


def _serve(upstream: str) -> None:
    handler = type("Handler", (_Handler,), {"state": _State(upstream)})
    # A queue of 5 unaccepted connections (socketserver's default) drops the SYNs of a client
    # opening 16 at once, which then wait TCP's one-second retry (as in the demo shop).
    server_type = type("Server", (ThreadingHTTPServer,), {"request_queue_size": 128})
    server = server_type(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"http://127.0.0.1:{server.server_address[1]}", flush=True)
    sys.stdin.read()  # serve until the bench closes our stdin
    server.shutdown()


if __name__ == "__main__":
    _serve(sys.argv[1])
