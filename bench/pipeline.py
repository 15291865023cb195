"""Bench: 1,000 buyer cancellations refunded end to end by the real worker, 0 ms and 100 ms latency.

Run: ``.venv/bin/python bench/pipeline.py [--orders 1000] [--latency 0 100] [--interval 10]``.
The demo shop runs in its own process; the app side is a fresh SQLite file, an ARMED
"buyer cancelled" rule saved through rules_repo, and the Worker loop on its thread. All orders
are cancelled at once; the bench prints refunds/s from the first cancellation to the last
SUCCESS, the median and p95 time from a cancellation to its refund's SUCCESS, and the floors
that Allegro's 9000 requests/min and the sync interval put under those figures.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

# bench/ is the script's folder, so its sibling is importable: one demo-shop harness for both.
from figures import Figure, write
from sqlalchemy import select
from sync import ALLEGRO_PER_MINUTE, Counter, RemoteShop, ShopTokens, new_db, now

from refunddesk.automation.intent_ops import AttemptRecorder
from refunddesk.automation.states import IntentState
from refunddesk.automation.worker import Worker
from refunddesk.domain.cases import Trigger
from refunddesk.domain.rules import Mode, Rule
from refunddesk.marketplace.allegro.client import AllegroClient
from refunddesk.marketplace.allegro.environments import AllegroEnvironment
from refunddesk.marketplace.base import HttpAttempt, Marketplace
from refunddesk.store import models as m
from refunddesk.store import rules_repo

PER_SECOND = ALLEGRO_PER_MINUTE / 60


@dataclass
class Result:
    latency_ms: int
    orders: int
    succeeded: int
    seconds: float  # first cancellation to last SUCCESS
    cancel_seconds: float  # how long cancelling them all took (the burst)
    median: float
    p95: float
    worst: float
    requests: int
    cycles: int
    by_path: dict[str, tuple[int, int]]  # "GET /payments/refunds" -> (requests, total ms)

    @property
    def http_seconds(self) -> float:
        """Time spent waiting on answers, summed (requests sent side by side overlap)."""
        return sum(ms for _, ms in self.by_path.values()) / 1000

    @property
    def per_refund(self) -> float:
        return self.requests / max(1, self.succeeded)


def run(orders: int, latency_ms: int, interval: float, timeout: float, tmp: Path) -> Result:
    with RemoteShop(refund_settle_seconds=0) as shop:
        ids = [shop.call("create_order")["id"] for _ in range(orders)]
        db, _shop_id = new_db(tmp / f"pipeline-{latency_ms}.sqlite3", shop)
        rules_repo.save_rule(
            db,
            Rule(id="", name="Cancellations", trigger=Trigger.BUYER_CANCELLED, mode=Mode.ARMED),
            now(),
        )
        counter = Counter()
        env = AllegroEnvironment.custom(shop.url, name="demo")

        def market(_shop_id: int, recorder: AttemptRecorder) -> Marketplace:
            def listen(attempt: HttpAttempt) -> None:
                counter(attempt)
                recorder(attempt)

            return AllegroClient(env, ShopTokens(shop), attempt_listener=listen)

        cycles = 0

        def on_cycle(_report: object) -> None:
            nonlocal cycles
            cycles += 1

        worker = Worker(
            db, market, rules_repo.load_rules, now=now, interval=interval, on_cycle=on_cycle
        )
        worker.run_once()  # first sync: the orders are known before anyone cancels
        if latency_ms:
            shop.call("add_fault", kind="latency", latency_ms=latency_ms)
        mark, cycles = len(counter.attempts), 0
        worker.start()
        cancelled: dict[str, datetime] = {}
        t0 = time.perf_counter()
        for oid in ids:
            cancelled[oid] = now()
            shop.call("cancel_as_buyer", order_id=oid)
        cancel_seconds = time.perf_counter() - t0
        deadline = time.monotonic() + timeout
        done: dict[str, datetime] = {}
        while time.monotonic() < deadline:
            with db.sessions() as s:
                rows = s.execute(
                    select(m.RefundIntent.order_id, m.RefundIntent.finished_at).where(
                        m.RefundIntent.state == IntentState.SUCCEEDED.value
                    )
                ).all()
                done = {oid: at for oid, at in rows if at is not None}
            if len(done) >= orders:
                break
            time.sleep(0.2)
        worker.stop()
        worker.join(60)
        db.dispose()
    waits = sorted((done[o] - cancelled[o]).total_seconds() for o in done)
    first = min(cancelled.values())
    span = (max(done.values()) - first).total_seconds() if done else float("nan")
    return Result(
        latency_ms,
        orders,
        len(done),
        span,
        cancel_seconds,
        statistics.median(waits) if waits else float("nan"),
        waits[int(0.95 * (len(waits) - 1))] if waits else float("nan"),
        waits[-1] if waits else float("nan"),
        len(counter.attempts) - mark,
        cycles,
        _by_path(counter.since(mark)),
    )


def _by_path(attempts: list[HttpAttempt]) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for a in attempts:
        # Ids out of the path: one row per kind of request.
        parts = [p if len(p) < 20 else "{id}" for p in a.path.split("/")]
        key = f"{a.method} {'/'.join(parts)}"
        n, ms = out.get(key, (0, 0))
        out[key] = (n + 1, ms + a.duration_ms)
    return out


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--orders", type=int, default=1000)
    ap.add_argument("--latency", type=int, nargs="+", default=[0, 100], help="ms per answer")
    ap.add_argument("--interval", type=float, default=10.0, help="the worker's sync interval (s)")
    ap.add_argument("--timeout", type=float, default=900.0, help="seconds to wait per run")
    ap.add_argument("--figures", help="append issue 13's figures to this JSON file")
    args = ap.parse_args(argv)
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="refunddesk-bench-pipeline-") as tmp:
        for latency in args.latency:
            print(f"{args.orders:,} cancellations, {latency} ms per answer ...", flush=True)
            results.append(run(args.orders, latency, args.interval, args.timeout, Path(tmp)))
            r = results[-1]
            print(f"  {r.succeeded:,} refunds SUCCESS in {r.seconds:.1f} s", flush=True)
    print()
    print(
        f"{'latency':>7} {'refunds':>7} {'seconds':>8} {'refunds/s':>9} {'median s':>8}"
        f" {'p95 s':>7} {'worst s':>7} {'reqs':>6} {'req/refund':>10} {'cycles':>6}"
        f" | {'http s':>7} {'rate floor s':>12} {'max refunds/s':>13}"
    )
    for r in results:
        # Allegro's limit alone: every request this run needed, at 150 a second.
        rate_floor = r.requests / PER_SECOND
        print(
            f"{r.latency_ms:>5}ms {r.succeeded:>7,} {r.seconds:>8.1f}"
            f" {r.succeeded / r.seconds:>9.1f} {r.median:>8.1f} {r.p95:>7.1f} {r.worst:>7.1f}"
            f" {r.requests:>6,} {r.per_refund:>10.1f} {r.cycles:>6}"
            f" | {r.http_seconds:>7.1f} {rate_floor:>12.1f} {PER_SECOND / r.per_refund:>13.1f}"
        )
    for r in results:
        print(f"\nRequests at {r.latency_ms} ms (count, mean ms):")
        for key, (n, ms) in sorted(r.by_path.items(), key=lambda kv: -kv[1][0]):
            print(f"  {key:<45} {n:>6,} {ms / n:>7.1f}")
    print(
        f"\nSync interval {args.interval:.0f} s. Floors: a cancellation is seen at the next sync"
        f" (0 to {args.interval:.0f} s after it, {args.interval / 2:.0f} s on average) and its"
        f" SUCCESS is read one cycle later (+{args.interval:.0f} s): about"
        f" {1.5 * args.interval:.0f} s median, {2 * args.interval:.0f} s worst with no other work."
        f"\nAllegro's {ALLEGRO_PER_MINUTE:,} requests/min cap refunds/s at 150 / requests per"
        " refund (max refunds/s); rate floor s = this run's requests at 150/s;"
        "\nhttp s = the time spent waiting on answers, summed (side-by-side requests overlap)."
        f"\nCancelling took {', '.join(f'{r.cancel_seconds:.1f} s' for r in results)}"
        " (the burst, through the shop's scenario API)."
    )

    write(args.figures, figures(results, args.interval))


def figures(results: list[Result], interval: float) -> list[Figure]:
    """Issue 13's figures from the 100 ms run (the slowest asked for when there is none)."""
    if not results:
        return []
    r = next((r for r in results if r.latency_ms == 100), results[-1])
    size = f"{r.orders:,} cancellations, {r.latency_ms} ms answers, {interval:.0f} s interval"
    posts = r.by_path.get("POST /payments/refunds", (0, 0))[0]
    return [
        Figure(
            "pipeline_refunds_per_s_100ms",
            r.succeeded / r.seconds if r.seconds else float("nan"),
            "refunds/s",
            20.0,
            "higher",
            PER_SECOND / r.per_refund,
            "refunds/s Allegro's 9,000/min allows at this run's requests per refund",
            size,
        ),
        Figure(
            "pipeline_median_s_100ms",
            r.median,
            "s",
            30.0,
            "lower",
            1.5 * interval,
            "s, the sync-interval floor (seen next sync, SUCCESS one cycle later)",
            size,
        ),
        Figure(
            # Not one of the named rows, but its goal ("p95 <= 45 s") is in the issue.
            "pipeline_p95_s_100ms",
            r.p95,
            "s",
            45.0,
            "lower",
            2 * interval,
            "s, the sync-interval floor for the last refunds (seen a sync late, SUCCESS a"
            " cycle later)",
            size,
        ),
        Figure(
            "requests_per_refund",
            r.per_refund,
            "requests",
            2.5,
            "lower",
            posts / max(1, r.succeeded),
            "POSTs per refund (the floor)",
            size,
        ),
    ]


if __name__ == "__main__":
    main(sys.argv[1:])
