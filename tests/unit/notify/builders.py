"""Rows for notice tests: a shop, its orders and confirmed refunds, in a real SQLite file."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import count
from pathlib import Path
from typing import Any

from sqlalchemy import select

from refunddesk.marketplace.base import MessageReceipt
from refunddesk.store.database import Database, open_database, sqlite_url
from refunddesk.store.models import LineItem, Notification, Order, RefundIntent, Shop

NOW = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)
_ids = count(1)


def new_database(tmp_path: Path) -> Database:
    return open_database(sqlite_url(tmp_path / "notices.sqlite3"))


def add_shop(db: Database, name: str = "Herbaciarnia Lipowa") -> int:
    with db.transaction() as s:
        shop = Shop(
            name=name,
            environment="demo",
            api_url="http://127.0.0.1:1",
            auth_url="http://127.0.0.1:1",
            seller_login="lipowa",
            created_at=NOW,
        )
        s.add(shop)
        s.flush()
        return shop.id


def add_refund(
    db: Database,
    shop_id: int,
    *,
    login: str = "kupujacy_1",
    email: str = "kupujacy@example.com",
    language: str = "pl-PL",
    marketplace: str = "allegro-pl",
    first_name: str = "Anna",
    template: str = "refund_cancelled",
    state: str = "SUCCEEDED",
    trigger: str = "BUYER_CANCELLED",
    finished_at: datetime | None = NOW - timedelta(minutes=3),
    with_order: bool = True,
    phone: str = "",
) -> int:
    """An order with two lines and a refund of 159.98 PLN for both of them (plus delivery)."""
    n = next(_ids)
    order_id = f"0c6f6e1a-0000-4000-8000-{n:012d}"
    plan: dict[str, Any] = {
        "currency": "PLN",
        "lines": [
            {
                "line_item_id": f"li-{n}-1",
                "offer_id": "101",
                "name": "Herbata zielona Sencha 100 g",
                "value": {"amount": "39.98", "currency": "PLN"},
                "quantity": 2,
            },
            {
                "line_item_id": f"li-{n}-2",
                "offer_id": "102",
                "name": "Czajniczek żeliwny 0,8 l",
                "value": {"amount": "110.00", "currency": "PLN"},
                "quantity": None,
            },
        ],
        "delivery": {"amount": "10.00", "currency": "PLN"},
    }
    with db.transaction() as s:
        if with_order:
            s.add(
                Order(
                    shop_id=shop_id,
                    order_id=order_id,
                    status="CANCELLED",
                    buyer_login=login,
                    buyer_email=email,
                    buyer_first_name=first_name,
                    buyer_language=language,
                    buyer_phone=phone,
                    currency="PLN",
                    marketplace_id=marketplace,
                    synced_at=NOW,
                    line_items=[
                        LineItem(
                            line_item_id=f"li-{n}-1",
                            offer_id="101",
                            offer_name="Sencha",
                            quantity=2,
                            unit_price_minor=1999,
                            currency="PLN",
                        ),
                        LineItem(
                            line_item_id=f"li-{n}-2",
                            offer_id="102",
                            offer_name="Czajniczek",
                            quantity=1,
                            unit_price_minor=11000,
                            currency="PLN",
                        ),
                    ],
                )
            )
        intent = RefundIntent(
            shop_id=shop_id,
            order_id=order_id,
            trigger=trigger,
            scope="order",
            state=state,
            mode="armed",
            plan=plan,
            amount_minor=15998,
            currency="PLN",
            reason_code="REFUND",
            buyer_login=login,
            notify_template=template,
            detected_at=NOW - timedelta(hours=1),
            created_at=NOW - timedelta(hours=1),
            updated_at=finished_at or NOW,
            finished_at=finished_at,
        )
        s.add(intent)
        s.flush()
        return intent.id


def notices(db: Database, intent_id: int | None = None) -> list[Notification]:
    with db.sessions() as s:
        query = select(Notification).order_by(Notification.id)
        if intent_id is not None:
            query = query.where(Notification.intent_id == intent_id)
        return list(s.scalars(query).all())


@dataclass
class FakeMessaging:
    """Just send_message, recording what it was asked; failures per buyer login."""

    status: str = "VERIFYING"
    sent: list[tuple[str, str, str]] = field(default_factory=list)
    failures: dict[str, Exception] = field(default_factory=dict)

    def send_message(self, buyer_login: str, order_id: str, text: str) -> MessageReceipt:
        error = self.failures.get(buyer_login)
        if error is not None:
            raise error
        self.sent.append((buyer_login, order_id, text))
        return MessageReceipt(id=f"msg-{len(self.sent)}", status=self.status)

    def texts_to(self, login: str) -> list[str]:
        return [text for who, _, text in self.sent if who == login]
