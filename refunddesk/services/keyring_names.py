"""Moving keyring entries of older versions (``shop/<id>/…``) to their database's names.

Old names carry no database identity, so which database an entry belonged to cannot be
known. The rule: the first database opened after the upgrade that has a shop with that
number (or the SMTP account) and no entry under its own name yet takes the old entry.
Its limit: with two data folders that both had a shop 1, the first one opened takes the
entry even if it was the other one's (it was shared, and overwritten, before the upgrade
anyway); the other folder's shop then has no login and is marked "reconnect needed"
rather than being shown as connected.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy import select

from refunddesk.infra.secrets import (
    NoKeyringAvailable,
    Secrets,
    SecretsError,
    shop_client_secret_key,
    shop_tokens_key,
)
from refunddesk.notify.email import load_smtp_config
from refunddesk.store.database import Database
from refunddesk.store.models import Shop
from refunddesk.store.settings_repo import get_setting, set_setting

log = logging.getLogger(__name__)

MOVED_SETTING = "keyring_names_moved"


@dataclass
class Moved:
    """What one upgrade did (entry names only: never a secret)."""

    entries: list[str] = field(default_factory=list)
    reconnect: list[int] = field(default_factory=list)


def move_old_entries(db: Database, secrets: Secrets) -> Moved | None:
    """Once per database: take this database's old-style entries. None when done before.

    A keyring that cannot be used now postpones the move to the next start (logged);
    nothing else in the app waits for it.
    """
    with db.sessions() as s:
        if get_setting(s, MOVED_SETTING):
            return None
        shops = [(row.id, row.connected_at is not None) for row in s.scalars(select(Shop))]
        smtp = load_smtp_config(s)
    bound = secrets
    if bound.database_id is None:
        raise ValueError("move_old_entries needs secrets bound to the database")
    raw = bound.unbound()
    moved = Moved()
    try:
        keys = [k for shop_id, _ in shops for k in _shop_keys(shop_id)]
        if smtp is not None and smtp.user:
            keys.append(smtp.password_key)
        for key in keys:
            if _move(raw, bound, key):
                moved.entries.append(key)
        for shop_id, connected in shops:
            if connected and bound.get(shop_tokens_key(shop_id)) is None:
                moved.reconnect.append(shop_id)
    except NoKeyringAvailable as exc:
        # No keyring, nothing to move: every command that needs one says so (with how to
        # install one); a warning here printed six lines before each command's own output.
        log.info("keyring entries of older versions not moved yet: %s", exc.reason)
        return moved
    except SecretsError as exc:
        log.warning("keyring entries of older versions not moved yet: %s", exc)
        return moved
    with db.transaction() as s:
        for shop_id in moved.reconnect:
            row = s.get(Shop, shop_id)
            if row is not None:
                row.needs_reconnect = True
        set_setting(s, MOVED_SETTING, True)
    for shop_id in moved.reconnect:
        log.warning("shop %s has no Allegro login under this database: reconnect it", shop_id)
    return moved


def _shop_keys(shop_id: int) -> tuple[str, str]:
    return shop_client_secret_key(shop_id), shop_tokens_key(shop_id)


def _move(raw: Secrets, bound: Secrets, key: str) -> bool:
    """Old name → this database's name, only when the new name is still empty."""
    value = raw.get(key)
    if value is None or bound.get(key) is not None:
        return False
    bound.set(key, value)
    raw.delete(key)
    log.info("keyring entry %s moved to %s", key, bound.entry_name(key))
    return True
