"""Bench: sync N demo-shop orders into SQLite (backfill, event catch-up) against raw executemany.

Run: ``.venv/bin/python bench/sync.py [--orders 10000 100000] [--latency-orders 20000]``. For each
N: orders/s of the whole pipeline (HTTP on loopback, mapping, SQLAlchemy upserts) for a first-time
backfill (checkout-form pages) and for catching up through the event feed, next to a raw sqlite3
executemany of the same rows. Then the requests/s one sync reaches when every answer takes 100 ms,
against Allegro's ceiling of 9000 requests a minute. A table at the end.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from as_the_app import helpers_start_as_in_the_app
from figures import Figure, write
from remote_shop import RemoteShop
from replay_shop import ReplayShop

from refunddesk.automation.sync import sync_shop
from refunddesk.marketplace.allegro.auth import OAuthTokens
from refunddesk.marketplace.allegro.client import AllegroClient
from refunddesk.marketplace.allegro.environments import AllegroEnvironment
from refunddesk.marketplace.base import MAX_IN_FLIGHT, HttpAttempt
from refunddesk.store import models as m
from refunddesk.store import sync_repo
from refunddesk.store.database import Database, open_database, sqlite_url

ALLEGRO_PER_MINUTE = 9000
TABLES = ("orders", "line_items", "payments")


def now() -> datetime:
    """The demo shop's clock runs with the wall clock; so does the app here."""
    return datetime.now(UTC)


class StandIn:
    """What the app is pointed at: the demo shop itself, or a replaying proxy in front of it."""

    def __init__(self, shop: RemoteShop, url: str | None = None) -> None:
        self.shop, self.url, self.client_id = shop, url or shop.url, shop.client_id

    def access_token(self) -> str:
        return self.shop.access_token()


class ShopTokens:
    """Tokens straight from the demo shop (the device flow is not what is measured)."""

    def __init__(self, shop: RemoteShop | StandIn) -> None:
        self._shop = shop
        self._token = shop.access_token()

    def access_token(self) -> str:
        return self._token

    def refresh(self, stale_access_token: str | None = None) -> OAuthTokens:
        self._token = self._shop.access_token()
        return OAuthTokens(self._token, "", now() + timedelta(hours=12))


@dataclass
class Counter:
    """HTTP attempts seen by the client, for requests/s and 429s."""

    attempts: list[HttpAttempt] = field(default_factory=list)

    def __call__(self, attempt: HttpAttempt) -> None:
        self.attempts.append(attempt)

    def since(self, mark: int) -> list[HttpAttempt]:
        return self.attempts[mark:]


def new_db(path: Path, shop: RemoteShop | StandIn) -> tuple[Database, int]:
    """A fresh RefundDesk database with the demo shop connected (as of now)."""
    db = open_database(sqlite_url(path))
    at = now()
    with db.transaction() as s:
        row = m.Shop(
            name="Bench",
            environment="demo",
            api_url=shop.url,
            auth_url=shop.url,
            client_id=shop.client_id,
            connected_at=at,
            created_at=at,
        )
        s.add(row)
        s.flush()
        shop_id = row.id
    return db, shop_id


def client(shop: RemoteShop | StandIn, counter: Counter | None = None) -> AllegroClient:
    env = AllegroEnvironment.custom(shop.url, name="demo")
    return AllegroClient(env, ShopTokens(shop), attempt_listener=counter)


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def raw_insert(src: Path, dest: Path) -> tuple[float, int]:
    """``_raw_insert`` in a child process: it holds every row in memory at once (~200 MiB at
    100k orders), which is not the app's, and the peak memory printed at the end is the app's."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as child:
        return child.submit(_raw_insert, src, dest).result()


def _raw_insert(src: Path, dest: Path) -> tuple[float, int]:
    """The floor: the same rows, same schema, one executemany per table in one transaction."""
    con = sqlite3.connect(src)
    ddl = [
        sql
        for (sql,) in con.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name IN (?, ?, ?) AND sql IS NOT NULL",
            TABLES,
        )
    ]
    data = {t: con.execute(f"SELECT * FROM {t}").fetchall() for t in TABLES}
    con.close()
    out = sqlite3.connect(dest)
    # The app's pragmas, so the comparison is of code paths and not of durability settings.
    out.execute("PRAGMA journal_mode=WAL")
    out.execute("PRAGMA synchronous=NORMAL")
    for sql in ddl:
        out.execute(sql)  # foreign keys stay off here, so no shops table is needed
    t0 = time.perf_counter()
    with out:
        for table, rows in data.items():
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                out.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    took = time.perf_counter() - t0
    out.close()
    return took, len(data["orders"])


@dataclass
class Row:
    part: str
    orders: int
    seconds: float
    requests: int
    raw_seconds: float | None = None
    limited: int = 0  # 429 answers (counted for the replayed runs)
    ceiling: float | None = None  # req/s of the same pages fetched and dropped (fetch_only)

    def line(self) -> str:
        per_s = self.orders / self.seconds if self.seconds else 0.0
        rps = self.requests / self.seconds if self.seconds else 0.0
        raw = (
            f"{self.orders / self.raw_seconds:>11,.0f} {self.seconds / self.raw_seconds:>7.0f}x"
            if self.raw_seconds
            else f"{'':>11} {'':>8}"
        )
        return (
            f"{self.part:<34} {self.orders:>8,} {self.seconds:>8.2f} {per_s:>10,.0f}"
            f" {raw} {self.requests:>6,} {rps:>7.1f}"
        )


HEADER = (
    f"{'part':<34} {'orders':>8} {'seconds':>8} {'orders/s':>10}"
    f" {'raw ord/s':>11} {'ratio':>8} {'reqs':>6} {'req/s':>7}"
)


def bench_size(n: int, tmp: Path, budget: float) -> list[Row]:
    rows: list[Row] = []
    with RemoteShop(refund_settle_seconds=0.0, auto_approve=True) as shop:
        counter = Counter()
        seeded = timed(lambda: shop.call("seed", count=n, days=30))
        print(f"  seeded {n:,} orders in the shop in {seeded:.1f} s", flush=True)

        # First-time backfill: the order list, 100 a page.
        db, shop_id = new_db(tmp / f"backfill-{n}.sqlite3", shop)
        mark = len(counter.attempts)
        market = client(shop, counter)
        took = timed(lambda: sync_shop(db, shop_id, market, now, backfill_days=31))
        db.dispose()
        raw, saved = raw_insert(tmp / f"backfill-{n}.sqlite3", tmp / f"raw-b-{n}.sqlite3")
        if saved != n:
            print(f"  WARNING: backfill saved {saved:,} of {n:,} orders")
        rows.append(Row(f"backfill {n:,}", saved, took, len(counter.since(mark)), raw))
        print("  " + rows[-1].line(), flush=True)
        rows.append(replayed_backfill(shop, n, tmp, 0, raw))
        print("  " + rows[-1].line(), flush=True)
        if took > budget:
            print(f"  backfill took {took:.0f} s > budget {budget:.0f} s: catch-up skipped")
            return rows

        # Catching up: a known shop whose cursor is at the start of the feed reads every event.
        db, shop_id = new_db(tmp / f"events-{n}.sqlite3", shop)
        with db.transaction() as s:
            sync_repo.set_cursor(s, shop_id, sync_repo.ORDER_EVENTS, None, now())
        mark = len(counter.attempts)
        market = client(shop, counter)
        report = None

        def catch_up() -> None:
            nonlocal report
            report = sync_shop(db, shop_id, market, now)

        took = timed(catch_up)
        db.dispose()
        raw, saved = raw_insert(tmp / f"events-{n}.sqlite3", tmp / f"raw-e-{n}.sqlite3")
        assert report is not None
        rows.append(Row(f"catch-up {report.events_read:,} events", saved, took, 0, raw))
        rows[-1].requests = len(counter.since(mark))
        print("  " + rows[-1].line(), flush=True)
        limited = sum(1 for a in counter.attempts if a.status == 429)
        if limited:
            print(f"  {limited} answers were 429")
    return rows


def fetch_only(stand_in: RemoteShop | StandIn, n: int, at: datetime | None = None) -> float:
    """Requests a second when the app's client only fetches the ``n``-order history's pages,
    MAX_IN_FLIGHT at once, and drops them: what the latency, the stand-in and the HTTP alone
    allow on this machine, the ceiling of a sync that also reads and saves every page. ``at``:
    the clock of the sync before, so that replayed answers are asked for the same way."""
    market = client(stand_in)
    since = (at or now()) - timedelta(days=31)

    def fetch(offset: int) -> bytes:
        return market.list_orders_text(bought_since=since, offset=offset, limit=100)

    offsets = range(0, n, 100)
    with ThreadPoolExecutor(MAX_IN_FLIGHT) as threads:
        took = timed(lambda: list(threads.map(fetch, offsets)))
    return len(offsets) / took


def replayed_backfill(
    shop: RemoteShop, n: int, tmp: Path, latency_ms: int, raw: float | None = None
) -> Row:
    """The same first backfill with the answers replayed (bench/replay_shop.py), so that the
    stand-in for Allegro, on these same two cores, costs next to no CPU: the app's own pipeline.

    A first sync through the proxy fills it (not measured); a second, with the same clock (so
    the same queries) and the latency set on the proxy, is measured: every answer it gets is
    one the demo shop wrote for the first, sent again byte for byte."""
    with ReplayShop(shop.url) as proxy:
        stand_in = StandIn(shop, proxy.url)
        at = now()
        frozen = lambda: at  # noqa: E731
        took, counter = 0.0, Counter()
        for turn in ("fill", "measure"):
            proxy.latency_ms(latency_ms if turn == "measure" else 0)
            passed_on = proxy.counts()["passed_on"]
            db, shop_id = new_db(tmp / f"replay-{n}-{latency_ms}-{turn}.sqlite3", stand_in)
            counter = Counter()
            market = client(stand_in, counter)
            t0 = time.perf_counter()
            sync_shop(db, shop_id, market, frozen, backfill_days=31)
            took = time.perf_counter() - t0
            db.dispose()
        ceiling = fetch_only(stand_in, n, at) if latency_ms else None
        counts = proxy.counts()
    late = f"{latency_ms} ms: " if latency_ms else ""
    row = Row(f"{late}backfill {n:,} (answers replayed)", n, took, len(counter.attempts), raw)
    row.limited = sum(1 for a in counter.attempts if a.status == 429) + counts["limited"]
    row.ceiling = ceiling
    if counts["passed_on"] != passed_on:
        print(f"  WARNING: {counts['passed_on'] - passed_on} answers were not replayed")
    return row


def bench_latency(n: int, tmp: Path) -> tuple[list[Row], int]:
    """Every answer 100 ms late: how many requests a second does one sync reach?

    The budget figure is one sync with enough independent work to spend it: the first backfill
    of an ``n``-order shop (n / 100 history pages, each its own request). The small syncs after
    it are printed for reference only: each waits for its events before it can ask for the
    orders they name, so it cannot keep many requests on the wire whatever the client does.
    """
    rows: list[Row] = []
    counter = Counter()
    with RemoteShop(refund_settle_seconds=0.0, auto_approve=True) as shop:
        shop.call("seed", count=n, days=30)
        shop.call("add_fault", kind="latency", latency_ms=100)
        db, shop_id = new_db(tmp / "latency.sqlite3", shop)
        market = client(shop, counter)
        mark = len(counter.attempts)
        cpu0 = time.process_time()
        took = timed(lambda: sync_shop(db, shop_id, market, now, backfill_days=31))
        cpu = time.process_time() - cpu0
        rows.append(Row(f"100 ms: backfill {n:,}", n, took, len(counter.since(mark))))
        print("  " + rows[-1].line(), flush=True)
        print(f"  (CPU of the syncing process: {cpu:.1f} s = {1e6 * cpu / n:.0f} us an order)")
        rows[-1].ceiling = fetch_only(shop, n)
        print(f"  (the same pages fetched and dropped: {rows[-1].ceiling:.1f} requests/s)")

        # A working day's trickle: a few new orders per sync, each read on its own.
        mark, t0, made = len(counter.attempts), time.perf_counter(), 0
        for _ in range(10):
            for _ in range(10):
                shop.call("create_order")
                made += 1
            sync_shop(db, shop_id, market, now)
        took = time.perf_counter() - t0
        rows.append(Row("100 ms: 10 syncs of 10 new (ref.)", made, took, len(counter.since(mark))))
        print("  " + rows[-1].line(), flush=True)
        db.dispose()
        shop.call("clear_faults")
        rows.append(replayed_backfill(shop, n, tmp, 100))
        print("  " + rows[-1].line(), flush=True)
    return rows, sum(1 for a in counter.attempts if a.status == 429)


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--orders", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--latency-orders", type=int, default=20_000)
    ap.add_argument("--budget", type=float, default=900.0, help="seconds per backfill")
    ap.add_argument("--figures", help="append issue 13's figures to this JSON file")
    args = ap.parse_args(argv)
    rows: list[Row] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="refunddesk-bench-sync-") as tmp:
        for n in args.orders:
            print(f"{n:,} orders, no latency:", flush=True)
            rows += bench_size(n, Path(tmp), args.budget)
        print(f"{args.latency_orders:,} orders, 100 ms latency on every answer:", flush=True)
        lat_rows, limited = bench_latency(args.latency_orders, Path(tmp))
        rows += lat_rows
    print()
    print(HEADER)
    for row in rows:
        print(row.line())
    print(
        "\norders/s: whole pipeline; raw ord/s: sqlite3 executemany of the same orders, lines and"
        " payments;\nratio: pipeline time / raw time; reqs: HTTP attempts the client made."
    )
    big, small = lat_rows[0], lat_rows[1]
    per_min = big.requests / big.seconds * 60 if big.seconds else 0.0
    print(
        f"\nWith 100 ms answers the first backfill of {big.orders:,} orders reached"
        f" {per_min / 60:.1f} requests/s = {per_min:,.0f}/min, {per_min / ALLEGRO_PER_MINUTE:.1%}"
        f" of Allegro's {ALLEGRO_PER_MINUTE:,}/min ceiling; 429 answers: {limited}."
        f"\nFor reference, the small syncs: {small.requests / small.seconds:.1f} requests/s"
        " (each waits for its events before it can ask for their orders)."
    )
    again = lat_rows[2]
    print(
        f"With the answers replayed (the stand-in's CPU off the cores) the same backfill reached"
        f" {again.requests / again.seconds:.1f} requests/s; 429 answers: {again.limited}."
    )
    print(
        "Fetched and dropped (no reading, no saving), the same pages reached"
        f" {big.ceiling or 0:.1f} requests/s from the demo shop and {again.ceiling or 0:.1f}"
        " replayed: the ceiling on this machine."
    )
    # The shop runs in its own process: this is the app side alone (sync, mapping, saving).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Peak memory (RSS) of the syncing process over every run above: {peak:.0f} MiB.")
    print(f"Total bench time {time.perf_counter() - started:.0f} s.")
    write(args.figures, figures(rows, lat_rows, limited, max(args.orders)))


def _share_of_raw(row: Row | None) -> float:
    """The raw insert's time as a share of the pipeline's, in %; NaN when not measured."""
    if row is None or not row.raw_seconds or not row.seconds:
        return float("nan")
    return 100 * row.raw_seconds / row.seconds


def _budget_share(per_s: float | None) -> float | None:
    """Requests a second as a share of Allegro's budget, in %."""
    return None if per_s is None else 100 * per_s / (ALLEGRO_PER_MINUTE / 60)


def figures(rows: list[Row], lat_rows: list[Row], limited: int, n: int) -> list[Figure]:
    """Issue 13's figures from the largest shop; goals for 100k orders scale with its size."""
    nan = float("nan")
    size = f"{n:,} orders"
    scale = n / 100_000
    backfill = next((r for r in rows if r.part == f"backfill {n:,}"), None)
    catchup = next((r for r in rows if r.part.startswith("catch-up") and r.orders == n), None)
    out = [
        Figure(
            "backfill_share_of_raw",
            _share_of_raw(backfill),
            "%",
            25.0,
            "higher",
            backfill.raw_seconds if backfill else None,
            "s, raw sqlite3 executemany of the same rows",
            f"backfill of {size}",
        ),
        Figure(
            "catchup_100k_seconds",
            catchup.seconds if catchup else nan,
            "s",
            100.0 * scale,
            "lower",
            backfill.seconds if backfill else None,
            "s, a first-time backfill of the same shop",
            f"{size}, goal scaled to the size",
        ),
        Figure(
            "catchup_100k_requests",
            catchup.requests if catchup else nan,
            "requests",
            3000.0 * scale,
            "lower",
            backfill.requests if backfill else None,
            "requests, a first-time backfill of the same shop",
            f"{size}, goal scaled to the size",
        ),
    ]
    # One sync with enough independent work: the big first backfill (the small syncs are a
    # printed reference line, not part of the figure).
    # Its reference is the ceiling: the same pages only fetched, as a share of the budget.
    big = lat_rows[0] if lat_rows else None
    per_s = big.requests / big.seconds if big and big.seconds else nan
    out.append(
        Figure(
            "api_budget_share_100ms",
            _budget_share(per_s) if limited == 0 else 0.0,
            "%",
            80.0,
            "higher",
            _budget_share(big.ceiling) if big else None,
            f"%, the same pages fetched and dropped; 429 answers: {limited} (any counts as 0%)",
            f"one sync: first backfill of {big.orders:,} orders" if big else "",
        )
    )
    # The same two figures with the demo shop's answers replayed (replay_shop.py): Allegro's
    # CPU is not on a merchant's cores, and here the stand-in's was as much as the app's.
    replayed = next((r for r in rows if r.part == f"backfill {n:,} (answers replayed)"), None)
    out.append(
        Figure(
            "backfill_share_of_raw_replayed",
            _share_of_raw(replayed),
            "%",
            25.0,
            "higher",
            replayed.seconds if replayed else None,
            "s, the backfill with the answers replayed",
            f"backfill of {size}, answers replayed",
        )
    )
    again = lat_rows[2] if len(lat_rows) > 2 else None
    again_per_s = again.requests / again.seconds if again and again.seconds else nan
    out.append(
        Figure(
            "api_budget_share_100ms_replayed",
            _budget_share(again_per_s) if again and again.limited == 0 else 0.0,
            "%",
            80.0,
            "higher",
            _budget_share(again.ceiling) if again else None,
            "%, the same pages fetched and dropped;"
            f" 429 answers: {again.limited if again else '-'}",
            f"one sync: first backfill of {again.orders:,} orders, answers replayed"
            if again
            else "",
        )
    )
    return out


if __name__ == "__main__":
    helpers_start_as_in_the_app()
    main(sys.argv[1:])
