"""A demo context with one of each: a refund done, a shadow one, one waiting its delay, a hold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from refunddesk.automation.worker import Worker
from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode, Rule, RuleAction
from refunddesk.services.context import AppContext
from refunddesk.store import rules_repo


def item(price: str) -> list[dict[str, object]]:
    return [{"name": "Kubek ceramiczny 350 ml", "price": price, "quantity": 1}]


def save_rules(ctx: AppContext) -> None:
    """First match wins: ≥ 500 held, 200–500 after a delay, < 100 armed, the rest shadow."""
    pln = "PLN"
    for rule in (
        Rule("", "Hold big ones", Trigger.BUYER_CANCELLED, mode=Mode.ARMED,
             conditions=Conditions(total_at_least=Money(50000, pln)),
             action=RuleAction(require_review=True)),
        Rule("", "Refund after two hours", Trigger.BUYER_CANCELLED, mode=Mode.ARMED,
             conditions=Conditions(total_at_least=Money(20000, pln)), delay=timedelta(hours=2)),
        Rule("", "Refund small ones", Trigger.BUYER_CANCELLED, mode=Mode.ARMED,
             conditions=Conditions(total_under=Money(10000, pln))),
        Rule("", "Try out the rest", Trigger.BUYER_CANCELLED, mode=Mode.SHADOW),
    ):  # fmt: skip
        rules_repo.save_rule(ctx.db, rule, ctx.now())


@dataclass
class Cancelled:
    refunded: str
    shadow: str
    waiting: str
    held: str


def cancel_one_of_each(ctx: AppContext, worker: Worker) -> Cancelled:
    """Orders of 50, 150, 300 and 600 PLN (+9.99 delivery), cancelled by their buyers."""
    scenario = ctx.demo_shop.scenario  # type: ignore[union-attr]
    ids = [scenario.create_order(item(p))["id"] for p in ("50.00", "150.00", "300.00", "600.00")]
    worker.run_once()  # the first sync: these orders are known before they are cancelled
    for order_id in ids:
        scenario.cancel_as_buyer(order_id)
    worker.run_once()
    scenario.settle_refunds()
    worker.run_once()
    return Cancelled(*ids)
