"""A whole RefundDesk against a demo shop: real HTTP, a real SQLite file, the real worker."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from refunddesk.automation.intent_ops import AttemptRecorder
from refunddesk.automation.sync import SyncReport, sync_shop
from refunddesk.automation.worker import CycleReport, Worker
from refunddesk.demo_shop import DemoShop
from refunddesk.demo_shop.clock import ShopClock
from refunddesk.domain.rules import Rule
from refunddesk.infra.secrets import Secrets
from refunddesk.marketplace.allegro.auth import OAuthTokens
from refunddesk.marketplace.base import Marketplace
from refunddesk.services import shops
from refunddesk.store import models as m
from refunddesk.store.database import Database, open_database, sqlite_url
from tests.support.demo_shop import DemoShopFactory


@dataclass
class Pipeline:
    """The app wired to one demo shop. ``rules`` is what the worker evaluates (edit freely)."""

    shop: DemoShop
    db: Database
    secrets: Secrets
    shop_id: int
    rules: list[Rule] = field(default_factory=list)
    worker: Worker | None = None

    @property
    def scenario(self) -> Any:
        return self.shop.scenario

    def now(self) -> datetime:
        return self.shop.clock.now()

    def cycle(self, settle: bool = True) -> CycleReport:
        """One worker cycle; by default a second one after the shop settled new refunds."""
        assert self.worker is not None
        report = self.worker.run_once()
        if settle and self.scenario.settle_refunds():
            report = self.worker.run_once()
        return report

    def intents(self, order_id: str | None = None) -> list[m.RefundIntent]:
        with self.db.sessions() as s:
            q = select(m.RefundIntent).order_by(m.RefundIntent.id)
            if order_id is not None:
                q = q.where(m.RefundIntent.order_id == order_id)
            return list(s.scalars(q))

    def intent(self, order_id: str) -> m.RefundIntent:
        found = self.intents(order_id)
        assert len(found) == 1, f"expected one refund for {order_id}, got {found}"
        return found[0]

    def attempts(self, intent_id: int) -> list[m.RefundAttempt]:
        with self.db.sessions() as s:
            return list(
                s.scalars(select(m.RefundAttempt).where(m.RefundAttempt.intent_id == intent_id))
            )

    def ledger_total(self, order_id: str) -> int:
        """Grosze actually moved to the buyer for the order, by anyone."""
        return sum(int(e["amountMinor"]) for e in self.scenario.ledger(order_id))


def connect_demo_shop(
    db: Database, secrets: Secrets, shop: DemoShop, *, name: str = "Demo shop"
) -> int:
    """Add the demo shop as RefundDesk's shop and store tokens as the device flow would."""
    issued = shop.scenario.issue_tokens()
    info = shops.add_shop(
        db,
        secrets,
        name=name,
        environment="demo",
        client_id=shop.options.client_id,
        client_secret=shop.options.client_secret,
        api_url=shop.url,
        now=shop.clock.now() - timedelta(minutes=1),
        tokens=OAuthTokens(
            access_token=issued["access_token"],
            refresh_token=issued["refresh_token"],
            expires_at=shop.clock.now() + timedelta(seconds=int(issued["expires_in"])),
        ),
    )
    return info.id


def first_sync(p: Pipeline, *, big_backfill: int, db: Database | None = None) -> SyncReport:
    """A first sync of the pipeline's shop (into ``db``, connected to the same shop, if given)
    that uses the sync's helper processes from ``big_backfill`` orders on."""
    db = db or p.db
    shop_id = p.shop_id if db is p.db else connect_demo_shop(db, p.secrets, p.shop)
    market = shops.client_for(shops.get_shop(db, shop_id), p.secrets)
    return sync_shop(db, shop_id, market, p.now, backfill_days=30, big_backfill=big_backfill)


def stored_rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored column of the orders, their lines and payments but the row keys (two
    databases number their rows alike only by chance): lines and payments name their order by
    its id instead of its key."""
    with db.sessions() as s:
        orders = [tuple(r)[1:] for r in s.execute(text("SELECT * FROM orders ORDER BY rowid"))]
        out: dict[str, list[tuple[Any, ...]]] = {"orders": orders}
        for table in ("line_items", "payments"):
            rows = s.execute(
                text(
                    f"SELECT o.order_id, t.* FROM {table} t JOIN orders o ON o.id = t.order_pk"
                    " ORDER BY o.order_id, t.position"
                )
            )
            out[table] = [(r[0], *tuple(r)[3:]) for r in rows]  # without the row and order keys
        return out


def stored_without_helpers(p: Pipeline, folder: Path) -> dict[str, list[tuple[Any, ...]]]:
    """What a first sync of the same shop stores with no helper process (stored_rows)."""
    here = open_database(sqlite_url(folder / "here.sqlite3"))
    try:
        first_sync(p, big_backfill=10**9, db=here)
        return stored_rows(here)
    finally:
        here.dispose()


@pytest.fixture
def pipeline(demo_shop_factory: DemoShopFactory, tmp_path: Path) -> Iterator[Pipeline]:
    clock = ShopClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC), frozen=True)
    shop = demo_shop_factory(clock=clock, refund_settle_seconds=3600)
    db = open_database(sqlite_url(tmp_path / "pipeline.sqlite3"))
    secrets = Secrets()
    shop_id = connect_demo_shop(db, secrets, shop)
    p = Pipeline(shop, db, secrets, shop_id)

    def market(shop_pk: int, recorder: AttemptRecorder) -> Marketplace:
        info = shops.get_shop(db, shop_pk)
        return shops.client_for(info, secrets, attempt_listener=recorder)

    p.worker = Worker(db, market, lambda _db: list(p.rules), now=shop.clock.now, interval=0.01)
    yield p
    db.dispose()
