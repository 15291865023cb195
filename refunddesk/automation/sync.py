"""Sync: read the marketplace's event feed and returns into the local database.

The cursor of each feed moves in the same transaction as the rows read through it, so a crash
at any point either keeps both or neither. Events can repeat and arrive out of order: the
order is always re-fetched and saved as it is now, never patched from the event. An order (or
return) Allegro sends with values that cannot be right is quarantined: a problem row with the
reason, read again every sync until it is fine; the rest of the shop goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from refunddesk.automation.quarantine import problem_text, quarantine
from refunddesk.domain.messages import Said, msg
from refunddesk.domain.orders import Order, OrderEvent, OrderPage
from refunddesk.domain.returns import CustomerReturn
from refunddesk.marketplace.base import (
    MalformedResponse,
    Marketplace,
    NotFound,
    PartlyUnreadable,
    UnreadableOrder,
)
from refunddesk.marketplace.error_words import error_message
from refunddesk.store import orders_repo, sync_repo
from refunddesk.store.database import Database

log = logging.getLogger(__name__)

EVENT_PAGE = 1000
EVENT_CHUNK = 100  # events saved (with the cursor) per transaction
ORDER_PAGE = 100
# From this many orders named by one page of events, read them through the order list.
BULK_FETCH_FROM = 50
# How many listed orders a catch-up keeps in memory for later pages of events.
LISTED_ORDERS_KEPT = 50_000
DEFAULT_BACKFILL_DAYS = 30
# How many open returns are re-read per cycle; the rest wait for the next one.
OPEN_RETURNS_PER_CYCLE = 200


@dataclass
class SyncReport:
    """What one sync changed, for the log line, the CLI and the GUI's "what changed"."""

    events_read: int = 0
    orders_saved: int = 0
    returns_saved: int = 0
    returns_changed: int = 0
    backfilled: bool = False
    problems: list[Said] = field(default_factory=list)
    changed_orders: set[str] = field(default_factory=set)

    def summary(self) -> str:
        parts = [
            f"{self.events_read} events",
            f"{len(self.changed_orders)} orders saved",
            f"{self.returns_saved} returns read ({self.returns_changed} changed)",
        ]
        if self.backfilled:
            parts.append("first-time backfill done")
        if self.problems:
            parts.append(f"{len(self.problems)} problems")
        return ", ".join(parts)


def sync_shop(
    db: Database,
    shop_id: int,
    market: Marketplace,
    now: Callable[[], datetime],
    *,
    backfill_days: int = DEFAULT_BACKFILL_DAYS,
) -> SyncReport:
    """One full sync of a shop: orders (events or first-time backfill), then returns."""
    report = SyncReport()
    with db.sessions() as s:
        first_time = not sync_repo.has_cursor(s, shop_id, sync_repo.ORDER_EVENTS)
    if first_time:
        _backfill(db, shop_id, market, now, backfill_days, report)
    else:
        _feed(db, shop_id, now, report, sync_repo.ORDER_EVENTS, _read_events, market)
    _retry_problem_orders(db, shop_id, market, now, report)
    _feed(db, shop_id, now, report, sync_repo.RETURNS, _read_returns, market)
    return report


FEED = "feed"  # the sync_problems subject of a whole feed that could not be read


def _feed(
    db: Database,
    shop_id: int,
    now: Callable[[], datetime],
    report: SyncReport,
    name: str,
    read: Callable[[Database, int, Marketplace, Callable[[], datetime], SyncReport], None],
    market: Marketplace,
) -> None:
    """Read one feed. A page that cannot be read at all is the feed's problem: its cursor
    stays, it is read again next sync, and the other feeds go on meanwhile."""
    try:
        read(db, shop_id, market, now, report)
    except MalformedResponse as exc:
        log.warning("the %s feed could not be read: %s", name, exc)
        report.problems.append(msg("problem.feed", feed=name, why=error_message(exc)))
        with db.transaction() as s:
            sync_repo.record_problem(s, shop_id, FEED, name, str(exc), now())
        return
    with db.transaction() as s:
        sync_repo.resolve_problems(s, shop_id, FEED, [name], now())


def _backfill(
    db: Database,
    shop_id: int,
    market: Marketplace,
    now: Callable[[], datetime],
    days: int,
    report: SyncReport,
) -> None:
    # Take the event cursor first: whatever changes during the backfill is in the feed after it.
    try:
        latest = market.latest_event_id()
    except MalformedResponse as exc:
        # Without a starting point the feed cannot be followed: the history is still read,
        # and the whole first sync is done again next time (saving orders is idempotent).
        log.warning("event stats could not be read: %s", exc)
        report.problems.append(msg("problem.event_stats", why=error_message(exc)))
        with db.transaction() as s:
            sync_repo.record_problem(s, shop_id, FEED, "event_stats", str(exc), now())
        latest, stats_read = None, False
    else:
        stats_read = True
    since = now() - timedelta(days=days)
    offset = 0
    while True:
        unreadable: Sequence[UnreadableOrder] = ()
        try:
            page = market.list_orders(bought_since=since, offset=offset, limit=ORDER_PAGE)
            step = len(page.orders)
        except PartlyUnreadable as exc:
            page, step, unreadable = exc.readable, exc.count, exc.problems
        except MalformedResponse as exc:
            # One unreadable page of history must not block the first sync for good: note it
            # and read that page's orders one at a time (small pages find the broken order).
            page, step = _backfill_page_in_pieces(
                db, shop_id, market, now, since, offset, exc, report
            )
        with db.transaction() as s:
            orders_repo.save_orders(s, shop_id, page.orders, now())
            quarantine(s, shop_id, unreadable, now(), report.problems)
        report.orders_saved += len(page.orders)
        report.changed_orders.update(o.id for o in page.orders)
        offset += step
        if not step or offset >= page.total_count:
            break
    if not stats_read:
        return
    with db.transaction() as s:
        sync_repo.set_cursor(s, shop_id, sync_repo.ORDER_EVENTS, latest, now())
        sync_repo.resolve_problems(s, shop_id, FEED, ["event_stats"], now())
    report.backfilled = True


def _backfill_page_in_pieces(
    db: Database,
    shop_id: int,
    market: Marketplace,
    now: Callable[[], datetime],
    since: datetime,
    offset: int,
    error: MalformedResponse,
    report: SyncReport,
) -> tuple[OrderPage, int]:
    """The orders of one history page read one at a time, and how many places were read."""
    good: list[Order] = []
    total = offset + ORDER_PAGE
    read = 0
    for n in range(offset, offset + ORDER_PAGE):
        read += 1
        try:
            one = market.list_orders(bought_since=since, offset=n, limit=1)
        except PartlyUnreadable as exc:
            total = exc.readable.total_count
            with db.transaction() as s:
                quarantine(s, shop_id, exc.problems, now(), report.problems)
            continue
        except MalformedResponse as exc:
            message = f"an order of the history (position {n}) could not be read: {exc}"
            report.problems.append(message)
            with db.transaction() as s:
                sync_repo.record_problem(s, shop_id, "history", str(n), message, now())
            continue
        total = one.total_count
        if not one.orders:
            read -= 1
            break
        good.extend(one.orders)
    log.warning("history page at %s was unreadable (%s); read it order by order", offset, error)
    return OrderPage(tuple(good), total, offset), read


def _read_events(
    db: Database,
    shop_id: int,
    market: Marketplace,
    now: Callable[[], datetime],
    report: SyncReport,
) -> None:
    listing: _OrderList | None = None  # a long catch-up reads the order list once, in pages
    while True:
        with db.sessions() as s:
            cursor = sync_repo.get_cursor(s, shop_id, sync_repo.ORDER_EVENTS)
        unreadable: Sequence[UnreadableOrder] = ()
        try:
            events = market.order_events(cursor, limit=EVENT_PAGE)
            count, last_id = len(events), events[-1].id if events else None
        except PartlyUnreadable as exc:
            events, unreadable, count, last_id = exc.readable, exc.problems, exc.count, exc.last_id
        if not count:
            return
        # An unreadable event still names an order: that order is read like the others.
        order_ids = _distinct_order_ids(events) + [p.order_id for p in unreadable if p.order_id]
        order_ids = list(dict.fromkeys(order_ids))
        if listing is None and len(order_ids) > BULK_FETCH_FROM and events:
            since = min(e.occurred_at for e in events) - timedelta(minutes=1)
            listing = _OrderList(market, since)
        fetched, broken = _fetch_orders(market, order_ids, _newest_events(events), listing)
        by_id = {o.id: o for o in fetched}
        # Saved in small steps: a worker stopped (or killed) mid-page keeps what it read.
        for start in range(0, len(events), EVENT_CHUNK):
            chunk = events[start : start + EVENT_CHUNK]
            ids = _distinct_order_ids(chunk)
            _save_events(
                db,
                shop_id,
                now,
                report,
                chunk,
                [by_id.pop(i) for i in ids if i in by_id],
                {i: broken.pop(i) for i in ids if i in broken},
                chunk[-1].id,
            )
        if unreadable or by_id or broken:
            # The orders only unreadable events named, and the cursor past those events.
            for p in unreadable:
                log.warning("order event set aside: %s", p)
                report.problems.append(f"event {p.subject_id or '?'}: {problem_text(p)}")
            _save_events(db, shop_id, now, report, [], list(by_id.values()), broken, last_id)
        if count < EVENT_PAGE or last_id is None or last_id == cursor:
            return  # the end of the feed, or nothing readable to move the cursor past


def _save_events(
    db: Database,
    shop_id: int,
    now: Callable[[], datetime],
    report: SyncReport,
    events: list[OrderEvent],
    fetched: list[Order],
    broken: dict[str, str],
    cursor: str | None,
) -> None:
    with db.transaction() as s:
        orders_repo.save_orders(s, shop_id, fetched, now())
        sync_repo.add_feed_events(s, shop_id, events)
        for order_id, message in broken.items():
            sync_repo.record_problem(s, shop_id, "order", order_id, message, now())
        orders_repo.note_sync_errors(s, shop_id, broken)
        sync_repo.resolve_problems(s, shop_id, "order", [o.id for o in fetched], now())
        if cursor is not None:
            sync_repo.set_cursor(s, shop_id, sync_repo.ORDER_EVENTS, cursor, now())
    report.events_read += len(events)
    report.orders_saved += len(fetched)
    report.changed_orders.update(o.id for o in fetched)
    report.problems.extend(f"order {oid}: {msg}" for oid, msg in broken.items())


def _distinct_order_ids(events: list[OrderEvent]) -> list[str]:
    return list(dict.fromkeys(e.order_id for e in events))


def _newest_events(events: list[OrderEvent]) -> dict[str, datetime]:
    newest: dict[str, datetime] = {}
    for e in events:
        if e.order_id not in newest or e.occurred_at > newest[e.order_id]:
            newest[e.order_id] = e.occurred_at
    return newest


def _fetch_orders(
    market: Marketplace,
    order_ids: list[str],
    newest_event: dict[str, datetime] | None = None,
    listing: _OrderList | None = None,
) -> tuple[list[Order], dict[str, str]]:
    """Fetch each order; a malformed or vanished one is a problem row, not a stopped sync.

    With ``listing`` (catching up on many orders), orders come from the order list, 100 a
    request, instead of one request each; whatever the list does not bring is fetched one by
    one. Network trouble is raised: the cursor must not move past orders we could not read.
    """
    got: dict[str, Order] = {}
    if listing is not None and newest_event is not None:
        got = listing.take({o: newest_event[o] for o in order_ids if o in newest_event})
    broken: dict[str, str] = {}
    for order_id in order_ids:
        if order_id in got:
            continue
        try:
            got[order_id] = market.get_order(order_id)
        except UnreadableOrder as exc:
            log.warning("order %s set aside: %s", order_id, exc)
            broken[order_id] = problem_text(exc)
        except (MalformedResponse, NotFound) as exc:
            log.warning("order %s could not be read: %s", order_id, exc)
            broken[order_id] = str(exc)
    return [got[o] for o in order_ids if o in got], broken


class _OrderList:
    """The order list, changed since the backlog's first event, oldest change first, read page by
    page across a whole catch-up; listed orders are kept for the events that name them."""

    def __init__(self, market: Marketplace, since: datetime) -> None:
        self._market, self._since = market, since
        self._offset = 0
        self._done = False
        self._waiting: dict[str, Order] = {}

    def take(self, wanted: dict[str, datetime]) -> dict[str, Order]:
        """Listed orders for ``wanted`` (order id -> its newest event time in this batch).

        An order listed before its newest event happened is stale: left for a single fetch.
        """
        missing = [o for o in wanted if o not in self._waiting]
        # Stop well before the list costs more requests than single fetches would.
        budget = len(missing) // ORDER_PAGE * 2 + 2
        while missing and budget > 0 and not self._done:
            budget -= 1
            try:
                page = self._market.list_orders(
                    updated_since=self._since, offset=self._offset, limit=ORDER_PAGE
                )
                step = len(page.orders)
            except PartlyUnreadable as exc:
                # The set-aside orders are left out: the events name them, so they are
                # fetched one by one and become problems there.
                page, step = exc.readable, exc.count
            except MalformedResponse as exc:
                log.warning("the order list could not be read (%s); reading one by one", exc)
                self._done = True
                break
            self._waiting.update((o.id, o) for o in page.orders)
            self._offset += step
            self._done = not step or self._offset >= page.total_count
            missing = [o for o in missing if o not in self._waiting]
        got: dict[str, Order] = {}
        for order_id, newest in wanted.items():
            order = self._waiting.get(order_id)
            # Kept, not popped: a busy order's events span several pages of the feed.
            if order is not None and order.updated_at is not None and order.updated_at >= newest:
                got[order_id] = order
        while len(self._waiting) > LISTED_ORDERS_KEPT:
            self._waiting.pop(next(iter(self._waiting)))  # the oldest read first
        return got


def _retry_problem_orders(
    db: Database,
    shop_id: int,
    market: Marketplace,
    now: Callable[[], datetime],
    report: SyncReport,
) -> None:
    with db.sessions() as s:
        pending = sync_repo.open_problem_ids(s, shop_id, "order")
    if not pending:
        return
    fetched, broken = _fetch_orders(market, pending)
    with db.transaction() as s:
        orders_repo.save_orders(s, shop_id, fetched, now())
        sync_repo.resolve_problems(s, shop_id, "order", [o.id for o in fetched], now())
        for order_id, message in broken.items():
            sync_repo.record_problem(s, shop_id, "order", order_id, message, now())
        orders_repo.note_sync_errors(s, shop_id, broken)
    report.orders_saved += len(fetched)
    report.changed_orders.update(o.id for o in fetched)


def _read_returns(
    db: Database,
    shop_id: int,
    market: Marketplace,
    now: Callable[[], datetime],
    report: SyncReport,
) -> None:
    # New returns by cursor: returns raise no events, so they are polled.
    while True:
        with db.sessions() as s:
            cursor = sync_repo.get_cursor(s, shop_id, sync_repo.RETURNS)
        unreadable: Sequence[UnreadableOrder] = ()
        try:
            page = market.list_returns(after=cursor, limit=ORDER_PAGE)
            count, last_id = len(page), page[-1].id if page else None
        except PartlyUnreadable as exc:
            page, unreadable, count, last_id = exc.readable, exc.problems, exc.count, exc.last_id
        if not count:
            break
        with db.transaction() as s:
            changes = sync_repo.save_returns(s, shop_id, page, now())
            _timeline_for_returns(s, shop_id, changes, now())
            quarantine(s, shop_id, unreadable, now(), report.problems)
            sync_repo.resolve_problems(s, shop_id, "return", [r.id for r in page], now())
            if last_id is not None:
                sync_repo.set_cursor(s, shop_id, sync_repo.RETURNS, last_id, now())
        _count_returns(report, changes)
        if count < ORDER_PAGE or last_id is None or last_id == cursor:
            break
    # Open returns are re-read until they reach a final status, set-aside ones until readable.
    with db.sessions() as s:
        open_ids = sync_repo.open_return_ids(s, shop_id, limit=OPEN_RETURNS_PER_CYCLE)
        set_aside = sync_repo.open_problem_ids(s, shop_id, "return", limit=OPEN_RETURNS_PER_CYCLE)
    fresh: list[CustomerReturn] = []
    for return_id in dict.fromkeys(open_ids + set_aside):
        try:
            fresh.append(market.get_return(return_id))
        except UnreadableOrder as exc:
            whose = f" (order {exc.order_id})" if exc.order_id else ""
            report.problems.append(f"return {return_id}: {problem_text(exc)}")
            with db.transaction() as s:
                message = problem_text(exc) + whose
                sync_repo.record_problem(s, shop_id, "return", return_id, message, now())
        except NotFound as exc:
            with db.transaction() as s:
                # The id itself was the odd value: Allegro has no such return. The list is
                # read again from before the entry, so a return still broken there is set
                # aside again under what it really is, and a fixed one saved by its real id.
                gone = return_id not in open_ids or sync_repo.forget_return(s, shop_id, return_id)
                if gone:
                    log.info("return %s does not exist on Allegro; no longer followed", return_id)
                    sync_repo.resolve_problems(s, shop_id, "return", [return_id], now())
                else:
                    report.problems.append(
                        msg("problem.return", ret=return_id, why=error_message(exc))
                    )
                    sync_repo.record_problem(s, shop_id, "return", return_id, str(exc), now())
        except MalformedResponse as exc:
            report.problems.append(msg("problem.return", ret=return_id, why=error_message(exc)))
            with db.transaction() as s:
                sync_repo.record_problem(s, shop_id, "return", return_id, str(exc), now())
    if fresh:
        with db.transaction() as s:
            changes = sync_repo.save_returns(s, shop_id, fresh, now())
            _timeline_for_returns(s, shop_id, changes, now())
            sync_repo.resolve_problems(s, shop_id, "return", [r.id for r in fresh], now())
        _count_returns(report, changes)


def _count_returns(report: SyncReport, changes: list[tuple[CustomerReturn, str | None]]) -> None:
    report.returns_saved += len(changes)
    changed = [r for r, before in changes if before != r.status]
    report.returns_changed += len(changed)
    report.changed_orders.update(r.order_id for r in changed)


def _timeline_for_returns(
    s: Session, shop_id: int, changes: list[tuple[CustomerReturn, str | None]], now: datetime
) -> None:
    for r, before in changes:
        if before == r.status:
            continue
        items = ", ".join(f"{i.quantity}× {i.name or i.offer_id}" for i in r.items)
        sync_repo.add_timeline(
            s,
            shop_id,
            r.order_id,
            source="return",
            type=f"RETURN_{r.status}",
            occurred_at=r.created_at if before is None else now,
            detail=f"return {r.reference_number or r.id}: {items}",
            source_id=f"{r.id}:{r.status}",
        )
