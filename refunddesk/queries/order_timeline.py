"""One order's timeline as the Orders screen shows it: stored lines, read in today's words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from refunddesk.domain.cases import Trigger
from refunddesk.domain.messages import Message, from_stored, from_text, msg, to_text
from refunddesk.domain.timeline_lines import decision_line, declared_return, readable
from refunddesk.store import models as m


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One order_events row: what happened, from which source, when."""

    occurred_at: datetime
    source: str  # allegro / return / refund / notice / person
    type: str
    detail: str


@dataclass(frozen=True, slots=True)
class _Intent:
    trigger: str
    trace: tuple[Any, ...]


_SENT = ("SENT", "PICKED_UP", "READY_FOR_PICKUP")
_CANCELLED = ("BUYER_CANCELLED", "AUTO_CANCELLED")


def order_timeline(s: Session, order: m.Order, now: datetime) -> tuple[TimelineEntry, ...]:
    """Every line of ``order``'s timeline, oldest first, each detail in words."""
    e = m.OrderEvent
    found = s.scalars(
        select(e)
        .where(e.shop_id == order.shop_id, e.order_id == order.order_id)
        # Rows written in one moment keep the order they were written in.
        .order_by(e.occurred_at, e.id)
    ).all()
    intents = _intents(s, order)
    stored = tuple(
        TimelineEntry(x.occurred_at, x.source, x.type, _detail(x, intents)) for x in found
    )
    return _with_order_facts(stored, order, now)


def _intents(s: Session, order: m.Order) -> dict[int, _Intent]:
    i = m.RefundIntent
    rows = s.execute(
        select(i.id, i.trigger, i.trace).where(
            i.shop_id == order.shop_id, i.order_id == order.order_id
        )
    ).all()
    return {pk: _Intent(trigger, tuple(trace or ())) for pk, trigger, trace in rows}


def _detail(event: m.OrderEvent, intents: dict[int, _Intent]) -> str:
    """The stored detail as the worker writes it today (older rows' codes become words);
    a decision on a return only declared so far says so."""
    said = readable(from_text(event.detail))
    intent = _decided_by(event, intents)
    if intent is None:
        return to_text(said)
    if isinstance(said, Message) and said.code == "trace.rule_not_reached":
        # Written before the line named the deciding rule: read it again from the decision.
        said = _decision_again(event.type.removeprefix("DECISION_"), intent) or said
    if intent.trigger == Trigger.RETURN_DECLARED.value:
        said = declared_return(said)
    return to_text(said)


def _decided_by(event: m.OrderEvent, intents: dict[int, _Intent]) -> _Intent | None:
    """The refund a decision line is about (the planner names it: ``intent:<id>:decided``)."""
    if not event.type.startswith("DECISION_") or not event.source_id:
        return None
    kind, _, rest = event.source_id.partition(":")
    pk, _, what = rest.partition(":")
    if kind != "intent" or what != "decided" or not pk.isdigit():
        return None
    return intents.get(int(pk))


def _decision_again(state: str, intent: _Intent) -> Message | None:
    # The first decision's lines open the refund's trace; notes and later decisions follow.
    first: list[Message] = []
    for item in intent.trace:
        line = from_stored(item)
        if not isinstance(line, Message) or not line.code.startswith("trace."):
            break
        first.append(line)
    return decision_line(state, first)


def _with_order_facts(
    timeline: tuple[TimelineEntry, ...], order: m.Order, now: datetime
) -> tuple[TimelineEntry, ...]:
    """The timeline plus what the order itself says happened when no Allegro event did.

    Orders found when a shop is connected come from the order list, not the event feed, so
    they have no events: without this, a paid and sent order showed an empty timeline. A
    dispatch deadline that passed with the order unsent is no event either: it is read from
    the order too, so every late order says so, the ones synced long ago included.
    """
    seen = {e.type for e in timeline if e.source == "allegro"}
    facts: list[TimelineEntry] = []
    if "BOUGHT" not in seen and order.bought_at is not None:
        facts.append(TimelineEntry(order.bought_at, "allegro", "BOUGHT", ""))
    paid = [p.finished_at for p in order.payments if not p.is_surcharge and p.finished_at]
    if "READY_FOR_PROCESSING" not in seen and paid:
        facts.append(TimelineEntry(min(paid), "allegro", "READY_FOR_PROCESSING", ""))
    if "FULFILLMENT_STATUS_CHANGED" not in seen:
        parcels = [
            TimelineEntry(p.created_at, "allegro", "FULFILLMENT_STATUS_CHANGED", _parcel(p))
            for p in order.shipments
            if p.created_at is not None
        ]
        if not parcels and order.fulfillment_status in _SENT and order.updated_at is not None:
            # No tracking number synced: Allegro's last change to the order is when it was
            # marked sent (nothing after it would leave the status at "sent").
            parcels.append(
                TimelineEntry(order.updated_at, "allegro", "FULFILLMENT_STATUS_CHANGED", "")
            )
        facts += parcels
    deadline = _deadline_passed(timeline, order, now, bool(paid))
    if deadline is not None:
        facts.append(deadline)
    if not facts:
        return timeline
    # Stable: entries written in one moment keep their order; facts go before them.
    return tuple(sorted((*facts, *timeline), key=lambda e: _utc(e.occurred_at)))


def _deadline_passed(
    timeline: tuple[TimelineEntry, ...], order: m.Order, now: datetime, paid: bool
) -> TimelineEntry | None:
    """A "dispatch deadline passed" line at the deadline, when the paid order was not sent by
    then (nor cancelled before it)."""
    due = order.dispatch_deadline
    if due is None or _utc(due) >= _utc(now):
        return None
    if not paid and order.status != "READY_FOR_PROCESSING":
        return None
    sent = [_utc(p.created_at) for p in order.shipments if p.created_at is not None]
    if not sent and order.fulfillment_status in _SENT and order.updated_at is not None:
        sent = [_utc(order.updated_at)]
    if sent and min(sent) <= _utc(due):
        return None
    if not sent and order.fulfillment_status in _SENT:
        return None  # sent, but when is not known
    if order.status == "CANCELLED":
        cancelled = [_utc(e.occurred_at) for e in timeline if e.type in _CANCELLED]
        if not cancelled or min(cancelled) <= _utc(due):
            return None
    line = msg("timeline.deadline_passed", deadline=_utc(due))
    return TimelineEntry(due, "allegro", "DISPATCH_DEADLINE_PASSED", to_text(line))


def _parcel(shipment: m.Shipment) -> str:
    return " ".join(x for x in (shipment.carrier_id, shipment.waybill) if x)


def _utc(moment: datetime) -> datetime:
    # SQLite hands times back without a zone; they are stored as UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
