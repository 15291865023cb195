"""The backlog at connect: what a newly connected shop's first sync finds, counted per kind."""

from __future__ import annotations

from datetime import timedelta

from refunddesk.domain.money import Money
from refunddesk.queries.backlog import BacklogKind
from refunddesk.services import backlog
from tests.support.pipeline import Pipeline

MUG = {"offerId": "17001", "name": "Kubek", "price": "39.99", "quantity": 1}
LAMP = {"offerId": "17002", "name": "Lampka", "price": "120.00", "quantity": 2}
DELIVERY = 999


def test_the_first_look_counts_each_kind_of_backlog_with_its_amount(pipeline: Pipeline) -> None:
    p = pipeline
    sc = p.scenario
    past = (p.now() - timedelta(days=2)).isoformat()
    later = (p.now() + timedelta(days=2)).isoformat()
    cancelled = sc.create_order([MUG])
    sc.cancel_as_buyer(cancelled["id"])
    unpaid = sc.create_order([MUG], paid=False)
    sc.cancel_as_buyer(unpaid["id"])  # nothing was paid: nothing to refund
    sc.create_order([LAMP], dispatch_deadline=past)  # late and unsent
    sc.create_order([MUG], dispatch_deadline=later)  # not late yet
    returned = sc.create_order([LAMP], fulfillment_status="SENT")
    ret = sc.declare_return(returned["id"], [{"offerId": "17002", "quantity": 1}])
    sc.set_return_status(ret["id"], "DELIVERED")
    open_return = sc.create_order([MUG], fulfillment_status="SENT")
    sc.declare_return(open_return["id"])  # on its way back: not a case yet

    found = backlog.first_look(p.db, p.secrets, p.shop_id, p.now)

    cancel = found.of(BacklogKind.CANCELLED_NOT_REFUNDED)
    assert (cancel.count, cancel.amounts) == (1, (Money(3999 + DELIVERY, "PLN"),))
    late = found.of(BacklogKind.NOT_SENT_IN_TIME)
    assert (late.count, late.amounts) == (1, (Money(24000 + DELIVERY, "PLN"),))
    back = found.of(BacklogKind.RETURN_DELIVERED)
    assert (back.count, back.amounts) == (1, (Money(12000, "PLN"),))
    assert found.count == 3
    # Counting again from the database alone (what `shop backlog` and Settings reuse) agrees.
    assert backlog.count_found(p.db, p.shop_id, p.now()) == found


def test_a_refund_that_moved_money_takes_the_order_out_of_the_count(pipeline: Pipeline) -> None:
    from refunddesk.automation.states import IntentState
    from refunddesk.domain.cases import Trigger
    from refunddesk.domain.rules import Mode, Rule

    p = pipeline
    p.rules = [Rule(id="c", name="Cancel", trigger=Trigger.BUYER_CANCELLED, mode=Mode.ARMED)]
    order = p.scenario.create_order([MUG])
    p.scenario.cancel_as_buyer(order["id"])
    p.cycle()  # watched since before the order: refunded like any new case
    p.cycle()
    assert p.intent(order["id"]).state == IntentState.SUCCEEDED
    found = backlog.count_found(p.db, p.shop_id, p.now())
    assert found.of(BacklogKind.CANCELLED_NOT_REFUNDED).count == 0
