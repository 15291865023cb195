"""Pages of a big first sync turned into rows in a helper process.

A first sync of a big shop spends most of its CPU reading Allegro's answers: JSON to values,
values to orders, orders to rows (~70 µs an order). In this process that work holds the one
interpreter lock that the saving thread, the GUI thread and every other reader share, so a
shop of 100,000 orders was read at the pace of one core however many pages were on the wire.
Here the pages are still fetched in this process (the request budget, the token and the
retries stay in one place, and no secret leaves it), but read into rows by one helper
process; only the rows come back, packed (pickled) by the helper: when a second helper saves
them (saving_process.py) they pass through the app unread, else they cost ~3 µs an order to
unpack.

The helper reads only clean pages. For anything else (a text that is not JSON, an order set
aside, an answer of an odd shape, a helper that died) it gives None, and the caller reads that
page the usual way in this process, which retries, sets aside and names problems exactly as
before. So the helper can make pages faster, never different.

A plain process and a pipe, one page at a time, rather than a process pool: when a pool's
worker was killed, shutting the pool down could hang for good (its feeder thread blocked
writing a page to a pipe nobody read). Here every wait has a limit, and closing kills what
does not stop by itself.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import pickle
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection

from refunddesk.domain.orders import OrderPage
from refunddesk.marketplace.base import UnreadableOrder
from refunddesk.store.order_rows import OrderRows, order_rows

log = logging.getLogger(__name__)

# Orders left to read for a first sync to start the helper: it takes ~0.3 s to start (a fresh
# interpreter importing the mapping), which a few thousand orders' reading pays back.
BIG_BACKFILL = 5_000
# How long a page may take in the helper before it is taken for stuck (a page takes ~10 ms).
PAGE_TIMEOUT = 60.0
HELPER_NICENESS = 10  # on Unix; Windows has no niceness and the helper runs as the app


def lower_priority(pid: int | None) -> None:
    """Throughput work: when the cores are busy, the app's own threads (the window above all)
    go first, and a helper works on in whatever time is left. Set by the app the moment the
    helper exists, so that its start (a fresh interpreter importing its modules, ~0.3 s of a
    core) already gives way too."""
    if pid is None or not hasattr(os, "setpriority"):
        return
    try:
        ours = os.getpriority(os.PRIO_PROCESS, 0)
        os.setpriority(os.PRIO_PROCESS, pid, min(19, ours + HELPER_NICENESS))
    except OSError:  # it has ended already: nothing to lower
        pass


# What a read page of history is, whichever process read it: here (not in sync.py) because the
# helper returns it and must not import the sync and its database layer.
@dataclass(frozen=True)
class PackedRows:
    """A page's rows as the reading helper packed them, with their order ids: the saving
    helper takes the package as it is, and the app unpacks it only to save it itself."""

    order_ids: list[str]
    package: bytes

    def __len__(self) -> int:
        return len(self.order_ids)

    def unpack(self) -> OrderRows:
        rows: OrderRows = pickle.loads(self.package)
        return rows


def packed(rows: OrderRows | PackedRows) -> bytes:
    """The package of ``rows`` for the saving helper."""
    if isinstance(rows, PackedRows):
        return rows.package
    return pickle.dumps(rows, pickle.HIGHEST_PROTOCOL)


def unpacked(rows: OrderRows | PackedRows) -> OrderRows:
    return rows.unpack() if isinstance(rows, PackedRows) else rows


@dataclass(frozen=True)
class HistoryRows:
    """One page of the order history, read: its rows, the history's length as the page said,
    how many places of the history it took, and the orders set aside."""

    rows: OrderRows | PackedRows
    total_count: int
    count: int
    unreadable: Sequence[UnreadableOrder] = ()


def rows_of_page(
    page: OrderPage, count: int, unreadable: Sequence[UnreadableOrder] = ()
) -> HistoryRows:
    return HistoryRows(order_rows(page.orders), page.total_count, count, unreadable)


Read = Callable[[bytes, int, int], OrderPage]


class ReadingProcess:
    """One helper process that reads pages of the order list into rows with ``read`` (a plain
    function: it is sent to the helper once, when it starts), for one sync."""

    def __init__(self, read: Read) -> None:
        # "spawn": a fresh interpreter, never a fork of this one (which has threads, perhaps Qt).
        context = multiprocessing.get_context("spawn")
        self._conn, theirs = context.Pipe()
        self._process = context.Process(
            target=_helper, args=(theirs, read), name="refunddesk-page-reader", daemon=True
        )
        self._lock = threading.Lock()
        self._usable = True
        self._started = False
        # It starts now; until it says it is ready (~0.3 s: a fresh interpreter importing the
        # mapping) pages are read here, so the first ones do not wait for it.
        self._process.start()
        lower_priority(self._process.pid)
        theirs.close()

    def ready(self) -> bool:
        """Whether it has started and still works (else read pages the usual way)."""
        if self._started or not self._usable:
            return self._started and self._usable
        with self._lock:
            self._check_started(0.0)
        return self._started and self._usable

    def started(self, timeout: float) -> bool:
        """Waits up to ``timeout`` seconds for it to start; whether it works."""
        with self._lock:
            self._check_started(timeout)
        return self._started and self._usable

    def _check_started(self, timeout: float) -> None:
        if self._started or not self._usable:
            return
        try:
            if self._conn.poll(timeout):
                self._started = self._conn.recv() == "ready"
                if not self._started:
                    self._give_up("it did not start")
        except (EOFError, OSError):
            self._give_up("it did not start")

    def rows(self, text: bytes, offset: int, limit: int) -> HistoryRows | None:
        """The rows of the page ``text``, or None: read it the usual way."""
        with self._lock:
            if not (self._started and self._usable):
                return None
            try:
                self._conn.send((text, offset, limit))
                if not self._conn.poll(PAGE_TIMEOUT):
                    self._give_up(f"no answer in {PAGE_TIMEOUT:.0f} s")
                    return None
                answer: HistoryRows | None = self._conn.recv()
                return answer
            except (EOFError, OSError):  # it died (BrokenPipeError is an OSError)
                self._give_up("it stopped")
                return None

    def _give_up(self, why: str) -> None:
        """(With the lock.) No more pages for it: the sync reads on here."""
        if self._usable:
            log.warning("the page reading process is not used any more (%s)", why)
        self._usable = False
        self._stop()

    def close(self) -> None:
        with self._lock:
            self._usable = False
            self._stop()

    def _stop(self) -> None:
        # Closing our end ends its loop; what does not end in a moment is killed.
        self._conn.close()
        self._process.join(2.0)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(5.0)


def _helper(conn: Connection, read: Read) -> None:
    """The helper process: reads each page it is sent until the app closes the pipe."""
    # A page's values are freed by their reference counts (no cycles): passes of the cyclic
    # collector would only walk the pages in hand, as in the syncing process (gc_pause.py).
    gc.disable()
    conn.send("ready")
    while True:
        try:
            text, offset, limit = conn.recv()
        except (EOFError, OSError):
            return  # the sync ended (or the app did)
        conn.send(_read_rows(read, text, offset, limit))


def _read_rows(read: Read, text: bytes, offset: int, limit: int) -> HistoryRows | None:
    """In the helper: a clean page's rows, else None (the caller reads the page itself)."""
    try:
        page = read(text, offset, limit)
    except Exception:  # whatever it is, the usual reading meets it again and says so
        return None
    rows = order_rows(page.orders)
    package = PackedRows(rows.order_ids, pickle.dumps(rows, pickle.HIGHEST_PROTOCOL))
    return HistoryRows(package, page.total_count, len(page.orders))
