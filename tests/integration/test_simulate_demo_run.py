"""Run a simulated scenario for real on the demo shop: the ledger matches the prediction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from refunddesk.automation.simulate import simulate
from refunddesk.automation.simulate_demo import run_on_demo_shop
from refunddesk.demo_shop.clock import ShopClock
from refunddesk.domain.cases import Trigger
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode, RefundScope, Rule, RuleAction
from refunddesk.domain.scenarios import ReturnedItem, TestItem, TestScenario
from refunddesk.infra.secrets import Secrets
from refunddesk.queries.refunds import RefundFilter, iter_history
from refunddesk.services.context import AppContext
from refunddesk.services.demo_sandbox import run_in_sandbox
from refunddesk.store import rules_repo
from refunddesk.store.database import open_database, sqlite_url
from tests.support.demo_shop import DemoShopFactory
from tests.support.pipeline import connect_demo_shop


def pln(text: str) -> Money:
    return Money.parse(text, "PLN")


def _scenario(ctx: AppContext, trigger: Trigger, **kw: object) -> TestScenario:
    bought = ctx.now() - timedelta(days=1)
    fields: dict[str, object] = {
        "items": (
            TestItem("Kubek ceramiczny", pln("39.99"), 2),
            TestItem("Ładowarka USB-C", pln("129.00"), 1),
        ),
        "trigger": trigger,
        "bought_at": bought,
        "delivery_cost": pln("12.99"),
        "paid_at": bought + timedelta(minutes=3),
        "dispatch_deadline": bought + timedelta(days=2),
        **kw,
    }
    return TestScenario(**fields)  # type: ignore[arg-type]


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _run(ctx: AppContext, scenario: TestScenario) -> tuple[Money, Money, str]:
    rules = rules_repo.load_rules(ctx.db)
    predicted = simulate(rules, scenario)
    run = run_in_sandbox(ctx.db, scenario, now=ctx.now())
    assert run.skipped == ""
    states = ",".join(i.state for i in run.intents)
    return predicted.refund_total, run.moved, states


def test_cancellation_under_an_armed_rule_moves_exactly_the_predicted_money(
    demo_context: AppContext,
) -> None:
    rule = Rule("", "Cancellations", Trigger.BUYER_CANCELLED, mode=Mode.ARMED)
    rules_repo.save_rule(demo_context.db, rule, demo_context.now())
    predicted, moved, states = _run(demo_context, _scenario(demo_context, Trigger.BUYER_CANCELLED))
    assert predicted == pln("221.97")
    assert moved == predicted
    assert states == "SUCCEEDED"


def test_delivered_return_and_late_order_match_their_predictions(
    demo_context: AppContext,
) -> None:
    returns = Rule(
        "",
        "Returns",
        Trigger.RETURN_DELIVERED,
        mode=Mode.ARMED,
        action=RuleAction(scope=RefundScope.RETURNED_ITEMS, include_delivery=False),
    )
    late = Rule("", "Late", Trigger.NOT_SENT_IN_TIME, mode=Mode.ARMED, grace=timedelta(hours=6))
    for rule in (returns, late):
        rules_repo.save_rule(demo_context.db, rule, demo_context.now())
    ret = _scenario(demo_context, Trigger.RETURN_DELIVERED, returned=(ReturnedItem(0, 1),))
    predicted, moved, states = _run(demo_context, ret)
    assert predicted == pln("39.99") and moved == predicted and states == "SUCCEEDED"
    overdue = _scenario(demo_context, Trigger.NOT_SENT_IN_TIME, after=timedelta(hours=8))
    predicted, moved, states = _run(demo_context, overdue)
    assert predicted == pln("221.97") and moved == predicted and states == "SUCCEEDED"


def test_a_shadow_rule_predicts_a_refund_but_nothing_moves(demo_context: AppContext) -> None:
    rule = Rule("", "Cancellations", Trigger.BUYER_CANCELLED, mode=Mode.SHADOW)
    rules_repo.save_rule(demo_context.db, rule, demo_context.now())
    scenario = _scenario(demo_context, Trigger.BUYER_CANCELLED)
    rules = rules_repo.load_rules(demo_context.db)
    run = run_on_demo_shop(
        demo_context.demo_shop,
        scenario,
        demo_context.make_worker().run_once,
        demo_context.db,
        rules,
    )
    assert run.armed_rules == 0
    assert run.moved.is_zero()
    assert [i.state for i in run.intents] == ["SHADOW"]


def test_a_run_on_the_demo_shop_leaves_no_refund_time_in_the_future(
    demo_shop_factory: DemoShopFactory, tmp_path: Path
) -> None:
    # The app's demo runs on the wall clock (not the frozen test clock): what the merchant
    # sees afterwards on the Refunds screen must not be later than the time on their watch.
    # The run plays in a sandbox (issue #12): the scenario's minutes and days pass there.
    shop = demo_shop_factory(clock=ShopClock(), refund_settle_seconds=1)
    db = open_database(sqlite_url(tmp_path / "demo.sqlite3"))
    ctx = AppContext(
        db=db, secrets=Secrets(), data_dir=tmp_path, demo_shop=shop, now=shop.clock.now
    )
    ctx._closers.append(db.dispose)
    try:
        connect_demo_shop(db, ctx.secrets, shop)
        shop.scenario.create_order(paid=True)
        ctx.make_worker().run_once()
        rule = Rule("", "Cancellations", Trigger.BUYER_CANCELLED, mode=Mode.ARMED)
        rules_repo.save_rule(db, rule, ctx.now())
        predicted, moved, _ = _run(ctx, _scenario(ctx, Trigger.BUYER_CANCELLED))
        assert moved == predicted and not moved.is_zero()
        # A buyer cancels on the merchant's shop after the run: its refund is stamped now.
        order_id = next(iter(shop.state.orders))
        shop.scenario.cancel_as_buyer(order_id)
        ctx.make_worker().run_once()
        stamps = [shop.clock.now()]
        stamps += [r.created_at for r in shop.state.refunds]  # the shop's createdAt
        # What the Refunds screen shows (stored as UTC; the screen reads naive values as UTC).
        stamps += [_utc(row.created_at) for row in iter_history(db, RefundFilter())]
        assert len(stamps) > 2, "the merchant's own cancellation was not refunded"
        now = datetime.now(UTC)  # read last: every stamp above was taken before it
        assert max(stamps) <= now, f"{max(stamps)} is after {now}"
    finally:
        ctx.close()
