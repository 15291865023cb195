"""A refund dismissed by mistake can be reopened: it waits for a person's approval again, and is
then sent once, checked against what is left to refund, like any approved refund. The demo
shop's ledger is the truth."""

from __future__ import annotations

import pytest

from refunddesk.automation.states import HeldReason, IntentState
from refunddesk.domain.cases import Trigger
from refunddesk.domain.messages import render_all
from refunddesk.domain.rules import Mode, Rule, RuleAction
from refunddesk.services import review
from refunddesk.store import models as m
from tests.support.pipeline import Pipeline
from tests.support.said import english_lines

ITEMS = [{"offerId": "17001", "name": "Kubek", "price": "39.99", "quantity": 1}]
PAID = 3999 + 999  # the item and the default delivery cost
ASK_ME = Rule(
    id="ask-me",
    name="Cancellations, with my approval",
    trigger=Trigger.BUYER_CANCELLED,
    mode=Mode.ARMED,
    action=RuleAction(require_review=True),
)
CANCEL = Rule(id="cancel", name="Cancellations", trigger=Trigger.BUYER_CANCELLED, mode=Mode.ARMED)


def _by_id(p: Pipeline, intent_id: int) -> m.RefundIntent:
    with p.db.sessions() as s:
        found = s.get(m.RefundIntent, intent_id)
        assert found is not None
        return found


def _dismissed_hold(p: Pipeline) -> tuple[str, int]:
    p.rules = [ASK_ME]
    order = p.scenario.create_order(ITEMS)
    p.cycle()
    p.scenario.cancel_as_buyer(order["id"])
    p.cycle()
    intent = p.intent(order["id"])
    assert intent.state == IntentState.HELD
    review.dismiss(p.db, [intent.id], now=p.now(), note="clicked the wrong row")
    return order["id"], intent.id


def test_a_reopened_refund_waits_for_approval_then_goes_out_once(pipeline: Pipeline) -> None:
    p = pipeline
    order_id, intent_id = _dismissed_hold(p)

    review.reopen(p.db, [intent_id], now=p.now(), note="it was the right one", actor="Ola")
    p.cycle()
    p.cycle()
    held = p.intent(order_id)
    assert held.state == IntentState.HELD
    assert held.held_reason == HeldReason.REOPENED
    assert p.ledger_total(order_id) == 0  # reopening alone sends nothing
    assert any("Reopened after it was dismissed" in line for line in english_lines(held.trace))
    # What people did reads in the merchant's language, their own words as typed.
    polish = render_all(held.trace, "pl")
    assert "Odrzucono: clicked the wrong row" in polish
    reopened = "Przywrócony po odrzuceniu (it was the right one): czeka na Twoje zatwierdzenie."
    assert reopened in polish

    review.approve(p.db, [intent_id], now=p.now())
    for _ in range(3):
        p.cycle()
    assert p.intent(order_id).state == IntentState.SUCCEEDED
    assert p.ledger_total(order_id) == PAID
    assert len(p.scenario.refunds(order_id)) == 1


def test_a_reopened_refund_sends_only_what_is_left_after_a_refund_by_hand(
    pipeline: Pipeline,
) -> None:
    p = pipeline
    order_id, intent_id = _dismissed_hold(p)
    p.scenario.refund_by_hand(order_id, None)  # the merchant refunded it in Allegro meanwhile
    p.cycle()

    review.reopen(p.db, [intent_id], now=p.now())
    review.approve(p.db, [intent_id], now=p.now())
    for _ in range(3):
        p.cycle()
    assert p.ledger_total(order_id) == PAID  # the hand refund alone: nothing sent on top
    assert [r for r in p.scenario.refunds(order_id) if r["source"] == "API"] == []
    assert p.intent(order_id).state == IntentState.HELD
    assert p.intent(order_id).held_reason == HeldReason.ALREADY_REFUNDED_ELSEWHERE


def test_a_refund_allegro_refused_then_dismissed_is_sent_with_a_new_command_id(
    pipeline: Pipeline,
) -> None:
    p = pipeline
    p.rules = [CANCEL]
    order = p.scenario.create_order(ITEMS)
    p.cycle()
    p.scenario.set_balance("0.00")
    p.scenario.cancel_as_buyer(order["id"])
    p.cycle()
    failed = p.intent(order["id"])
    assert failed.state == IntentState.FAILED
    review.dismiss(p.db, [failed.id], now=p.now(), note="will look tomorrow")
    p.scenario.set_balance("1000.00")

    review.reopen(p.db, [failed.id], now=p.now())
    reopened = p.intent(order["id"])
    assert (reopened.failure_code, reopened.command_id) == ("", None)
    review.approve(p.db, [failed.id], now=p.now())
    p.cycle()
    done = p.intent(order["id"])
    assert done.state == IntentState.SUCCEEDED
    assert done.command_id and done.command_id != failed.command_id
    assert p.ledger_total(order["id"]) == PAID


def test_only_a_dismissed_refund_can_be_reopened(pipeline: Pipeline) -> None:
    p = pipeline
    p.rules = [CANCEL]
    order = p.scenario.create_order(ITEMS)
    p.cycle()
    p.scenario.cancel_as_buyer(order["id"])
    p.cycle()
    p.cycle()
    done = p.intent(order["id"])
    assert done.state == IntentState.SUCCEEDED

    with pytest.raises(review.ReviewError) as info:
        review.reopen(p.db, [done.id], now=p.now())
    assert "it has been refunded" in str(info.value)
    assert p.intent(order["id"]).state == IntentState.SUCCEEDED


def test_reopening_is_refused_while_another_refund_of_the_order_is_open(
    pipeline: Pipeline,
) -> None:
    p = pipeline
    order_id, intent_id = _dismissed_hold(p)
    with p.db.transaction() as s:  # a second decision on the order, still waiting for a person
        first = s.get(m.RefundIntent, intent_id)
        assert first is not None
        s.add(
            m.RefundIntent(
                shop_id=first.shop_id,
                order_id=order_id,
                trigger="RETURN_RECEIVED",
                scope="return:r-1",
                state=IntentState.HELD.value,
                mode="armed",
                rule_name="Returns",
                amount_minor=PAID,
                currency="PLN",
                reason_code="REFUND",
                detected_at=p.now(),
                created_at=p.now(),
                updated_at=p.now(),
            )
        )

    with pytest.raises(review.ReviewError) as info:
        review.reopen(p.db, [intent_id], now=p.now())
    assert "cannot be reopened" in str(info.value)
    assert info.value.text("pl").startswith("Zwrotu")
    assert _by_id(p, intent_id).state == IntentState.DISMISSED


def test_a_reopened_refund_stays_held_when_the_order_changes(pipeline: Pipeline) -> None:
    # A person reopened it to decide it themselves: a later change of the order is shown to
    # them, not turned into a refund by the rule.
    p = pipeline
    order_id, intent_id = _dismissed_hold(p)
    p.rules = [CANCEL]  # now a rule that would refund without asking
    review.reopen(p.db, [intent_id], now=p.now())
    p.scenario.set_fulfillment(order_id, "PROCESSING")
    p.cycle()
    p.cycle()
    assert _by_id(p, intent_id).state == IntentState.HELD
    assert p.ledger_total(order_id) == 0
