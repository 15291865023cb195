"""Dashboard queries on a real database after real worker cycles against the demo shop."""

from __future__ import annotations

from datetime import UTC, timedelta
from zoneinfo import ZoneInfo

from refunddesk.automation import limits
from refunddesk.domain.money import Money
from refunddesk.queries import dashboard
from refunddesk.services import shops
from refunddesk.services.context import AppContext
from tests.support.dashboard_data import cancel_one_of_each, save_rules


def test_an_empty_database_shows_nothing_and_no_shop(app_context: AppContext) -> None:
    board = dashboard.load_dashboard(app_context.db, app_context.now(), UTC)
    assert not board.has_shop
    assert board.today == dashboard.Totals() and board.holds == board.failures == 0
    assert len(board.per_day) == 14 and all(d.count == 0 for d in board.per_day)
    assert board.alerts == () and board.feed == ()
    assert dashboard.review_count(app_context.db) == 0


def test_refunds_holds_shadow_and_waiting_after_real_cycles(demo_context: AppContext) -> None:
    ctx = demo_context
    save_rules(ctx)
    orders = cancel_one_of_each(ctx, ctx.make_worker())
    board = dashboard.load_dashboard(ctx.db, ctx.now(), UTC)
    assert board.has_shop
    assert board.today == dashboard.Totals(1, (Money(5999, "PLN"),))
    assert board.week == board.today
    assert board.shadow_week == dashboard.Totals(1, (Money(15999, "PLN"),))
    assert board.holds == 1 and board.failures == 0
    assert [w.order_id for w in board.waiting] == [orders.waiting]
    assert board.waiting[0].amount == Money(30999, "PLN")
    assert board.waiting[0].not_before > ctx.now()
    assert board.per_day[-1].day == ctx.now().date() and board.per_day[-1].count == 1
    assert sum(d.count for d in board.per_day) == 1
    assert board.feed and all(f.source in ("refund", "person") for f in board.feed)
    assert orders.refunded in {f.order_id for f in board.feed}
    succeeded = next(f for f in board.feed if f.type == "REFUND_SUCCEEDED")
    assert succeeded.order_id == orders.refunded and succeeded.amount == Money(5999, "PLN")
    assert dashboard.review_count(ctx.db) == 1

    # Tomorrow in Warsaw (the clock is 10:00 there) nothing was refunded "today" any more.
    later = dashboard.load_dashboard(
        ctx.db, ctx.now() + timedelta(hours=15), ZoneInfo("Europe/Warsaw")
    )
    assert later.today == dashboard.Totals() and later.week.count == 1


def test_orders_due_today_and_overdue(demo_context: AppContext) -> None:
    ctx = demo_context
    scenario = ctx.demo_shop.scenario  # type: ignore[union-attr]
    now = ctx.now()
    for hours in (-30, -2, 3, 5, 40):
        deadline = (now + timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        scenario.create_order(
            [{"name": "Plecak", "price": "20.00", "quantity": 1}], dispatch_deadline=deadline
        )
    ctx.make_worker().run_once()
    board = dashboard.load_dashboard(ctx.db, now, UTC)  # 09:00 UTC: +3 h and +5 h are today
    assert (board.due_today, board.overdue) == (2, 2)


def test_alerts_for_breaker_keyring_and_reconnect(demo_context: AppContext) -> None:
    ctx = demo_context
    with ctx.db.transaction() as s:
        limits.update_settings(s, breaker_open=True, consecutive_failures=5)
    shop = shops.list_shops(ctx.db)[0]
    shops.mark_needs_reconnect(ctx.db, shop.id)
    keyring = dashboard.Alert("keyring", "PlaintextKeyring")
    board = dashboard.load_dashboard(ctx.db, ctx.now(), UTC, keyring=keyring)
    assert [(a.kind, a.detail) for a in board.alerts] == [
        ("breaker", "5"), ("keyring", "PlaintextKeyring"), ("reconnect", shop.name),
    ]  # fmt: skip


def test_status_says_armed_paused_and_dry_run(demo_context: AppContext) -> None:
    ctx = demo_context
    status = dashboard.automation_status(ctx.db)
    assert status.shop_name and status.is_demo and not status.any_armed and not status.paused
    save_rules(ctx)
    with ctx.db.transaction() as s:
        limits.update_settings(s, paused=True, dry_run=True)
    status = dashboard.automation_status(ctx.db)
    assert status.any_armed and status.paused and status.dry_run
