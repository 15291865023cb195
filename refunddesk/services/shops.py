"""Connected shops: add, connect through the device flow, list, remove, open a client."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from refunddesk.infra.secrets import Secrets, shop_client_secret_key
from refunddesk.marketplace.allegro.auth import AllegroAuth, KeyringTokenStore
from refunddesk.marketplace.allegro.client import AllegroClient
from refunddesk.marketplace.allegro.environments import (
    AllegroEnvironment,
    environment_named,
)
from refunddesk.marketplace.base import AttemptListener
from refunddesk.store.database import Database
from refunddesk.store.models import Shop

ENVIRONMENTS = ("demo", "sandbox", "production", "custom")


class ShopError(Exception):
    """A shop request that cannot be carried out, in plain words."""


@dataclass(frozen=True, slots=True)
class ShopInfo:
    id: int
    name: str
    environment: str
    api_url: str
    auth_url: str
    client_id: str
    needs_reconnect: bool
    connected_at: datetime | None

    @property
    def is_demo(self) -> bool:
        return self.environment == "demo"


def _info(row: Shop) -> ShopInfo:
    return ShopInfo(
        id=row.id,
        name=row.name,
        environment=row.environment,
        api_url=row.api_url,
        auth_url=row.auth_url,
        client_id=row.client_id,
        needs_reconnect=row.needs_reconnect,
        connected_at=row.connected_at,
    )


def environment_for(environment: str, api_url: str = "", auth_url: str = "") -> AllegroEnvironment:
    if environment not in ENVIRONMENTS:
        raise ShopError(f"unknown environment {environment!r}; choose one of {ENVIRONMENTS}")
    if environment in ("demo", "custom"):
        if not api_url:
            raise ShopError(f"a {environment} shop needs an API URL")
        env = environment_named("custom", api_url)
        if auth_url and auth_url != api_url:
            env = AllegroEnvironment(name=environment, auth_url=auth_url, api_url=api_url)
        return env
    return environment_named(environment)


def list_shops(db: Database) -> list[ShopInfo]:
    with db.sessions() as s:
        return [_info(r) for r in s.scalars(select(Shop).order_by(Shop.id))]


def get_shop(db: Database, shop_id: int) -> ShopInfo:
    with db.sessions() as s:
        row = s.get(Shop, shop_id)
        if row is None:
            raise ShopError(f"there is no shop number {shop_id}")
        return _info(row)


def find_shop(db: Database, name: str) -> ShopInfo | None:
    with db.sessions() as s:
        row = s.scalar(select(Shop).where(Shop.name == name))
        return None if row is None else _info(row)


def add_shop(
    db: Database,
    secrets: Secrets,
    *,
    name: str,
    environment: str,
    client_id: str,
    client_secret: str,
    api_url: str = "",
    auth_url: str = "",
    now: datetime | None = None,
) -> ShopInfo:
    """Record a shop and keep its client secret in the keyring (never in the database)."""
    name = name.strip()
    if not name:
        raise ShopError("give the shop a name")
    env = environment_for(environment, api_url, auth_url)
    if find_shop(db, name) is not None:
        raise ShopError(f"a shop called {name!r} exists already")
    with db.transaction() as s:
        row = Shop(
            name=name,
            environment=environment,
            api_url=env.api_url,
            auth_url=env.auth_url,
            client_id=client_id,
            created_at=now or datetime.now(UTC),
        )
        s.add(row)
        s.flush()
        shop_id = row.id
    try:
        secrets.set(shop_client_secret_key(shop_id), client_secret)
    except Exception:
        remove_shop(db, secrets, shop_id)
        raise
    return get_shop(db, shop_id)


def update_urls(db: Database, shop_id: int, api_url: str, auth_url: str) -> None:
    """The demo shop listens on a new port every start: point the shop at it."""
    with db.transaction() as s:
        row = s.get(Shop, shop_id)
        if row is None:
            raise ShopError(f"there is no shop number {shop_id}")
        row.api_url, row.auth_url = api_url, auth_url


def remove_shop(db: Database, secrets: Secrets, shop_id: int) -> None:
    """Forget a shop: its rows and its secrets."""
    with db.transaction() as s:
        row = s.get(Shop, shop_id)
        if row is not None:
            s.delete(row)
    secrets.delete_shop(shop_id)


def auth_for(
    shop: ShopInfo, secrets: Secrets, *, now: Callable[[], datetime] | None = None
) -> AllegroAuth:
    secret = secrets.get(shop_client_secret_key(shop.id))
    if secret is None:
        raise ShopError(
            f"the client secret of shop {shop.name!r} is not in the keyring; add the shop again"
        )
    env = environment_for(shop.environment, shop.api_url, shop.auth_url)
    store = KeyringTokenStore(secrets, shop.id)
    if now is None:
        return AllegroAuth(env, shop.client_id, secret, store)
    return AllegroAuth(env, shop.client_id, secret, store, now=now)


def client_for(
    shop: ShopInfo,
    secrets: Secrets,
    *,
    attempt_listener: AttemptListener | None = None,
    language: str = "pl-PL",
) -> AllegroClient:
    auth = auth_for(shop, secrets)
    return AllegroClient(auth.env, auth, language=language, attempt_listener=attempt_listener)


def mark_connected(db: Database, shop_id: int, now: datetime) -> None:
    with db.transaction() as s:
        row = s.get(Shop, shop_id)
        if row is not None:
            row.connected_at, row.needs_reconnect = now, False


BACKLOG_MODES = ("ask", "apply", "ignore")


def set_backlog_mode(db: Database, shop_id: int, mode: str) -> None:
    """What happens to cases found in the backfill window when the shop was connected:
    ask (held for one-click approval), apply (refunded like new cases) or ignore (left to you)."""
    if mode not in BACKLOG_MODES:
        raise ValueError(f"the backlog choice is one of {', '.join(BACKLOG_MODES)}, not {mode!r}")
    with db.transaction() as s:
        row = s.get(Shop, shop_id)
        if row is not None:
            row.backlog_mode = mode


def mark_needs_reconnect(db: Database, shop_id: int) -> None:
    with db.transaction() as s:
        row = s.get(Shop, shop_id)
        if row is not None:
            row.needs_reconnect = True
