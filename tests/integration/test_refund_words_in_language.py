"""A refund's story in the merchant's language: Allegro's Polish error stays in the details."""

from __future__ import annotations

from refunddesk.automation.states import IntentState
from refunddesk.domain.cases import Trigger
from refunddesk.domain.rules import Mode, Rule
from refunddesk.queries.refunds import refund_detail
from tests.support.pipeline import Pipeline

ITEMS = [{"offerId": "17001", "name": "Kubek ceramiczny", "price": "39.99", "quantity": 1}]


def test_an_allegro_error_reads_in_the_merchants_language_with_its_words_in_details(
    pipeline: Pipeline,
) -> None:
    pipeline.rules = [
        Rule(id="r1", name="Anulowane", trigger=Trigger.BUYER_CANCELLED, mode=Mode.ARMED)
    ]
    order = pipeline.scenario.create_order(ITEMS, delivery_cost="0.00")
    pipeline.cycle()
    # Allegro answers the refund with a 503 and "Spróbuj ponownie później": the outcome is unknown.
    pipeline.scenario.add_fault(
        "error_rate", "/payments/refunds", method="POST", rate=1.0, count=1, status=503
    )
    pipeline.scenario.cancel_as_buyer(order["id"])
    pipeline.cycle(settle=False)
    intent = pipeline.intent(order["id"])
    assert intent.state == IntentState.UNCONFIRMED

    chinese = refund_detail(pipeline.db, intent.id, "zh_CN")
    assert chinese is not None
    assert chinese.trace[0] == "规则 1“Anulowane”匹配"
    assert "Allegro 未确认退款（Allegro 发生内部错误" in chinese.trace[-1]
    assert not any("Spróbuj" in line for line in chinese.trace)
    assert "Allegro 的原话：Spróbuj ponownie później" in chinese.details
    trace_id = pipeline.attempts(intent.id)[-1].trace_id
    assert trace_id and any(trace_id in line for line in chinese.details)

    english = refund_detail(pipeline.db, intent.id, "en")
    assert english is not None
    assert english.trace[-1].startswith("Allegro did not confirm the refund (Allegro had an")
    assert "Allegro's own words: Spróbuj ponownie później" in english.details
