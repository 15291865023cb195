"""Independent requests sent side by side, so a cycle waits for Allegro's latency once, not N times.

Only for requests that do not depend on each other's answers: reads of different orders, the
refunds of different orders, and the POSTs of different orders' refunds once each is claimed.
The HTTP layer bounds what is on the wire (``MAX_IN_FLIGHT``) and every request still draws from
the one shared limiter, so parallel callers can never exceed Allegro's budget together.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Generic, TypeVar

from refunddesk.marketplace.base import MAX_IN_FLIGHT

Item = TypeVar("Item")
Result = TypeVar("Result")


def each_in_parallel(
    items: Sequence[Item],
    work: Callable[[Item], Result],
    *,
    limit: int = MAX_IN_FLIGHT,
) -> list[Result | Exception]:
    """``work(item)`` for every item, at most ``limit`` at a time.

    Returns, in the items' order, each result or the exception its work raised: the caller
    decides per item, after every one has finished, so no answer is left unrecorded because
    another item failed. ``work`` must not touch the database (one writer: the caller's thread).
    """
    if len(items) <= 1 or limit <= 1:
        return [_attempt(work, item) for item in items]
    with ThreadPoolExecutor(
        max_workers=min(limit, len(items)), thread_name_prefix="allegro-call"
    ) as pool:
        futures = [pool.submit(_attempt, work, item) for item in items]
        return [f.result() for f in futures]


def all_in_parallel(
    items: Sequence[Item],
    work: Callable[[Item], Result],
    *,
    limit: int = MAX_IN_FLIGHT,
) -> list[Result]:
    """``work(item)`` for every item, at most ``limit`` at a time, results in the items' order.

    For work that catches its own expected errors: if one raises anyway, that is raised,
    but only after every other item has finished (nothing is left running unseen).
    """
    results = each_in_parallel(items, work, limit=limit)
    for result in results:
        if isinstance(result, Exception):
            raise result
    return [r for r in results if not isinstance(r, Exception)]


def _attempt(work: Callable[[Item], Result], item: Item) -> Result | Exception:
    try:
        return work(item)
    except Exception as exc:
        return exc


# How many pages of a list are read ahead of the one being saved: as many as may be on the
# wire at once. Allegro answers a page in ~100 ms and we map and save one in ~5-10 ms, so a
# first backfill with fewer in flight waits for the network rather than spending the request
# budget (the shared limiter and MAX_IN_FLIGHT still bound it). Reads are abandoned only at a
# short page (the end of the list, or a page read in pieces), so little is lost.
READ_AHEAD = MAX_IN_FLIGHT


class PagesAhead(Generic[Result]):
    """Pages of an offset-paged list read ahead in a pool, handed out strictly in order.

    ``plan(offset, end)`` keeps up to ``depth`` reads in flight from ``offset`` (``step``
    apart, below ``end``); ``take(offset)`` waits for that page. A read planned for another
    offset than the one asked for (a page was shorter than ``step``) is dropped and the page
    read again, so what the caller sees is exactly what reading one page after another gives.
    Without a pool nothing is read ahead: each page is read by ``take``, on the caller's thread.
    """

    def __init__(
        self,
        pool: Executor | None,
        read: Callable[[int], Result],
        *,
        step: int,
        depth: int = READ_AHEAD,
    ) -> None:
        self._pool, self._read, self._step = pool, read, step
        self._depth = depth if pool is not None else 0
        self._pending: deque[tuple[int, Future[Result]]] = deque()

    def plan(self, offset: int, end: int) -> None:
        if self._pending and self._pending[0][0] != offset:
            self.drop()
        following = self._pending[-1][0] + self._step if self._pending else offset
        while self._pool is not None and len(self._pending) < self._depth and following < end:
            self._pending.append((following, self._pool.submit(self._read, following)))
            following += self._step

    def take(self, offset: int) -> Result:
        if not self._pending or self._pending[0][0] != offset:
            self.drop()
            return self._read(offset)
        _, future = self._pending.popleft()
        return future.result()

    def drop(self) -> None:
        """Forget every planned read (those already on the wire finish unseen)."""
        for _, future in self._pending:
            future.cancel()
        self._pending.clear()


class NextPageAhead(Generic[Result]):
    """The next page of a cursor feed, asked for before the current one is saved.

    Used only when the feed's cursor, read again from the database, is the one the read was
    planned for (it always is, unless the saving failed and raised first). Without a pool,
    each page is read by ``take``.
    """

    def __init__(self, pool: Executor | None, read: Callable[[str | None], Result]) -> None:
        self._pool, self._read = pool, read
        self._planned: tuple[str | None, Future[Result]] | None = None

    def plan(self, cursor: str | None) -> None:
        self.drop()
        if self._pool is not None:
            self._planned = (cursor, self._pool.submit(self._read, cursor))

    def take(self, cursor: str | None) -> Result:
        planned, self._planned = self._planned, None
        if planned is not None and planned[0] == cursor:
            return planned[1].result()
        if planned is not None:
            planned[1].cancel()
        return self._read(cursor)

    def drop(self) -> None:
        if self._planned is not None:
            self._planned[1].cancel()
            self._planned = None
