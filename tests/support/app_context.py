"""App contexts for tests: a real SQLite file, the in-memory keyring, optionally a demo shop."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from refunddesk.demo_shop.clock import ShopClock
from refunddesk.infra.secrets import Secrets
from refunddesk.services.context import AppContext
from refunddesk.store.database import open_database, sqlite_url
from tests.support.demo_shop import DemoShopFactory
from tests.support.pipeline import connect_demo_shop

DEMO_START = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def app_context(tmp_path: Path) -> Iterator[AppContext]:
    """No shop connected: an empty, migrated database."""
    db = open_database(sqlite_url(tmp_path / "app.sqlite3"))
    ctx = AppContext(db=db, secrets=Secrets(), data_dir=tmp_path)
    ctx._closers.append(db.dispose)
    yield ctx
    ctx.close()


@pytest.fixture
def demo_context(demo_shop_factory: DemoShopFactory, tmp_path: Path) -> Iterator[AppContext]:
    """A connected demo shop with a frozen clock (ctx.now follows it); nothing synced yet."""
    shop = demo_shop_factory(clock=ShopClock(DEMO_START, frozen=True), refund_settle_seconds=3600)
    db = open_database(sqlite_url(tmp_path / "demo.sqlite3"))
    ctx = AppContext(
        db=db, secrets=Secrets(), data_dir=tmp_path, demo_shop=shop, now=shop.clock.now
    )
    ctx._closers.append(db.dispose)
    connect_demo_shop(db, ctx.secrets, shop)
    yield ctx
    ctx.close()


@pytest.fixture
def gui_services(qapp: object, app_context: AppContext) -> Iterator[object]:
    from refunddesk.gui.services import GuiServices

    services = GuiServices(app_context)
    yield services
    services.wait_idle()


@pytest.fixture
def demo_gui_services(qapp: object, demo_context: AppContext) -> Iterator[object]:
    from refunddesk.gui.services import GuiServices

    services = GuiServices(demo_context)
    yield services
    services.wait_idle()
