"""The synced history a backtest replays: every refund case of a period, built in bulk."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from refunddesk.automation.planner import ORDER_SCOPE, SENT_STATUSES, CaseKey, return_scope
from refunddesk.domain.cases import RefundCase, Trigger
from refunddesk.domain.decisions import late_since
from refunddesk.domain.orders import FulfillmentStatus, Order, OrderStatus
from refunddesk.domain.returns import (
    DELIVERED_RETURN_STATUSES,
    CustomerReturn,
    ReturnStatus,
)
from refunddesk.domain.rules import Rule
from refunddesk.store import models as m
from refunddesk.store.orders_repo import to_domain
from refunddesk.store.sync_repo import return_to_domain

# A return in one of these was delivered at some point (the later ones follow delivery).
ARRIVED_RETURN_STATUSES = frozenset(
    {
        *(str(s) for s in DELIVERED_RETURN_STATUSES),
        ReturnStatus.WAREHOUSE_VERIFICATION,
        ReturnStatus.FINISHED,
        ReturnStatus.FINISHED_APT,
        ReturnStatus.COMMISSION_REFUND_CLAIMED,
        ReturnStatus.COMMISSION_REFUNDED,
    }
)
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class ActualIntent:
    """What RefundDesk actually recorded for a case."""

    state: str
    amount_minor: int
    currency: str
    rule_name: str


@dataclass(frozen=True, slots=True)
class HistoryCase:
    shop_id: int
    key: CaseKey
    case: RefundCase
    actual: ActualIntent | None


Key = tuple[int, str, str, str]  # shop, order, trigger, scope


def _chunks(items: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield list(items[start : start + _CHUNK])


def _in(since: datetime, until: datetime, when: datetime | None) -> bool:
    return when is not None and since <= when <= until


def _cancel_keys(s: Session, since: datetime, until: datetime) -> dict[Key, CaseKey]:
    first_cancel = (
        select(
            m.OrderEvent.shop_id,
            m.OrderEvent.order_id,
            func.min(m.OrderEvent.occurred_at).label("at"),
        )
        .where(m.OrderEvent.type == "BUYER_CANCELLED")
        .group_by(m.OrderEvent.shop_id, m.OrderEvent.order_id)
        .subquery()
    )
    rows = s.execute(
        select(m.Order.shop_id, m.Order.order_id, first_cancel.c.at, m.Order.updated_at)
        .outerjoin(
            first_cancel,
            (first_cancel.c.shop_id == m.Order.shop_id)
            & (first_cancel.c.order_id == m.Order.order_id),
        )
        .where(m.Order.status == OrderStatus.CANCELLED)
    ).all()
    keys: dict[Key, CaseKey] = {}
    for shop_id, order_id, cancelled, updated in rows:
        at = cancelled or updated
        if _in(since, until, at):
            key = CaseKey(Trigger.BUYER_CANCELLED, order_id, ORDER_SCOPE, at)
            keys[(shop_id, order_id, key.trigger.value, ORDER_SCOPE)] = key
    return keys


def _return_keys(s: Session, since: datetime, until: datetime) -> dict[Key, CaseKey]:
    rows = s.execute(
        select(
            m.CustomerReturn.shop_id,
            m.CustomerReturn.return_id,
            m.CustomerReturn.order_id,
            m.CustomerReturn.status,
            m.CustomerReturn.created_at,
        ).where(m.CustomerReturn.created_at >= since, m.CustomerReturn.created_at <= until)
    ).all()
    keys: dict[Key, CaseKey] = {}
    for shop_id, return_id, order_id, status, created in rows:
        scope = return_scope(return_id)
        declared = CaseKey(Trigger.RETURN_DECLARED, order_id, scope, created, return_id)
        keys[(shop_id, order_id, Trigger.RETURN_DECLARED.value, scope)] = declared
        if status in ARRIVED_RETURN_STATUSES:
            # When it arrived is not kept; the declaration time is the closest known moment.
            delivered = CaseKey(Trigger.RETURN_DELIVERED, order_id, scope, created, return_id)
            keys[(shop_id, order_id, Trigger.RETURN_DELIVERED.value, scope)] = delivered
    return keys


def _intents(
    s: Session, since: datetime, until: datetime
) -> dict[Key, tuple[datetime, ActualIntent]]:
    rows = s.execute(
        select(
            m.RefundIntent.shop_id,
            m.RefundIntent.order_id,
            m.RefundIntent.trigger,
            m.RefundIntent.scope,
            m.RefundIntent.detected_at,
            m.RefundIntent.state,
            m.RefundIntent.amount_minor,
            m.RefundIntent.currency,
            m.RefundIntent.rule_name,
        ).where(m.RefundIntent.detected_at >= since, m.RefundIntent.detected_at <= until)
    ).all()
    return {
        (shop, order, trigger, scope): (at, ActualIntent(state, amount, currency, rule))
        for shop, order, trigger, scope, at, state, amount, currency, rule in rows
    }


def _load_orders(s: Session, wanted: dict[int, set[str]]) -> dict[tuple[int, str], Order]:
    found: dict[tuple[int, str], Order] = {}
    for shop_id, ids in wanted.items():
        for chunk in _chunks(sorted(ids)):
            rows = s.scalars(
                select(m.Order)
                .where(m.Order.shop_id == shop_id, m.Order.order_id.in_(chunk))
                .options(selectinload(m.Order.line_items), selectinload(m.Order.payments))
            )
            found.update({(shop_id, r.order_id): to_domain(r) for r in rows})
    return found


def _load_returns(s: Session, wanted: dict[int, set[str]]) -> dict[tuple[int, str], CustomerReturn]:
    found: dict[tuple[int, str], CustomerReturn] = {}
    for shop_id, ids in wanted.items():
        for chunk in _chunks(sorted(ids)):
            rows = s.scalars(
                select(m.CustomerReturn)
                .where(m.CustomerReturn.shop_id == shop_id, m.CustomerReturn.return_id.in_(chunk))
                .options(selectinload(m.CustomerReturn.items))
            )
            found.update({(shop_id, r.return_id): return_to_domain(r) for r in rows})
    return found


def _first_shipments(s: Session) -> dict[tuple[int, str], datetime | None]:
    rows = s.execute(
        select(m.Order.shop_id, m.Order.order_id, func.min(m.Shipment.created_at))
        .join(m.Shipment, m.Shipment.order_pk == m.Order.id)
        .group_by(m.Order.shop_id, m.Order.order_id)
    ).all()
    return {(shop, order): at for shop, order, at in rows}


class _BuyerHistory:
    """How many orders a buyer had placed by a given moment (this one included)."""

    def __init__(self, s: Session) -> None:
        self._times: dict[tuple[int, str], list[datetime]] = {}
        self._undated: dict[tuple[int, str], int] = {}
        rows = s.execute(select(m.Order.shop_id, m.Order.buyer_login, m.Order.bought_at)).all()
        for shop_id, login, bought in rows:
            if bought is None:
                self._undated[(shop_id, login)] = self._undated.get((shop_id, login), 0) + 1
            else:
                self._times.setdefault((shop_id, login), []).append(bought)
        for times in self._times.values():
            times.sort()

    def count(self, shop_id: int, order: Order, at: datetime) -> int:
        key = (shop_id, order.buyer.login)
        moment = max(at, order.bought_at) if order.bought_at else at
        before = bisect_right(self._times.get(key, []), moment)
        return max(1, before + self._undated.get(key, 0))


def _late_keys(
    s: Session,
    rules: Sequence[Rule],
    since: datetime,
    until: datetime,
    shipped_at: dict[tuple[int, str], datetime | None],
) -> dict[Key, tuple[CaseKey, Order]]:
    """Paid orders the draft's late-order rules would have found unsent after their deadline."""
    if not any(r.enabled and r.trigger is Trigger.NOT_SENT_IN_TIME for r in rules):
        return {}
    first_ship = (
        select(m.Shipment.order_pk, func.min(m.Shipment.created_at).label("at"))
        .group_by(m.Shipment.order_pk)
        .subquery()
    )
    # Only orders that can have been late: never sent (as far as we know), or sent after the
    # earliest moment any rule counts from (a deadline plus grace is never before the deadline).
    unsent = (
        first_ship.c.at.is_(None)
        & m.Order.fulfillment_status.not_in([*SENT_STATUSES, FulfillmentStatus.CANCELLED])
        & (m.Order.line_items_sent == "NONE")
    )
    sent_late = first_ship.c.at > func.coalesce(m.Order.dispatch_deadline, m.Order.bought_at)
    rows = s.scalars(
        select(m.Order)
        .outerjoin(first_ship, first_ship.c.order_pk == m.Order.id)
        .where(
            m.Order.status == OrderStatus.READY_FOR_PROCESSING,
            unsent | sent_late,
            m.Order.dispatch_deadline.is_(None) | (m.Order.dispatch_deadline <= until),
        )
        .options(selectinload(m.Order.line_items), selectinload(m.Order.payments))
    )
    keys: dict[Key, tuple[CaseKey, Order]] = {}
    for row in rows:
        sent_at = shipped_at.get((row.shop_id, row.order_id))
        sent_unknown = sent_at is None and (
            row.fulfillment_status in SENT_STATUSES or row.line_items_sent != "NONE"
        )
        if sent_unknown or row.fulfillment_status == FulfillmentStatus.CANCELLED:
            continue  # sent, but when is not known: it cannot be judged late
        # As it was before it left: unsent.
        order = replace(to_domain(row), fulfillment_status=FulfillmentStatus.NEW)
        probe = RefundCase(Trigger.NOT_SENT_IN_TIME, order, until)
        due = late_since(rules, probe, min(until, sent_at) if sent_at else until)
        if due is None or due < since or (sent_at is not None and sent_at <= due):
            continue
        key = CaseKey(Trigger.NOT_SENT_IN_TIME, row.order_id, ORDER_SCOPE, due)
        keys[(row.shop_id, row.order_id, key.trigger.value, ORDER_SCOPE)] = (key, order)
    return keys


def load_history(
    s: Session, rules: Sequence[Rule], since: datetime, until: datetime
) -> list[HistoryCase]:
    """Every case of the period (found in the data, or decided by RefundDesk), oldest first."""
    keys: dict[Key, CaseKey] = {**_cancel_keys(s, since, until), **_return_keys(s, since, until)}
    shipped_at = _first_shipments(s)
    late = _late_keys(s, rules, since, until, shipped_at)
    keys.update({k: v[0] for k, v in late.items()})
    actual = _intents(s, since, until)
    for k, (at, _) in actual.items():
        if k not in keys:
            shop_id, order_id, trigger, scope = k
            rid = scope.removeprefix("return:") if scope.startswith("return:") else None
            keys[k] = CaseKey(Trigger(trigger), order_id, scope, at, rid)
    orders_wanted: dict[int, set[str]] = {}
    returns_wanted: dict[int, set[str]] = {}
    for (shop_id, order_id, _, _), key in keys.items():
        orders_wanted.setdefault(shop_id, set()).add(order_id)
        if key.return_id is not None:
            returns_wanted.setdefault(shop_id, set()).add(key.return_id)
    orders = _load_orders(s, orders_wanted)
    returns = _load_returns(s, returns_wanted)
    buyers = _BuyerHistory(s)
    groups = {
        g.name: frozenset(str(x) for x in (g.members or []))
        for g in s.scalars(select(m.ProductGroup))
    }
    cases: list[HistoryCase] = []
    for k, key in keys.items():
        shop_id, order_id = k[0], k[1]
        order = late[k][1] if k in late else orders.get((shop_id, order_id))
        if order is None:
            continue  # a return for an order that was never synced
        if key.trigger is Trigger.NOT_SENT_IN_TIME:
            order = replace(order, fulfillment_status=FulfillmentStatus.NEW, line_items_sent="NONE")
        ret = returns.get((shop_id, key.return_id)) if key.return_id else None
        case = RefundCase(
            trigger=key.trigger,
            order=order,
            detected_at=key.detected_at,
            customer_return=ret,
            buyer_order_count=buyers.count(shop_id, order, key.detected_at),
            product_groups=groups,
            shipped=key.trigger is not Trigger.NOT_SENT_IN_TIME
            and (shop_id, order_id) in shipped_at,
        )
        found = actual.get(k)
        cases.append(HistoryCase(shop_id, key, case, found[1] if found else None))
    cases.sort(key=lambda c: (c.key.detected_at, c.key.order_id, c.key.trigger.value))
    return cases
