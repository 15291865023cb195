"""Property: any poisoned value in one order's data, from any endpoint we read, costs only that
order. The real sync and planner run against the demo shop; the poison is put into its answers."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from refunddesk.automation import limits
from refunddesk.automation.planner import plan_shop
from refunddesk.automation.sync import sync_shop
from refunddesk.demo_shop import DemoShop
from refunddesk.demo_shop.clock import ShopClock
from refunddesk.domain.cases import Trigger
from refunddesk.domain.rules import Rule
from refunddesk.infra.secrets import Secrets
from refunddesk.services import shops
from refunddesk.store import models as m
from refunddesk.store.database import open_database, sqlite_url
from tests.support.demo_shop import DemoShopFactory
from tests.support.pipeline import connect_demo_shop
from tests.support.poison import Poisoner, leaf_paths

START = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
ITEM = [{"offerId": "17001", "name": "Kubek", "price": "39.99", "quantity": 2}]
# Shadow rules: the planner reads refunds and parcels live, and no money moves between examples.
RULES = [
    Rule(id="r-cancel", name="Cancellations", trigger=Trigger.BUYER_CANCELLED),
    Rule(id="r-late", name="Late", trigger=Trigger.NOT_SENT_IN_TIME, grace=timedelta(hours=1)),
]
DELETE = object()  # remove the key (or list item) instead of setting it
CURRENCY = object()  # a second currency at one of the entity's currency fields
POISON = [
    float("inf"),
    float("-inf"),
    float("nan"),
    -1,
    1e308,
    10**12,
    "9999-12-31T23:59:59Z",
    "9999-12-31T23:00:00-05:00",
    "0001-01-01T00:00:00Z",
    "NaN",
    "Infinity",
    "-12.50",
    "99999999999999.99",
    "",
    None,
    True,
    [],
    {},
    DELETE,
    CURRENCY,
]
# Whose data each kind of entity can poison: the cancelled order has a return and a refund,
# the late one is re-read with its parcels before the planner decides.
TARGETS = {
    "form": ("cancelled", "late"),
    "event": ("cancelled", "late"),
    "stats": ("cancelled",),
    "return": ("cancelled",),
    "refund": ("cancelled",),
    "shipment": ("late",),
}


@dataclass
class Shop:
    shop: DemoShop
    poisoner: Poisoner
    orders: dict[str, str]  # role -> order id


def _prepare(factory: DemoShopFactory) -> Shop:
    shop = factory(clock=ShopClock(START, frozen=True), refund_settle_seconds=3600)
    sc = shop.scenario
    late_deadline = (START - timedelta(days=1)).isoformat()
    bought = (START - timedelta(days=3)).isoformat()
    orders: dict[str, str] = {}
    for role in ("cancelled", "cancelled_too"):
        oid = sc.create_order(ITEM, bought_at=bought)["id"]
        sc.cancel_as_buyer(oid)
        sc.declare_return(oid)
        orders[role] = oid
    sc.refund_by_hand(orders["cancelled"], delivery=True)
    for role in ("late", "late_too"):
        orders[role] = sc.create_order(ITEM, bought_at=bought, dispatch_deadline=late_deadline)[
            "id"
        ]
    for role in ("plain", "sent"):
        orders[role] = sc.create_order(ITEM, bought_at=bought)["id"]
    sc.mark_sent(orders["sent"])
    poisoner = Poisoner()
    shop.answer_hook = poisoner
    return Shop(shop, poisoner, orders)


def _mutation(entity: Any, pick: int, poison: Any) -> None:
    """Put ``poison`` at one place inside ``entity``: the ``pick``-th of its paths."""
    if poison is CURRENCY:
        paths = [p for p in leaf_paths(entity) if p[-1] == "currency"]
        poison = "EUR"
    else:
        paths = list(leaf_paths(entity))
    if not paths:
        return
    path = paths[pick % len(paths)]
    parent = entity
    for key in path[:-1]:
        parent = parent[key]
    if poison is DELETE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = poison


@st.composite
def poisonings(draw: st.DrawFn) -> tuple[str, str, int, Any]:
    kind = draw(st.sampled_from(sorted(TARGETS)))
    role = draw(st.sampled_from(TARGETS[kind]))
    return kind, role, draw(st.integers(0, 10_000)), draw(st.sampled_from(POISON))


def _open_problems(db: Any) -> list[m.SyncProblem]:
    with db.sessions() as s:
        rows = s.scalars(select(m.SyncProblem).where(m.SyncProblem.resolved_at.is_(None)))
        return list(rows)


@settings(
    max_examples=10,  # plus the found examples; more belong in a nightly run, not make test
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(poisoning=poisonings())
# Found by this test: a return whose id arrives as a number, or as another believable string,
# must not leave a problem (or a ghost return re-read forever) once Allegro's data is right.
@example(poisoning=("return", "cancelled", 0, -1))
@example(poisoning=("return", "cancelled", 0, "9999-12-31T23:59:59Z"))
@example(poisoning=("form", "late", 0, -1))  # a late order whose id Allegro refuses (422)
def test_one_poisoned_order_never_stops_the_sync_of_the_others(
    demo_shop_factory: DemoShopFactory, poisoning: tuple[str, str, int, Any]
) -> None:
    # One shop for all examples of this test run; each example gets a brand-new RefundDesk.
    prepared: Shop | None = getattr(demo_shop_factory, "poisoned_shop", None)
    if prepared is None:
        prepared = _prepare(demo_shop_factory)
        demo_shop_factory.poisoned_shop = prepared  # type: ignore[attr-defined]
    kind, role, pick, poison = poisoning
    target = prepared.orders[role]
    sc, poisoner = prepared.shop.scenario, prepared.poisoner
    now = prepared.shop.clock.now

    def change(entity: Any) -> None:
        _mutation(entity, pick, poison)

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(sqlite_url(Path(tmp) / "poisoned.sqlite3"))
        try:
            secrets = Secrets()
            shop_id = connect_demo_shop(db, secrets, prepared.shop)
            market = shops.client_for(shops.get_shop(db, shop_id), secrets)
            poisoner.poison(target, kind, change)

            # Any exception escaping these fails the example: 0 is the only right number.
            sync_shop(db, shop_id, market, now)  # first sync: event stats, history, returns
            for oid in (target, prepared.orders["cancelled_too"], prepared.orders["late_too"]):
                sc.set_fulfillment(oid, "PROCESSING")  # events name the target and others
            sync_shop(db, shop_id, market, now)  # events, single orders, returns by id
            with db.sessions() as s:
                automation = limits.load_settings(s)
            planned = plan_shop(db, shop_id, market, RULES, automation, now)  # refunds, parcels

            with db.sessions() as s:
                saved = set(s.scalars(select(m.Order.order_id)))
                returns = set(s.scalars(select(m.CustomerReturn.order_id)))
                decided = set(s.scalars(select(m.RefundIntent.order_id)))
            others = set(prepared.shop.state.orders) - {target}
            assert others <= saved, "an order without poison was not saved"
            for role_too in ("cancelled_too", "late_too"):
                assert prepared.orders[role_too] in decided, f"{role_too} was not planned"
            assert prepared.orders["cancelled_too"] in returns
            assert not [
                p for p in planned.problems if getattr(p, "code", None) == "problem.order_bug"
            ]
            problems = _open_problems(db)
            assert not [p for p in problems if p.subject == "planning"]
            # The target is either read (the poison was harmless there) or visibly set aside.
            if poisoner.applied and target not in saved:
                assert any(target in (p.subject_id + p.message) for p in problems), problems

            poisoner.clear()  # Allegro fixes its data: the next sync reads the order
            sync_shop(db, shop_id, market, now)
            with db.sessions() as s:
                saved = set(s.scalars(select(m.Order.order_id)))
            left = {(p.subject, p.subject_id) for p in _open_problems(db)}
            if kind in ("form", "event", "return", "stats"):
                assert target in saved
                assert not [x for x in left if x[0] in ("order", "return", "feed")], left
        finally:
            db.dispose()
