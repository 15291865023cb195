"""An order's rows are indexed once: the one-column indexes that doubled a unique constraint's
are gone (migration orders_1), and every look-up by those columns still uses an index."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from refunddesk.store import migrate
from refunddesk.store.database import Database, open_database, sqlite_url
from refunddesk.store.models import Shop
from tests.unit.store.test_database import database_at

NOW = datetime(2026, 12, 7, 10, tzinfo=UTC)
DROPPED = {
    "ix_orders_shop_id",
    "ix_line_items_order_pk",
    "ix_payments_order_pk",
    "ix_shipments_order_pk",
}
# What the app asks by these columns: the sync's saving, the order's screen, cascades.
LOOK_UPS = {
    "SELECT id FROM orders WHERE shop_id = 1 AND order_id IN ('a', 'b')": "sqlite_autoindex",
    "SELECT count(*) FROM orders WHERE shop_id = 1": "sqlite_autoindex_orders",
    "DELETE FROM line_items WHERE order_pk IN (1, 2)": "sqlite_autoindex_line_items",
    "DELETE FROM payments WHERE order_pk IN (1, 2)": "sqlite_autoindex_payments",
    "SELECT * FROM shipments WHERE order_pk = 1": "sqlite_autoindex_shipments",
    "SELECT * FROM line_items WHERE order_pk = 1 ORDER BY position": "sqlite_autoindex_line",
}


def _indexes(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'"))
        return {name for (name,) in rows}


def _plan(db: Database, sql: str) -> str:
    with db.engine.connect() as conn:
        return " / ".join(row[-1] for row in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}")))


def test_upgrading_drops_the_doubled_indexes_and_keeps_the_orders(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = database_at(path, "notices_1")
    assert _indexes(old) >= DROPPED
    with old.transaction() as s:  # the shops table is the same at both revisions
        s.add(Shop(id=1, name="A", environment="demo", api_url="x", auth_url="x", created_at=NOW))
    with old.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO orders (shop_id, order_id, revision, status, fulfillment_status,"
                " line_items_sent, buyer_id, buyer_login, buyer_email, buyer_first_name,"
                " buyer_last_name, buyer_language, buyer_guest, currency, delivery_method,"
                " marketplace_id, synced_at, sync_error) VALUES (1, 'o-1', '', 'READY', 'NEW',"
                " 'NONE', 'b', 'login', 'e', 'f', 'l', 'pl-PL', 0, 'PLN', 'd', 'allegro-pl',"
                " '2026-12-07T10:00:00Z', '')"
            )
        )
    old.dispose()

    db = open_database(sqlite_url(path), migrate=False)
    assert migrate.upgrade_if_behind(db, tmp_path / "backups") is True
    assert not DROPPED & _indexes(db)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT order_id FROM orders")).scalars().all() == ["o-1"]
    db.dispose()


def test_every_look_up_by_those_columns_still_uses_an_index(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "new.sqlite3"))
    assert not DROPPED & _indexes(db)
    for sql, index in LOOK_UPS.items():
        plan = _plan(db, sql)
        assert index in plan and "SCAN" not in plan.replace("SCAN CONSTANT", ""), (sql, plan)
    db.dispose()
