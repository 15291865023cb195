"""Connected shops: add, connect through the device flow, list, remove, open a client."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, update

from refunddesk.domain.messages import SaidError, msg
from refunddesk.domain.rules_json import BACKLOG_CHOICES
from refunddesk.infra.secrets import Secrets, shop_client_secret_key, shop_tokens_key
from refunddesk.marketplace.allegro.auth import (
    AllegroAuth,
    DeviceCode,
    KeyringTokenStore,
    MemoryTokenStore,
    OAuthTokens,
    RefreshLock,
)
from refunddesk.marketplace.allegro.client import AllegroClient
from refunddesk.marketplace.allegro.environments import (
    AllegroEnvironment,
    environment_named,
)
from refunddesk.marketplace.allegro.http import app_limiter_for, messaging_limiter_for
from refunddesk.marketplace.base import AttemptListener
from refunddesk.store.database import Database
from refunddesk.store.identity import database_id
from refunddesk.store.models import RefundIntent, Shop

log = logging.getLogger(__name__)

ENVIRONMENTS = ("demo", "sandbox", "production", "custom")


class ShopError(SaidError):
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
    # The database the shop belongs to: its keyring entries carry this id.
    database_id: str = ""
    # What happens to the cases found at connect: ask / apply / ignore (set_backlog_mode).
    backlog_mode: str = "ask"

    @property
    def is_demo(self) -> bool:
        return self.environment == "demo"


def _info(row: Shop, db_id: str) -> ShopInfo:
    return ShopInfo(
        id=row.id,
        name=row.name,
        environment=row.environment,
        api_url=row.api_url,
        auth_url=row.auth_url,
        client_id=row.client_id,
        needs_reconnect=row.needs_reconnect,
        connected_at=row.connected_at,
        database_id=db_id,
        backlog_mode=row.backlog_mode,
    )


def shop_secrets(db: Database, secrets: Secrets) -> Secrets:
    """``secrets`` seen through this database's entry names (never another profile's)."""
    return secrets.for_database(database_id(db))


def _secrets_of(shop: ShopInfo, secrets: Secrets) -> Secrets:
    if shop.database_id:
        return secrets.for_database(shop.database_id)
    if secrets.database_id is None:
        raise ShopError(msg("shop_error.no_identity", name=shop.name))
    return secrets


def environment_for(environment: str, api_url: str = "", auth_url: str = "") -> AllegroEnvironment:
    if environment not in ENVIRONMENTS:
        choices = ", ".join(ENVIRONMENTS)
        raise ShopError(
            msg("shop_error.unknown_environment", environment=repr(environment), choices=choices)
        )
    if environment in ("demo", "custom"):
        if not api_url:
            raise ShopError(msg("shop_error.needs_api_url", environment=environment))
        env = environment_named("custom", api_url)
        if auth_url and auth_url != api_url:
            env = AllegroEnvironment(name=environment, auth_url=auth_url, api_url=api_url)
        return env
    return environment_named(environment)


def list_shops(db: Database) -> list[ShopInfo]:
    db_id = database_id(db)
    with db.sessions() as s:
        return [_info(r, db_id) for r in s.scalars(select(Shop).order_by(Shop.id))]


def get_shop(db: Database, shop_id: int) -> ShopInfo:
    db_id = database_id(db)
    with db.sessions() as s:
        row = s.get(Shop, shop_id)
        if row is None:
            raise ShopError(msg("shop_error.no_such_shop", id=shop_id))
        return _info(row, db_id)


def find_shop(db: Database, name: str) -> ShopInfo | None:
    db_id = database_id(db)
    with db.sessions() as s:
        row = s.scalar(select(Shop).where(Shop.name == name))
        return None if row is None else _info(row, db_id)


# -- adding a shop: all or nothing ----------------------------------------------------------


def _checked_name(db: Database, secrets: Secrets, name: str) -> str:
    name = name.strip()
    if not name:
        raise ShopError(msg("shop_error.no_name"))
    existing = find_shop(db, name)
    if existing is not None and not _unfinished(existing, secrets):
        raise ShopError(msg("shop_error.name_taken", name=name))
    return name


def _unfinished(shop: ShopInfo, secrets: Secrets) -> bool:
    """A shop left by an add that never finished (an older RefundDesk, or a killed process):
    never connected and without tokens, so nothing was ever synced for it."""
    if shop.connected_at is not None:
        return False
    return _secrets_of(shop, secrets).get(shop_tokens_key(shop.id)) is None


def _insert_with_secrets(
    db: Database,
    secrets: Secrets,
    *,
    name: str,
    environment: str,
    env: AllegroEnvironment,
    client_id: str,
    client_secret: str,
    tokens: OAuthTokens | None,
    now: datetime,
    backlog_mode: str = "ask",
) -> int:
    """The shop row and its keyring entries, or (after any failure) neither."""
    bound = shop_secrets(db, secrets)
    shop_id: int | None = None
    try:
        with db.transaction() as s:
            leftover = s.scalar(select(Shop).where(Shop.name == name))
            if leftover is not None:
                # Only an unfinished add gets here (_checked_name): replace it.
                log.info("removing the unfinished shop %s left by an earlier attempt", leftover.id)
                _forget_secrets(bound, leftover.id)
                s.delete(leftover)
                s.flush()
            row = Shop(
                name=name,
                environment=environment,
                api_url=env.api_url,
                auth_url=env.auth_url,
                client_id=client_id,
                created_at=now,
                connected_at=now if tokens is not None else None,
                backlog_mode=backlog_mode,
            )
            s.add(row)
            s.flush()
            shop_id = row.id
            # Written while the row is not yet committed: a keyring failure rolls it back.
            # An earlier shop with this number may have left tokens behind (ids are reused).
            bound.delete(shop_tokens_key(shop_id))
            bound.set(shop_client_secret_key(shop_id), client_secret)
            if tokens is not None:
                KeyringTokenStore(bound, shop_id).save(tokens)
        return shop_id
    except BaseException:
        if shop_id is not None:
            _forget_quietly(bound, shop_id)
        raise


def _forget_secrets(bound: Secrets, shop_id: int) -> None:
    bound.delete(shop_client_secret_key(shop_id))
    bound.delete(shop_tokens_key(shop_id))


def _forget_quietly(bound: Secrets, shop_id: int) -> None:
    try:
        _forget_secrets(bound, shop_id)
    except Exception:  # the first error is the one to report; this is clean-up
        log.warning("could not remove the keyring entries of shop %s", shop_id, exc_info=True)


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
    tokens: OAuthTokens | None = None,
    backlog_mode: str = "ask",
) -> ShopInfo:
    """Record a shop and keep its client secret in the keyring (never in the database).

    The row and the secret (and ``tokens``, which make the shop connected at once) are
    stored together or not at all. To add a shop through the device flow with nothing left
    behind when the merchant does not approve, use :func:`connect_new_shop` (or
    :func:`prepare_shop` for a flow driven step by step).
    """
    env = environment_for(environment, api_url, auth_url)
    name = _checked_name(db, secrets, name)
    _check_backlog_mode(backlog_mode)
    shop_id = _insert_with_secrets(
        db,
        secrets,
        name=name,
        environment=environment,
        env=env,
        client_id=client_id,
        client_secret=client_secret,
        tokens=tokens,
        now=now or datetime.now(UTC),
        backlog_mode=backlog_mode,
    )
    return get_shop(db, shop_id)


class NewShop:
    """A shop being connected through the device flow: nothing is stored until Allegro
    approves. Its client secret and tokens stay in memory; :meth:`save` stores the shop."""

    def __init__(
        self,
        db: Database,
        secrets: Secrets,
        *,
        name: str,
        environment: str,
        env: AllegroEnvironment,
        client_id: str,
        client_secret: str,
        now: Callable[[], datetime],
        backlog_mode: str = "ask",
    ) -> None:
        self._db, self._secrets = db, secrets
        # Chosen before approval (`shop add --backlog`): the row is born with it, so the
        # worker never plans the backlog under another choice.
        self.backlog_mode = backlog_mode
        self.name, self.environment, self.client_id = name, environment, client_id
        self._env, self._client_secret, self._now = env, client_secret, now
        self._tokens = MemoryTokenStore()
        self.auth = AllegroAuth(env, client_id, client_secret, self._tokens, now=now)

    @property
    def approved(self) -> bool:
        return self._tokens.load() is not None

    def save(self) -> ShopInfo:
        """Store the approved shop: its row, client secret and tokens, all or nothing."""
        tokens = self._tokens.load()
        if tokens is None:
            raise ShopError(msg("shop_error.not_approved", name=self.name))
        name = _checked_name(self._db, self._secrets, self.name)
        shop_id = _insert_with_secrets(
            self._db,
            self._secrets,
            name=name,
            environment=self.environment,
            env=self._env,
            client_id=self.client_id,
            client_secret=self._client_secret,
            tokens=tokens,
            now=self._now(),
            backlog_mode=self.backlog_mode,
        )
        log.info("shop %s connected", shop_id)
        return get_shop(self._db, shop_id)


def prepare_shop(
    db: Database,
    secrets: Secrets,
    *,
    name: str,
    environment: str,
    client_id: str,
    client_secret: str,
    api_url: str = "",
    auth_url: str = "",
    now: Callable[[], datetime] | None = None,
    backlog_mode: str = "ask",
) -> NewShop:
    """Check what the merchant typed (and that the keyring works) before any code is shown."""
    env = environment_for(environment, api_url, auth_url)
    name = _checked_name(db, secrets, name)
    _check_backlog_mode(backlog_mode)
    if not client_id.strip() or not client_secret:
        raise ShopError(msg("shop_error.needs_credentials"))
    # A keyring problem found after the merchant approved would waste their approval.
    shop_secrets(db, secrets).check()
    return NewShop(
        db,
        secrets,
        name=name,
        environment=environment,
        env=env,
        client_id=client_id.strip(),
        client_secret=client_secret,
        now=now or (lambda: datetime.now(UTC)),
        backlog_mode=backlog_mode,
    )


def connect_new_shop(
    db: Database,
    secrets: Secrets,
    *,
    name: str,
    environment: str,
    client_id: str,
    client_secret: str,
    show_code: Callable[[DeviceCode], None],
    api_url: str = "",
    auth_url: str = "",
    now: Callable[[], datetime] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    cancelled: Callable[[], bool] = lambda: False,
    backlog_mode: str = "ask",
) -> ShopInfo:
    """Add a shop through the whole device flow (what `shop add` does), all or nothing.

    ``show_code`` tells the merchant where to approve. Refusal, expiry, a keyring error or
    an interruption (Ctrl-C) leave no shop and no keyring entry: a retry starts clean.
    Network trouble while waiting is retried until the code expires.
    """
    new = prepare_shop(
        db,
        secrets,
        name=name,
        environment=environment,
        client_id=client_id,
        client_secret=client_secret,
        api_url=api_url,
        auth_url=auth_url,
        now=now,
        backlog_mode=backlog_mode,
    )
    code = new.auth.start_device_flow()
    show_code(code)
    new.auth.wait_for_approval(code, sleep=sleep, cancelled=cancelled)
    return new.save()


# -- everything else ------------------------------------------------------------------------


def update_urls(db: Database, shop_id: int, api_url: str, auth_url: str) -> None:
    """The demo shop listens on a new port every start: point the shop at it."""
    with db.transaction() as s:
        row = s.get(Shop, shop_id)
        if row is None:
            raise ShopError(msg("shop_error.no_such_shop", id=shop_id))
        row.api_url, row.auth_url = api_url, auth_url


def store_login(
    db: Database, secrets: Secrets, shop_id: int, *, client_secret: str, tokens: OAuthTokens
) -> None:
    """The shop's client secret and tokens, written anew (the headless demo logs in to its
    carried-on shop again in every command: its keyring lives in one process only)."""
    bound = shop_secrets(db, secrets)
    bound.set(shop_client_secret_key(shop_id), client_secret)
    KeyringTokenStore(bound, shop_id).save(tokens)


def remove_shop(db: Database, secrets: Secrets, shop_id: int) -> None:
    """Forget a shop: its secrets, then its rows.

    Secrets first: if the keyring fails, the shop stays listed and the merchant can try
    again; the other order would leave secrets behind for the next shop with this number.
    """
    _forget_secrets(shop_secrets(db, secrets), shop_id)
    with db.transaction() as s:
        row = s.get(Shop, shop_id)
        if row is not None:
            s.delete(row)


def token_store(shop: ShopInfo, secrets: Secrets) -> KeyringTokenStore:
    """Where the shop's tokens are kept: its database's entry in the OS keyring."""
    return KeyringTokenStore(_secrets_of(shop, secrets), shop.id)


def auth_for(
    shop: ShopInfo,
    secrets: Secrets,
    *,
    now: Callable[[], datetime] | None = None,
    refresh_lock: RefreshLock | None = None,
) -> AllegroAuth:
    """The shop's login. ``refresh_lock`` keeps other processes from refreshing at once."""
    bound = _secrets_of(shop, secrets)
    secret = bound.get(shop_client_secret_key(shop.id))
    if secret is None:
        raise ShopError(msg("shop_error.secret_missing", name=shop.name))
    env = environment_for(shop.environment, shop.api_url, shop.auth_url)
    store = KeyringTokenStore(bound, shop.id)
    if now is None:
        return AllegroAuth(env, shop.client_id, secret, store, refresh_lock=refresh_lock)
    return AllegroAuth(env, shop.client_id, secret, store, now=now, refresh_lock=refresh_lock)


def client_for(
    shop: ShopInfo,
    secrets: Secrets,
    *,
    attempt_listener: AttemptListener | None = None,
    language: str = "pl-PL",
    refresh_lock: RefreshLock | None = None,
) -> AllegroClient:
    auth = auth_for(shop, secrets, refresh_lock=refresh_lock)
    return AllegroClient(
        auth.env,
        auth,
        language=language,
        attempt_listener=attempt_listener,
        app_limiter=app_limiter_for(auth.env, shop.client_id),
        messaging_limiter=messaging_limiter_for(
            auth.env, shop.client_id, f"{shop.database_id}/{shop.id}"
        ),
    )


def mark_connected(db: Database, shop_id: int, now: datetime) -> None:
    with db.transaction() as s:
        row = s.get(Shop, shop_id)
        if row is not None:
            row.connected_at, row.needs_reconnect = now, False


BACKLOG_MODES = BACKLOG_CHOICES


def set_backlog_mode(db: Database, shop_id: int, mode: str) -> None:
    """What happens to cases found in the backfill window when the shop was connected:
    ask (held for one-click approval), apply (refunded like new cases) or ignore (left to you)."""
    _check_backlog_mode(mode)
    with db.transaction() as s:
        row = s.get(Shop, shop_id)
        if row is None or row.backlog_mode == mode:
            return
        row.backlog_mode = mode
        # The cases found at connect that RefundDesk decided by itself and has not acted on
        # are decided again under the new choice in the worker's next round (replan.py).
        s.execute(
            update(RefundIntent)
            .where(
                RefundIntent.shop_id == shop_id,
                RefundIntent.backlog.is_(True),
                RefundIntent.state.in_(("HELD", "NO_ACTION", "PLANNED")),
                RefundIntent.approved.is_(False),
                RefundIntent.command_id.is_(None),
            )
            .values(facts_at=None)
        )


def _check_backlog_mode(mode: str) -> None:
    if mode not in BACKLOG_MODES:
        raise ValueError(f"the backlog choice is one of {', '.join(BACKLOG_MODES)}, not {mode!r}")


def mark_needs_reconnect(db: Database, shop_id: int) -> None:
    with db.transaction() as s:
        row = s.get(Shop, shop_id)
        if row is not None:
            row.needs_reconnect = True
