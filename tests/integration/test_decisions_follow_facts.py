"""Decisions follow the facts: a case is planned again when what it rested on changes, and the
backlog found at connect follows the merchant's choice. The demo shop's ledger is the truth."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from refunddesk.automation.states import IntentState
from refunddesk.domain.cases import Trigger
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode, RefundScope, Rule, RuleAction
from refunddesk.services import review, shops
from refunddesk.store import models as m
from tests.support.pipeline import Pipeline
from tests.support.said import english, english_lines

ITEMS = [{"offerId": "17001", "name": "Kubek", "price": "39.99", "quantity": 1}]
PAID = 3999 + 999  # the item and the default delivery cost
CANCEL = Rule(id="cancel", name="Cancellations", trigger=Trigger.BUYER_CANCELLED, mode=Mode.ARMED)
LATE = Rule(
    id="late",
    name="Not sent in time",
    trigger=Trigger.NOT_SENT_IN_TIME,
    mode=Mode.ARMED,
    action=RuleAction(mark_cancelled=True),
)


@pytest.fixture(params=["sqlite", "postgresql"])
def pipeline(request: pytest.FixtureRequest) -> Pipeline:
    """Every case here on a SQLite file and on PostgreSQL."""
    name = "pipeline" if request.param == "sqlite" else "postgres_pipeline"
    found: Pipeline = request.getfixturevalue(name)
    return found


def _timeline(p: Pipeline, order_id: str) -> list[str]:
    with p.db.sessions() as s:
        return [
            f"{e.type}: {english(e.detail)}"
            for e in s.query(m.OrderEvent).filter_by(order_id=order_id).order_by(m.OrderEvent.id)
        ]


def test_a_payment_that_completes_after_the_cancellation_is_refunded(pipeline: Pipeline) -> None:
    p = pipeline
    p.rules = [CANCEL]
    order = p.scenario.create_order(ITEMS, paid=False)
    p.cycle()
    p.scenario.cancel_as_buyer(order["id"])
    p.cycle()
    first = p.intent(order["id"])
    assert first.state == IntentState.NO_ACTION  # nothing paid yet: nothing to refund
    assert p.ledger_total(order["id"]) == 0

    p.scenario.pay(order["id"])  # the payment finishes minutes later
    p.cycle()
    p.cycle()
    again = p.intent(order["id"])
    assert again.state == IntentState.SUCCEEDED
    assert p.ledger_total(order["id"]) == PAID
    assert any(
        "Planned again because the buyer paid" in line for line in english_lines(again.trace)
    )
    assert any(e.startswith("REPLANNED_PLANNED") for e in _timeline(p, order["id"]))
    for _ in range(2):
        p.cycle()
    assert p.ledger_total(order["id"]) == PAID  # once
    assert len(p.scenario.refunds(order["id"])) == 1


def test_a_person_who_dismissed_it_is_told_not_overruled(pipeline: Pipeline) -> None:
    p = pipeline
    p.rules = [
        Rule(
            id="ask-me",
            name="Cancellations, with my approval",
            trigger=Trigger.BUYER_CANCELLED,
            mode=Mode.ARMED,
            action=RuleAction(require_review=True),
        )
    ]
    order = p.scenario.create_order(ITEMS)
    p.cycle()
    p.scenario.cancel_as_buyer(order["id"])
    p.cycle()
    intent = p.intent(order["id"])
    assert intent.state == IntentState.HELD
    review.dismiss(p.db, [intent.id], now=p.now(), note="refunded in cash at the counter")
    p.scenario.set_fulfillment(order["id"], "PROCESSING")  # the order changes afterwards
    p.cycle()
    kept = p.intent(order["id"])
    assert kept.state == IntentState.DISMISSED
    assert p.ledger_total(order["id"]) == 0
    assert any("changed after your decision" in line for line in english_lines(kept.trace))
    assert any(e.startswith("CHANGED_AFTER_DECISION") for e in _timeline(p, order["id"]))


def test_a_refund_made_by_hand_after_the_plan_holds_it_as_refunded_elsewhere(
    pipeline: Pipeline,
) -> None:
    p = pipeline
    p.rules = [
        Rule(
            id="cancel",
            name="Cancellations, after an hour",
            trigger=Trigger.BUYER_CANCELLED,
            mode=Mode.ARMED,
            delay=timedelta(hours=1),
        )
    ]
    order = p.scenario.create_order(ITEMS)
    p.cycle()
    p.scenario.cancel_as_buyer(order["id"])
    p.cycle()
    assert p.intent(order["id"]).state == IntentState.PLANNED  # waiting for its hour
    p.scenario.refund_by_hand(order["id"], None)  # the merchant did it in Allegro's panel
    p.scenario.advance_clock(3700)
    p.cycle()
    held = p.intent(order["id"])
    assert held.state == IntentState.HELD
    assert held.held_reason == "ALREADY_REFUNDED_ELSEWHERE"
    api = [r for r in p.scenario.refunds(order["id"]) if r["source"] == "API"]
    assert api == []  # nothing sent on top of the hand refund


def test_a_rule_edited_while_a_case_waits_keeps_the_version_that_decided(
    pipeline: Pipeline,
) -> None:
    p = pipeline
    waiting = Rule(
        id="cancel",
        name="Cancellations, after an hour",
        trigger=Trigger.BUYER_CANCELLED,
        mode=Mode.ARMED,
        delay=timedelta(hours=1),
        version=3,
    )
    p.rules = [waiting]
    order = p.scenario.create_order(ITEMS)
    p.cycle()
    p.scenario.cancel_as_buyer(order["id"])
    p.cycle()
    assert p.intent(order["id"]).rule_version == 3
    # The merchant halves the refund in a new version while the case waits.
    from dataclasses import replace
    from decimal import Decimal

    p.rules = [replace(waiting, version=4, action=RuleAction(percent=Decimal(50)))]
    p.scenario.advance_clock(3700)
    p.cycle()
    p.cycle()
    done = p.intent(order["id"])
    assert done.state == IntentState.SUCCEEDED
    assert done.rule_version == 3  # decided by version 3, and its plan is what was sent
    assert p.ledger_total(order["id"]) == PAID


def _backlog_shop(p: Pipeline, mode: str) -> dict[str, str]:
    """A cancelled paid order and an overdue unsent one, both from before the shop was
    connected; then the shop is connected with the backlog choice ``mode``."""
    cancelled = p.scenario.create_order(ITEMS)
    p.scenario.cancel_as_buyer(cancelled["id"])
    overdue = p.scenario.create_order(
        ITEMS, dispatch_deadline=(p.now() - timedelta(days=2)).isoformat()
    )
    p.scenario.advance_clock(600)
    shops.mark_connected(p.db, p.shop_id, p.now() - timedelta(minutes=1))
    shops.set_backlog_mode(p.db, p.shop_id, mode)
    return {"cancelled": cancelled["id"], "overdue": overdue["id"]}


@pytest.mark.parametrize("mode", ["ask", "apply", "ignore"])
def test_the_backlog_found_at_connect_follows_the_merchants_choice(
    pipeline: Pipeline, mode: str
) -> None:
    p = pipeline
    p.rules = [CANCEL, LATE]
    found = _backlog_shop(p, mode)
    p.cycle()
    p.cycle()
    intents = {o: p.intent(o) for o in found.values()}
    assert all(i.backlog for i in intents.values())
    if mode == "ask":
        assert {i.state for i in intents.values()} == {IntentState.HELD}
        assert {i.held_reason for i in intents.values()} == {"BACKLOG"}
        assert p.ledger_total(found["cancelled"]) == 0
        review.approve(p.db, [i.id for i in intents.values()], now=p.now())  # one click
        p.cycle()
        p.cycle()
    if mode in ("ask", "apply"):
        for order_id in found.values():
            assert p.intent(order_id).state == IntentState.SUCCEEDED
            assert p.ledger_total(order_id) == PAID
    else:
        for order_id in found.values():
            intent = p.intent(order_id)
            assert intent.state == IntentState.NO_ACTION
            assert "leave them to you" in english(intent.trace[-1])
            assert p.ledger_total(order_id) == 0


@pytest.mark.parametrize("later", ["apply", "ignore"])
def test_changing_the_backlog_choice_later_decides_the_held_cases_again(
    pipeline: Pipeline, later: str
) -> None:
    # The merchant first asked to approve the backlog by hand, then changes their mind in
    # Settings: the cases still waiting follow the new choice, and their timeline says why.
    p = pipeline
    p.rules = [CANCEL, LATE]
    found = _backlog_shop(p, "ask")
    p.cycle()
    assert {p.intent(o).state for o in found.values()} == {IntentState.HELD}
    p.scenario.advance_clock(60)  # nothing about the orders changes from here on
    p.cycle()  # the decisions are confirmed: newer than anything synced
    shops.set_backlog_mode(p.db, p.shop_id, later)
    p.cycle()
    p.cycle()
    for order_id in found.values():
        intent = p.intent(order_id)
        if later == "apply":
            assert intent.state == IntentState.SUCCEEDED
            assert p.ledger_total(order_id) == PAID
        else:
            assert intent.state == IntentState.NO_ACTION
            assert p.ledger_total(order_id) == 0
        assert any(
            "your choice for cases found at connect ask → " + later in line
            for line in english_lines(intent.trace)
        ), english_lines(intent.trace)
        assert any(e.startswith("REPLANNED_") for e in _timeline(p, order_id))


def test_shadow_rules_record_the_backlog_in_every_mode(pipeline: Pipeline) -> None:
    p = pipeline
    p.rules = [
        Rule(
            id="cancel",
            name="Try-out",
            trigger=Trigger.BUYER_CANCELLED,
            mode=Mode.SHADOW,
            caps=(Money(100, "PLN"),),
        )
    ]
    found = _backlog_shop(p, "ignore")
    p.cycle()
    intent = p.intent(found["cancelled"])
    assert intent.state == IntentState.SHADOW  # recorded, never held, even over its cap
    assert intent.backlog and intent.amount_minor == PAID
    assert p.ledger_total(found["cancelled"]) == 0


def test_an_order_paid_after_its_dispatch_deadline_is_refunded_as_late(pipeline: Pipeline) -> None:
    p = pipeline
    p.rules = [LATE]
    deadline = p.now() + timedelta(hours=2)
    order = p.scenario.create_order(ITEMS, paid=False, dispatch_deadline=deadline.isoformat())
    p.cycle()
    p.shop.clock.advance(timedelta(hours=3).total_seconds())
    p.cycle()
    assert p.intents(order["id"]) == []  # not paid: not late, nothing to refund
    p.scenario.pay(order["id"])  # paid an hour after the deadline, and still not sent
    p.cycle()
    p.cycle()
    assert p.intent(order["id"]).state == IntentState.SUCCEEDED
    assert p.ledger_total(order["id"]) == PAID


def test_a_return_delivered_after_it_was_on_its_way_is_refunded_once(pipeline: Pipeline) -> None:
    p = pipeline
    p.rules = [
        Rule(
            id="returns",
            name="Returned items",
            trigger=Trigger.RETURN_DELIVERED,
            mode=Mode.ARMED,
            action=RuleAction(scope=RefundScope.RETURNED_ITEMS, include_delivery=False),
        )
    ]
    order = p.scenario.create_order(ITEMS)
    p.scenario.mark_sent(order["id"])
    p.cycle()
    line = p.scenario.order(order["id"])["lineItems"][0]["id"]
    ret = p.scenario.declare_return(order["id"], [{"lineItemId": line, "quantity": 1}])
    p.scenario.set_return_status(ret["id"], "IN_TRANSIT")
    p.cycle()
    assert p.ledger_total(order["id"]) == 0  # not delivered yet
    p.scenario.set_return_status(ret["id"], "DELIVERED")
    p.cycle()
    p.cycle()
    assert p.ledger_total(order["id"]) == 3999
    p.cycle()
    assert len(p.scenario.refunds(order["id"])) == 1


def test_a_plan_that_becomes_no_refund_says_why_on_the_timeline(pipeline: Pipeline) -> None:
    p = pipeline
    p.rules = [
        Rule(
            id="late",
            name="Not sent in time, after an hour",
            trigger=Trigger.NOT_SENT_IN_TIME,
            mode=Mode.ARMED,
            delay=timedelta(hours=1),
        )
    ]
    deadline = p.now() + timedelta(minutes=30)
    order = p.scenario.create_order(ITEMS, dispatch_deadline=deadline.isoformat())
    p.cycle()
    p.scenario.advance_clock(3600)  # the deadline passed, the parcel is not out
    p.cycle()
    assert p.intent(order["id"]).state == IntentState.PLANNED  # waiting for its hour
    p.scenario.set_fulfillment(order["id"], "SENT")  # the parcel went out after all
    p.cycle()
    assert p.intent(order["id"]).state == IntentState.NO_ACTION
    replanned = [e for e in _timeline(p, order["id"]) if e.startswith("REPLANNED_NO_ACTION")]
    assert replanned, _timeline(p, order["id"])
    assert "Now: no refund. It cannot be refunded: the order has been sent." in replanned[-1]
    assert p.ledger_total(order["id"]) == 0


def test_an_order_refunddesk_marked_cancelled_itself_is_not_a_change_to_report(
    pipeline: Pipeline,
) -> None:
    # The late rule's "mark as cancelled" changed the order: the approved refund's trace then
    # said "The order changed after your decision (fulfilment NEW → CANCELLED)".
    p = pipeline
    p.rules = [replace(LATE, action=RuleAction(mark_cancelled=True, require_review=True))]
    deadline = p.now() + timedelta(hours=2)
    order = p.scenario.create_order(ITEMS, dispatch_deadline=deadline.isoformat())
    p.cycle()
    p.shop.clock.advance(timedelta(hours=3).total_seconds())
    p.cycle()
    held = p.intent(order["id"])
    assert held.state == IntentState.HELD
    review.approve(p.db, [held.id], now=p.now())
    for _ in range(3):
        p.cycle()
    done = p.intent(order["id"])
    assert done.state == IntentState.SUCCEEDED
    assert p.scenario.order(order["id"])["fulfillment"]["status"] == "CANCELLED"
    assert not any("changed after your decision" in line for line in english_lines(done.trace))
    assert not any(e.startswith("CHANGED_AFTER_DECISION") for e in _timeline(p, order["id"]))
