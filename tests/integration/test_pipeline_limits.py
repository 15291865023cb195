"""Global safety limits, pause, dry-run, delays and after-success steps, through the worker."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from refunddesk.automation import limits
from refunddesk.automation.states import HeldReason, IntentState
from refunddesk.domain.cases import Trigger
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode, Rule, RuleAction
from refunddesk.services import review
from refunddesk.store import models as m
from tests.support.pipeline import Pipeline
from tests.support.said import english

MUG = [{"offerId": "17001", "name": "Kubek ceramiczny 350 ml", "price": "39.99", "quantity": 1}]
BAG = [{"offerId": "17003", "name": "Plecak turystyczny 30 l", "price": "199.90", "quantity": 1}]
MUG_PAID = 3999 + 999
BAG_PAID = 19990 + 999


def cancellations(**action: object) -> list[Rule]:
    return [
        Rule(
            id="r-cancel",
            name="Cancellations",
            trigger=Trigger.BUYER_CANCELLED,
            mode=Mode.ARMED,
            action=RuleAction(**action),  # type: ignore[arg-type]
        )
    ]


def set_limits(pipeline: Pipeline, **changes: object) -> None:
    with pipeline.db.transaction() as s:
        limits.update_settings(s, **changes)


def cancel_orders(
    pipeline: Pipeline, *items: list[dict[str, str | int]], balance: str | None = None, **kw: object
) -> list[str]:
    ids = [pipeline.scenario.create_order(i, **kw)["id"] for i in items]
    pipeline.cycle()
    if balance is not None:  # buyers' payments fund the balance: set it after they paid
        pipeline.scenario.set_balance(balance)
    for order_id in ids:
        pipeline.scenario.cancel_as_buyer(order_id)
    pipeline.cycle()
    return ids


def test_per_order_limit_holds_until_approved(pipeline: Pipeline) -> None:
    pipeline.rules = cancellations()
    set_limits(pipeline, order_cap=Money(10000, "PLN"))
    small, big = cancel_orders(pipeline, MUG, BAG)
    assert pipeline.intent(small).state == IntentState.SUCCEEDED
    held = pipeline.intent(big)
    assert (held.state, held.held_reason) == (IntentState.HELD, HeldReason.ORDER_CAP)
    assert pipeline.ledger_total(big) == 0
    review.approve(pipeline.db, [held.id], now=pipeline.now())
    pipeline.cycle()
    assert pipeline.ledger_total(big) == BAG_PAID


def test_daily_count_and_amount_budgets(pipeline: Pipeline) -> None:
    pipeline.rules = cancellations()
    set_limits(pipeline, daily_count=1)
    first, second = cancel_orders(pipeline, MUG, MUG)
    states = {pipeline.intent(first).state, pipeline.intent(second).state}
    assert states == {IntentState.SUCCEEDED, IntentState.HELD}
    held = next(i for i in pipeline.intents() if i.state == IntentState.HELD)
    assert held.held_reason == HeldReason.DAILY_COUNT
    set_limits(pipeline, daily_count=None, daily_budget=Money(MUG_PAID + 100, "PLN"))
    (third,) = cancel_orders(pipeline, MUG)
    third_intent = pipeline.intent(third)
    assert third_intent.held_reason == HeldReason.DAILY_BUDGET
    assert pipeline.ledger_total(third) == 0


def test_per_buyer_daily_cap(pipeline: Pipeline) -> None:
    pipeline.rules = cancellations()
    set_limits(pipeline, buyer_daily_cap=Money(MUG_PAID, "PLN"))
    buyer = {"login": "anna_k", "id": "777"}
    first, second = cancel_orders(pipeline, MUG, MUG, buyer=buyer)
    (other,) = cancel_orders(pipeline, MUG)  # another buyer is not affected
    states = sorted(pipeline.intent(o).state for o in (first, second))
    assert states == [IntentState.HELD, IntentState.SUCCEEDED]
    held = next(pipeline.intent(o) for o in (first, second) if pipeline.intent(o).held_reason)
    assert held.held_reason == HeldReason.BUYER_DAILY_CAP
    assert pipeline.intent(other).state == IntentState.SUCCEEDED


def test_circuit_breaker_opens_after_failures_and_holds_the_rest(pipeline: Pipeline) -> None:
    pipeline.rules = cancellations()
    set_limits(pipeline, breaker_threshold=2)
    a, b = cancel_orders(pipeline, MUG, MUG, balance="0.00")  # refunds come back CANCELED
    assert {pipeline.intent(a).state, pipeline.intent(b).state} == {IntentState.FAILED}
    report = pipeline.cycle()
    assert any("failures in a row" in english(alert) for alert in report.alerts)
    (c,) = cancel_orders(pipeline, MUG, balance="0.00")
    held = pipeline.intent(c)
    assert (held.state, held.held_reason) == (IntentState.HELD, HeldReason.CIRCUIT_BREAKER)
    pipeline.scenario.set_balance("1000.00")
    review.reset_circuit_breaker(pipeline.db)
    review.approve(pipeline.db, [held.id], now=pipeline.now())
    pipeline.cycle()
    assert pipeline.ledger_total(c) == MUG_PAID


def test_pause_and_dry_run_send_nothing(pipeline: Pipeline) -> None:
    pipeline.rules = cancellations()
    set_limits(pipeline, paused=True)
    (paused,) = cancel_orders(pipeline, MUG)
    assert pipeline.intents() == []  # paused: synced, nothing decided or sent
    set_limits(pipeline, paused=False, dry_run=True)
    pipeline.cycle()
    intent = pipeline.intent(paused)
    assert intent.state == IntentState.SHADOW
    assert "Dry-run" in english(intent.trace[-1])
    assert pipeline.ledger_total(paused) == 0


def test_delayed_refund_waits_and_can_be_stopped(pipeline: Pipeline) -> None:
    pipeline.rules = [
        Rule(
            id="r-delay",
            name="Later",
            trigger=Trigger.BUYER_CANCELLED,
            mode=Mode.ARMED,
            delay=timedelta(hours=2),
        )
    ]
    kept, stopped = cancel_orders(pipeline, MUG, MUG)
    assert {i.state for i in pipeline.intents()} == {IntentState.PLANNED}
    review.dismiss(pipeline.db, [pipeline.intent(stopped).id], now=pipeline.now(), note="stop")
    pipeline.shop.clock.advance(3600)
    pipeline.cycle()
    assert pipeline.ledger_total(kept) == 0  # not yet: the delay runs for two hours
    pipeline.shop.clock.advance(3601)
    pipeline.cycle()
    assert pipeline.ledger_total(kept) == MUG_PAID
    assert pipeline.ledger_total(stopped) == 0


def test_commission_is_claimed_after_the_refund_succeeds(pipeline: Pipeline) -> None:
    pipeline.rules = cancellations(claim_commission=True)
    (order_id,) = cancel_orders(pipeline, MUG)
    intent = pipeline.intent(order_id)
    assert intent.state == IntentState.SUCCEEDED and intent.followups_done
    with pipeline.db.sessions() as s:
        claims = list(s.scalars(select(m.CommissionClaim)))
    assert len(claims) == 1 and claims[0].claim_id
    assert claims[0].claim_id in pipeline.shop.state.claims
    pipeline.cycle()
    with pipeline.db.sessions() as s:
        assert len(list(s.scalars(select(m.CommissionClaim)))) == 1  # claimed once
