"""Bench: backtest speed on N synthetic synced orders (cancellations, returns, late orders).

Run: ``.venv/bin/python bench/backtest.py [orders ...]`` (default 1000 10000 50000); prints a table
of load time (SQL + domain objects), replay time and cases per second.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from refunddesk.automation.backtest import replay
from refunddesk.automation.backtest_history import load_history
from refunddesk.domain.cases import Trigger
from refunddesk.domain.money import Money
from refunddesk.domain.orders import Buyer, LineItem, Order, Payment, Shipment
from refunddesk.domain.returns import CustomerReturn, ReturnItem
from refunddesk.domain.rules import Mode, OverCap, RefundScope, Rule, RuleAction
from refunddesk.store import models as m
from refunddesk.store import orders_repo, sync_repo
from refunddesk.store.database import Database, open_database, sqlite_url

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
DAYS = 30


def rules() -> list[Rule]:
    pln = lambda s: Money.parse(s, "PLN")  # noqa: E731
    return [
        Rule(
            "1",
            "Cancel",
            Trigger.BUYER_CANCELLED,
            cap=pln("300.00"),
            over_cap=OverCap.HOLD,
            mode=Mode.ARMED,
        ),
        Rule(
            "2",
            "Returns",
            Trigger.RETURN_DELIVERED,
            mode=Mode.ARMED,
            action=RuleAction(scope=RefundScope.RETURNED_ITEMS, deduction=pln("9.99")),
        ),
        Rule("3", "Late", Trigger.NOT_SENT_IN_TIME, grace=timedelta(hours=12), mode=Mode.ARMED),
    ]


def seed(db: Database, count: int) -> None:
    rng = random.Random(7)
    with db.transaction() as s:
        s.add(
            m.Shop(
                id=1,
                name="Bench",
                environment="demo",
                api_url="http://127.0.0.1:1",
                auth_url="http://127.0.0.1:1",
                created_at=NOW - timedelta(days=90),
            )
        )
    batch: list[Order] = []
    returns: list[CustomerReturn] = []
    shipments: list[tuple[str, Shipment]] = []
    for n in range(count):
        bought = NOW - timedelta(minutes=rng.randint(60, DAYS * 24 * 60))
        lines = tuple(
            LineItem(
                f"{n}-{k}",
                f"offer-{rng.randint(1, 400)}",
                f"Product {k}",
                rng.randint(1, 3),
                Money(rng.randint(999, 49_999), "PLN"),
            )
            for k in range(rng.randint(1, 4))
        )
        total = sum((li.total for li in lines), Money(999, "PLN"))
        kind = rng.random()
        status = "CANCELLED" if kind < 0.1 else "READY_FOR_PROCESSING"
        sent = 0.1 <= kind < 0.9
        order_id = f"order-{n}"
        batch.append(
            Order(
                id=order_id,
                revision="1",
                status=status,
                buyer=Buyer(f"b{n % 3000}", f"buyer{n % 3000}"),
                line_items=lines,
                currency="PLN",
                payment=Payment(f"p{n}", "ONLINE", paid_amount=total, finished_at=bought),
                fulfillment_status="SENT" if sent else "NEW",
                delivery_cost=Money(999, "PLN"),
                dispatch_deadline=bought + timedelta(days=2),
                total_to_pay=total,
                bought_at=bought,
                updated_at=bought + timedelta(hours=3),
            )
        )
        if sent:
            shipments.append(
                (order_id, Shipment(f"s{n}", "W", "INPOST", bought + timedelta(days=1)))
            )
            if kind > 0.8:
                li = lines[0]
                returns.append(
                    CustomerReturn(
                        f"r{n}",
                        order_id,
                        rng.choice(["CREATED", "DELIVERED"]),
                        bought + timedelta(days=3),
                        (ReturnItem(li.offer_id, 1, li.offer_name),),
                    )
                )
        if len(batch) >= 2000:
            with db.transaction() as s:
                orders_repo.save_orders(s, 1, batch, NOW)
            batch = []
    with db.transaction() as s:
        orders_repo.save_orders(s, 1, batch, NOW)
        for order_id, shipment in shipments:
            orders_repo.save_shipments(s, 1, order_id, [shipment])
        sync_repo.save_returns(s, 1, returns, NOW)


def main(sizes: list[int]) -> None:
    print(f"{'orders':>8} {'cases':>7} {'load s':>8} {'replay s':>9} {'cases/s':>9} {'changes':>8}")
    for size in sizes:
        folder = Path(tempfile.mkdtemp(prefix="bench-backtest-"))
        db = open_database(sqlite_url(folder / "bench.sqlite3"))
        seed(db, size)
        since = NOW - timedelta(days=DAYS)
        start = time.perf_counter()
        with db.sessions() as s:
            history = load_history(s, rules(), since, NOW)
        loaded = time.perf_counter()
        result = replay(rules(), history, since=since, until=NOW)
        done = time.perf_counter()
        total = done - start
        print(
            f"{size:>8} {result.cases:>7} {loaded - start:>8.2f} {done - loaded:>9.2f} "
            f"{result.cases / total if total else 0:>9.0f} {len(result.changes):>8}"
        )
        db.dispose()


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 10000, 50000])
