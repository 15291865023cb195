"""Independent requests sent side by side, so a cycle waits for Allegro's latency once, not N times.

Only for requests that do not depend on each other's answers: reads of different orders, the
refunds of different orders, and the POSTs of different orders' refunds once each is claimed.
The HTTP layer bounds what is on the wire (``MAX_IN_FLIGHT``) and every request still draws from
the one shared limiter, so parallel callers can never exceed Allegro's budget together.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

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
