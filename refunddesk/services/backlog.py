"""The backlog at connect: a shop's first sync, what it found, and the merchant's choice."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from refunddesk.automation import limits
from refunddesk.automation.sync import sync_shop
from refunddesk.infra.secrets import Secrets
from refunddesk.queries.backlog import BacklogFound, backlog_found
from refunddesk.services import shops
from refunddesk.store.database import Database


def count_found(db: Database, shop_id: int, now: datetime) -> BacklogFound:
    """What the synced rows hold in the backfill window (queries/backlog.py says how)."""
    with db.sessions() as s:
        days = limits.load_settings(s).backfill_days
        return backlog_found(s, shop_id, now - timedelta(days=days), now)


def first_look(
    db: Database, secrets: Secrets, shop_id: int, now: Callable[[], datetime]
) -> BacklogFound:
    """Sync the newly connected shop (the first sync reads the backfill window), then count.

    Blocks on the network: call it off the GUI thread. Network and marketplace errors
    propagate (the merchant can still choose; the worker syncs again anyway). A sync the
    worker runs at the same time is harmless: saving orders is idempotent.
    """
    with db.sessions() as s:
        days = limits.load_settings(s).backfill_days
    market = shops.client_for(shops.get_shop(db, shop_id), secrets)
    sync_shop(db, shop_id, market, now, backfill_days=days)
    return count_found(db, shop_id, now())
