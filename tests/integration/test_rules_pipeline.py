"""Rules through the real planner on the demo shop: caps per currency, shadow before holds."""

from __future__ import annotations

from refunddesk.automation.states import HeldReason, IntentState
from refunddesk.domain.cases import Trigger
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode, OverCap, Rule
from tests.support.pipeline import Pipeline
from tests.support.said import english_lines

MUG = [{"offerId": "17001", "name": "Kubek ceramiczny 350 ml", "price": "39.99", "quantity": 1}]
CHARGER = [{"offerId": "17002", "name": "Ładowarka USB-C 65W", "price": "129.00", "quantity": 1}]


def _cancelled(pipeline: Pipeline, items: list[dict[str, object]], **kw: object) -> str:
    order = pipeline.scenario.create_order(items, **kw)
    pipeline.cycle()
    pipeline.scenario.cancel_as_buyer(order["id"])
    return str(order["id"])


def test_one_rule_caps_pln_and_czk_and_holds_a_currency_without_a_cap(
    pipeline: Pipeline,
) -> None:
    pipeline.rules = [
        Rule(
            id="r-two-shops",
            name="Cancellations on .pl and .cz",
            trigger=Trigger.BUYER_CANCELLED,
            caps=(Money(10000, "PLN"), Money(100000, "CZK")),
            over_cap=OverCap.HOLD,
            mode=Mode.ARMED,
        )
    ]
    mug_pln = _cancelled(pipeline, MUG)  # 39.99 + 9.99 PLN: under the PLN cap
    charger_pln = _cancelled(pipeline, CHARGER)  # 129.00 + 9.99 PLN: above it
    charger_czk = _cancelled(pipeline, CHARGER, currency="CZK")  # 138.99 CZK: under 1000 CZK
    mug_eur = _cancelled(pipeline, MUG, currency="EUR")  # no cap for EUR
    pipeline.cycle()

    assert pipeline.intent(mug_pln).state == IntentState.SUCCEEDED
    assert pipeline.ledger_total(mug_pln) == 3999 + 999
    held = pipeline.intent(charger_pln)
    assert (held.state, held.held_reason) == (IntentState.HELD, HeldReason.OVER_CAP)
    assert pipeline.intent(charger_czk).state == IntentState.SUCCEEDED
    assert pipeline.ledger_total(charger_czk) == 12900 + 999
    # Not silently skipped (no rule would decide it) and not refunded without a limit: held.
    euro = pipeline.intent(mug_eur)
    assert (euro.state, euro.held_reason) == (IntentState.HELD, HeldReason.NO_CAP_FOR_CURRENCY)
    assert pipeline.ledger_total(mug_eur) == 0


def test_a_shadow_rule_above_its_cap_records_shadow_and_asks_no_one(pipeline: Pipeline) -> None:
    pipeline.rules = [
        Rule(
            id="r-try",
            name="Try-out with a cap",
            trigger=Trigger.BUYER_CANCELLED,
            caps=(Money(5000, "PLN"),),  # shadow is the default mode
        )
    ]
    order_id = _cancelled(pipeline, CHARGER)
    pipeline.cycle()
    intent = pipeline.intent(order_id)
    assert intent.state == IntentState.SHADOW  # never HELD: Review has nothing to approve
    assert intent.held_reason == ""
    assert intent.amount_minor == 12900 + 999
    assert any(line.startswith("Would be held if armed") for line in english_lines(intent.trace))
    assert pipeline.ledger_total(order_id) == 0
