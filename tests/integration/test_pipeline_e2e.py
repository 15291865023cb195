"""The refund pipeline end to end: demo shop over real HTTP, real SQLite, the real worker."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from refunddesk.automation.states import HeldReason, IntentState
from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions
from refunddesk.domain.messages import from_text, render
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode, OverCap, RefundScope, Rule, RuleAction
from refunddesk.services import review
from refunddesk.store import models as m
from tests.support.pipeline import Pipeline
from tests.support.said import english, english_lines

ITEMS = [
    {"offerId": "17001", "name": "Kubek ceramiczny 350 ml", "price": "39.99", "quantity": 1},
    {"offerId": "17002", "name": "Ładowarka USB-C 65W", "price": "129.00", "quantity": 1},
    {"offerId": "17003", "name": "Plecak turystyczny 30 l", "price": "199.90", "quantity": 1},
]


def armed(trigger: Trigger, name: str = "rule", **kw: object) -> Rule:
    fields: dict[str, object] = {"mode": Mode.ARMED, **kw}
    return Rule(id=f"r-{name}", name=name, trigger=trigger, **fields)  # type: ignore[arg-type]


def test_buyer_cancellation_is_refunded_in_full_once(pipeline: Pipeline) -> None:
    pipeline.rules = [armed(Trigger.BUYER_CANCELLED, "Cancellations")]
    order = pipeline.scenario.create_order(ITEMS, delivery_cost="12.99")
    pipeline.cycle()  # first sync: backfill, nothing cancelled yet
    pipeline.scenario.cancel_as_buyer(order["id"])
    pipeline.cycle()
    intent = pipeline.intent(order["id"])
    assert intent.state == IntentState.SUCCEEDED
    assert intent.reason_code == "CANCELLED_BY_BUYER"
    paid = 3999 + 12900 + 19990 + 1299
    assert intent.amount_minor == paid
    assert pipeline.ledger_total(order["id"]) == paid
    # Every HTTP attempt was kept, with Allegro's trace-id, and the POST carried the commandId.
    posts = [a for a in pipeline.attempts(intent.id) if a.method == "POST"]
    assert len(posts) == 1 and posts[0].http_status == 200
    assert posts[0].command_id == intent.command_id and posts[0].trace_id
    # More cycles, redelivered events, restarts: never a second refund.
    for _ in range(3):
        pipeline.cycle()
    assert pipeline.ledger_total(order["id"]) == paid
    assert len(pipeline.intents(order["id"])) == 1


def test_late_order_is_refunded_and_labelled_cancelled(pipeline: Pipeline) -> None:
    pipeline.rules = [
        armed(
            Trigger.NOT_SENT_IN_TIME,
            "Late orders",
            grace=timedelta(days=1),
            action=RuleAction(mark_cancelled=True),
        )
    ]
    deadline = pipeline.now() + timedelta(days=2)
    order = pipeline.scenario.create_order(ITEMS[:1], dispatch_deadline=deadline.isoformat())
    sent = pipeline.scenario.create_order(ITEMS[1:2], dispatch_deadline=deadline.isoformat())
    pipeline.cycle()
    assert pipeline.intents() == []  # not late yet: nothing decided, nothing recorded
    pipeline.scenario.mark_sent(sent["id"])
    pipeline.shop.clock.advance(timedelta(days=3, hours=1).total_seconds())
    pipeline.cycle()
    intent = pipeline.intent(order["id"])
    assert intent.state == IntentState.SUCCEEDED
    assert intent.reason_code == "PRODUCT_NOT_AVAILABLE"
    assert pipeline.ledger_total(order["id"]) == 3999 + 999
    assert pipeline.scenario.order(order["id"])["fulfillment"]["status"] == "CANCELLED"
    with pipeline.db.sessions() as s:
        label = s.scalars(
            select(m.OrderEvent.detail).where(
                m.OrderEvent.order_id == order["id"], m.OrderEvent.type == "LABEL_CANCELLED"
            )
        ).one()
    # The timeline's words are kept as a message, shown in the merchant's language.
    assert "anulowane" in render(from_text(label), "pl")
    assert "cancelled" in render(from_text(label), "en")
    assert pipeline.intents(sent["id"]) == []  # the sent order is never refunded
    assert pipeline.ledger_total(sent["id"]) == 0


def test_return_of_one_of_three_items_refunds_that_item_only(pipeline: Pipeline) -> None:
    pipeline.rules = [
        armed(
            Trigger.RETURN_DELIVERED,
            "Returns",
            action=RuleAction(scope=RefundScope.RETURNED_ITEMS, include_delivery=False),
        )
    ]
    order = pipeline.scenario.create_order(ITEMS)
    charger = next(li for li in order["lineItems"] if li["offer"]["name"].startswith("Ładowarka"))
    ret = pipeline.scenario.declare_return(order["id"], [{"lineItemId": charger["id"]}])
    pipeline.cycle()
    assert pipeline.intents() == []  # declared, not delivered: no rule for that
    pipeline.scenario.set_return_status(ret["id"], "DELIVERED")
    pipeline.cycle()
    intent = pipeline.intent(order["id"])
    assert intent.state == IntentState.SUCCEEDED
    assert intent.reason_code == "REFUND"
    assert pipeline.ledger_total(order["id"]) == 12900
    assert [line["line_item_id"] for line in intent.plan["lines"]] == [charger["id"]]


def test_capped_rule_holds_then_approval_refunds(pipeline: Pipeline) -> None:
    pipeline.rules = [
        armed(
            Trigger.BUYER_CANCELLED,
            "Cancellations",
            caps=(Money(10000, "PLN"),),
            over_cap=OverCap.HOLD,
        )
    ]
    order = pipeline.scenario.create_order(ITEMS)
    pipeline.cycle()
    pipeline.scenario.cancel_as_buyer(order["id"])
    pipeline.cycle()
    intent = pipeline.intent(order["id"])
    assert intent.state == IntentState.HELD
    assert intent.held_reason == HeldReason.OVER_CAP
    assert pipeline.ledger_total(order["id"]) == 0
    review.approve(pipeline.db, [intent.id], now=pipeline.now(), actor="Ania", note="ok")
    pipeline.cycle()
    assert pipeline.intent(order["id"]).state == IntentState.SUCCEEDED
    assert pipeline.ledger_total(order["id"]) == intent.amount_minor == 3999 + 12900 + 19990 + 999


def test_shadow_rule_records_but_moves_no_money(pipeline: Pipeline) -> None:
    pipeline.rules = [Rule(id="r-try", name="Try-out", trigger=Trigger.BUYER_CANCELLED)]
    order = pipeline.scenario.create_order(ITEMS[:2])
    pipeline.cycle()
    pipeline.scenario.cancel_as_buyer(order["id"])
    pipeline.cycle()
    intent = pipeline.intent(order["id"])
    assert intent.state == IntentState.SHADOW
    assert intent.amount_minor == 3999 + 12900 + 999
    assert pipeline.ledger_total(order["id"]) == 0
    assert pipeline.scenario.refunds(order["id"]) == []


def test_refund_made_by_hand_first_is_held_as_refunded_elsewhere(pipeline: Pipeline) -> None:
    pipeline.rules = [armed(Trigger.BUYER_CANCELLED, "Cancellations")]
    order = pipeline.scenario.create_order(ITEMS)
    pipeline.cycle()
    first = order["lineItems"][0]["id"]
    pipeline.scenario.refund_by_hand(order["id"], {first: 1}, delivery=False)
    pipeline.scenario.cancel_as_buyer(order["id"])
    pipeline.cycle()
    intent = pipeline.intent(order["id"])
    assert intent.state == IntentState.HELD
    assert intent.held_reason == HeldReason.ALREADY_REFUNDED_ELSEWHERE
    assert pipeline.ledger_total(order["id"]) == 3999  # only what the merchant did by hand


def test_canceled_refund_goes_to_review_and_retry_uses_a_new_command_id(
    pipeline: Pipeline,
) -> None:
    pipeline.rules = [armed(Trigger.BUYER_CANCELLED, "Cancellations")]
    order = pipeline.scenario.create_order(ITEMS[:1])
    pipeline.cycle()
    pipeline.scenario.set_balance("0.00")
    pipeline.scenario.cancel_as_buyer(order["id"])
    pipeline.cycle()
    failed = pipeline.intent(order["id"])
    assert failed.state == IntentState.FAILED
    assert failed.failure_code == "CANCELED"
    assert "balance" in english(failed.failure_detail)
    assert pipeline.ledger_total(order["id"]) == 0
    pipeline.scenario.set_balance("1000.00")
    review.retry(pipeline.db, [failed.id], now=pipeline.now())
    pipeline.cycle()
    done = pipeline.intent(order["id"])
    assert done.state == IntentState.SUCCEEDED
    assert done.command_id and done.command_id != failed.command_id
    assert pipeline.ledger_total(order["id"]) == 3999 + 999


def test_dropped_response_after_commit_is_reconciled_not_repeated(pipeline: Pipeline) -> None:
    pipeline.rules = [armed(Trigger.BUYER_CANCELLED, "Cancellations")]
    order = pipeline.scenario.create_order(ITEMS[:2])
    pipeline.cycle()
    pipeline.scenario.cancel_as_buyer(order["id"])
    pipeline.scenario.add_fault("drop_after_commit", "/payments/refunds", method="POST", count=1)
    pipeline.cycle(settle=False)
    assert pipeline.intent(order["id"]).state == IntentState.UNCONFIRMED
    pipeline.cycle()
    intent = pipeline.intent(order["id"])
    assert intent.state == IntentState.SUCCEEDED
    assert pipeline.ledger_total(order["id"]) == 3999 + 12900 + 999
    assert len(pipeline.scenario.refunds(order["id"])) == 1


def test_conditions_pick_the_first_matching_rule(pipeline: Pipeline) -> None:
    pipeline.rules = [
        armed(
            Trigger.BUYER_CANCELLED,
            "Small",
            conditions=Conditions(total_under=Money(5000, "PLN")),
        ),
        Rule(id="r-big", name="Big ones, shadow", trigger=Trigger.BUYER_CANCELLED),
    ]
    small = pipeline.scenario.create_order(ITEMS[:1], delivery_cost="0.00")
    big = pipeline.scenario.create_order(ITEMS)
    pipeline.cycle()
    pipeline.scenario.cancel_as_buyer(small["id"])
    pipeline.scenario.cancel_as_buyer(big["id"])
    pipeline.cycle()
    assert pipeline.intent(small["id"]).state == IntentState.SUCCEEDED
    big_intent = pipeline.intent(big["id"])
    assert big_intent.state == IntentState.SHADOW
    assert any("skipped" in line for line in english_lines(big_intent.trace))


def test_one_unreadable_order_does_not_stop_the_others(pipeline: Pipeline) -> None:
    # A delay splits deciding (this cycle) from sending (after the delay), so the fault can
    # hit the live check before sending.
    pipeline.rules = [armed(Trigger.BUYER_CANCELLED, "Cancellations", delay=timedelta(hours=1))]
    bad = pipeline.scenario.create_order(ITEMS[:1])
    good = pipeline.scenario.create_order(ITEMS[1:2])
    pipeline.cycle()
    pipeline.scenario.cancel_as_buyer(bad["id"])
    pipeline.scenario.cancel_as_buyer(good["id"])
    pipeline.cycle()
    assert {i.state for i in pipeline.intents()} == {IntentState.PLANNED}
    pipeline.scenario.add_fault(
        "malformed", f"/order/checkout-forms/{bad['id']}", method="GET", count=1000
    )
    pipeline.shop.clock.advance(2 * 3600)
    pipeline.cycle()
    assert pipeline.intent(good["id"]).state == IntentState.SUCCEEDED
    stuck = pipeline.intent(bad["id"])
    assert stuck.state == IntentState.PLANNED  # nothing sent, nothing lost
    assert "Could not check the order" in english(stuck.trace[-1])
    assert pipeline.ledger_total(bad["id"]) == 0
    pipeline.scenario.clear_faults()
    pipeline.cycle()
    assert pipeline.intent(bad["id"]).state == IntentState.SUCCEEDED
    assert pipeline.ledger_total(bad["id"]) == 3999 + 999


def test_an_order_allegro_refuses_to_read_does_not_stop_the_shop(pipeline: Pipeline) -> None:
    # A late order's live re-read answered 422 (Allegro refusing that one order): a problem on
    # that order, while the shop's other orders are decided and refunded, round after round.
    pipeline.rules = [
        armed(Trigger.NOT_SENT_IN_TIME, "Late orders"),
        armed(Trigger.BUYER_CANCELLED, "Cancellations"),
    ]
    deadline = (pipeline.now() + timedelta(days=1)).isoformat()
    refused = pipeline.scenario.create_order(ITEMS[:1], dispatch_deadline=deadline)
    late = pipeline.scenario.create_order(ITEMS[1:2], dispatch_deadline=deadline)
    cancelled = pipeline.scenario.create_order(ITEMS[2:3])
    pipeline.cycle()
    pipeline.scenario.add_fault(
        "error_rate",
        f"/order/checkout-forms/{refused['id']}",
        method="GET",
        rate=1.0,
        status=422,
    )
    pipeline.shop.clock.advance(timedelta(days=1, hours=1).total_seconds())
    report = pipeline.cycle()
    assert pipeline.intent(late["id"]).state == IntentState.SUCCEEDED
    assert pipeline.intents(refused["id"]) == []
    problems = english_lines(p for shop in report.shops for p in shop.problems)
    assert [p for p in problems if refused["id"] in p], problems
    pipeline.scenario.cancel_as_buyer(cancelled["id"])
    pipeline.cycle()  # the refused order is read again (and refused) beside the new cancellation
    assert pipeline.intent(cancelled["id"]).state == IntentState.SUCCEEDED
    assert pipeline.intents(refused["id"]) == []
    pipeline.scenario.clear_faults()
    pipeline.cycle()
    assert pipeline.intent(refused["id"]).state == IntentState.SUCCEEDED
    assert pipeline.ledger_total(refused["id"]) == 3999 + 999


def test_cancelled_label_is_set_later_when_the_network_fails_first(pipeline: Pipeline) -> None:
    """A label step that met no answer (network down) is tried again, not given up for good."""
    pipeline.rules = [
        armed(Trigger.NOT_SENT_IN_TIME, "Late orders", action=RuleAction(mark_cancelled=True))
    ]
    deadline = pipeline.now() + timedelta(hours=1)
    order = pipeline.scenario.create_order(ITEMS[:1], dispatch_deadline=deadline.isoformat())
    pipeline.cycle()
    pipeline.shop.clock.advance(timedelta(hours=2).total_seconds())
    assert pipeline.worker is not None
    pipeline.worker.run_once()  # the refund is submitted
    assert pipeline.scenario.settle_refunds()
    # Every read of the order drops its connection: the label step's live read cannot be made.
    pipeline.scenario.add_fault(
        "drop_after_commit", f"/order/checkout-forms/{order['id']}", method="GET", count=50
    )
    pipeline.worker.run_once()
    assert pipeline.intent(order["id"]).state == IntentState.SUCCEEDED
    assert pipeline.scenario.order(order["id"])["fulfillment"]["status"] != "CANCELLED"
    pipeline.scenario.clear_faults()
    pipeline.cycle()
    assert pipeline.scenario.order(order["id"])["fulfillment"]["status"] == "CANCELLED"
    intent = pipeline.intent(order["id"])
    assert intent.followups_done
    with pipeline.db.sessions() as s:
        types = set(
            s.scalars(select(m.OrderEvent.type).where(m.OrderEvent.order_id == order["id"]))
        )
    assert "LABEL_CANCELLED" in types and "FOLLOWUP_FAILED" not in types
