"""Pages of a big first sync turned into rows in a helper process.

A first sync of a big shop spends most of its CPU reading Allegro's answers: JSON to values,
values to orders, orders to rows (~70 µs an order). In this process that work holds the one
interpreter lock that the saving thread, the GUI thread and every other reader share, so a
shop of 100,000 orders was read at the pace of one core however many pages were on the wire.
Here the pages are still fetched in this process (the request budget, the token and the
retries stay in one place, and no secret leaves it), but read into rows by one helper
process; only the rows come back, which costs ~5 µs an order to unpack.

The helper reads only clean pages. For anything else (a text that is not JSON, an order set
aside, an answer of an odd shape, a helper that died) it gives None, and the caller reads that
page the usual way in this process, which retries, sets aside and names problems exactly as
before. So the helper can make pages faster, never different.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from refunddesk.domain.orders import OrderPage
from refunddesk.marketplace.base import UnreadableOrder
from refunddesk.store.order_rows import OrderRows, order_rows

log = logging.getLogger(__name__)

# Orders left to read for a first sync to start the helper: it takes ~0.5 s to start (a fresh
# interpreter importing the mapping), which a few thousand orders' reading pays back.
BIG_BACKFILL = 5_000


@dataclass(frozen=True)
class HistoryRows:
    """One page of the order history, read: its rows, the history's length as the page said,
    how many places of the history it took, and the orders set aside."""

    rows: OrderRows
    total_count: int
    count: int
    unreadable: Sequence[UnreadableOrder] = ()


def rows_of_page(
    page: OrderPage, count: int, unreadable: Sequence[UnreadableOrder] = ()
) -> HistoryRows:
    return HistoryRows(order_rows(page.orders), page.total_count, count, unreadable)


class ReadingProcess:
    """One helper process that reads pages of the order list into rows with ``read`` (a plain
    function: it is sent to the helper once, when it starts), for one sync."""

    def __init__(self, read: Callable[[bytes, int, int], OrderPage]) -> None:
        # "spawn": a fresh interpreter, never a fork of this one (which has threads, perhaps Qt).
        context = multiprocessing.get_context("spawn")
        self._pool = ProcessPoolExecutor(
            1, mp_context=context, initializer=_helper_starts, initargs=(read,)
        )
        self._lock = threading.Lock()
        self._usable = True
        # It starts now; until it is ready (~0.5 s: a fresh interpreter importing the mapping)
        # pages are read here, so the first ones do not wait for it.
        self._ready = self._pool.submit(_helper_ready)

    def ready(self) -> bool:
        """Whether it has started and still works (else read pages the usual way)."""
        ready = self._ready
        return self._usable and ready.done() and not ready.cancelled() and not ready.exception()

    def started(self, timeout: float) -> bool:
        """Waits up to ``timeout`` seconds for it to start; whether it works."""
        try:
            self._ready.result(timeout)
        except Exception:  # it did not start (in time): pages are read the usual way
            return False
        return self._usable

    def rows(self, text: bytes, offset: int, limit: int) -> HistoryRows | None:
        """The rows of the page ``text``, or None: read it the usual way."""
        with self._lock:
            if not self._usable:
                return None
            try:
                future = self._pool.submit(_read_rows, text, offset, limit)
            except (BrokenProcessPool, RuntimeError):  # RuntimeError: closed (the sync ended)
                self._usable = False
                return None
        try:
            return future.result()
        except BrokenProcessPool:
            with self._lock:
                if self._usable:
                    log.warning("the page reading process stopped; the sync reads on here")
                self._usable = False
            return None

    def close(self) -> None:
        with self._lock:
            self._usable = False
        self._pool.shutdown(wait=True, cancel_futures=True)


# In the helper: how it reads a page (given when it starts).
_read: Callable[[bytes, int, int], OrderPage] | None = None


def _helper_starts(read: Callable[[bytes, int, int], OrderPage]) -> None:
    global _read
    _read = read
    # A page's values are freed by their reference counts (no cycles): passes of the cyclic
    # collector would only walk the pages in hand, as in the syncing process (gc_pause.py).
    gc.disable()


def _helper_ready() -> None:
    pass


def _read_rows(text: bytes, offset: int, limit: int) -> HistoryRows | None:
    """In the helper: a clean page's rows, else None (the caller reads the page itself)."""
    assert _read is not None
    try:
        page = _read(text, offset, limit)
    except Exception:  # whatever it is, the usual reading meets it again and says so
        return None
    return rows_of_page(page, len(page.orders))
