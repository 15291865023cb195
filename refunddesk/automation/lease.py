"""The automation lease: one worker acts on a database at a time, and proves it at every claim.

A worker takes the lease at the start of a round, a heartbeat renews it while the round runs,
and every transaction that claims a refund first *fences*: it renews the lease only if this
worker's holder id and generation are still the ones in the row. Taking the lease over bumps the
generation, so a worker that lost it (frozen, cut off, slower than the lease) fails its next
fence and stops before sending. The fence is a write, so on SQLite it also takes the database's
write lock and on PostgreSQL the lease row's lock: claims of two workers never interleave.

On PostgreSQL the holder also keeps a session advisory lock on a connection of its own; the
server drops it the moment that process dies, so another PC takes over at once instead of
waiting for the lease to run out.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from refunddesk.domain.messages import Message, msg
from refunddesk.infra.install_id import install_id
from refunddesk.store import models as m
from refunddesk.store.database import Database
from refunddesk.store.upsert import insert_ignore

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

LEASE_NAME = "automation"
DEFAULT_SECONDS = 120.0
# Tests and unusual set-ups shorten it; a normal shop never needs to.
SECONDS_ENV = "REFUNDDESK_LEASE_SECONDS"
ADVISORY_KEY = 0x52_44_4C_45  # "RDLE": the automation lease on PostgreSQL
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_PROCESS_NONCE = uuid.uuid4().hex[:6]


class LeaseLost(Exception):
    """Another RefundDesk took over automation; this worker stops before its next send."""

    user_message = "Another RefundDesk took over automation; this one stopped before sending."


class StopRequested(LeaseLost):
    """The worker was asked to stop (SIGTERM, Ctrl-C, the window closing): it ends the round
    at its next claim, between two transactions, never in the middle of one."""

    user_message = "RefundDesk was asked to stop; it stopped before the next refund."


def _utc_now() -> datetime:
    return datetime.now(UTC)


def process_holder() -> str:
    """This process's holder id: install id, process id, a nonce, and the host name to show."""
    host = socket.gethostname().replace(":", "_")[:60]
    return f"{install_id()}:{os.getpid()}:{_PROCESS_NONCE}:{host}"


@dataclass(frozen=True)
class Holder:
    """A lease holder as people read it."""

    install: str
    pid: int | None
    host: str

    @classmethod
    def parse(cls, holder: str) -> Holder:
        parts = holder.split(":", 3)
        pid = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        return cls(parts[0], pid, parts[3] if len(parts) > 3 else "")

    @property
    def on_this_computer(self) -> bool:
        return self.install == install_id()

    def describe(self) -> str:
        where = "this computer" if self.install == install_id() else (self.host or "another PC")
        return f"RefundDesk on {where}" + (f" (process {self.pid})" if self.pid else "")

    def said(self) -> Message:
        """``describe`` in the reader's language (the log keeps ``describe``)."""
        if self.install == install_id():
            if self.pid:
                return msg("holder.this_computer_process", pid=self.pid)
            return msg("holder.this_computer")
        return msg("holder.other_computer", host=self.host or "?")

    def is_dead(self) -> bool:
        """A holder of this computer whose process is gone holds nothing; another computer's
        holder is trusted until its lease runs out (or, on PostgreSQL, its lock is gone)."""
        if self.install != install_id() or self.pid is None:
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False  # alive, another user's
        return False


def lease_seconds() -> float:
    try:
        return max(1.0, float(os.environ.get(SECONDS_ENV, DEFAULT_SECONDS)))
    except ValueError:
        return DEFAULT_SECONDS


class Lease:
    """One process's (or one test worker's) hold on a database's automation lease."""

    def __init__(
        self,
        db: Database,
        holder: str | None = None,
        *,
        seconds: float | None = None,
        now: Clock = _utc_now,
    ) -> None:
        self.db = db
        self.holder = holder or process_holder()
        self.seconds = seconds or lease_seconds()
        self._now = now
        self.generation: int | None = None
        self._lost = threading.Event()
        # One round at a time per lease in this process (the app's worker and a demo run).
        self.round_lock = threading.RLock()
        self._pg: Any = None  # the connection that keeps the advisory lock on PostgreSQL
        self._beat_stop = threading.Event()
        self._beat: threading.Thread | None = None

    @property
    def ttl(self) -> timedelta:
        return timedelta(seconds=self.seconds)

    @property
    def held(self) -> bool:
        return self.generation is not None and not self._lost.is_set()

    # -- taking and giving back ----------------------------------------------------------

    def take(self) -> bool:
        """Hold the lease (take it if free, renew it if ours). False: someone alive holds it."""
        if self.db.engine.dialect.name == "postgresql" and not self._advisory_lock():
            return False
        now = self._now()
        with self.db.transaction() as s:
            insert_ignore(
                s,
                m.WorkerLease,
                [{"name": LEASE_NAME, "holder": "", "expires_at": EPOCH, "generation": 0}],
                keys=["name"],
            )
            row = s.execute(
                select(m.WorkerLease.holder, m.WorkerLease.generation, m.WorkerLease.expires_at)
                .where(m.WorkerLease.name == LEASE_NAME)
                .with_for_update()
            ).one()
            if row.holder == self.holder and row.generation == self.generation:
                self._renew_in(s, now)
                self._lost.clear()
                return True
            free = (
                self._pg is not None  # the advisory lock says no live holder exists
                or row.expires_at < now
                or Holder.parse(row.holder).is_dead()
            )
            if not free:
                return False
            if row.holder and row.expires_at >= now:
                log.info("taking over automation from %s, which is no longer running", row.holder)
            taken = s.execute(
                update(m.WorkerLease)
                .where(
                    m.WorkerLease.name == LEASE_NAME,
                    m.WorkerLease.holder == row.holder,
                    m.WorkerLease.generation == row.generation,
                )
                .values(
                    holder=self.holder, generation=row.generation + 1, expires_at=now + self.ttl
                )
            )
            if getattr(taken, "rowcount", 0) != 1:
                return False  # another worker won the race for it
            self.generation = row.generation + 1
        self._lost.clear()
        return True

    def release(self) -> None:
        """Give the lease back now, so another worker need not wait for it to run out."""
        self.stop_heartbeat()
        generation, self.generation = self.generation, None
        try:
            if generation is not None:
                with self.db.transaction() as s:
                    s.execute(
                        update(m.WorkerLease)
                        .where(
                            m.WorkerLease.name == LEASE_NAME,
                            m.WorkerLease.holder == self.holder,
                            m.WorkerLease.generation == generation,
                        )
                        .values(expires_at=EPOCH)
                    )
        except Exception:
            log.warning("could not give back the automation lease", exc_info=True)
        finally:
            self._advisory_unlock()

    def current(self) -> Holder | None:
        """Who holds the lease now (None: nobody yet, or one that is starting up)."""
        with self.db.sessions() as s:
            row = s.get(m.WorkerLease, LEASE_NAME, populate_existing=True)
        return Holder.parse(row.holder) if row is not None and row.holder else None

    def current_holder_said(self) -> Message:
        """Who holds the lease now, in the reader's language."""
        holder = self.current()
        return holder.said() if holder else msg("holder.starting")

    def current_holder(self) -> str:
        """Who holds the lease now, in words (for "automation is blocked by …")."""
        holder = self.current()
        return holder.describe() if holder else "another RefundDesk that is starting up"

    # -- proving it ----------------------------------------------------------------------

    def fence(self, s: Session) -> None:
        """Call first in every transaction that claims or settles a refund: renews the lease
        if it is still this worker's, else raises LeaseLost (and nothing in ``s`` commits)."""
        if not self.held:
            raise LeaseLost(f"{self.holder} does not hold the automation lease")
        if not self._renew_in(s, self._now()):
            self._lost.set()
            raise LeaseLost(f"the automation lease was taken over (now {self.current_holder()})")

    def _renew_in(self, s: Session, now: datetime) -> bool:
        done = s.execute(
            update(m.WorkerLease)
            .where(
                m.WorkerLease.name == LEASE_NAME,
                m.WorkerLease.holder == self.holder,
                m.WorkerLease.generation == self.generation,
            )
            .values(expires_at=now + self.ttl)
        )
        return getattr(done, "rowcount", 0) == 1

    def renew(self) -> bool:
        """Extend the lease (the heartbeat). False, and the lease is marked lost, if it was
        taken over or the PostgreSQL connection that held it is gone."""
        if not self.held:
            return False
        try:
            if self._pg is not None:
                self._pg.execute(text("SELECT 1"))
            with self.db.transaction() as s:
                ok = self._renew_in(s, self._now())
        except Exception:
            log.warning("could not renew the automation lease", exc_info=True)
            return True  # a busy database is not a lost lease; the fence decides at the claim
        if not ok:
            self._lost.set()
        return ok

    # -- while a round runs --------------------------------------------------------------

    @contextmanager
    def heartbeat(self) -> Iterator[None]:
        """Renew the lease every quarter of its length while the block runs."""
        self.start_heartbeat()
        try:
            yield
        finally:
            self.stop_heartbeat()

    def start_heartbeat(self) -> None:
        if self._beat is not None and self._beat.is_alive():
            return
        self._beat_stop.clear()
        self._beat = threading.Thread(target=self._beat_loop, name="lease-heartbeat", daemon=True)
        self._beat.start()

    def stop_heartbeat(self) -> None:
        self._beat_stop.set()
        if self._beat is not None and self._beat is not threading.current_thread():
            self._beat.join(timeout=10)
        self._beat = None

    def _beat_loop(self) -> None:
        while not self._beat_stop.wait(self.seconds / 4):
            if not self.renew():
                log.warning("lost the automation lease to %s", self.current_holder())
                return

    # -- PostgreSQL ----------------------------------------------------------------------

    def _advisory_lock(self) -> bool:
        if self._pg is not None:
            return True
        conn = self.db.engine.connect()
        try:
            try_lock = text("SELECT pg_try_advisory_lock(:k)")
            got = bool(conn.execute(try_lock, {"k": ADVISORY_KEY}).scalar())
            conn.commit()
        except Exception:
            conn.invalidate()
            conn.close()
            raise
        if not got:
            conn.close()
            return False
        self._pg = conn
        return True

    def _advisory_unlock(self) -> None:
        conn, self._pg = self._pg, None
        if conn is None:
            return
        try:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_KEY})
            conn.commit()
            conn.close()
        except Exception:
            conn.invalidate()  # closing the server connection drops the lock for sure
            conn.close()


_shared: dict[str, Lease] = {}
_shared_lock = threading.Lock()


def shared_lease(db: Database, now: Clock = _utc_now) -> Lease:
    """The lease of this process for this database: the app's own worker and a demo run share
    it, so RefundDesk never waits on itself (they take turns through ``round_lock``)."""
    with _shared_lock:
        lease = _shared.get(db.url)
        if lease is None or lease.db.engine is not db.engine:
            lease = _shared[db.url] = Lease(db, now=now)
        return lease
