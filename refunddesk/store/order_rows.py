"""Orders as the plain rows the database keeps: made where orders are read (a reading thread,
or the page reading helper process, which starts quicker without SQLAlchemy: none here) and
saved by ``orders_repo.save_order_rows``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from refunddesk.domain import orders as d
from refunddesk.domain.money import Money
from refunddesk.store.moments import utc_text


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
