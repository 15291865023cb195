"""A short-lived lock row per shop, so only one process at a time refreshes its tokens.

Allegro's refresh token works once: two processes (the GUI and `refunddesk run`, or two
PCs on one PostgreSQL database) refreshing with the same one would leave one of them with
a dead login. The lock is a row in ``worker_leases`` named ``token-refresh:<shop id>``,
taken with a conditional update and given up at once; a holder that died frees it when
its expiry passes.
"""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from refunddesk.store.database import Database, DatabaseLocked
from refunddesk.store.models import WorkerLease
from refunddesk.store.upsert import insert_ignore

log = logging.getLogger(__name__)

# Longer than one refresh can take (a 20 s HTTP timeout and a keyring write).
HOLD = timedelta(seconds=60)
_NEVER = datetime(1970, 1, 1, tzinfo=UTC)


class TokenRefreshBusy(DatabaseLocked):
    """Another process kept the shop's token-refresh lock far longer than a refresh takes."""

    user_message = "Another RefundDesk is renewing this shop's login; retrying shortly."


def lock_name(shop_id: int) -> str:
    return f"token-refresh:{shop_id}"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _try_take(db: Database, name: str, holder: str, now: datetime) -> bool:
    with db.transaction() as s:
        insert_ignore(
            s,
            WorkerLease,
            [{"name": name, "holder": holder, "expires_at": _NEVER}],
            keys=["name"],
        )
        taken = s.execute(
            update(WorkerLease)
            .where(
                WorkerLease.name == name,
                (WorkerLease.holder == holder) | (WorkerLease.expires_at < now),
            )
            .values(holder=holder, expires_at=now + HOLD)
        )
        return bool(getattr(taken, "rowcount", 0))


def _give_up(db: Database, name: str, holder: str) -> None:
    with db.transaction() as s:
        s.execute(
            update(WorkerLease)
            .where(WorkerLease.name == name, WorkerLease.holder == holder)
            .values(expires_at=_NEVER)
        )


def token_refresh_lock(
    db: Database,
    shop_id: int,
    *,
    wait: timedelta = 2 * HOLD,
    now: Callable[[], datetime] = _utc_now,
    sleep: Callable[[float], None] = time.sleep,
) -> Callable[[], AbstractContextManager[None]]:
    """A factory of the lock for one shop, to hand to the marketplace layer.

    Every acquisition has its own holder id, so two threads of one process exclude each
    other as well as two processes do. ``now`` is the wall clock, never a demo clock.
    """
    name = lock_name(shop_id)

    @contextmanager
    def held() -> Iterator[None]:
        holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"
        deadline = time.monotonic() + wait.total_seconds()
        pause = 0.05
        while not _try_take(db, name, holder, now()):
            if time.monotonic() >= deadline:
                raise TokenRefreshBusy(f"the token-refresh lock of shop {shop_id} stays taken")
            sleep(pause)
            pause = min(pause * 2, 0.5)
        try:
            yield
        finally:
            try:
                _give_up(db, name, holder)
            except Exception:  # it expires by itself; the refresh's own outcome matters more
                log.warning("could not release the token-refresh lock of shop %s", shop_id)

    return held
