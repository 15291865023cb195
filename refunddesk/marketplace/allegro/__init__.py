"""The real Allegro REST client: OAuth, requests, mapping into domain objects."""

from refunddesk.marketplace.allegro.auth import (
    AllegroAuth,
    KeyringTokenStore,
    MemoryTokenStore,
    OAuthTokens,
    TokenStore,
)
from refunddesk.marketplace.allegro.client import AllegroClient
from refunddesk.marketplace.allegro.environments import (
    PRODUCTION,
    SANDBOX,
    AllegroEnvironment,
    InsecureEnvironmentError,
)

__all__ = [
    "PRODUCTION",
    "SANDBOX",
    "AllegroAuth",
    "AllegroClient",
    "AllegroEnvironment",
    "InsecureEnvironmentError",
    "KeyringTokenStore",
    "MemoryTokenStore",
    "OAuthTokens",
    "TokenStore",
]
