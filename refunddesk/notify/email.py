"""Buyer notices by e-mail: the SMTP settings, the message, and sending it over smtplib."""

from __future__ import annotations

import base64
import contextlib
import smtplib
import socket
import ssl
import uuid
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from refunddesk.domain.messages import Said, msg
from refunddesk.infra.secrets import Secrets, SecretsError, smtp_password_key
from refunddesk.notify.errors import (
    EmailNotConfigured,
    EmailOutcomeUnknown,
    EmailRefused,
    EmailUnreachable,
)
from refunddesk.store.settings_repo import get_setting, set_setting

SMTP_SETTING_KEY = "smtp"
SECURITY_MODES: tuple[str, ...] = ("none", "starttls", "ssl")
DEFAULT_PORTS = {"none": 25, "starttls": 587, "ssl": 465}


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    """Where and how notices are mailed. The password is in the keyring, never here."""

    host: str
    port: int = 587
    user: str = ""
    from_address: str = ""
    from_name: str = ""
    security: str = "starttls"  # none / starttls / ssl
    reply_to: str = ""
    timeout_s: int = 30
    enabled: bool = True
    # A PEM file of CA certificates the mail server's certificate is also checked against
    # (a company or self-run CA); the system's own CAs stay trusted.
    ca_file: str = ""

    @property
    def account(self) -> str:
        """The name the password is filed under in the keyring."""
        return f"{self.user}@{self.host}" if self.user else self.host

    @property
    def password_key(self) -> str:
        return smtp_password_key(self.account)

    def problems(self) -> list[Said]:
        """What is wrong with these settings, in plain words (empty when they can be used)."""
        found: list[Said] = []
        if not self.host.strip():
            found.append(msg("settings_problem.smtp_host"))
        elif any(c.isspace() for c in self.host.strip()):  # "smtp example.com": a typo
            found.append(msg("settings_problem.smtp_host_space", host=self.host.strip()))
        if not 0 < self.port < 65536:
            found.append(msg("settings_problem.smtp_port", port=self.port))
        if self.security not in SECURITY_MODES:
            choices = ", ".join(SECURITY_MODES)
            found.append(msg("settings_problem.smtp_security", choices=choices))
        if not self.from_address.strip():  # not set yet: "'' is not an address" said nothing
            found.append(msg("settings_problem.from_address_missing"))
        elif not _is_address(self.from_address):
            found.append(msg("settings_problem.from_address", address=repr(self.from_address)))
        if self.reply_to and not _is_address(self.reply_to):
            found.append(msg("settings_problem.reply_to", address=repr(self.reply_to)))
        if self.timeout_s <= 0:
            found.append(msg("settings_problem.timeout"))
        if self.ca_file:
            try:
                tls_context(self)
            except EmailNotConfigured as exc:
                found.append(exc.said or str(exc))
        return found

    @property
    def sends_password_in_clear(self) -> bool:
        return bool(self.user) and self.security == "none"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> SmtpConfig:
        if not isinstance(data, dict) or not isinstance(data.get("host"), str):
            raise EmailNotConfigured(code="smtp_settings_unreadable")
        known = {f.name for f in fields(cls)}
        try:
            return cls(**{k: v for k, v in data.items() if k in known})
        except TypeError as exc:
            raise EmailNotConfigured(code="smtp_settings_unreadable") from exc


def _is_address(text: str) -> bool:
    name, addr = parseaddr(text)
    local, _, domain = addr.rpartition("@")
    return bool(local) and "." in domain and addr == text.strip() and not name


# -- settings ------------------------------------------------------------------------------


def load_smtp_config(session: Session) -> SmtpConfig | None:
    """The saved SMTP settings, or None when e-mail notices are not set up."""
    data = get_setting(session, SMTP_SETTING_KEY)
    return None if data is None else SmtpConfig.from_json(data)


def save_smtp_config(session: Session, config: SmtpConfig) -> None:
    set_setting(session, SMTP_SETTING_KEY, config.to_json())


def smtp_password(config: SmtpConfig, secrets: Secrets) -> str:
    """The account's password from the keyring; empty for a server without login."""
    if not config.user:
        return ""
    try:
        password = secrets.get(config.password_key)
    except SecretsError as exc:
        raise EmailNotConfigured(code="smtp_password_unreadable", detail=str(exc)) from exc
    if password is None:
        raise EmailNotConfigured(code="smtp_no_password", account=config.account)
    return password


# -- the message ---------------------------------------------------------------------------


def build_email(
    config: SmtpConfig, to: str, subject: str, body: str, *, now: datetime
) -> EmailMessage:
    """A plain-text UTF-8 message with the headers a mail client expects."""
    if not _is_address(to):
        raise EmailRefused(code="not_an_email", address=repr(to))
    domain = config.from_address.rpartition("@")[2]
    message = EmailMessage(policy=SMTP_POLICY)
    try:
        message["From"] = formataddr((config.from_name, config.from_address))
        message["To"] = Address(addr_spec=to)
        # A subject spans one line: a merchant template must not add headers.
        message["Subject"] = " ".join(subject.split())
        if config.reply_to:
            message["Reply-To"] = config.reply_to
    except (ValueError, IndexError) as exc:
        raise EmailRefused(code="bad_headers", detail=str(exc)) from exc
    message["Date"] = format_datetime(now)
    # Short and unique: stored as the notice's external id (64 characters at most).
    message["Message-ID"] = f"<{uuid.uuid4().hex[:24]}@{domain[:36]}>"
    # RFC 3834: auto-responders should not answer an automatic notice.
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(body, charset="utf-8")
    return message


# -- sending -------------------------------------------------------------------------------


def tls_context(config: SmtpConfig) -> ssl.SSLContext:
    """The system's CAs, plus the merchant's CA bundle when one is set; EmailNotConfigured
    says plainly when that file cannot be used."""
    context = ssl.create_default_context()
    if not config.ca_file:
        return context
    path = Path(config.ca_file).expanduser()
    if not path.is_file():
        raise EmailNotConfigured(code="ca_missing", path=str(path))
    try:
        context.load_verify_locations(cafile=str(path))
    except (OSError, ssl.SSLError, ValueError) as exc:
        raise EmailNotConfigured(code="ca_unreadable", path=str(path), detail=str(exc)) from exc
    return context


def _why_unreachable(exc: BaseException, timeout_s: int) -> Said:
    """The usual reasons in the merchant's words ("[Errno 111] Connection refused" was all
    a Polish or Chinese merchant read); anything else as the system said it."""
    if isinstance(exc, ConnectionRefusedError):
        return msg("notice_error.net_refused")
    if isinstance(exc, TimeoutError):  # socket.timeout is TimeoutError
        return msg("notice_error.net_timeout", seconds=timeout_s)
    if isinstance(exc, socket.gaierror):
        return msg("notice_error.net_unknown_name")
    return str(exc)


def _connect(config: SmtpConfig) -> smtplib.SMTP:
    context = tls_context(config)
    try:
        if config.security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                config.host, config.port, timeout=config.timeout_s, context=context
            )
        else:
            client = smtplib.SMTP(config.host, config.port, timeout=config.timeout_s)
    except (OSError, smtplib.SMTPException) as exc:
        raise EmailUnreachable(
            code="smtp_unreachable",
            host=config.host,
            port=str(config.port),
            detail=_why_unreachable(exc, config.timeout_s),
        ) from exc
    try:
        client.ehlo()
        if config.security == "starttls":
            if not client.has_extn("starttls"):
                # Never fall back to a clear connection: the password would travel in clear.
                raise EmailUnreachable(code="no_starttls", host=config.host)
            client.starttls(context=context)
            client.ehlo()
    except (OSError, smtplib.SMTPException) as exc:
        client.close()
        raise EmailUnreachable(code="tls_failed", host=config.host, detail=str(exc)) from exc
    except EmailUnreachable:
        client.close()
        raise
    return client


def _login(client: smtplib.SMTP, config: SmtpConfig, password: str) -> None:
    if not config.user:
        return
    try:
        if _offers_plain(client):
            _login_plain_utf8(client, config.user, password)
        elif (config.user + password).isascii():
            client.login(config.user, password)
        else:
            raise EmailUnreachable(code="password_not_ascii")
    except smtplib.SMTPAuthenticationError as exc:
        raise EmailUnreachable(code="login_refused", user=config.user) from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise EmailUnreachable(code="login_failed", host=config.host, detail=str(exc)) from exc


def _offers_plain(client: smtplib.SMTP) -> bool:
    return client.has_extn("auth") and "PLAIN" in client.esmtp_features["auth"].upper().split()


def _login_plain_utf8(client: smtplib.SMTP, user: str, password: str) -> None:
    """One AUTH PLAIN in UTF-8 (RFC 4616).

    smtplib.login() encodes credentials as ASCII and, on a wrong password, tries every other
    mechanism in turn, which some servers count towards locking the account.
    """
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode()
    code, reply = client.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def send_email(config: SmtpConfig, password: str, message: EmailMessage) -> str:
    """Hand ``message`` to the SMTP server; returns its Message-ID.

    Raises EmailUnreachable when nothing was sent (try again later), EmailRefused when the
    server refused this message, EmailOutcomeUnknown when the connection broke mid-way.
    """
    client = _connect(config)
    try:
        _login(client, config, password)
        try:
            client.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            raise EmailRefused(code="address_refused", address=str(message["To"])) from exc
        except smtplib.SMTPSenderRefused as exc:
            raise EmailRefused(
                code="sender_refused", address=config.from_address, detail=repr(exc.smtp_error)
            ) from exc
        except smtplib.SMTPDataError as exc:
            raise EmailRefused(code="message_refused", detail=repr(exc.smtp_error)) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise EmailOutcomeUnknown(code="broke_while_sending", host=config.host) from exc
        # The server already accepted the message; a rude goodbye changes nothing.
        with contextlib.suppress(OSError, smtplib.SMTPException):
            client.quit()
    finally:
        client.close()
    return str(message["Message-ID"])
