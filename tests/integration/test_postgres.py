"""Several staff PCs sharing one PostgreSQL database: migrations, sync, refunds, one worker."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import event, func, select

from refunddesk.automation.intent_ops import AttemptRecorder
from refunddesk.automation.states import IntentState
from refunddesk.automation.sync import sync_shop
from refunddesk.automation.worker import CycleReport, Worker
from refunddesk.domain.cases import Trigger
from refunddesk.domain.rules import Mode, Rule
from refunddesk.marketplace.base import Marketplace
from refunddesk.store import models as m
from refunddesk.store.database import Database, open_database
from refunddesk.store.migrate import upgrade_if_behind
from tests.support.pipeline import Pipeline

LEASE_TAKEN = "automation is running in "  # the skipped round, in English
ITEMS = [
    {"offerId": "17001", "name": "Kubek ceramiczny 350 ml", "price": "39.99", "quantity": 1},
    {"offerId": "17002", "name": "Ładowarka USB-C 65W", "price": "129.00", "quantity": 1},
]


def _no_market(_shop_id: int, _recorder: AttemptRecorder) -> Marketplace:
    raise AssertionError("no shop is connected, so no marketplace should be needed")


def _lease_worker(db: Database, holder: str, **kw: Any) -> Worker:
    return Worker(db, _no_market, lambda _db: [], holder=holder, interval=0.01, **kw)


def test_migrations_run_and_models_do_not_drift(postgres_url: str) -> None:
    db = open_database(postgres_url)
    try:
        assert db.engine.dialect.name == "postgresql"
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(conn)
            assert ctx.get_current_revision() is not None
            diff = compare_metadata(ctx, m.Base.metadata)
        assert diff == [], f"models differ from the migrations on PostgreSQL: {diff}"
    finally:
        db.dispose()
    # A second PC opening the same, already migrated database changes nothing.
    again = open_database(postgres_url, migrate=False)
    try:
        assert upgrade_if_behind(again) is False
    finally:
        again.dispose()


def test_times_come_back_aware_utc(postgres_url: str) -> None:
    db = open_database(postgres_url)
    try:
        warsaw = timezone(timedelta(hours=1))
        created = datetime(2026, 11, 26, 10, 30, 15, 123456, tzinfo=warsaw)
        with db.transaction() as s:
            s.add(
                m.Shop(name="A", environment="demo", api_url="x", auth_url="x", created_at=created)
            )
        with db.sessions() as s:
            back = s.scalars(select(m.Shop.created_at)).one()

            # Range queries compare the stored values: they must agree with time order.
            def after(bound: datetime) -> int:
                return s.scalar(select(func.count(m.Shop.id)).where(m.Shop.created_at > bound)) or 0

            just_before = after(datetime(2026, 11, 26, 9, 30, 15, 123455, tzinfo=UTC))
            just_after = after(datetime(2026, 11, 26, 10, 30, 15, 123457, tzinfo=warsaw))
        assert back == created and back.tzinfo == UTC
        assert back.hour == 9 and back.microsecond == 123456
        assert (just_before, just_after) == (1, 0)
    finally:
        db.dispose()


def test_sync_saves_and_updates_orders_in_bulk(postgres_pipeline: Pipeline) -> None:
    p = postgres_pipeline
    early = [p.scenario.create_order(ITEMS)["id"] for _ in range(5)]
    market = p.worker._market(p.shop_id)[0]  # type: ignore[union-attr]
    first = sync_shop(p.db, p.shop_id, market, p.now)  # first connection: backfill
    assert first.problems == []
    later = [p.scenario.create_order(ITEMS[:1])["id"] for _ in range(60)]
    p.scenario.cancel_as_buyer(early[0])
    second = sync_shop(p.db, p.shop_id, market, p.now)
    assert second.problems == []
    assert set(later) <= second.changed_orders
    third = sync_shop(p.db, p.shop_id, market, p.now)  # nothing new: nothing duplicated
    assert third.problems == []
    with p.db.sessions() as s:
        rows = {oid: st for oid, st in s.execute(select(m.Order.order_id, m.Order.status))}
    assert len(rows) == 65 and set(rows) == set(early) | set(later)
    assert rows[early[0]] == "CANCELLED"  # the upsert overwrote the saved order
    assert rows[early[1]] != "CANCELLED"


def test_buyer_cancellation_is_refunded_in_full_once(postgres_pipeline: Pipeline) -> None:
    p = postgres_pipeline
    p.rules = [
        Rule(id="r-c", name="Cancellations", trigger=Trigger.BUYER_CANCELLED, mode=Mode.ARMED)
    ]
    order = p.scenario.create_order(ITEMS, delivery_cost="12.99")
    p.cycle()  # first sync: backfill, nothing cancelled yet
    p.scenario.cancel_as_buyer(order["id"])
    p.cycle()
    intent = p.intent(order["id"])
    assert intent.state == IntentState.SUCCEEDED
    paid = 3999 + 12900 + 1299
    assert intent.amount_minor == paid
    assert p.ledger_total(order["id"]) == paid
    posts = [a for a in p.attempts(intent.id) if a.method == "POST"]
    assert len(posts) == 1 and posts[0].command_id == intent.command_id
    for _ in range(3):
        p.cycle()
    assert p.ledger_total(order["id"]) == paid
    assert len(p.intents(order["id"])) == 1


def test_only_one_worker_runs_automation_at_a_time(postgres_url: str) -> None:
    db = open_database(postgres_url)
    cycled = threading.Event()
    front = _lease_worker(db, "front-desk:1:a", on_cycle=lambda r: cycled.set())
    back = _lease_worker(db, "back-office:1:b")
    try:
        front.start()
        assert cycled.wait(10), "the first worker never finished a cycle"
        assert str(back.run_once().skipped_reason).startswith(LEASE_TAKEN)
        front.stop()
        front.join(10)
        # When the front desk quits, the back office takes over at its next cycle.
        assert back.run_once().skipped_reason == ""
        with db.sessions() as s:
            assert s.get(m.WorkerLease, "automation").holder == "back-office:1:b"  # type: ignore[union-attr]
    finally:
        front.stop()
        front.join(10)
        db.dispose()


def test_workers_racing_for_the_first_lease_end_with_one_holder(postgres_url: str) -> None:
    db = open_database(postgres_url)
    racers = 3
    start = threading.Barrier(racers)
    inserting = threading.Barrier(racers)

    # Both PCs starting at once is a window of milliseconds; holding every INSERT of the lease
    # row until all racers reach it makes that window certain. A fixed worker that serialises
    # (a lock, ON CONFLICT) never brings them all here: the barrier times out and lets it go.
    @event.listens_for(db.engine, "before_cursor_execute")
    def _line_up(_c: Any, _cur: Any, statement: str, *_a: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO WORKER_LEASES"):
            with contextlib.suppress(threading.BrokenBarrierError):
                inserting.wait(timeout=1.0)

    results: dict[str, CycleReport | BaseException] = {}

    def race(holder: str) -> None:
        worker = _lease_worker(db, holder)
        start.wait(timeout=10)
        try:
            results[holder] = worker.run_once()
        except BaseException as exc:  # the bug under test: noted, not lost in the thread
            results[holder] = exc

    threads = [threading.Thread(target=race, args=(f"pc-{n}:1:x",)) for n in range(racers)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(20)
        errors = {h: r for h, r in results.items() if isinstance(r, BaseException)}
        assert errors == {}, f"run_once raised while racing for the lease: {errors}"
        winners = [
            h for h, r in results.items() if isinstance(r, CycleReport) and not r.skipped_reason
        ]
        assert len(winners) == 1, results
        assert all(
            str(r.skipped_reason).startswith(LEASE_TAKEN)
            for h, r in results.items()
            if isinstance(r, CycleReport) and h not in winners
        )
        with db.sessions() as s:
            assert s.get(m.WorkerLease, "automation").holder == winners[0]  # type: ignore[union-attr]
    finally:
        db.dispose()


def test_cli_accepts_a_postgresql_url(postgres_url: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "refunddesk", "--database-url", postgres_url, "refunds"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("No refunds yet")
