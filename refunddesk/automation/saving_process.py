"""Batches of a big first sync's history saved by a helper process.

With its pages read into rows by the page reading helper (reading_process.py), a first sync of
a big shop spent most of the app's CPU saving them: binding ~40 values an order for SQLite
holds the interpreter lock that the window, the reading threads and the unpacking of the
reader's rows share (~50 µs an order alone, ~110 with the others). Here a second helper saves:
it opens the same SQLite file with the app's settings and writes each batch in one
transaction, in the order the app hands them over, with the same SQL as the app
(store/order_rows.py). The rows go to it as the reader packed them, unread by the app.

The app keeps every batch until this process says it is saved. If it says it could not (a
lock held too long, a full disk), stops answering or dies, the app saves what is not saved
itself, where the same problem meets the app's usual handling. Batches waiting for it are saved
together, in one transaction (``_next_batches``): the app's batches are small to keep its
window smooth, which a helper need not be. Saving an order twice writes
the same row, so a batch saved here just before the helper died costs nothing when the app
saves it again.
"""

from __future__ import annotations

import gc
import multiprocessing
import pickle
import sqlite3
from collections.abc import Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from refunddesk.automation.helper_process import HelperProcess
from refunddesk.store.health import BUSY_TIMEOUT_MS, SQLITE_PRAGMAS
from refunddesk.store.order_rows import OrderRows, write_order_rows

# How long a batch may take before the helper is taken for stuck: a batch of 500 orders takes
# ~30 ms, but waiting for another writer's lock can take the whole busy timeout.
BATCH_TIMEOUT = BUSY_TIMEOUT_MS / 1000 + 60.0
# Batches (of ~500 orders) saved in one transaction at most, when they are waiting: the write
# lock is then held ~0.1 s (other writers wait for it; the window's reads never do).
MERGED_AT_MOST = 4

# (batch number, shop id, moment of saving as stored text, the pages' packed rows)
Batch = tuple[int, int, str | None, Sequence[bytes]]
# (batch number, None when saved, else why not)
Answer = tuple[int, str | None]


class SavingProcess(HelperProcess):
    """One helper process that saves batches of order rows into the SQLite file ``path``.
    Until it says it is ready (~0.1 s) batches are saved in the app."""

    def __init__(self, path: Path) -> None:
        super().__init__("refunddesk-saver", "saving process", _helper, str(path), BUSY_TIMEOUT_MS)

    def send(self, batch: Batch) -> bool:
        """Hands ``batch`` over; False when it cannot take it (then it is not used again)."""
        with self._lock:
            if not (self._started and self._usable):
                return False
            try:
                self._send(batch, BATCH_TIMEOUT)  # a batch is bigger than a pipe holds
            except (EOFError, OSError):
                self._give_up("it stopped")
                return False
            return True

    def answer(self, *, wait: bool) -> Answer | None:
        """Its next answer (with ``wait``, waiting up to BATCH_TIMEOUT and then giving it up);
        None when there is none yet or it cannot answer any more (see ``usable``)."""
        with self._lock:
            if not (self._started and self._usable):
                return None
            timeout = BATCH_TIMEOUT if wait else 0.0
            try:
                if not self._conn.poll(timeout):
                    if wait:
                        self._give_up(f"no answer in {timeout:.0f} s")
                    return None
                answer: Answer = self._conn.recv()
                return answer
            except (EOFError, OSError):
                self._give_up("it stopped")
                return None


class _Driver:
    """order_rows.Driver over a sqlite3 connection."""

    mark = "?"

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def rows(self, sql: str, params: Sequence[object]) -> list[tuple[object, ...]]:
        return self._db.execute(sql, params).fetchall()

    def many(self, sql: str, params: list[tuple[object, ...]]) -> None:
        self._db.executemany(sql, params)


def _helper(conn: Connection, path: str, busy_timeout_ms: int) -> None:
    """The helper process: saves the batches it is sent until the app closes the pipe."""
    gc.disable()  # rows hold no cycles; as in the reading helper
    # Transactions are begun and ended here, not by the driver.
    db = sqlite3.connect(path, timeout=busy_timeout_ms / 1000, isolation_level=None)
    for pragma in SQLITE_PRAGMAS:
        db.execute(pragma)
    db.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
    parent = multiprocessing.parent_process()
    conn.send("ready")
    while True:
        try:
            batches = _next_batches(conn)
        except (EOFError, OSError):
            break  # the sync ended (or the app did)
        try:
            committed = _save(db, batches, parent)
        except Exception as exc:  # the app saves these batches itself and meets it there
            conn.send((batches[0][0], f"{type(exc).__name__}: {exc}"))
            continue
        if not committed:
            break
        for batch in batches:
            conn.send((batch[0], None))
    db.close()


def _next_batches(conn: Connection) -> list[Batch]:
    """The next batch, and those already waiting behind it up to MERGED_AT_MOST: saved in one
    transaction. Each commit writes again every index page its orders touched (their ids are
    random), so when the saving falls behind, fewer commits make it quicker: 100,000 orders
    saved ~15 % quicker 2,000 a transaction than 500."""
    batches: list[Batch] = [conn.recv()]
    while len(batches) < MERGED_AT_MOST and conn.poll(0):
        batches.append(conn.recv())
    return batches


def _save(db: sqlite3.Connection, batches: list[Batch], parent: BaseProcess | None) -> bool:
    """Saves ``batches`` in one transaction; False (nothing saved) when the app is gone."""
    driver = _Driver(db)
    db.execute("BEGIN IMMEDIATE")
    try:
        for _, shop_id, synced, packed in batches:
            for package in packed:
                rows: OrderRows = pickle.loads(package)
                write_order_rows(driver, shop_id, rows, synced)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    # An app that died meanwhile (killed, crashed) may have been replaced by another RefundDesk
    # on this file: nothing is written for it any more.
    if parent is not None and not parent.is_alive():
        db.execute("ROLLBACK")
        return False
    db.execute("COMMIT")
    return True
