"""Sync: read the marketplace's event feed and returns into the local database.

The cursor of each feed moves in the same transaction as the rows read through it, so a crash
at any point either keeps both or neither. Events can repeat and arrive out of order: the
order is always re-fetched and saved as it is now, never patched from the event. An order (or
return) Allegro sends with values that cannot be right is quarantined: a problem row with the
reason, read again every sync until it is fine; the rest of the shop goes on.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial

from sqlalchemy.orm import Session

from refunddesk.automation.gc_pause import collector_paused
from refunddesk.automation.history_saving import HistorySaver
from refunddesk.automation.parallel import READ_AHEAD, NextPageAhead, PagesAhead, each_in_parallel
from refunddesk.automation.quarantine import problem_message, problem_text, quarantine
from refunddesk.automation.reading_process import (
    BIG_BACKFILL,
    HistoryRows,
    ReadingProcess,
    rows_of_page,
)
from refunddesk.domain.messages import Message, Said, from_text, msg, render, to_text
from refunddesk.domain.orders import Order, OrderEvent, OrderPage
from refunddesk.domain.returns import CustomerReturn
from refunddesk.domain.timeline_lines import return_items
from refunddesk.marketplace.base import (
    MalformedResponse,
    Marketplace,
    NotFound,
    OrderListText,
    PartlyUnreadable,
    UnreadableOrder,
    ValidationRefused,
)
from refunddesk.marketplace.error_words import error_message
from refunddesk.store import orders_repo, sync_repo
from refunddesk.store.database import Database

log = logging.getLogger(__name__)

EVENT_PAGE = 1000
EVENT_CHUNK = 1000  # events saved (with the cursor) per transaction: a page of them
ORDER_PAGE = 100
# From this many orders named by one page of events, read them through the order list.
BULK_FETCH_FROM = 50
# How many listed orders a catch-up keeps in memory for later pages of events (~1.5 KB each).
LISTED_ORDERS_KEPT = 20_000
DEFAULT_BACKFILL_DAYS = 30
# A first backfill saves the history pages it has read this many orders to a transaction: each
# commit writes every index page the transaction touched (order ids are random), and at 100,000
# orders a commit per page of 100 made saving ~30 % slower. The write lock is held ~40 ms.
BACKFILL_SAVE_EVERY = 500
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

    def summary_message(self) -> Message:
        """What the sync did, in no particular language (the CLI, the cycle's summary)."""
        parts: list[Message] = [
            msg(
                "sync.summary",
                events=self.events_read,
                orders=len(self.changed_orders),
                returns=self.returns_saved,
                changed=self.returns_changed,
            )
        ]
        if self.backfilled:
            parts.append(msg("sync.backfilled"))
        if self.problems:
            parts.append(msg("cycle.problems", n=len(self.problems)))
        return msg("cycle.parts", parts=tuple(parts))

    def summary(self, language: str = "en") -> str:
        return render(self.summary_message(), language)


def sync_shop(
    db: Database,
    shop_id: int,
    market: Marketplace,
    now: Callable[[], datetime],
    *,
    backfill_days: int = DEFAULT_BACKFILL_DAYS,
    read_ahead: bool = True,
    big_backfill: int | None = None,
) -> SyncReport:
    """One full sync of a shop: orders (events or first-time backfill), then returns.

    The reads run ahead of the saving: the first page of new returns is asked for while the
    orders are read, and the next page of each feed while the current one is saved. What is
    saved, and in which order, is exactly what reading one page after another would save:
    every write stays on this thread, in the same sequence. ``read_ahead=False`` reads one
    page after another (the tests compare the two). A first sync with at least ``big_backfill``
    orders to read (BIG_BACKFILL unless given) has its pages read into rows in a helper process
    (reading_process.py).
    """
    report = SyncReport()
    with db.sessions() as s:
        first_time = not sync_repo.has_cursor(s, shop_id, sync_repo.ORDER_EVENTS)
        returns_cursor = sync_repo.get_cursor(s, shop_id, sync_repo.RETURNS)
    # Threads are started only when a read is submitted; leaving waits for reads on the wire.
    # The cyclic collector waits meanwhile: it walked the pages in flight over and over.
    with (
        collector_paused(),
        ThreadPoolExecutor(READ_AHEAD + 2, thread_name_prefix="refunddesk-sync") as threads,
    ):
        pool = threads if read_ahead else None
        returns_ahead = NextPageAhead(pool, partial(_read_returns_page, market))
        returns_ahead.plan(returns_cursor)
        try:
            if first_time:
                big = BIG_BACKFILL if big_backfill is None else big_backfill
                _backfill(db, shop_id, market, now, backfill_days, report, pool, big)
            else:
                read_events = partial(_read_events, pool=pool)
                _feed(db, shop_id, now, report, sync_repo.ORDER_EVENTS, read_events, market)
            _retry_problem_orders(db, shop_id, market, now, report)
            read_returns = partial(_read_returns, ahead=returns_ahead)
            _feed(db, shop_id, now, report, sync_repo.RETURNS, read_returns, market)
        finally:
            returns_ahead.drop()
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
    pool: Executor | None,
    big_backfill: int,
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
    # The next pages are read (and mapped) in helper threads while this one is saved: the
    # shop's answers take as long as our saving, and SQLite lets go of the GIL while it writes.
    # Up to READ_AHEAD pages are in flight at once; each request still draws from the shared
    # limiter, so a big first backfill spends the request budget instead of waiting.
    reader = _HistoryReader(market, since)
    ahead = PagesAhead(pool, reader, step=ORDER_PAGE)
    saver = HistorySaver(db, shop_id, now, report.problems, partial(_count_saved, report))
    read_not_saved: list[HistoryRows] = []
    try:
        while True:
            try:
                read = ahead.take(offset)
            except Exception:
                # What was read is kept, as when every page was saved on its own.
                saver.save(read_not_saved)
                saver.drain()
                raise
            if isinstance(read, MalformedResponse):
                # One unreadable page of history must not block the first sync for good:
                # note it and read that page's orders one at a time (small pages find the
                # broken order). What was read before is saved first, in reading order.
                saver.save(read_not_saved)
                saver.drain()
                read = _backfill_page_in_pieces(
                    db, shop_id, market, now, since, offset, read, report
                )
            offset += read.count
            more = bool(read.count) and offset < read.total_count
            if more:
                big = read.total_count - offset >= big_backfill
                if big and pool is not None and reader.process is None:
                    # Helpers read and save the rest (reading_process.py, saving_process.py).
                    reader.start_process()
                    if reader.process is not None:
                        saver.start_process()
                ahead.plan(offset, read.total_count)
            read_not_saved.append(read)
            if not more or sum(len(p.rows) for p in read_not_saved) >= BACKFILL_SAVE_EVERY:
                saver.save(read_not_saved)
            if not more:
                break
        saver.drain()  # every batch saved before the cursor moves
    finally:
        ahead.drop()
        reader.close()
        saver.close()
    if not stats_read:
        return
    with db.transaction() as s:
        sync_repo.set_cursor(s, shop_id, sync_repo.ORDER_EVENTS, latest, now())
        sync_repo.resolve_problems(s, shop_id, FEED, ["event_stats"], now())
    report.backfilled = True


def _count_saved(report: SyncReport, page: HistoryRows) -> None:
    report.orders_saved += len(page.rows)
    report.changed_orders.update(page.rows.order_ids)


class _HistoryReader:
    """Reads a page of the order history into rows: in a helper process once the history is
    known to be big (reading_process.py), else here, in a reading thread."""

    def __init__(self, market: Marketplace, since: datetime) -> None:
        self.market, self.since = market, since
        self.process: ReadingProcess | None = None
        # The same market, when its pages can be fetched as text for the helper.
        self._as_text = market if isinstance(market, OrderListText) else None

    def start_process(self) -> None:
        if self._as_text is None:
            return
        try:
            self.process = ReadingProcess(self._as_text.orders_page_from_text)
        except Exception as exc:  # a helper is only ever a speed-up: read here instead
            log.warning("no page reading process (%s); the sync reads here", exc)

    def __call__(self, offset: int) -> HistoryRows | MalformedResponse:
        process, as_text = self.process, self._as_text
        if process is None or as_text is None:
            return _read_history_page(self.market, self.since, offset)
        text = as_text.list_orders_text(bought_since=self.since, offset=offset, limit=ORDER_PAGE)
        if process.ready():
            rows = process.rows(text, offset, ORDER_PAGE)
        else:
            # Here until the helper is ready (~0.2 s, dozens of pages at full speed): from
            # the text too, which the marketplace reads quicker than the decoded answer.
            read = _rows_of(lambda: as_text.orders_page_from_text(text, offset, ORDER_PAGE))
            rows = None if isinstance(read, MalformedResponse) else read
        if rows is not None:
            return rows
        # Not a clean page (or no helper any more): read it again the usual way, which
        # retries a garbled answer and sets aside what cannot be read, naming why.
        return _read_history_page(self.market, self.since, offset)

    def close(self) -> None:
        if self.process is not None:
            self.process.close()


def _read_history_page(
    market: Marketplace, since: datetime, offset: int
) -> HistoryRows | MalformedResponse:
    """One page of the order list read into rows (with how many places it took and the
    orders set aside), or why it could not be read at all (network trouble is raised)."""
    return _rows_of(lambda: market.list_orders(bought_since=since, offset=offset, limit=ORDER_PAGE))


def _rows_of(read: Callable[[], OrderPage]) -> HistoryRows | MalformedResponse:
    """The rows of the page ``read`` gives, or why it could not be read at all."""
    try:
        page = read()
    except PartlyUnreadable as exc:
        return rows_of_page(exc.readable, exc.count, exc.problems)
    except MalformedResponse as exc:
        return exc
    return rows_of_page(page, len(page.orders))


def _backfill_page_in_pieces(
    db: Database,
    shop_id: int,
    market: Marketplace,
    now: Callable[[], datetime],
    since: datetime,
    offset: int,
    error: MalformedResponse,
    report: SyncReport,
) -> HistoryRows:
    """The orders of one history page read one at a time (and how many places were read)."""
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
    return rows_of_page(OrderPage(tuple(good), total, offset), read)


_EventPage = tuple[list[OrderEvent], Sequence[UnreadableOrder], int, str | None]


def _read_event_page(market: Marketplace, cursor: str | None) -> _EventPage:
    """A page of events after ``cursor``: the readable ones, those set aside, how many places
    the page took and the id to continue from."""
    try:
        events = market.order_events(cursor, limit=EVENT_PAGE)
    except PartlyUnreadable as exc:
        return list(exc.readable), exc.problems, exc.count, exc.last_id
    return events, (), len(events), events[-1].id if events else None


def _read_events(
    db: Database,
    shop_id: int,
    market: Marketplace,
    now: Callable[[], datetime],
    report: SyncReport,
    *,
    pool: Executor | None,
) -> None:
    listing: _OrderList | None = None  # a long catch-up reads the order list once, in pages
    ahead = NextPageAhead(pool, partial(_read_event_page, market))
    try:
        while True:
            with db.sessions() as s:
                cursor = sync_repo.get_cursor(s, shop_id, sync_repo.ORDER_EVENTS)
            events, unreadable, count, last_id = ahead.take(cursor)
            if not count:
                return
            more = not (count < EVENT_PAGE or last_id is None or last_id == cursor)
            if more:
                ahead.plan(last_id)  # read while this page's orders are read and saved
            # An unreadable event still names an order: that order is read like the others.
            order_ids = _distinct_order_ids(events) + [p.order_id for p in unreadable if p.order_id]
            order_ids = list(dict.fromkeys(order_ids))
            if listing is None and len(order_ids) > BULK_FETCH_FROM and events:
                since = min(e.occurred_at for e in events) - timedelta(minutes=1)
                listing = _OrderList(market, since, pool)
            fetched, broken = _fetch_orders(market, order_ids, _newest_events(events), listing)
            by_id = {o.id: o for o in fetched}
            # Saved in steps of EVENT_CHUNK, each with its cursor (a page of events today: every
            # order is read before the first step, and a commit costs milliseconds, so smaller
            # steps cost a long catch-up much time and keep little).
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
                    report.problems.append(problem_message(p))
                _save_events(db, shop_id, now, report, [], list(by_id.values()), broken, last_id)
            if not more:
                return  # the end of the feed, or nothing readable to move the cursor past
    finally:
        ahead.drop()
        if listing is not None:
            listing.close()


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
    report.problems.extend(_order_problem(oid, text) for oid, text in broken.items())


def _order_problem(order_id: str, stored: str) -> Said:
    """An order's stored problem for the cycle's report (a set-aside one names its order)."""
    said = from_text(stored)
    if isinstance(said, Message) and said.code.startswith("quarantine."):
        return said
    return msg("problem.order", order=order_id, why=said)


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
    one, and an order whose listed copy was already handed out (and saved) for an earlier
    page of events is left out: saving it again would write the same values. Network trouble
    is raised: the cursor must not move past orders we could not read.
    """
    got: dict[str, Order] = {}
    saved: set[str] = set()
    if listing is not None and newest_event is not None:
        got, saved = listing.take({o: newest_event[o] for o in order_ids if o in newest_event})
    broken: dict[str, str] = {}
    singles = [o for o in order_ids if o not in got and o not in saved]
    # Independent reads, side by side (automation/parallel.py): one round trip, not one each.
    results = each_in_parallel(singles, lambda o: market.get_order(o))
    for order_id, result in zip(singles, results, strict=True):
        if isinstance(result, UnreadableOrder):
            log.warning("order %s set aside: %s", order_id, result)
            broken[order_id] = problem_text(result)
        elif isinstance(result, MalformedResponse | NotFound | ValidationRefused):
            # About this order alone (422: Allegro refuses to read it): a problem row on it.
            log.warning("order %s could not be read: %s", order_id, result)
            broken[order_id] = to_text(error_message(result))
        elif isinstance(result, Exception):
            raise result  # network trouble: the cursor must not move past unread orders
        else:
            got[order_id] = result
    return [got[o] for o in order_ids if o in got], broken


class _OrderList:
    """The order list, changed since the backlog's first event, oldest change first, read page by
    page across a whole catch-up; listed orders are kept for the events that name them.

    The list is read once from start to end whatever the events ask, so reading ahead costs no
    extra requests, only memory: a listed order is kept until the feed has moved past its last
    change (no later event can use it then), and reading stops while ``keep`` orders wait.
    """

    def __init__(
        self,
        market: Marketplace,
        since: datetime,
        pool: Executor | None = None,
        keep: int = LISTED_ORDERS_KEPT,
    ) -> None:
        self._market, self._since, self._keep = market, since, keep
        # The next pages are asked for while this one is used (they are read anyway). The
        # reader holds the market, not this list: a bound method here would make a reference
        # cycle, and every listed order kept would wait for a collector pass (on the GUI
        # thread) instead of being freed when the catch-up ends.
        self._ahead = PagesAhead(pool, partial(_read_listed_page, market, since), step=ORDER_PAGE)
        self._offset = 0
        self._done = False
        self._waiting: dict[str, Order] = {}
        self._listed: deque[Order] = deque()  # the waiting orders in listing order
        self._handed_out: set[str] = set()  # waiting orders whose copy is already saved

    def take(self, wanted: dict[str, datetime]) -> tuple[dict[str, Order], set[str]]:
        """Listed orders for ``wanted`` (order id -> its newest event time in this batch), and
        the ids whose fresh listed copy was handed out before (the caller saved it then).

        An order listed before its newest event happened is stale: left for a single fetch.
        """
        if wanted:
            self._forget_older_than(min(wanted.values()))
        missing = {o for o in wanted if o not in self._waiting}
        while missing and not self._done and len(self._waiting) < self._keep:
            missing.difference_update(o.id for o in self._next_page())
        got: dict[str, Order] = {}
        saved: set[str] = set()
        for order_id, newest in wanted.items():
            listed = self._waiting.get(order_id)
            # Kept, not popped: a busy order's events span several pages of the feed.
            if listed is None or listed.updated_at is None or listed.updated_at < newest:
                continue
            if order_id in self._handed_out:
                saved.add(order_id)
            else:
                got[order_id] = listed
                self._handed_out.add(order_id)
        return got, saved

    def close(self) -> None:
        self._ahead.drop()

    def _next_page(self) -> tuple[Order, ...]:
        read = self._ahead.take(self._offset)
        if isinstance(read, MalformedResponse):
            log.warning("the order list could not be read (%s); reading one by one", read)
            self._done = True
            self._ahead.drop()
            return ()
        page, step = read
        for order in page.orders:
            if order.updated_at is not None:  # without it, no event could trust the copy
                self._waiting[order.id] = order
                self._listed.append(order)
                self._handed_out.discard(order.id)  # a newer copy (listed again) is not saved
        self._offset += step
        self._done = not step or self._offset >= page.total_count
        if not self._done:
            self._ahead.plan(self._offset, page.total_count)
        return page.orders

    def _forget_older_than(self, moment: datetime) -> None:
        """Drop listed orders last changed before ``moment``: events from there on are newer,
        so those copies would be stale for them anyway."""
        while self._listed:
            first = self._listed[0]
            assert first.updated_at is not None  # only such orders are listed
            if first.updated_at >= moment:
                break
            self._listed.popleft()
            if self._waiting.get(first.id) is first:
                del self._waiting[first.id]
                self._handed_out.discard(first.id)


def _read_listed_page(
    market: Marketplace, since: datetime, offset: int
) -> tuple[OrderPage, int] | MalformedResponse:
    """A page of the order list changed since ``since``, and how many places it took."""
    try:
        page = market.list_orders(updated_since=since, offset=offset, limit=ORDER_PAGE)
    except PartlyUnreadable as exc:
        # The set-aside orders are left out: the events name them, so they are
        # fetched one by one and become problems there.
        return exc.readable, exc.count
    except MalformedResponse as exc:
        return exc
    return page, len(page.orders)


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


_ReturnsPage = tuple[list[CustomerReturn], Sequence[UnreadableOrder], int, str | None]


def _read_returns_page(market: Marketplace, cursor: str | None) -> _ReturnsPage:
    """A page of new returns after ``cursor``, read like a page of events."""
    try:
        page = market.list_returns(after=cursor, limit=ORDER_PAGE)
    except PartlyUnreadable as exc:
        return list(exc.readable), exc.problems, exc.count, exc.last_id
    return page, (), len(page), page[-1].id if page else None


def _read_returns(
    db: Database,
    shop_id: int,
    market: Marketplace,
    now: Callable[[], datetime],
    report: SyncReport,
    *,
    ahead: NextPageAhead[_ReturnsPage],
) -> None:
    # New returns by cursor: returns raise no events, so they are polled.
    while True:
        with db.sessions() as s:
            cursor = sync_repo.get_cursor(s, shop_id, sync_repo.RETURNS)
        page, unreadable, count, last_id = ahead.take(cursor)
        if not count:
            break
        more = not (count < ORDER_PAGE or last_id is None or last_id == cursor)
        if more:
            ahead.plan(last_id)
        with db.transaction() as s:
            changes = sync_repo.save_returns(s, shop_id, page, now())
            _timeline_for_returns(s, shop_id, changes, now())
            quarantine(s, shop_id, unreadable, now(), report.problems)
            sync_repo.resolve_problems(s, shop_id, "return", [r.id for r in page], now())
            if last_id is not None:
                sync_repo.set_cursor(s, shop_id, sync_repo.RETURNS, last_id, now())
        _count_returns(report, changes)
        if not more:
            break
    # Open returns are re-read until they reach a final status, set-aside ones until readable.
    with db.sessions() as s:
        open_ids = sync_repo.open_return_ids(s, shop_id, limit=OPEN_RETURNS_PER_CYCLE)
        set_aside = sync_repo.open_problem_ids(s, shop_id, "return", limit=OPEN_RETURNS_PER_CYCLE)
    fresh: list[CustomerReturn] = []
    wanted = list(dict.fromkeys(open_ids + set_aside))
    # Independent reads, side by side; each answer is then handled in order, as before.
    reads = each_in_parallel(wanted, lambda r: market.get_return(r))
    for return_id, read in zip(wanted, reads, strict=True):
        try:
            if isinstance(read, Exception):
                raise read
            fresh.append(read)
        except UnreadableOrder as exc:
            report.problems.append(problem_message(exc))
            with db.transaction() as s:
                sync_repo.record_problem(s, shop_id, "return", return_id, problem_text(exc), now())
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
                    stored = to_text(error_message(exc))
                    sync_repo.record_problem(s, shop_id, "return", return_id, stored, now())
        except MalformedResponse as exc:
            report.problems.append(msg("problem.return", ret=return_id, why=error_message(exc)))
            with db.transaction() as s:
                stored = to_text(error_message(exc))
                sync_repo.record_problem(s, shop_id, "return", return_id, stored, now())
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
            detail=to_text(return_items(r.reference_number or r.id, items)),
            source_id=f"{r.id}:{r.status}",
        )
