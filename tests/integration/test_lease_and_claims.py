"""One worker acts at a time, and a claim cannot be taken twice (issue: refunds made twice when
two workers share a database). Real SQLite files and the demo shop over HTTP."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import update
from sqlalchemy.orm.exc import StaleDataError

from refunddesk.automation.intent_ops import AttemptRecorder, transition
from refunddesk.automation.lease import LEASE_NAME, Holder, Lease, LeaseLost
from refunddesk.automation.states import IntentState
from refunddesk.automation.worker import Worker
from refunddesk.domain.cases import Trigger
from refunddesk.domain.messages import render
from refunddesk.domain.rules import Mode, Rule
from refunddesk.infra.install_id import install_id
from refunddesk.marketplace.base import MalformedResponse, Marketplace
from refunddesk.services import review, shops
from refunddesk.store import models as m
from refunddesk.store.database import Database
from tests.support.pipeline import Pipeline
from tests.support.said import english

ITEMS = [{"offerId": "17001", "name": "Kubek", "price": "39.99", "quantity": 1}]
CANCEL = Rule(id="c", name="Cancellations", trigger=Trigger.BUYER_CANCELLED, mode=Mode.ARMED)


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(done.stdout)


def _planned_intent(p: Pipeline) -> m.RefundIntent:
    """A cancelled order whose refund waits two hours (the rule's delay): PLANNED, not sent."""
    p.rules = [
        Rule(
            id="d",
            name="Later",
            trigger=Trigger.BUYER_CANCELLED,
            mode=Mode.ARMED,
            delay=timedelta(hours=2),
        )
    ]
    order = p.scenario.create_order(ITEMS)
    p.cycle()
    p.scenario.cancel_as_buyer(order["id"])
    p.cycle()
    intent = p.intent(order["id"])
    assert intent.state == IntentState.PLANNED
    return intent


def test_of_two_sessions_claiming_one_refund_exactly_one_wins(pipeline: Pipeline) -> None:
    intent = _planned_intent(pipeline)
    db, now = pipeline.db, pipeline.now()
    first, second = db.sessions(), db.sessions()
    try:
        mine = first.get(m.RefundIntent, intent.id)
        theirs = second.get(m.RefundIntent, intent.id)
        assert mine is not None and theirs is not None
        assert mine.state == theirs.state == IntentState.PLANNED  # both saw PLANNED
        transition(first, mine, IntentState.SUBMITTING, now, "", command_id="a" * 36)
        transition(second, theirs, IntentState.SUBMITTING, now, "", command_id="b" * 36)
        first.commit()
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()
    assert pipeline.intent(intent.order_id).command_id == "a" * 36


def test_a_persons_action_on_a_refund_the_worker_just_changed_saves_nothing(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    intent = _planned_intent(pipeline)
    real_record = review._record

    def worker_acts_meanwhile(s: Any, row: Any, *args: Any) -> None:
        with pipeline.db.transaction() as other:
            fresh = other.get(m.RefundIntent, intent.id)
            assert fresh is not None
            transition(other, fresh, IntentState.HELD, pipeline.now(), "held by the worker")
        real_record(s, row, *args)

    monkeypatch.setattr(review, "_record", worker_acts_meanwhile)
    with pytest.raises(review.ReviewError, match="changed while you were deciding"):
        review.dismiss(pipeline.db, [intent.id], now=pipeline.now(), note="not needed")
    assert pipeline.intent(intent.order_id).state == IntentState.HELD  # the worker's change stands


class _TakeOverOnRead:
    """Allegro as worker A sees it: while A re-checks an order live, B takes the lease over."""

    def __init__(self, inner: Marketplace, take_over: Any) -> None:
        self._inner, self._take_over = inner, take_over

    def get_order(self, order_id: str) -> Any:
        self._take_over()
        return self._inner.get_order(order_id)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def test_a_worker_whose_lease_was_taken_stops_before_sending(pipeline: Pipeline) -> None:
    p = pipeline
    p.rules = [CANCEL]
    order = p.scenario.create_order(ITEMS)
    p.cycle()
    assert p.worker is not None
    p.worker.release()  # this test plays two other PCs
    p.scenario.cancel_as_buyer(order["id"])

    def market(shop_pk: int, recorder: AttemptRecorder) -> Any:
        info = shops.get_shop(p.db, shop_pk)
        return shops.client_for(info, p.secrets, attempt_listener=recorder)

    other_pc = Worker(p.db, market, lambda _db: [CANCEL], now=p.now, holder="pc-b:7:x:back-office")

    def take_over() -> None:
        # A stood still longer than its lease (asleep, frozen): B finds it expired and takes it.
        with p.db.transaction() as s:
            s.execute(update(m.WorkerLease).values(expires_at=datetime(2000, 1, 1, tzinfo=UTC)))
        assert other_pc.lease.take()

    slow_pc = Worker(
        p.db,
        lambda shop_pk, rec: _TakeOverOnRead(market(shop_pk, rec), take_over),
        lambda _db: [CANCEL],
        now=p.now,
        holder="pc-a:7:y:front-desk",
    )
    report = slow_pc.run_once()
    assert "taken over" in render(report.skipped_reason, "en")
    # Who took it over is said in the reader's language too, not "RefundDesk on …".
    assert "zatrzymano: automatyzację przejął RefundDesk na komputerze back-office" in render(
        report.skipped_reason, "pl"
    )
    assert p.scenario.ledger(order["id"]) == []  # A sent nothing after losing the lease
    assert p.intent(order["id"]).state == IntentState.PLANNED
    assert not slow_pc.lease.held

    other_pc.run_once()
    p.scenario.settle_refunds()
    other_pc.run_once()
    assert p.intent(order["id"]).state == IntentState.SUCCEEDED
    assert p.ledger_total(order["id"]) == 3999 + 999
    assert len(p.scenario.refunds(order["id"])) == 1


def test_a_fence_fails_once_the_generation_moved_on(pipeline: Pipeline) -> None:
    db = pipeline.db
    assert pipeline.worker is not None
    pipeline.worker.release()
    a = Lease(db, "pc-a:1:a:front", seconds=60)
    b = Lease(db, "pc-b:1:b:back", seconds=60)
    assert a.take() and not b.take()
    with db.transaction() as s:  # a's lease runs out
        s.execute(update(m.WorkerLease).values(expires_at=datetime(2000, 1, 1, tzinfo=UTC)))
    assert b.take()
    assert b.generation == (a.generation or 0) + 1
    with pytest.raises(LeaseLost), db.transaction() as s:
        a.fence(s)
    assert not a.renew() and not a.held
    with db.transaction() as s:
        b.fence(s)  # the new holder proves it
    b.release()
    assert a.take()  # given back: free at once, no waiting for it to run out


def test_holders_are_told_apart_by_install_not_host_name(pipeline: Pipeline) -> None:
    db: Database = pipeline.db
    dead = _dead_pid()
    same_host = "shop-pc"
    # Another PC with the same host name whose process number happens to be dead here: alive.
    other = Holder.parse(f"0ther-install:{dead}:n:{same_host}")
    assert not other.is_dead()
    assert "shop-pc" in other.describe()
    # This computer's holder whose process is gone: dead, its lease is taken over at once.
    mine = Holder.parse(f"{install_id()}:{dead}:n:{same_host}")
    assert mine.is_dead()
    assert "this computer" in mine.describe()

    remote = Lease(db, f"0ther-install:{dead}:n:{same_host}", seconds=60)
    assert remote.take()
    assert not Lease(db, seconds=60).take()  # the other PC's live lease is respected
    with db.sessions() as s:
        row = s.get(m.WorkerLease, LEASE_NAME)
        assert row is not None and row.holder.startswith("0ther-install:")


class _GarbageFor:
    """Allegro answering garbage to every refund-list read of one order."""

    def __init__(self, inner: Marketplace, order_id: str) -> None:
        self._inner, self._order_id = inner, order_id

    def list_refunds(self, **query: Any) -> Any:
        if query.get("order_id") == self._order_id:
            raise MalformedResponse("GET /payments/refunds: the answer is not valid JSON")
        return self._inner.list_refunds(**query)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def test_an_unreadable_refund_list_blocks_only_the_unconfirmed_order(pipeline: Pipeline) -> None:
    p = pipeline
    p.rules = [CANCEL]
    lost, other = p.scenario.create_order(ITEMS), p.scenario.create_order(ITEMS)
    p.cycle()
    p.scenario.cancel_as_buyer(lost["id"])
    p.scenario.add_fault("drop_after_commit", "/payments/refunds", method="POST", count=1)
    p.cycle(settle=False)
    assert p.intent(lost["id"]).state == IntentState.UNCONFIRMED
    assert p.worker is not None
    p.worker.release()

    def market(shop_pk: int, recorder: AttemptRecorder) -> Any:
        info = shops.get_shop(p.db, shop_pk)
        return _GarbageFor(shops.client_for(info, p.secrets, attempt_listener=recorder), lost["id"])

    garbled = Worker(p.db, market, lambda _db: [CANCEL], now=p.now, holder="pc-a:1:g:front")
    p.scenario.cancel_as_buyer(other["id"])
    report = garbled.run_once()
    garbled.release()
    problems = [problem for s in report.shops for problem in s.problems]
    assert any(lost["id"] in english(problem) for problem in problems), problems
    assert not report.failed, problems  # one order's problem, not the shop's round
    assert p.intent(lost["id"]).state == IntentState.UNCONFIRMED  # still unknown: blocked
    assert p.intent(other["id"]).state == IntentState.SUBMITTED  # the rest of the shop went on
    p.scenario.settle_refunds()
    p.cycle()
    assert p.intent(lost["id"]).state == IntentState.SUCCEEDED
    assert len(p.scenario.refunds(lost["id"])) == 1
