"""Orders saved in bulk (plain tuples through the driver) come back exactly as they were."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from refunddesk.domain.money import Money
from refunddesk.domain.orders import Buyer, LineItem, Order, Payment
from refunddesk.store import models as m
from refunddesk.store import orders_repo
from refunddesk.store.database import open_database, sqlite_url

T0 = datetime(2026, 11, 20, 9, 0, 0, 123456, tzinfo=UTC)
WARSAW = timezone(timedelta(hours=1))


def full_order() -> Order:
    """Every field set, each to a value no other field has (a column mix-up shows)."""
    pln = "PLN"
    return Order(
        id="order-1",
        revision="rev-7",
        status="READY_FOR_PROCESSING",
        buyer=Buyer("b-1", "login-1", "e@x.pl", "Anna", "Nowak", True, "pl-PL", "+48600"),
        line_items=(
            LineItem(
                "li-1",
                "offer-1",
                "Kubek",
                2,
                Money(1999, pln),
                Money(2499, pln),
                "SKU-1",
                T0,
                Money(300, pln),
            ),
            LineItem("li-2", "offer-2", "Talerz", 1, Money(500, pln), bought_at=T0),
        ),
        currency=pln,
        payment=Payment("pay-1", "ONLINE", "PAYU", Money(5497, pln), T0 + timedelta(minutes=3)),
        surcharges=(Payment("sur-1", "ONLINE", "P24", Money(100, pln), None, ("ALLEGRO_PAY",)),),
        fulfillment_status="SENT",
        line_items_sent="ALL",
        delivery_method="InPost",
        delivery_cost=Money(999, pln),
        # Given with an offset: stored, and read back, as the same moment in UTC.
        dispatch_deadline=datetime(2026, 11, 22, 18, 0, tzinfo=WARSAW),
        total_to_pay=Money(5497, pln),
        marketplace_id="allegro-cz",
        updated_at=T0 + timedelta(hours=5),
        bought_at=T0,
    )


def test_a_saved_order_reads_back_the_same_and_a_new_copy_replaces_it(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "o.sqlite3"))
    with db.transaction() as s:
        s.add(m.Shop(name="S", environment="demo", api_url="x", auth_url="x", created_at=T0))
    order = full_order()
    with db.transaction() as s:
        orders_repo.save_orders(s, 1, [order], T0)
    with db.sessions() as s:
        back = orders_repo.load_order(s, 1, order.id)
    assert back == order
    assert back is not None and back.dispatch_deadline == datetime(2026, 11, 22, 17, tzinfo=UTC)

    sent = replace(order, revision="rev-8", line_items=order.line_items[1:], surcharges=())
    with db.transaction() as s:
        orders_repo.save_orders(s, 1, [order, sent], T0)  # the last copy in a batch wins
    with db.sessions() as s:
        assert orders_repo.load_order(s, 1, order.id) == sent
        assert s.query(m.LineItem).count() == 1 and s.query(m.Payment).count() == 1
