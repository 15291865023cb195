"""Orders as the plain rows the database keeps: made where orders are read (a reading thread,
or the page reading helper process, which starts quicker without SQLAlchemy: none here) and
written by ``write_order_rows`` through any DB-API driver (``orders_repo.save_order_rows`` in
the app, or the saving helper process of a big first sync, automation/saving_process.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from refunddesk.domain import orders as d
from refunddesk.domain.money import Money
from refunddesk.store.moments import utc_text
from refunddesk.store.plain_sql import insert_sql


def _minor(value: Money | None) -> int | None:
    return None if value is None else value.minor


# The columns bulk saves write, in the order of their values. Booleans and texts go to the
# driver as they are; moments as the text UTCDateTime stores (store/types.py).
ORDER_COLUMNS = (
    "shop_id",
    "order_id",
    "revision",
    "status",
    "fulfillment_status",
    "line_items_sent",
    "buyer_id",
    "buyer_login",
    "buyer_email",
    "buyer_first_name",
    "buyer_last_name",
    "buyer_language",
    "buyer_phone",
    "buyer_guest",
    "currency",
    "total_minor",
    "delivery_cost_minor",
    "delivery_method",
    "dispatch_deadline",
    "marketplace_id",
    "bought_at",
    "updated_at",
    "synced_at",
    "sync_error",
)
LINE_COLUMNS = (
    "order_pk",
    "position",
    "line_item_id",
    "offer_id",
    "offer_name",
    "external_id",
    "quantity",
    "unit_price_minor",
    "original_unit_price_minor",
    "additional_services_minor",
    "currency",
    "bought_at",
)
PAYMENT_COLUMNS = (
    "order_pk",
    "position",
    "is_surcharge",
    "payment_id",
    "type",
    "provider",
    "features",
    "paid_minor",
    "currency",
    "finished_at",
)


# Moments already formatted as stored text: a page of orders repeats the same few (now, a
# line's purchase time is its order's), and so do the pages of one sync. Bounded like the
# mapping's memory of values read (marketplace/allegro/json_node.py).
_MOMENT_TEXTS: dict[datetime, str] = {}
_MOMENT_TEXTS_AT_MOST = 20_000


def moment_text(moment: datetime | None) -> str | None:
    """A moment as the text UTCDateTime stores (store/types.py), each formatted once."""
    if moment is None:
        return None
    text = _MOMENT_TEXTS.get(moment)
    if text is None:
        if len(_MOMENT_TEXTS) >= _MOMENT_TEXTS_AT_MOST:
            _MOMENT_TEXTS.clear()  # a long sync meets ever new moments: start over
        # Equal moments in other zones share an entry: the text is of the moment in UTC.
        text = _MOMENT_TEXTS[moment] = utc_text(moment)
    return text


@dataclass(frozen=True)
class OrderRows:
    """Orders as the rows ``save_order_rows`` writes, in plain values: they are made where the
    orders are read (a helper thread, or another process for a big first sync) and cross to
    the saving thread cheaply. The last copy of an order in a batch wins (events can name one
    order many times).

    ``orders`` holds an order's columns from ``order_id`` to ``updated_at`` (the shop and the
    moment of saving are the saver's); ``lines`` and ``payments`` hold each order's rows, in the
    same order, without the order's key (known only once it is saved).
    """

    orders: list[tuple[Any, ...]] = field(default_factory=list)
    lines: list[list[tuple[Any, ...]]] = field(default_factory=list)
    payments: list[list[tuple[Any, ...]]] = field(default_factory=list)

    @property
    def order_ids(self) -> list[str]:
        return [row[0] for row in self.orders]

    def __len__(self) -> int:
        return len(self.orders)


def order_rows(orders: Sequence[d.Order]) -> OrderRows:
    """The rows of ``orders`` (see OrderRows)."""
    latest = {o.id: o for o in orders}
    when = moment_text
    rows = OrderRows()
    for o in latest.values():
        rows.orders.append(
            (
                o.id,
                o.revision,
                o.status,
                o.fulfillment_status,
                o.line_items_sent,
                o.buyer.id,
                o.buyer.login,
                o.buyer.email,
                o.buyer.first_name,
                o.buyer.last_name,
                o.buyer.language,
                o.buyer.phone,
                o.buyer.guest,
                o.currency,
                _minor(o.total_to_pay),
                _minor(o.delivery_cost),
                o.delivery_method,
                when(o.dispatch_deadline),
                o.marketplace_id,
                when(o.bought_at),
                when(o.updated_at),
            )
        )
        rows.lines.append(
            [
                (
                    pos,
                    li.id,
                    li.offer_id,
                    li.offer_name,
                    li.external_id,
                    li.quantity,
                    li.price.minor,
                    _minor(li.original_price),
                    _minor(li.additional_services),
                    li.price.currency,
                    when(li.bought_at),
                )
                for pos, li in enumerate(o.line_items)
            ]
        )
        rows.payments.append(
            [
                (
                    pos,
                    p is not o.payment,
                    p.id,
                    p.type,
                    p.provider,
                    ",".join(p.features),
                    _minor(p.paid_amount),
                    p.paid_amount.currency if p.paid_amount else o.currency,
                    when(p.finished_at),
                )
                for pos, p in enumerate(x for x in (o.payment, *o.surcharges) if x is not None)
            ]
        )
    return rows


class Driver(Protocol):
    """Plain SQL through a database driver: ``mark`` is its parameter mark."""

    mark: str

    def rows(self, sql: str, params: Sequence[Any]) -> Sequence[tuple[Any, ...]]:
        """The rows ``sql`` gives."""

    def many(self, sql: str, params: list[tuple[Any, ...]]) -> None:
        """``sql`` once for each tuple (executemany)."""


def write_order_rows(driver: Driver, shop_id: int, rows: OrderRows, synced: str | None) -> None:
    """Insert or replace the orders of ``rows`` with their lines and payments, in the caller's
    transaction; ``synced`` is the moment of saving as stored text (moment_text).

    Sync saves orders by the hundred thousand: the rows go to the driver as plain tuples in one
    executemany a table (SQLAlchemy's per-row parameter processing cost more than SQLite's own
    work), and the look-ups are plain SQL too (building and compiling an IN list of a page's ids
    through SQLAlchemy cost more than the statements themselves).
    """
    if not rows.orders:
        return
    mark = driver.mark
    driver.many(
        insert_sql("orders", ORDER_COLUMNS, mark, update_on="shop_id, order_id"),
        [(shop_id, *row, synced, "") for row in rows.orders],
    )
    ids = rows.order_ids
    pks: dict[str, int] = dict(
        driver.rows(
            f"SELECT order_id, id FROM orders WHERE shop_id = {mark}"
            f" AND order_id IN ({', '.join([mark] * len(ids))})",
            (shop_id, *ids),
        )
    )
    pk_list = tuple(pks.values())
    in_pks = ", ".join([mark] * len(pk_list))
    driver.rows(f"DELETE FROM line_items WHERE order_pk IN ({in_pks})", pk_list)
    driver.rows(f"DELETE FROM payments WHERE order_pk IN ({in_pks})", pk_list)
    lines: list[tuple[Any, ...]] = []
    payments: list[tuple[Any, ...]] = []
    for order_id, its_lines, its_payments in zip(ids, rows.lines, rows.payments, strict=True):
        pk = pks[order_id]
        lines.extend((pk, *line) for line in its_lines)
        payments.extend((pk, *payment) for payment in its_payments)
    if lines:
        driver.many(insert_sql("line_items", LINE_COLUMNS, mark), lines)
    if payments:
        driver.many(insert_sql("payments", PAYMENT_COLUMNS, mark), payments)
