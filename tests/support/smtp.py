"""Fixtures: a real SMTP server (aiosmtpd) on 127.0.0.1 that keeps what it received."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

# Recipients whose address contains this are refused with 550, like an unknown mailbox.
REFUSED_MARKER = "refuse"


@dataclass(frozen=True)
class ReceivedMail:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    message: EmailMessage
    raw: bytes


@dataclass
class _Handler:
    received: list[ReceivedMail] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if REFUSED_MARKER in address:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        raw = bytes(envelope.original_content or envelope.content)
        parsed = message_from_bytes(raw, policy=default_policy)
        assert isinstance(parsed, EmailMessage)
        with self.lock:
            self.received.append(
                ReceivedMail(envelope.mail_from, tuple(envelope.rcpt_tos), parsed, raw)
            )
        return "250 Message accepted"


@dataclass
class SmtpServer:
    """A running SMTP server; ``logins`` lists the (user, password) pairs it was given."""

    host: str
    port: int
    handler: _Handler
    logins: list[tuple[str, str]]

    @property
    def received(self) -> list[ReceivedMail]:
        with self.handler.lock:
            return list(self.handler.received)


def free_port() -> int:
    """A port nothing listens on right now (Controller(port=0) would not tell us which)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


SmtpServerFactory = Callable[..., SmtpServer]


@pytest.fixture
def smtp_server_factory() -> Iterator[SmtpServerFactory]:
    """Start SMTP servers; ``credentials=(user, password)`` makes the server ask for a login."""
    controllers: list[Controller] = []

    def start(*, credentials: tuple[str, str] | None = None) -> SmtpServer:
        handler = _Handler()
        logins: list[tuple[str, str]] = []

        def authenticate(
            server: Any, session: Any, envelope: Any, mechanism: str, data: Any
        ) -> AuthResult:
            if not isinstance(data, LoginPassword):
                return AuthResult(success=False, handled=False)
            pair = (data.login.decode(), data.password.decode())
            logins.append(pair)
            # handled=False: let aiosmtpd answer 535 itself on a wrong password.
            return AuthResult(success=pair == credentials, handled=False)

        options: dict[str, Any] = {}
        if credentials is not None:
            # Plain AUTH over loopback is fine for a test; the app itself refuses no TLS.
            options = {"authenticator": authenticate, "auth_require_tls": False}
        port = free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port, **options)
        controller.start()
        controllers.append(controller)
        return SmtpServer("127.0.0.1", port, handler, logins)

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture
def smtp_server(smtp_server_factory: SmtpServerFactory) -> SmtpServer:
    """A plain SMTP server without login on 127.0.0.1."""
    return smtp_server_factory()
