"""OAuth as allegro.pl does it: device flow, single-use refresh tokens, 12-hour access tokens."""

from __future__ import annotations

import base64
import binascii
import html
import json
import secrets
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from refunddesk.demo_shop.clock import ShopClock
from refunddesk.demo_shop.errors import ShopError, auth_error
from refunddesk.demo_shop.state import ShopOptions

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
SCOPES = (
    "allegro:api:orders:read allegro:api:orders:write allegro:api:payments:read "
    "allegro:api:payments:write allegro:api:messaging allegro:api:profile:read"
)
USER = "demo-seller"


@dataclass
class DeviceCode:
    device_code: str
    user_code: str
    expires_at: datetime
    state: str = "PENDING"  # PENDING / APPROVED / DENIED / USED
    last_poll: datetime | None = None


@dataclass
class TokenPair:
    access: str
    refresh: str
    access_expires: datetime
    refresh_expires: datetime
    access_revoked: bool = False
    refresh_used_at: datetime | None = None
    refresh_revoked: bool = False
    children: list[str] = field(default_factory=list)


def _oauth_error(code: str, description: str = "", status: int = 400) -> ShopError:
    body = {"error": code}
    if description:
        body["error_description"] = description
    return ShopError(status, body)


class TokenStore:
    """Device codes and token pairs, keyed by the shop clock."""

    def __init__(self, options: ShopOptions, clock: ShopClock) -> None:
        self.options = options
        self.clock = clock
        self._lock = threading.Lock()
        self.devices: dict[str, DeviceCode] = {}
        self._by_user_code: dict[str, str] = {}
        self._by_access: dict[str, TokenPair] = {}
        self._by_refresh: dict[str, TokenPair] = {}

    # -- client authentication ------------------------------------------------------------

    def check_client(self, authorization: str | None) -> None:
        if not authorization or not authorization.startswith("Basic "):
            raise _oauth_error("unauthorized", "Full authentication is required", 401)
        try:
            user, _, pw = base64.b64decode(authorization[6:]).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError) as exc:
            raise _oauth_error("invalid_client", "Bad client credentials", 401) from exc
        if (user, pw) != (self.options.client_id, self.options.client_secret):
            raise _oauth_error("invalid_client", "Bad client credentials", 401)

    # -- device flow --------------------------------------------------------------------------

    def start_device(self, base_url: str) -> dict[str, Any]:
        now = self.clock.now()
        with self._lock:
            user_code = "".join(secrets.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(9))
            code = DeviceCode(
                device_code=secrets.token_urlsafe(24),
                user_code=user_code,
                expires_at=now + timedelta(seconds=self.options.device_code_seconds),
                state="APPROVED" if self.options.auto_approve else "PENDING",
            )
            self.devices[code.device_code] = code
            self._by_user_code[user_code] = code.device_code
        return {
            "user_code": user_code,
            "device_code": code.device_code,
            "expires_in": self.options.device_code_seconds,
            "interval": self.options.device_interval,
            "verification_uri": f"{base_url}/skojarz-aplikacje",
            "verification_uri_complete": f"{base_url}/skojarz-aplikacje?code={user_code}",
        }

    def decide(self, user_code: str, approve: bool) -> bool:
        """The user's click on the verification page; False when the code is unknown."""
        with self._lock:
            device = self.devices.get(self._by_user_code.get(user_code.replace(" ", ""), ""))
            if device is None or device.state != "PENDING":
                return False
            device.state = "APPROVED" if approve else "DENIED"
            return True

    def poll_device(self, device_code: str) -> dict[str, Any]:
        now = self.clock.now()
        with self._lock:
            device = self.devices.get(device_code)
            if device is None or device.state == "USED":
                raise _oauth_error("Invalid device code")
            if now >= device.expires_at:
                raise _oauth_error("expired_token", "The device code has expired")
            too_soon = (
                device.last_poll is not None
                and (now - device.last_poll).total_seconds() < self.options.device_interval
            )
            device.last_poll = now
            if device.state == "DENIED":
                raise _oauth_error("access_denied", "The user denied access")
            if too_soon:
                raise _oauth_error("slow_down")
            if device.state == "PENDING":
                raise _oauth_error(
                    "authorization_pending", "User has not authorized the device code yet."
                )
            device.state = "USED"
            return self._issue(now)

    # -- tokens ---------------------------------------------------------------------------------

    def _issue(self, now: datetime) -> dict[str, Any]:
        jti = secrets.token_hex(16)
        exp = now + timedelta(seconds=self.options.access_token_seconds)
        claims = {
            "user_name": USER,
            "scope": SCOPES.split(),
            "exp": int(exp.timestamp()),
            "jti": jti,
            "client_id": self.options.client_id,
        }
        access = (
            ".".join(
                base64.urlsafe_b64encode(json.dumps(part).encode()).decode().rstrip("=")
                for part in ({"alg": "RS256", "typ": "JWT"}, claims)
            )
            + "."
            + secrets.token_urlsafe(32)
        )
        pair = TokenPair(access, secrets.token_urlsafe(48), exp, now + timedelta(days=90))
        self._by_access[pair.access] = pair
        self._by_refresh[pair.refresh] = pair
        return {
            "access_token": pair.access,
            "token_type": "bearer",
            "refresh_token": pair.refresh,
            "expires_in": self.options.access_token_seconds,
            "scope": SCOPES,
            "allegro_api": True,
            "jti": jti,
        }

    def issue(self) -> dict[str, Any]:
        """Tokens straight away, as if the device flow had just finished (for tests)."""
        with self._lock:
            return self._issue(self.clock.now())

    def refresh(self, refresh_token: str) -> dict[str, Any]:
        now = self.clock.now()
        with self._lock:
            pair = self._by_refresh.get(refresh_token)
            invalid = _oauth_error("invalid_grant", f"Invalid refresh token: {refresh_token[:8]}…")
            if pair is None or pair.refresh_revoked or now >= pair.refresh_expires:
                raise invalid
            if pair.refresh_used_at is not None:
                grace = (now - pair.refresh_used_at).total_seconds()
                if grace > self.options.refresh_grace_seconds:
                    raise invalid
            else:
                pair.refresh_used_at = now
            pair.access_revoked = True  # the old access token stops working at once
            return self._issue(now)

    def check_bearer(self, authorization: str | None) -> None:
        if not authorization or not authorization.startswith("Bearer "):
            raise auth_error(
                "Full authentication is required to access this resource", "unauthorized"
            )
        token = authorization[7:].strip()
        now = self.clock.now()
        with self._lock:
            pair = self._by_access.get(token)
            if pair is None:
                raise auth_error(f"Invalid access token: {token[:8]}…")
            if pair.access_revoked:
                raise auth_error("Access token revoked")
            if now >= pair.access_expires:
                raise auth_error(f"Access token expired: {token[:8]}…")

    def revoke_all(self) -> int:
        """The seller disconnected the app in Allegro: every token stops working."""
        with self._lock:
            for pair in self._by_access.values():
                pair.access_revoked = True
                pair.refresh_revoked = True
            return len(self._by_access)

    def handle_token(self, form: dict[str, str]) -> dict[str, Any]:
        grant = form.get("grant_type", "")
        if grant == DEVICE_GRANT:
            return self.poll_device(form.get("device_code", ""))
        if grant == "refresh_token":
            return self.refresh(form.get("refresh_token", ""))
        raise _oauth_error("unsupported_grant_type", f"Unsupported grant type: {grant}")


def verification_page(user_code: str, message: str = "", *, ask_key: bool = False) -> str:
    """The tiny 'skojarz aplikację' page: approve or deny a device code.

    ``ask_key``: a field for the demo shop's control key (Allegro would want you logged in).
    """
    code = html.escape(user_code)
    note = f"<p><strong>{html.escape(message)}</strong></p>" if message else ""
    key = (
        '<p><label>Klucz sklepu demo: <input name="key" type="password"></label></p>'
        if ask_key
        else ""
    )
    return f"""<!doctype html><html lang="pl"><head><meta charset="utf-8">
<title>Powiąż aplikację — demo Allegro</title></head><body style="font-family:sans-serif">
<h1>Powiąż aplikację RefundDesk z kontem</h1>{note}
<form method="post" action="/skojarz-aplikacje">
<label>Kod: <input name="code" value="{code}"></label>{key}
<button name="decision" value="approve">Pozwól</button>
<button name="decision" value="deny">Odmów</button>
</form></body></html>"""
