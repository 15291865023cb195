"""A demo shop in its own process, driven over HTTP: what the app talks to is not in its heap.

A merchant's RefundDesk talks to Allegro over the network, so a bench that measures the app's
memory or its GUI thread must not count the shop's (100,000 seeded orders are ~380 MiB) nor let
the shop's work share the app's GIL. bench/sync.py and bench/gui.py use it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any, Self

import requests

from refunddesk.demo_shop.server import CONTROL_HEADER

_CHILD = """
import gc, json, sys
# No cyclic collector in the stand-in: its heap holds every seeded order (100,000 are ~380 MiB),
# and walking it again and again took ~25 us of CPU an order served, on the two cores the app
# is measured on (Allegro's servers are not on a merchant's computer). A bench's minutes leave
# little garbage that only the collector would free.
gc.disable()
from refunddesk.demo_shop import DemoShop
shop = DemoShop(**json.loads(sys.argv[1])).start()
print(shop.url, shop.control_key, flush=True)
sys.stdin.read()  # serve until the bench closes our stdin
shop.stop()
"""


_CALLER = """
import json, sys
import requests
url, key, name = sys.argv[1:4]
http = requests.Session()
http.headers[sys.argv[4]] = key
for line in sys.stdin:
    http.post(f"{url}/__demo/{name}", json=json.loads(line), timeout=600).raise_for_status()
"""


class ServingProcess:
    """A process of the bench's that serves until its standard input is closed."""

    _proc: subprocess.Popen[str]

    def stop(self) -> None:
        if self._proc.stdin is not None and not self._proc.stdin.closed:
            self._proc.stdin.close()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class RemoteShop(ServingProcess):
    """A demo shop in its own process (its work does not share the app's GIL), driven over HTTP.

    ``call(name, **kwargs)`` runs one scenario operation (seed, create_order, add_fault ...);
    the keyword arguments of the constructor are the DemoShop's options.
    """

    client_id = "demo-client"
    client_secret = "demo-secret"

    def __init__(self, **options: Any) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, "-c", _CHILD, json.dumps(options)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._proc.stdout is not None
        self.url, _, key = self._proc.stdout.readline().strip().partition(" ")
        if not self.url.startswith("http://127.0.0.1:"):
            self.stop()
            raise RuntimeError(f"the demo shop did not start: {self.url!r}")
        self._http = requests.Session()
        self._key = key
        self._http.headers[CONTROL_HEADER] = key  # the scenario API wants this run's key

    def call(self, name: str, **kwargs: Any) -> Any:
        answer = self._http.post(f"{self.url}/__demo/{name}", json=kwargs, timeout=600)
        answer.raise_for_status()
        return answer.json()["result"]

    def call_elsewhere(self, name: str, each: list[dict[str, Any]]) -> subprocess.Popen[str]:
        """Starts ``call(name, **kwargs)`` for each kwargs in ``each``, in a process of its own.

        Buyers act outside the app: a bench that cancels 1,000 orders from a thread of the
        measured process made the app's GUI thread wait for that thread's HTTP work (its GIL).
        Wait for the returned process to end (``wait()``, exit code 0: every call made)."""
        caller = subprocess.Popen(
            [sys.executable, "-c", _CALLER, self.url, self._key, name, CONTROL_HEADER],
            stdin=subprocess.PIPE,
            text=True,
        )
        assert caller.stdin is not None
        caller.stdin.write("".join(json.dumps(kwargs) + "\n" for kwargs in each))
        caller.stdin.close()
        return caller

    def access_token(self) -> str:
        return str(self.call("issue_tokens")["access_token"])
