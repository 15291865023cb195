"""The Orders screen's queries against a real SQLite file fed by the real worker and demo shop."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode
from refunddesk.queries import orders as q
from refunddesk.services.context import AppContext
from refunddesk.services.demo import starter_rules
from refunddesk.store import models as m
from refunddesk.store import rules_repo

BASE = datetime(2026, 1, 1, tzinfo=UTC)


def _arm_starter_rules(ctx: AppContext) -> None:
    for rule in starter_rules():
        rules_repo.save_rule(ctx.db, dataclasses.replace(rule, mode=Mode.ARMED), ctx.now())


def _all(ctx: AppContext, flt: q.OrderFilter | None = None) -> list[q.OrderRow]:
    return list(q.order_page(ctx.db, flt or q.OrderFilter(), q.OrderSort(), 0, 500, ctx.now()).rows)


def test_synced_orders_are_listed_newest_first_with_count(demo_context: AppContext) -> None:
    demo_context.demo_shop.scenario.seed(30)
    demo_context.make_worker().run_once()
    rows = _all(demo_context)
    assert len(rows) == 30 == q.count_orders(demo_context.db, q.OrderFilter(), demo_context.now())
    bought = [r.bought_at for r in rows]
    assert bought == sorted(bought, reverse=True)
    ascending = q.order_page(
        demo_context.db,
        q.OrderFilter(),
        q.OrderSort(q.OrderColumn.TOTAL, descending=False),
        0,
        500,
        demo_context.now(),
    ).rows
    totals = [r.total.minor for r in ascending if r.total is not None]
    assert totals == sorted(totals)


def test_search_matches_buyer_order_id_and_product(demo_context: AppContext) -> None:
    scenario = demo_context.demo_shop.scenario
    scenario.seed(10)
    special = scenario.create_order(
        [{"name": "Kubek z wielbłądem", "price": "19.99", "quantity": 2}],
        buyer={"login": "camel_fan_77"},
    )
    demo_context.make_worker().run_once()
    now = demo_context.now()
    by_login = _all(demo_context, q.OrderFilter(search="CAMEL_fan"))
    assert [r.order_id for r in by_login] == [special["id"]]
    by_product = _all(demo_context, q.OrderFilter(search="wielbłą"))
    assert [r.order_id for r in by_product] == [special["id"]]
    by_id = _all(demo_context, q.OrderFilter(search=special["id"][:13]))
    assert [r.order_id for r in by_id] == [special["id"]]
    assert q.count_orders(demo_context.db, q.OrderFilter(search="no-such-thing%"), now) == 0


def test_overdue_filter_follows_the_clock(demo_context: AppContext) -> None:
    shop = demo_context.demo_shop
    late = shop.scenario.create_order(dispatch_deadline="2026-11-21T09:00:00Z")
    sent = shop.scenario.create_order(dispatch_deadline="2026-11-21T09:00:00Z")
    shop.scenario.mark_sent(sent["id"])
    worker = demo_context.make_worker()
    worker.run_once()
    overdue = q.OrderFilter(overdue_only=True)
    assert _all(demo_context, overdue) == []
    shop.clock.advance(2 * 24 * 3600)
    worker.run_once()
    rows = _all(demo_context, overdue)
    assert [r.order_id for r in rows] == [late["id"]]
    assert rows[0].overdue


def test_cancelled_and_refunded_order_has_its_story_in_order(demo_context: AppContext) -> None:
    _arm_starter_rules(demo_context)
    scenario = demo_context.demo_shop.scenario
    order = scenario.create_order([{"name": "Lampka", "price": "45.00", "quantity": 1}])
    worker = demo_context.make_worker()
    worker.run_once()
    scenario.cancel_as_buyer(order["id"])
    worker.run_once()
    scenario.settle_refunds()
    worker.run_once()
    row = _all(demo_context, q.OrderFilter(has_refund=True))
    assert [r.order_id for r in row] == [order["id"]]
    assert row[0].cancelled_by_buyer and row[0].status == "CANCELLED"
    assert row[0].refunded == Money.parse("54.99", "PLN")  # the item and the delivery
    detail = q.order_detail(demo_context.db, row[0].shop_id, order["id"], demo_context.now())
    assert detail is not None
    types = [e.type for e in detail.timeline]
    cancelled = types.index("BUYER_CANCELLED")
    decided = next(i for i, t in enumerate(types) if t.startswith("DECISION_"))
    succeeded = types.index("REFUND_SUCCEEDED")
    assert cancelled < decided < succeeded
    assert types.count("BOUGHT") == 1  # the feed's event, not repeated from the order's facts
    assert [i.state for i in detail.intents] == ["SUCCEEDED"]
    assert detail.intents[0].rule_name == "Refund buyer cancellations"
    assert [i.name for i in detail.items] == ["Lampka"]


def test_an_order_found_at_connect_shows_it_was_bought_paid_and_sent(
    demo_context: AppContext,
) -> None:
    # Made before the first sync: it comes from the order list, the event feed never names it.
    scenario, now = demo_context.demo_shop.scenario, demo_context.now()
    bought = now - timedelta(days=2)
    order = scenario.create_order(
        bought_at=bought.isoformat(), paid_at=(bought + timedelta(minutes=4)).isoformat()
    )
    scenario.mark_sent(order["id"])
    demo_context.make_worker().run_once()
    [row] = _all(demo_context)
    detail = q.order_detail(demo_context.db, row.shop_id, order["id"], now)
    assert detail is not None
    story = [(e.source, e.type) for e in detail.timeline]
    assert story == [
        ("allegro", "BOUGHT"),
        ("allegro", "READY_FOR_PROCESSING"),
        ("allegro", "FULFILLMENT_STATUS_CHANGED"),
    ]
    assert detail.timeline[0].occurred_at.replace(tzinfo=UTC) == bought


def test_return_and_payment_filters(demo_context: AppContext) -> None:
    scenario = demo_context.demo_shop.scenario
    cod = scenario.create_order(payment_type="CASH_ON_DELIVERY")
    pay_later = scenario.create_order(allegro_pay=True)
    returned = scenario.create_order()
    scenario.mark_sent(returned["id"])
    scenario.declare_return(returned["id"])
    demo_context.make_worker().run_once()
    kinds = {r.order_id: r.payment_kind for r in _all(demo_context)}
    assert kinds[cod["id"]] == "CASH_ON_DELIVERY"
    assert kinds[pay_later["id"]] == q.ALLEGRO_PAY
    only_cod = _all(demo_context, q.OrderFilter(payment_kinds=("CASH_ON_DELIVERY",)))
    assert [r.order_id for r in only_cod] == [cod["id"]]
    with_return = _all(demo_context, q.OrderFilter(has_return=True))
    assert [r.order_id for r in with_return] == [returned["id"]]
    detail = q.order_detail(
        demo_context.db, with_return[0].shop_id, returned["id"], demo_context.now()
    )
    assert detail is not None and len(detail.returns) == 1
    assert detail.returns[0].status == "CREATED" and detail.returns[0].items


def test_date_range_and_paging(app_context: AppContext) -> None:
    shop_id = _insert_orders(app_context, 1200)
    now = app_context.now()
    flt = q.OrderFilter(shop_id=shop_id)
    first = q.order_page(app_context.db, flt, q.OrderSort(), 0, 500, now).rows
    second = q.order_page(app_context.db, flt, q.OrderSort(), 500, 500, now).rows
    assert len(first) == len(second) == 500
    assert not {r.pk for r in first} & {r.pk for r in second}
    start = BASE + timedelta(hours=100)
    window = q.OrderFilter(bought_from=start, bought_to=start + timedelta(hours=10))
    assert q.count_orders(app_context.db, window, now) == 10


def test_sync_problems_are_listed(app_context: AppContext) -> None:
    shop_id = _insert_orders(app_context, 0)
    with app_context.db.transaction() as s:
        s.add(
            m.SyncProblem(
                shop_id=shop_id,
                subject="order",
                subject_id="abc",
                message="lineItems[0].price is missing",
                first_seen=BASE,
                last_seen=BASE,
            )
        )
    problems = q.sync_problems(app_context.db)
    assert [(p.subject_id, p.message) for p in problems] == [
        ("abc", "lineItems[0].price is missing")
    ]


def _insert_orders(ctx: AppContext, count: int) -> int:
    with ctx.db.transaction() as s:
        shop = m.Shop(
            name="Bulk",
            environment="custom",
            api_url="http://127.0.0.1:1",
            auth_url="http://127.0.0.1:1",
            created_at=BASE,
        )
        s.add(shop)
        s.flush()
        shop_id = shop.id
        if count:
            s.execute(insert(m.Order), [_order_row(shop_id, n) for n in range(count)])
    return shop_id


def _order_row(shop_id: int, n: int) -> dict[str, object]:
    return {
        "shop_id": shop_id,
        "order_id": f"order-{n:06d}",
        "status": "READY_FOR_PROCESSING",
        "buyer_login": f"buyer{n % 97}",
        "currency": "PLN",
        "total_minor": 1000 + n,
        "bought_at": BASE + timedelta(hours=n),
        "synced_at": BASE,
    }
