"""A small synced history with hand-computed backtest answers (orders, returns, intents)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from refunddesk.domain.cases import Trigger
from refunddesk.domain.money import Money
from refunddesk.domain.orders import Buyer, LineItem, Order, OrderEvent, Payment, Shipment
from refunddesk.domain.returns import CustomerReturn, ReturnItem
from refunddesk.domain.rules import Mode, OverCap, RefundScope, Rule, RuleAction
from refunddesk.store import models as m
from refunddesk.store import orders_repo, sync_repo
from refunddesk.store.database import Database

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def pln(text: str) -> Money:
    return Money.parse(text, "PLN")


def _order(
    order_id: str,
    lines: list[tuple[str, str, int]],
    *,
    delivery: str = "0.00",
    status: str = "READY_FOR_PROCESSING",
    cod: bool = False,
    updated: datetime = NOW,
    deadline: datetime | None = None,
    fulfillment: str = "NEW",
    login: str = "",
) -> Order:
    items = tuple(
        LineItem(f"{order_id}-L{n}", f"offer-{name}", name, qty, pln(price))
        for n, (name, price, qty) in enumerate(lines, start=1)
    )
    total = sum((li.total for li in items), pln(delivery))
    return Order(
        id=order_id,
        revision="1",
        status=status,
        buyer=Buyer(f"b-{order_id}", login or f"buyer_{order_id.lower()}", language="pl-PL"),
        line_items=items,
        currency="PLN",
        payment=Payment(
            f"pay-{order_id}",
            "CASH_ON_DELIVERY" if cod else "ONLINE",
            paid_amount=None if cod else total,
            finished_at=updated - timedelta(days=5),
        ),
        fulfillment_status=fulfillment,
        delivery_cost=pln(delivery),
        dispatch_deadline=deadline,
        total_to_pay=total,
        bought_at=updated - timedelta(days=5),
        updated_at=updated,
    )


def draft_rules() -> list[Rule]:
    """Cancellations up to 200 PLN (held above), delivered returns minus 5 PLN, late orders."""
    return [
        Rule(
            id="1",
            name="Cancellations",
            trigger=Trigger.BUYER_CANCELLED,
            caps=(pln("200.00"),),
            over_cap=OverCap.HOLD,
            mode=Mode.ARMED,
        ),
        Rule(
            id="2",
            name="Returns",
            trigger=Trigger.RETURN_DELIVERED,
            action=RuleAction(
                scope=RefundScope.RETURNED_ITEMS, include_delivery=False, deduction=pln("5.00")
            ),
            mode=Mode.ARMED,
        ),
        Rule(
            id="3",
            name="Late orders",
            trigger=Trigger.NOT_SENT_IN_TIME,
            grace=timedelta(days=1),
            mode=Mode.SHADOW,
        ),
    ]


def _intent(
    order_id: str, trigger: Trigger, scope: str, state: str, amount: int, at: datetime
) -> m.RefundIntent:
    return m.RefundIntent(
        shop_id=1,
        order_id=order_id,
        trigger=trigger.value,
        scope=scope,
        state=state,
        mode="armed",
        rule_name="Earlier rule",
        trace=[],
        plan={},
        amount_minor=amount,
        currency="PLN",
        reason_code="REFUND",
        detected_at=at,
        created_at=at,
        updated_at=at,
    )


def seed_history(db: Database) -> None:
    """Seven orders; the expected backtest answers are in tests/unit/automation/test_backtest.py.

    O1 cancelled 2 days ago, 2 × 50.00 + 10.00 delivery, actually refunded (SUCCEEDED 110.00).
    O2 cancelled 3 days ago, 300.00, nothing happened (no rule then).
    O3 cancelled 40 days ago: outside a 30-day window (its intent too).
    O4 sent; return of the 80.00 item (of 80.00 + 20.00 + 9.99) delivered, created 5 days ago;
       actually HELD for 80.00.
    O5 paid, unsent, deadline 4 days ago, 120.00 + 10.00: actually NO_ACTION.
    O6 paid, deadline 4 days ago, but sent an hour before it: not late.
    O7 cash on delivery, cancelled 1 day ago before it was sent: nothing was ever paid.
    """
    day = timedelta(days=1)
    with db.transaction() as s:
        s.add(
            m.Shop(
                id=1,
                name="History shop",
                environment="demo",
                api_url="http://127.0.0.1:1",
                auth_url="http://127.0.0.1:1",
                created_at=NOW - 90 * day,
            )
        )
        s.flush()
        orders = [
            _order(
                "O1",
                [("Kubek", "50.00", 2)],
                delivery="10.00",
                status="CANCELLED",
                updated=NOW - 2 * day,
            ),
            _order("O2", [("Rower", "300.00", 1)], status="CANCELLED", updated=NOW - 3 * day),
            _order("O3", [("Lampa", "70.00", 1)], status="CANCELLED", updated=NOW - 40 * day),
            _order(
                "O4",
                [("Buty", "80.00", 1), ("Skarpety", "20.00", 1)],
                delivery="9.99",
                fulfillment="SENT",
                updated=NOW - 8 * day,
            ),
            _order(
                "O5",
                [("Czajnik", "120.00", 1)],
                delivery="10.00",
                deadline=NOW - 4 * day,
                updated=NOW - 6 * day,
            ),
            _order(
                "O6",
                [("Czajnik", "120.00", 1)],
                delivery="10.00",
                deadline=NOW - 4 * day,
                fulfillment="SENT",
                updated=NOW - 6 * day,
            ),
            _order("O7", [("Fotel", "450.00", 1)], status="CANCELLED", cod=True, updated=NOW - day),
        ]
        orders_repo.save_orders(s, 1, orders, NOW)
        orders_repo.save_shipments(s, 1, "O4", [Shipment("S4", "W4", "INPOST", NOW - 12 * day)])
        orders_repo.save_shipments(
            s, 1, "O6", [Shipment("S6", "W6", "INPOST", NOW - 4 * day - timedelta(hours=1))]
        )
        # O1's cancellation event is earlier than its last update: the event time counts.
        sync_repo.add_feed_events(
            s, 1, [OrderEvent("E1", "BUYER_CANCELLED", NOW - 2 * day - timedelta(hours=3), "O1")]
        )
        sync_repo.save_returns(
            s,
            1,
            [
                CustomerReturn(
                    "R4",
                    "O4",
                    "DELIVERED",
                    NOW - 5 * day,
                    (ReturnItem("offer-Buty", 1, "Buty", pln("80.00"), "DONT_LIKE_IT"),),
                )
            ],
            NOW,
        )
        s.add_all(
            [
                _intent(
                    "O1",
                    Trigger.BUYER_CANCELLED,
                    "order",
                    "SUCCEEDED",
                    11000,
                    NOW - 2 * day - timedelta(hours=3),
                ),
                _intent("O3", Trigger.BUYER_CANCELLED, "order", "SUCCEEDED", 7000, NOW - 40 * day),
                _intent("O4", Trigger.RETURN_DELIVERED, "return:R4", "HELD", 8000, NOW - 5 * day),
                _intent("O5", Trigger.NOT_SENT_IN_TIME, "order", "NO_ACTION", 0, NOW - 3 * day),
            ]
        )
