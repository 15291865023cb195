"""Many refund intents inserted fast (Core insert), for history, paging and export tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import insert

from refunddesk.services.context import AppContext
from refunddesk.store import models as m
from refunddesk.store.database import Database

HISTORY_START = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)
STATES = ("SUCCEEDED", "HELD", "FAILED", "SHADOW", "NO_ACTION")
TRIGGERS = ("BUYER_CANCELLED", "NOT_SENT_IN_TIME", "RETURN_DELIVERED")


def add_shop(db: Database, name: str = "Sklep Ania", environment: str = "production") -> int:
    with db.transaction() as s:
        shop = m.Shop(
            name=name,
            environment=environment,
            api_url="https://api.allegro.pl",
            auth_url="https://allegro.pl",
            seller_login=name,
            created_at=HISTORY_START,
        )
        s.add(shop)
        s.flush()
        return shop.id


def intent_row(shop_id: int, n: int, **over: Any) -> dict[str, Any]:
    """Refund number ``n``: a predictable amount, state, trigger, buyer and time."""
    when = HISTORY_START + timedelta(minutes=n)
    row: dict[str, Any] = {
        "shop_id": shop_id,
        "order_id": f"order-{n:07d}",
        "trigger": TRIGGERS[n % len(TRIGGERS)],
        "scope": "order",
        "state": STATES[n % len(STATES)],
        "mode": "armed",
        "rule_name": "Anulowane",
        "rule_version": 1,
        # Not monotonic in n, so sorting by amount is a real test of the ORDER BY.
        "amount_minor": (n * 7919) % 100_000 + 1,
        "currency": "PLN",
        "reason_code": "CANCELLED_BY_BUYER",
        "buyer_login": f"buyer{n % 500:03d}",
        "trace": [f"Rule 1 matched order {n}."],
        "plan": {},
        "detected_at": when,
        "created_at": when,
        "updated_at": when,
    }
    row.update(over)
    return row


def insert_intents(db: Database, rows: list[dict[str, Any]]) -> None:
    with db.transaction() as s:
        for start in range(0, len(rows), 5000):
            s.execute(insert(m.RefundIntent), rows[start : start + 5000])


@pytest.fixture
def many_refunds(app_context: AppContext) -> Callable[[int], int]:
    """``many_refunds(20_000)`` inserts refunds 0 … 19,999 into ``app_context``; returns shop id."""

    def make(count: int) -> int:
        shop_id = add_shop(app_context.db)
        insert_intents(app_context.db, [intent_row(shop_id, n) for n in range(count)])
        return shop_id

    return make
