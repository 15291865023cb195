"""A "no refund" decision says why: on the order's timeline, in the Refunds detail and in the
CLI's listing."""

from __future__ import annotations

import pytest

from refunddesk.automation.states import IntentState
from refunddesk.cli.refunds import _print_rows
from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions
from refunddesk.domain.messages import Message, render, render_text
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode, Rule, RuleAction
from refunddesk.queries.refunds import refund_detail
from refunddesk.store import models as m
from refunddesk.store import queries
from tests.support.pipeline import Pipeline

ITEMS = [{"offerId": "17001", "name": "Kubek", "price": "39.99", "quantity": 1}]
SMALL_ONLY = Rule(
    id="small",
    name="Small cancellations",
    trigger=Trigger.BUYER_CANCELLED,
    mode=Mode.ARMED,
    conditions=Conditions(total_under=Money(1000, "PLN")),
)


def _decided(p: Pipeline, order_id: str) -> str:
    with p.db.sessions() as s:
        (event,) = s.query(m.OrderEvent).filter_by(order_id=order_id, type="DECISION_NO_ACTION")
        return event.detail


def test_the_timeline_and_the_cli_say_which_rule_missed_and_why(
    pipeline: Pipeline, capsys: pytest.CaptureFixture[str]
) -> None:
    p = pipeline
    p.rules = [SMALL_ONLY]
    order = p.scenario.create_order(ITEMS)
    p.cycle()
    p.scenario.cancel_as_buyer(order["id"])
    p.cycle()
    assert p.intent(order["id"]).state == IntentState.NO_ACTION

    detail = _decided(p, order["id"])
    english = render_text(detail, "en").replace("\u00a0", " ")
    assert english.startswith("No rule's conditions were met — “Small cancellations”")
    assert "not under PLN 10.00" in english
    assert render_text(detail, "pl").startswith("Warunki żadnej reguły nie zostały spełnione")

    detail_pl = refund_detail(p.db, p.intent(order["id"]).id, "pl")
    assert detail_pl is not None
    assert detail_pl.no_refund_reason == render_text(detail, "pl")  # the Refunds detail pane

    rows = queries.refunds(p.db, states=("NO_ACTION",))
    _print_rows(rows, as_json=False, empty="", language="pl")
    printed = capsys.readouterr().out
    assert "Warunki żadnej reguły nie zostały spełnione" in printed
    assert "„Small cancellations”" in printed


def test_an_unpaid_order_says_it_was_not_paid(pipeline: Pipeline) -> None:
    p = pipeline
    p.rules = [SMALL_ONLY]
    order = p.scenario.create_order(ITEMS, paid=False)
    p.cycle()
    p.scenario.cancel_as_buyer(order["id"])
    p.cycle()
    detail = _decided(p, order["id"])
    said = render_text(detail, "en")
    assert said == "It cannot be refunded: the buyer has not paid for the order."


def test_a_held_refunds_note_is_the_deciding_rules_not_a_later_rules(
    pipeline: Pipeline, capsys: pytest.CaptureFixture[str]
) -> None:
    """The rules below the one that decided say "not reached": the listing's line under a held
    refund said "Rule 2 … not reached: rule 1 decided first" instead of why it is held."""
    p = pipeline
    hold_all = Rule(
        id="hold", name="Hold everything", trigger=Trigger.BUYER_CANCELLED, mode=Mode.ARMED,
        action=RuleAction(require_review=True),
    )  # fmt: skip
    p.rules = [hold_all, SMALL_ONLY]
    order = p.scenario.create_order(ITEMS)
    p.cycle()
    p.scenario.cancel_as_buyer(order["id"])
    p.cycle()
    assert p.intent(order["id"]).state == IntentState.HELD
    [row] = queries.refunds(p.db, states=("HELD",))
    assert isinstance(row.last_note, Message) and row.last_note.code == "trace.held"
    _print_rows([row], as_json=False, empty="", language="en")
    printed = capsys.readouterr().out
    assert "not reached" not in printed
    assert render(row.last_note, "en") in printed
    assert " HELD " in printed and " 49.98 PLN " in printed  # English keeps the codes

    _print_rows([row], as_json=False, empty="", language="pl")
    printed = capsys.readouterr().out
    assert " czeka na akceptację " in printed and " 49,98\u00a0zł " in printed
