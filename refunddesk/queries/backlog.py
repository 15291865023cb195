"""The backlog found when a shop was connected, and what is left to you; Qt-free.

The counts are an approximation made from the synced rows, whatever the rules later
decide: they show the merchant the size of the backlog so they can choose what happens to it.
- *cancelled and not refunded*: orders Allegro shows CANCELLED with a paid amount, and no
  refund of ours that moved (or may have moved) money. A refund made by hand in Allegro is
  not in the database yet, so such an order is counted; the live check before every refund
  still keeps it from being refunded twice.
- *not sent by the deadline*: paid orders (READY_FOR_PROCESSING) whose dispatch deadline has
  passed, with no parcel and nothing marked sent. A rule's handling time and grace may make
  fewer of them late.
- *returns delivered and not refunded*: customer returns DELIVERED (or WAREHOUSE_DELIVERED) with
  no refund of ours for that return; the amount is the returned items at their prices.
The amounts are what the buyer paid (or the returned items' value), the most a refund could be.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import and_, exists, func, literal, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import ScalarSelect

from refunddesk.automation.states import IntentState
from refunddesk.domain.money import Money
from refunddesk.domain.returns import DELIVERED_RETURN_STATUSES
from refunddesk.store import models as m

# Refunds of ours that moved money, may have, or were made by a person outside RefundDesk.
MONEY_MOVED = tuple(
    s.value
    for s in (
        IntentState.SUBMITTING,
        IntentState.SUBMITTED,
        IntentState.SUCCEEDED,
        IntentState.UNCONFIRMED,
        IntentState.REFUNDED_BY_HAND,
    )
)
_SENT = ("SENT", "PICKED_UP", "CANCELLED")


@dataclass(frozen=True, slots=True)
class Totals:
    """How many cases and how much money, one amount per currency (largest first)."""

    count: int = 0
    amounts: tuple[Money, ...] = ()


class BacklogKind(StrEnum):
    CANCELLED_NOT_REFUNDED = "CANCELLED_NOT_REFUNDED"
    NOT_SENT_IN_TIME = "NOT_SENT_IN_TIME"
    RETURN_DELIVERED = "RETURN_DELIVERED"


@dataclass(frozen=True, slots=True)
class BacklogFound:
    """Per kind, how many cases and how much money (one amount per currency)."""

    since: datetime
    kinds: dict[BacklogKind, Totals]

    @property
    def count(self) -> int:
        return sum(t.count for t in self.kinds.values())

    def of(self, kind: BacklogKind) -> Totals:
        return self.kinds.get(kind, Totals())


def _totals(rows: Iterable[tuple[int | None, str]]) -> Totals:
    count, sums = 0, defaultdict[str, int](int)
    for minor, currency in rows:
        count += 1
        if currency:  # an item without a price (or currency) is counted, not summed
            sums[currency] += minor or 0
    amounts = sorted((Money(v, c) for c, v in sums.items()), key=lambda a: -a.minor)
    return Totals(count, tuple(amounts))


def _paid() -> ScalarSelect[int]:
    return (
        select(func.coalesce(func.sum(m.Payment.paid_minor), 0))
        .where(m.Payment.order_pk == m.Order.id)
        .scalar_subquery()
    )


def _no_money_moved(shop_id: int) -> ColumnElement[bool]:
    return ~exists().where(
        m.RefundIntent.shop_id == shop_id,
        m.RefundIntent.order_id == m.Order.order_id,
        m.RefundIntent.state.in_(MONEY_MOVED),
    )


def backlog_found(session: Session, shop_id: int, since: datetime, now: datetime) -> BacklogFound:
    """The cases among orders bought (and returns declared) since ``since``, as of ``now``."""
    paid = _paid()
    in_window = or_(m.Order.bought_at.is_(None), m.Order.bought_at >= since)
    cancelled = session.execute(
        select(paid, m.Order.currency).where(
            m.Order.shop_id == shop_id,
            in_window,
            m.Order.status == "CANCELLED",
            paid > 0,
            _no_money_moved(shop_id),
        )
    ).all()
    late = session.execute(
        select(paid, m.Order.currency).where(
            m.Order.shop_id == shop_id,
            in_window,
            m.Order.status == "READY_FOR_PROCESSING",
            m.Order.fulfillment_status.not_in(_SENT),
            m.Order.line_items_sent == "NONE",
            m.Order.dispatch_deadline.is_not(None),
            m.Order.dispatch_deadline < now,
            ~exists().where(m.Shipment.order_pk == m.Order.id),
            _no_money_moved(shop_id),
        )
    ).all()
    returned = session.execute(
        select(
            func.coalesce(func.sum(m.ReturnItem.price_minor * m.ReturnItem.quantity), 0),
            func.coalesce(func.max(m.ReturnItem.currency), ""),
            func.max(m.Order.currency),
        )
        .select_from(m.CustomerReturn)
        .outerjoin(m.ReturnItem, m.ReturnItem.return_pk == m.CustomerReturn.id)
        .outerjoin(
            m.Order,
            and_(m.Order.shop_id == shop_id, m.Order.order_id == m.CustomerReturn.order_id),
        )
        .where(
            m.CustomerReturn.shop_id == shop_id,
            m.CustomerReturn.created_at >= since,
            m.CustomerReturn.status.in_([str(s) for s in DELIVERED_RETURN_STATUSES]),
            ~exists().where(
                and_(
                    m.RefundIntent.shop_id == shop_id,
                    m.RefundIntent.order_id == m.CustomerReturn.order_id,
                    m.RefundIntent.scope == literal("return:").concat(m.CustomerReturn.return_id),
                    m.RefundIntent.state.in_(MONEY_MOVED),
                )
            ),
        )
        .group_by(m.CustomerReturn.id)
    ).all()
    return BacklogFound(
        since,
        {
            BacklogKind.CANCELLED_NOT_REFUNDED: _totals((r[0], r[1]) for r in cancelled),
            BacklogKind.NOT_SENT_IN_TIME: _totals((r[0], r[1]) for r in late),
            BacklogKind.RETURN_DELIVERED: _totals((r[0], r[1] or r[2] or "") for r in returned),
        },
    )


def left_to_you() -> ColumnElement[bool]:
    """Backlog cases that a shop's "ignore" choice left to the merchant (decided NO_ACTION).
    A shop whose choice changed since shows none: its later cases follow the new choice."""
    i = m.RefundIntent
    ignoring = select(m.Shop.id).where(m.Shop.backlog_mode == "ignore")
    return and_(
        i.backlog.is_(True),
        i.state == IntentState.NO_ACTION.value,
        i.shop_id.in_(ignoring),
    )


def left_to_you_count(session: Session) -> int:
    return int(session.scalar(select(func.count(m.RefundIntent.id)).where(left_to_you())) or 0)
