"""The demo shop takes a client's whole connection pool at once."""

from __future__ import annotations

import socket
from http.server import BaseHTTPRequestHandler

from refunddesk.demo_shop.server import _QuietServer
from refunddesk.marketplace.base import MAX_IN_FLIGHT


def test_a_whole_pool_connects_at_once_even_before_the_shop_accepts() -> None:
    # The shop is not serving yet: every connection waits in the kernel's queue. With
    # socketserver's queue of 5, the sixth or seventh connect had its SYN dropped and waited
    # TCP's one-second retry (a first sync's 16 reads started together stalled for a second).
    server = _QuietServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    clients: list[socket.socket] = []
    try:
        for _ in range(2 * MAX_IN_FLIGHT):
            # Well under the retry: a queued connection completes at once.
            clients.append(socket.create_connection(server.server_address, timeout=0.5))
    finally:
        for c in clients:
            c.close()
        server.server_close()
    assert len(clients) == 2 * MAX_IN_FLIGHT
