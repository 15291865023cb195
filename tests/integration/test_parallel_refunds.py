"""Refunds sent side by side: one read of each order's refunds a cycle, one POST per intent."""

from __future__ import annotations

import json
import uuid
from collections import Counter

from refunddesk.automation.cycle_reads import CycleReads
from refunddesk.automation.states import IntentState
from refunddesk.demo_shop.server import Exchange
from refunddesk.domain.cases import Trigger
from refunddesk.domain.refunds import RefundLine, RefundRequest
from refunddesk.domain.rules import Mode, Rule
from refunddesk.services import shops
from tests.support.pipeline import Pipeline

ITEMS = [{"offerId": "17001", "name": "Kubek ceramiczny 350 ml", "price": "39.99", "quantity": 1}]
CANCEL = Rule(id="r-cancel", name="Cancellations", trigger=Trigger.BUYER_CANCELLED, mode=Mode.ARMED)
ORDERS = 20  # more than one batch of SEND_BATCH (16)


def _cancelled(p: Pipeline) -> list[str]:
    p.rules = [CANCEL]
    ids = [p.scenario.create_order(ITEMS)["id"] for _ in range(ORDERS)]
    p.cycle()
    for oid in ids:
        p.scenario.cancel_as_buyer(oid)
    return ids


def _posts(seen: list[Exchange]) -> list[dict[str, object]]:
    return [
        json.loads(x.request_body)
        for x in seen
        if x.method == "POST" and x.path == "/payments/refunds"
    ]


def test_a_refund_costs_one_read_of_its_orders_refunds_and_one_post(pipeline: Pipeline) -> None:
    p = pipeline
    ids = _cancelled(p)
    seen: list[Exchange] = []
    p.shop.observer = seen.append

    p.cycle(settle=False)

    assert {p.intent(oid).state for oid in ids} == {IntentState.SUBMITTED}
    refund_reads = Counter(
        x.query["order.id"][0]
        for x in seen
        if x.method == "GET" and x.path == "/payments/refunds" and "order.id" in x.query
    )
    # The planner's read is the executor's live check too: one read per order, not two.
    assert refund_reads == dict.fromkeys(ids, 1)
    order_reads = Counter(
        x.path.rsplit("/", 1)[1]
        for x in seen
        if x.method == "GET" and x.path.startswith("/order/checkout-forms/")
    )
    assert all(n == 1 for n in order_reads.values())  # the sync's read, not a second one
    posts = _posts(seen)
    assert sorted(str(b["order"]["id"]) for b in posts) == sorted(ids)  # type: ignore[index]
    for oid in ids:
        intent = p.intent(oid)
        # Sent side by side, each refund's history holds its own POST and nobody else's.
        sent = [a for a in p.attempts(intent.id) if a.method == "POST"]
        assert [a.command_id for a in sent] == [intent.command_id]


def test_lost_answers_in_a_parallel_batch_never_refund_twice(pipeline: Pipeline) -> None:
    p = pipeline
    ids = _cancelled(p)
    # Allegro makes the refund, but the answer never arrives: outcome unknown for three.
    p.scenario.add_fault("drop_after_commit", "/payments/refunds", method="POST", count=3)
    seen: list[Exchange] = []
    p.shop.observer = seen.append

    p.cycle(settle=False)
    unknown = [oid for oid in ids if p.intent(oid).state == IntentState.UNCONFIRMED]
    assert len(unknown) == 3
    for _ in range(3):
        p.cycle()

    assert {p.intent(oid).state for oid in ids} == {IntentState.SUCCEEDED}
    for oid in ids:
        assert len(p.scenario.ledger(oid)) == 1  # one refund each, the lost ones included
    by_order: dict[str, set[str]] = {}
    for body in _posts(seen):
        by_order.setdefault(str(body["order"]["id"]), set()).add(str(body["commandId"]))  # type: ignore[index]
    # One intent, one commandId: a resend after a lost answer reuses it.
    assert by_order == {oid: {p.intent(oid).command_id} for oid in ids}


def test_a_refund_sent_makes_the_cycle_read_that_order_again(pipeline: Pipeline) -> None:
    p = pipeline
    oid = p.scenario.create_order(ITEMS)["id"]
    client = shops.client_for(shops.get_shop(p.db, p.shop_id), p.secrets)
    reads = CycleReads(client)
    order = reads.get_order(oid)
    assert reads.refunds_this_cycle(oid) == []
    assert reads.fresh_order(oid) == order and reads.fresh_refunds(oid) == []
    assert order.payment is not None

    refund = reads.create_refund(
        RefundRequest(
            command_id=str(uuid.uuid4()),
            payment_id=order.payment.id,
            order_id=oid,
            reason="REFUND",
            line_items=(RefundLine(order.line_items[0].id, quantity=1),),
        )
    )

    # What was read before the POST no longer stands for a live check of this order.
    assert reads.fresh_order(oid) is None and reads.fresh_refunds(oid) is None
    assert [r.id for r in reads.refunds_this_cycle(oid)] == [refund.id]
