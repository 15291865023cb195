"""Where an Allegro account lives: production, sandbox, or a loopback shop such as the demo."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from refunddesk.domain.messages import SaidError, msg


class InsecureEnvironmentError(SaidError, ValueError):
    """A base URL that would send tokens in clear text, or is not a usable URL at all."""


_LOOPBACK_NAMES = frozenset({"localhost"})


def is_loopback_host(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost: the only hosts plain http may reach."""
    name = host.strip("[]").lower()
    if name in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def checked_base_url(url: str) -> str:
    """The URL without a trailing slash, or InsecureEnvironmentError if it is unsafe to use.

    Tokens travel in every request, so plain http is accepted only where the traffic never
    leaves this machine (the embedded demo shop).
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureEnvironmentError(msg("address_error.not_http", url=repr(url)))
    if parts.query or parts.fragment:
        raise InsecureEnvironmentError(msg("address_error.query", url=repr(url)))
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise InsecureEnvironmentError(msg("address_error.plain_http", host=repr(parts.hostname)))
    return url.strip().rstrip("/")


@dataclass(frozen=True, slots=True)
class AllegroEnvironment:
    """The OAuth host (device flow, tokens) and the REST API host of one Allegro world."""

    name: str
    auth_url: str
    api_url: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "auth_url", checked_base_url(self.auth_url))
        object.__setattr__(self, "api_url", checked_base_url(self.api_url))

    @property
    def device_url(self) -> str:
        return f"{self.auth_url}/auth/oauth/device"

    @property
    def token_url(self) -> str:
        return f"{self.auth_url}/auth/oauth/token"

    @classmethod
    def custom(cls, base_url: str, *, name: str = "custom") -> AllegroEnvironment:
        """One base URL serving both OAuth and the API, as the demo shop does."""
        return cls(name=name, auth_url=base_url, api_url=base_url)


PRODUCTION = AllegroEnvironment(
    name="production", auth_url="https://allegro.pl", api_url="https://api.allegro.pl"
)
SANDBOX = AllegroEnvironment(
    name="sandbox",
    auth_url="https://allegro.pl.allegrosandbox.pl",
    api_url="https://api.allegro.pl.allegrosandbox.pl",
)


def environment_named(name: str, base_url: str | None = None) -> AllegroEnvironment:
    """``production``, ``sandbox``, or any other name with a ``base_url`` (e.g. the demo)."""
    if name == PRODUCTION.name and base_url is None:
        return PRODUCTION
    if name == SANDBOX.name and base_url is None:
        return SANDBOX
    if base_url is None:
        raise InsecureEnvironmentError(msg("address_error.needs_url", name=repr(name)))
    return AllegroEnvironment.custom(base_url, name=name)
