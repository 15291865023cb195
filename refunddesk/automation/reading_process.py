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

A plain process and a pipe rather than a process pool: when a pool's worker was killed,
shutting the pool down could hang for good (its feeder thread blocked writing a page to a pipe
nobody read). Here every wait has a limit, and closing kills what does not stop by itself
(helper_process.py, which the saving helper shares).

The pages go to the helper one after another without waiting for its answers, which a thread
of their own takes in the order they come (the helper answers in the order it was sent). When
each page waited for the answer to the one before, the helper sat idle for a fifth of a big
sync: while its answer crossed back, while the waiting reader got the interpreter back from
the fifteen others, while the next page crossed over. Now the next page is already in the
pipe when it finishes one. Sending still waits while the pipe is full (a page is bigger than a
pipe holds), so no more than about one page waits for the helper.
"""

from __future__ import annotations

import contextlib
import gc
import pickle
import threading
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from multiprocessing.connection import Connection

from refunddesk.automation.helper_process import HelperProcess
from refunddesk.domain.orders import OrderPage
from refunddesk.marketplace.base import UnreadableOrder
from refunddesk.store.order_rows import OrderRows, order_rows

# Orders left to read for a first sync to start the helpers: they take ~0.1 s to start (a fresh
# interpreter importing the mapping), which a few thousand orders' reading pays back.
BIG_BACKFILL = 5_000
# How long a page may take in the helper before it is taken for stuck (a page takes ~10 ms).
PAGE_TIMEOUT = 60.0


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


class ReadingProcess(HelperProcess):
    """One helper process that reads pages of the order list into rows with ``read`` (a plain
    function: it is sent to the helper once, when it starts), for one sync. Until it says it
    is ready (~0.1 s) pages are read here, so the first ones do not wait for it."""

    def __init__(self, read: Read) -> None:
        super().__init__("refunddesk-page-reader", "page reading process", _helper, read)
        # The answers still to come, in the order their pages were sent; guarded by
        # _queue_lock, which is never held while waiting (the sending lock is: _lock).
        self._waiting: deque[Future[HistoryRows | None]] = deque()
        self._queue_lock = threading.Lock()
        self._broken: str | None = None  # why answers stopped coming
        self._answers: threading.Thread | None = None

    def rows(self, text: bytes, offset: int, limit: int) -> HistoryRows | None:
        """The rows of the page ``text``, or None: read it the usual way."""
        answer: Future[HistoryRows | None] = Future()
        with self._lock:
            if not (self._started and self._usable):
                return None
            with self._queue_lock:
                if self._broken is not None:
                    return None
                self._waiting.append(answer)
            if self._answers is None:
                self._answers = threading.Thread(
                    target=self._take_answers, name="refunddesk-page-answers", daemon=True
                )
                self._answers.start()
            try:
                self._send((text, offset, limit), PAGE_TIMEOUT)
            except (EOFError, OSError):  # it died (BrokenPipeError is an OSError)
                self._give_up("it stopped")
                return None
        try:
            # The pages sent before this one are answered first: allow for one of them.
            rows = answer.result(2 * PAGE_TIMEOUT)
        except TimeoutError:
            rows, self._broken = None, f"no answer in {2 * PAGE_TIMEOUT:.0f} s"
        if rows is None and self._broken is not None:
            with self._lock:
                self._give_up(self._broken)
        return rows

    def close(self) -> None:
        # The thread taking answers holds our end of the pipe open (closing it here does not
        # wake a thread reading it), so the helper would never see it closed: it is told to
        # end, and its ending closes the pipe for that thread too. (One not answering is
        # killed, which does the same.)
        with self._lock:
            if self._started and self._usable:
                with contextlib.suppress(EOFError, OSError):  # it has ended already
                    self._send(None, 5.0)
        super().close()
        if self._answers is not None:
            self._answers.join(5.0)

    def _take_answers(self) -> None:
        """(Its own thread.) Hands each answer to the page it belongs to, until the helper
        stops answering; then every page still waiting gets None (read the usual way)."""
        why = "it stopped"
        while True:
            try:
                answer: HistoryRows | None = self._conn.recv()
            except (EOFError, OSError):
                break
            except Exception as exc:  # an answer it could not have sent: trust no more
                why = f"an answer not understood ({type(exc).__name__})"
                break
            with self._queue_lock:
                if not self._waiting:
                    why = "an answer nobody asked for"
                    break
                waiting = self._waiting.popleft()
            waiting.set_result(answer)
        with self._queue_lock:
            self._broken = why
            left, self._waiting = list(self._waiting), deque()
        for waiting in left:
            waiting.set_result(None)


def _helper(conn: Connection, read: Read) -> None:
    """The helper process: reads each page it is sent until the app closes the pipe."""
    # A page's values are freed by their reference counts (no cycles): passes of the cyclic
    # collector would only walk the pages in hand, as in the syncing process (gc_pause.py).
    gc.disable()
    conn.send("ready")
    while True:
        try:
            page = conn.recv()
        except (EOFError, OSError):
            return  # the app ended
        if page is None:
            return  # the sync ended
        text, offset, limit = page
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
