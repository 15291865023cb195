"""Buyer notices by SMS through SMSAPI, with its official client (smsapi-client)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any

import requests
from smsapi.client import Client
from smsapi.endpoint import bind_api_endpoint
from smsapi.exception import EndpointException, SmsApiException
from smsapi.models import ResultCollection, SendResult
from sqlalchemy.orm import Session

from refunddesk.domain.messages import Said, msg
from refunddesk.infra.secrets import Secrets, SecretsError, sms_token_key
from refunddesk.notify.errors import NoticeError
from refunddesk.store.database import Database
from refunddesk.store.settings_repo import get_setting, set_setting

SMS_SETTING_KEY = "sms"
DEFAULT_BASE_URL = "https://api.smsapi.pl/"
# SMSAPI's error for an idx it has already sent with check_idx=1: the earlier try got through.
DUPLICATE_IDX = 53
# Delivery reports: final states, and the ones where the buyer certainly got nothing.
DELIVERED = frozenset({"DELIVERED"})
UNDELIVERED = frozenset({"UNDELIVERED", "EXPIRED", "FAILED", "REJECTED", "STOP"})
_SENDER_RE = re.compile(r"^[A-Za-z0-9 .\-]{1,11}$")


class SmsFailed(NoticeError):
    """The gateway refused the SMS (token, sender name, balance, number …): nothing was sent."""

    user_message = "The SMS could not be sent."


class SmsUnreachable(SmsFailed):
    """The gateway could not be reached or answered 5xx; retrying with the same idx is safe."""


class SmsNotConfigured(SmsFailed):
    """SMS notices are on but the token is not in the keyring."""


@dataclass(frozen=True, slots=True)
class SmsConfig:
    """SMS settings (no secrets: the SMSAPI token is in the keyring)."""

    enabled: bool = False
    sender: str = ""  # a sender name registered in SMSAPI; empty = the account's default
    keep_diacritics: bool = False  # Polish letters force UCS-2: 70 characters a part
    shops_off: tuple[int, ...] = field(default=())  # shops whose buyers get no SMS
    base_url: str = DEFAULT_BASE_URL  # api.smsapi.com for SMSAPI's international accounts
    timeout_s: int = 20

    def on_for(self, shop_id: int) -> bool:
        return self.enabled and shop_id not in self.shops_off

    def problems(self) -> list[Said]:
        found: list[Said] = []
        if self.sender and not _SENDER_RE.match(self.sender):
            found.append(msg("settings_problem.sms_sender"))
        if not self.base_url.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            found.append(msg("settings_problem.sms_address"))
        if self.timeout_s <= 0:
            found.append(msg("settings_problem.timeout"))
        return found

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["shops_off"] = list(self.shops_off)
        return data

    @classmethod
    def from_json(cls, data: Any) -> SmsConfig:
        if not isinstance(data, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["shops_off"] = tuple(int(s) for s in values.get("shops_off") or ())
        try:
            return cls(**values)
        except TypeError:
            return cls()


def load_sms_config(session: Session) -> SmsConfig:
    return SmsConfig.from_json(get_setting(session, SMS_SETTING_KEY))


def save_sms_config(session: Session, config: SmsConfig) -> None:
    set_setting(session, SMS_SETTING_KEY, config.to_json())


def sms_token(secrets: Secrets) -> str:
    try:
        token = secrets.get(sms_token_key())
    except SecretsError as exc:
        raise SmsNotConfigured(code="sms_token_unreadable", detail=str(exc)) from exc
    if not token:
        raise SmsNotConfigured(code="sms_no_token")
    return token


def sms_gateway(db: Database, secrets: Secrets) -> SmsGateway | None:
    """The configured gateway (for following delivery reports), or None when SMS is off."""
    with db.sessions() as session:
        config = load_sms_config(session)
    if not config.enabled or config.problems():
        return None
    try:
        return SmsGateway(sms_token(secrets), config.base_url, config.timeout_s)
    except SmsNotConfigured:
        return None


@dataclass(frozen=True, slots=True)
class SmsReceipt:
    id: str
    status: str  # QUEUE, SENT, DELIVERED … (a delivery report follows)
    parts: int


# SMSAPI's status lookup (GET sms.do?status=ID); the client has no method for it.
_status_endpoint = bind_api_endpoint(
    method="GET",
    path="sms.do",
    mapping=(SendResult, ResultCollection),
    accept_parameters=["status"],
    force_parameters={"format": "json"},
    exception_class=EndpointException,
)


class SmsGateway:
    """SMSAPI through its client; ``base_url`` points it at another host (tests, .com)."""

    def __init__(self, token: str, base_url: str = DEFAULT_BASE_URL, timeout_s: int = 20) -> None:
        self._client = Client(base_url if base_url.endswith("/") else base_url + "/", token)
        self._timeout = timeout_s

    def send(self, to: str, text: str, *, sender: str, idx: str) -> SmsReceipt:
        """Send once per ``idx``: the gateway refuses an idx it already sent (check_idx)."""
        params: dict[str, Any] = {
            "to": to.lstrip("+"),
            "message": text,
            "encoding": "utf-8",
            "max_parts": 2,
            "idx": idx,
            "check_idx": 1,
            "timeout": self._timeout,
        }
        if sender:
            params["from_"] = sender
        try:
            result = self._client.sms.send(**params)
        except SmsApiException as exc:
            if _code(exc) == DUPLICATE_IDX:
                return SmsReceipt(id="", status="SENT", parts=0)
            raise _classify(exc) from exc
        except requests.RequestException as exc:
            raise SmsUnreachable(code="sms_unreachable", detail=type(exc).__name__) from exc
        sent = list(result.results)
        if not sent:
            raise SmsFailed(code="sms_no_receipt")
        first = sent[0]
        return SmsReceipt(str(first.id), str(first.status or ""), int(first.parts or 1))

    def status(self, message_id: str) -> str:
        """The delivery report's status of one SMS (QUEUE, SENT, DELIVERED, UNDELIVERED …)."""
        try:
            result = _status_endpoint(self._client.sms, status=message_id, timeout=self._timeout)
        except SmsApiException as exc:
            raise _classify(exc) from exc
        except requests.RequestException as exc:
            raise SmsUnreachable(code="sms_unreachable", detail=type(exc).__name__) from exc
        found = [r for r in result.results if str(r.id) == message_id]
        return str(found[0].status) if found else ""


def _code(exc: SmsApiException) -> int | None:
    try:
        return int(exc.code) if exc.code is not None else None
    except (TypeError, ValueError):
        return None


def _classify(exc: SmsApiException) -> SmsFailed:
    code = _code(exc)
    if code is not None and code >= 500:  # an HTTP status (EndpointException), not SMSAPI's
        return SmsUnreachable(f"SMSAPI is not answering properly (HTTP {code}).")
    if code in (101, 102, 103, 401):
        return SmsFailed("SMSAPI refused the token: enter a new one in Settings.")
    message = exc.message if isinstance(exc.message, str) else ""
    return SmsFailed(f"SMSAPI refused the SMS (error {code}): {message[:200]}")
