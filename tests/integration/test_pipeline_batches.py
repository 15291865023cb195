"""Refunds planned, claimed and recorded a batch at a time: the same rows as one by one, and a
batch that fails part-way loses no case and leaves no claim behind (issue 13, pipeline speed).
Real SQLite files and the demo shop over HTTP."""

from __future__ import annotations

import gc
from collections import Counter
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm.exc import StaleDataError

from refunddesk.automation import executor, planner
from refunddesk.automation import worker as worker_mod
from refunddesk.automation.gc_pause import sync_holds_collector
from refunddesk.automation.lease import LeaseLost
from refunddesk.automation.planner import CaseKey, PlanReport, Watch
from refunddesk.automation.states import IntentState
from refunddesk.demo_shop.server import Exchange
from refunddesk.domain.cases import Trigger
from refunddesk.domain.rules import Mode, Rule
from refunddesk.marketplace.base import NetworkError
from refunddesk.services import shops
from refunddesk.store import models as m
from refunddesk.store import orders_repo
from tests.support.pipeline import Pipeline

ITEMS = [{"offerId": "17001", "name": "Kubek ceramiczny 350 ml", "price": "39.99", "quantity": 1}]
CANCEL = Rule(id="r-cancel", name="Cancellations", trigger=Trigger.BUYER_CANCELLED, mode=Mode.ARMED)
LATER = Rule(
    id="r-later",
    name="Cancellations, later",
    trigger=Trigger.BUYER_CANCELLED,
    mode=Mode.ARMED,
    delay=timedelta(hours=2),
)


def _cancel(p: Pipeline, count: int, rule: Rule = CANCEL) -> list[str]:
    p.rules = [rule]
    ids = [p.scenario.create_order(ITEMS)["id"] for _ in range(count)]
    p.cycle()
    for oid in ids:
        p.scenario.cancel_as_buyer(oid)
    return ids


def _due_now(p: Pipeline, ids: list[str]) -> None:
    """Planned with the rule's delay, and the delay over."""
    p.cycle()
    assert {p.intent(oid).state for oid in ids} == {IntentState.PLANNED}
    with p.db.transaction() as s:
        s.execute(update(m.RefundIntent).values(not_before=None))


def _market(p: Pipeline) -> Any:
    return shops.client_for(shops.get_shop(p.db, p.shop_id), p.secrets)


class _Fence:
    """The lease as the executor proves it: lost at the ``lost_at``-th proof."""

    def __init__(self, lost_at: int) -> None:
        self.calls, self.lost_at = 0, lost_at

    def __call__(self, _session: Any) -> None:
        self.calls += 1
        if self.calls >= self.lost_at:
            raise LeaseLost("taken over in the test")


def _nothing_claimed_nor_sent(p: Pipeline, ids: list[str]) -> None:
    for oid in ids:
        intent = p.intent(oid)
        assert intent.state == IntentState.PLANNED
        assert intent.command_id is None
        assert p.scenario.refunds(oid) == []
        assert p.ledger_total(oid) == 0


def test_a_batch_claim_whose_lease_is_lost_claims_and_sends_nothing(pipeline: Pipeline) -> None:
    p = pipeline
    ids = _cancel(p, 5, LATER)
    _due_now(p, ids)
    fence = _Fence(lost_at=2)  # 1: the interrupted-sends check, 2: the batch's claim
    with pytest.raises(LeaseLost):
        executor.execute_shop(p.db, p.shop_id, _market(p), p.now, fence=fence)
    assert fence.calls == 2
    _nothing_claimed_nor_sent(p, ids)


def test_a_batch_claimed_one_by_one_hands_back_every_claim_when_the_lease_is_lost(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = pipeline
    ids = _cancel(p, 5, LATER)
    _due_now(p, ids)
    real_check = executor._live_check
    checks = 0

    def changed_meanwhile_once(*args: Any, **kw: Any) -> Any:
        nonlocal checks
        checks += 1
        if checks == 1:
            raise StaleDataError("a person changed one of them meanwhile")
        return real_check(*args, **kw)

    monkeypatch.setattr(executor, "_live_check", changed_meanwhile_once)
    # 1: interrupted sends, 2: the batch (rolled back), 3-4: two claims, 5: lost.
    fence = _Fence(lost_at=5)
    with pytest.raises(LeaseLost):
        executor.execute_shop(p.db, p.shop_id, _market(p), p.now, fence=fence)
    assert fence.calls == 5
    _nothing_claimed_nor_sent(p, ids)  # the two claims made one by one were handed back

    # The next holder sends each of them once.
    monkeypatch.setattr(executor, "_live_check", real_check)
    p.cycle()
    for oid in ids:
        assert p.intent(oid).state == IntentState.SUCCEEDED
        assert len(p.scenario.refunds(oid)) == 1


def test_a_decision_that_cannot_be_written_in_its_batch_loses_no_other_case(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = pipeline
    ids = _cancel(p, 6)
    broken = ids[2]
    real_row = planner._intent_row

    def bug_on_one(shop_id: int, key: CaseKey, *args: Any) -> Any:
        if key.order_id == broken:
            raise RuntimeError("a bug about this one order")
        return real_row(shop_id, key, *args)

    monkeypatch.setattr(planner, "_intent_row", bug_on_one)
    report = p.cycle()
    assert p.intents(broken) == []
    assert any("a bug about this one order" in repr(x) for s in report.shops for x in s.problems)
    for oid in ids:
        if oid != broken:
            assert p.intent(oid).state == IntentState.SUCCEEDED

    monkeypatch.setattr(planner, "_intent_row", real_row)
    p.cycle()
    for oid in ids:
        assert p.intent(oid).state == IntentState.SUCCEEDED
        assert len(p.scenario.refunds(oid)) == 1


def test_a_case_decided_meanwhile_elsewhere_leaves_the_rest_of_its_batch_written(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = pipeline
    ids = _cancel(p, 6, LATER)
    taken = ids[3]
    real_decide = planner.decide

    def another_worker_decides_it_first(db: Any, shop_id: int, *args: Any, **kw: Any) -> Any:
        found = real_decide(db, shop_id, *args, **kw)
        if found is not None and found[0].order_id == taken:
            settings = planner.AutomationSettings()
            key, case, decision = found
            planner._write(
                db, shop_id, key, case, decision, settings, p.now(), PlanReport(), watch=Watch()
            )
        return found

    monkeypatch.setattr(planner, "decide", another_worker_decides_it_first)
    p.cycle()
    # The unique key refused the batch; written one by one, every case has exactly one decision.
    with p.db.sessions() as s:
        per_order = Counter(s.scalars(select(m.RefundIntent.order_id)))
    assert per_order == dict.fromkeys(ids, 1)
    assert {p.intent(oid).state for oid in ids} == {IntentState.PLANNED}


def test_cases_built_together_are_the_cases_built_one_by_one(pipeline: Pipeline) -> None:
    p = pipeline
    p.rules = [CANCEL]
    buyer = {"login": "stala-klientka", "email": "k@example.com"}
    ids = [p.scenario.create_order(ITEMS, buyer=buyer)["id"] for _ in range(3)]
    ids += [p.scenario.create_order(ITEMS)["id"] for _ in range(3)]
    p.scenario.mark_sent(ids[4])
    p.cycle()
    parcels = _market(p).get_shipments(ids[4])
    assert parcels
    with p.db.transaction() as s:
        orders_repo.save_shipments(s, p.shop_id, ids[4], parcels)
        s.add(m.ProductGroup(name="Kubki", members=["17001"]))
    at = p.now()
    keys = [CaseKey(Trigger.BUYER_CANCELLED, oid, planner.ORDER_SCOPE, at) for oid in ids]
    keys.append(CaseKey(Trigger.BUYER_CANCELLED, "no-such-order", planner.ORDER_SCOPE, at))
    together = planner.build_cases(p.db, p.shop_id, keys)
    one_by_one = {k: planner.build_case(p.db, p.shop_id, k) for k in keys}
    assert together == one_by_one
    assert together[keys[-1]] is None
    cases = [c for c in together.values() if c is not None]
    assert [c.buyer_order_count for c in cases] == [3, 3, 3, 1, 1, 1]
    assert [c.shipped for c in cases] == [False, False, False, False, True, False]
    assert all(c.product_groups == {"Kubki": frozenset({"17001"})} for c in cases)


def test_a_burst_is_sent_a_batch_at_a_time_while_the_rest_is_planned(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = pipeline
    monkeypatch.setattr(planner, "READ_AHEAD", 4)
    ids = _cancel(p, 10)
    seen: list[Exchange] = []
    p.shop.observer = seen.append
    p.cycle(settle=False)
    asked = [
        (x.method, x.query.get("order.id", [""])[0] if x.method == "GET" else "")
        for x in seen
        if x.path == "/payments/refunds" and (x.method == "POST" or "order.id" in x.query)
    ]
    first_post = next(i for i, (method, _o) in enumerate(asked) if method == "POST")
    last_read = max(i for i, (method, _o) in enumerate(asked) if method == "GET")
    assert first_post < last_read  # the first batch went out before the last cases were read
    assert {p.intent(oid).state for oid in ids} == {IntentState.SUBMITTED}
    posts = Counter(x.path for x in seen if x.method == "POST" and x.path == "/payments/refunds")
    assert posts["/payments/refunds"] == len(ids)  # one POST each, not more


def test_decisions_made_before_a_send_stops_the_round_are_counted(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The network goes down at the first batch's send: the round stops, but that batch's
    # decisions are saved and counted, so the screens refresh them now, not next round.
    ids = _cancel(pipeline, planner.READ_AHEAD + 20)

    def network_down(*_args: Any, **_kwargs: Any) -> Any:
        raise NetworkError("down in the test")

    monkeypatch.setattr(worker_mod, "execute_shop", network_down)
    report = pipeline.cycle(settle=False)
    (shop,) = report.shops
    assert shop.failed
    planned = sum(1 for i in pipeline.intents() if i.state == IntentState.PLANNED)
    assert planner.READ_AHEAD <= planned < len(ids)  # the first batch, not the rest
    assert sum(shop.decided.values()) == planned
    assert report.refunds_changed


def test_the_collector_waits_for_the_whole_round_not_only_the_sync(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Collection passes during planning and sending walked the plans in flight and paused the
    # window (77 ms at 1,000 refunds); the round holds the collector and gives it back after.
    _cancel(pipeline, 3)
    held_while_sending: list[bool] = []
    send = worker_mod.execute_shop

    def watched_send(*args: Any, **kwargs: Any) -> Any:
        held_while_sending.append(sync_holds_collector() and not gc.isenabled())
        return send(*args, **kwargs)

    monkeypatch.setattr(worker_mod, "execute_shop", watched_send)
    was = gc.isenabled()
    gc.enable()
    try:
        pipeline.cycle(settle=False)
        assert held_while_sending and all(held_while_sending)
        assert gc.isenabled() and not sync_holds_collector()  # given back after the round
    finally:
        if not was:
            gc.disable()
