"""What the dashboard and the status strip show: totals, waiting work, alerts; Qt-free."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from refunddesk.automation import limits
from refunddesk.automation.states import NEEDS_PERSON, HeldReason, IntentState
from refunddesk.domain.money import Money
from refunddesk.domain.orders import OrderStatus
from refunddesk.notify.records import RESENDABLE
from refunddesk.queries.backlog import left_to_you_count
from refunddesk.store import models as m
from refunddesk.store.database import Database

CHART_DAYS = 14
FEED_LENGTH = 8
WAITING_LIMIT = 20
# An order counts as sent once all its lines are, or Allegro says it left or was collected.
_SENT_STATES = ("SENT", "PICKED_UP", "READY_FOR_PICKUP", "CANCELLED", "RETURNED")


@dataclass(frozen=True, slots=True)
class Totals:
    """How many refunds and how much money, one amount per currency (largest first)."""

    count: int = 0
    amounts: tuple[Money, ...] = ()


@dataclass(frozen=True, slots=True)
class WaitingRefund:
    """A planned refund waiting out its rule's delay; the merchant can still stop it."""

    intent_id: int
    order_id: str
    buyer_login: str
    amount: Money
    not_before: datetime
    rule_name: str


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One recent action by RefundDesk or a person (an order_events row)."""

    occurred_at: datetime
    order_id: str
    source: str  # refund / person
    type: str
    detail: str  # the core's English sentence; the GUI words the type instead
    amount: Money | None = None  # the refund's amount, when the event is about one refund


@dataclass(frozen=True, slots=True)
class DayCount:
    day: date
    count: int


@dataclass(frozen=True, slots=True)
class Alert:
    """Something the merchant must act on. ``kind``: breaker, budget, keyring (not encrypted),
    no_keyring, reconnect."""

    kind: str
    detail: str = ""  # a shop name, or the keyring's name


@dataclass(frozen=True, slots=True)
class Dashboard:
    has_shop: bool
    today: Totals
    week: Totals
    holds: int
    failures: int  # FAILED and UNCONFIRMED: both need a person
    shadow_week: Totals  # what shadow rules (or dry-run) would have refunded this week
    due_today: int
    overdue: int
    waiting: tuple[WaitingRefund, ...]
    per_day: tuple[DayCount, ...]
    feed: tuple[FeedItem, ...]
    alerts: tuple[Alert, ...]
    # Older cases found at connect that the shop's "ignore" choice left to the merchant.
    left_to_you: int = 0


@dataclass(frozen=True, slots=True)
class AutomationStatus:
    """What the status strip needs besides the worker's own state."""

    shop_name: str
    is_demo: bool
    paused: bool
    dry_run: bool
    any_armed: bool  # an enabled rule in ARMED mode exists
    review_count: int


def _day_start(now: datetime, tz: tzinfo, days_back: int = 0) -> datetime:
    local = now.astimezone(tz)
    start = datetime(local.year, local.month, local.day, tzinfo=tz) - timedelta(days=days_back)
    return start


def _totals(rows: Iterable[tuple[int, str, int]]) -> Totals:
    sums: dict[str, int] = defaultdict(int)
    count = 0
    for n, currency, minor in rows:
        count += n
        sums[currency] += minor or 0
    amounts = sorted((Money(v, c) for c, v in sums.items()), key=lambda a: (-a.minor, a.currency))
    return Totals(count, tuple(amounts))


def _intent_totals(s: Session, *conditions: object) -> Totals:
    i = m.RefundIntent
    rows = s.execute(
        select(func.count(), i.currency, func.sum(i.amount_minor))
        .where(*conditions)  # type: ignore[arg-type]
        .group_by(i.currency)
    )
    return _totals((int(n), str(c), int(v or 0)) for n, c, v in rows)


def _count(s: Session, *conditions: object) -> int:
    return int(
        s.scalar(select(func.count()).select_from(m.RefundIntent).where(*conditions))  # type: ignore[arg-type]
        or 0
    )


def review_count(db: Database) -> int:
    """The review badge: refunds that wait for a person (held, failed, unconfirmed), and
    buyer notices that did not arrive (Review lists them too)."""
    with db.sessions() as s:
        return _waiting(s)


def _waiting(s: Session) -> int:
    refunds = _count(s, m.RefundIntent.state.in_([str(x) for x in NEEDS_PERSON]))
    notices = s.scalar(
        select(func.count()).where(m.Notification.status.in_([str(x) for x in RESENDABLE]))
    )
    return refunds + int(notices or 0)


def automation_status(db: Database) -> AutomationStatus:
    from refunddesk.domain.rules import Mode
    from refunddesk.store import rules_repo

    rules = rules_repo.load_rules(db)
    any_armed = any(r.enabled and r.mode is Mode.ARMED for r in rules)
    with db.sessions() as s:
        settings = limits.load_settings(s)
        shop = s.scalars(select(m.Shop).order_by(m.Shop.id).limit(1)).first()
        name = shop.name if shop is not None else ""
        demo = shop is not None and shop.environment == "demo"
        count = _waiting(s)
    return AutomationStatus(name, demo, settings.paused, settings.dry_run, any_armed, count)


def load_dashboard(
    db: Database, now: datetime, tz: tzinfo, *, keyring: Alert | None = None
) -> Dashboard:
    """Everything on the dashboard in one read; "today" and "this week" in the merchant's ``tz``."""
    i, o = m.RefundIntent, m.Order
    today = _day_start(now, tz)
    week = today - timedelta(days=now.astimezone(tz).weekday())  # since Monday
    chart_from = _day_start(now, tz, CHART_DAYS - 1)
    done = i.state == str(IntentState.SUCCEEDED)
    with db.sessions() as s:
        has_shop = s.scalar(select(func.count()).select_from(m.Shop)) or 0
        today_totals = _intent_totals(s, done, i.finished_at >= today)
        week_totals = _intent_totals(s, done, i.finished_at >= week)
        holds = _count(s, i.state == str(IntentState.HELD))
        failures = _count(s, i.state.in_([str(IntentState.FAILED), str(IntentState.UNCONFIRMED)]))
        shadow = _intent_totals(s, i.state == str(IntentState.SHADOW), i.created_at >= week)
        not_sent = (
            o.status == str(OrderStatus.READY_FOR_PROCESSING),
            o.line_items_sent != "ALL",
            o.fulfillment_status.not_in(_SENT_STATES),
            o.dispatch_deadline.is_not(None),
        )
        tomorrow = today + timedelta(days=1)
        due_today = int(
            s.scalar(
                select(func.count())
                .select_from(o)
                .where(*not_sent, o.dispatch_deadline >= now, o.dispatch_deadline < tomorrow)
            )
            or 0
        )
        overdue = int(
            s.scalar(
                select(func.count()).select_from(o).where(*not_sent, o.dispatch_deadline < now)
            )
            or 0
        )
        waiting = tuple(
            WaitingRefund(
                row.id,
                row.order_id,
                row.buyer_login,
                Money(row.amount_minor, row.currency),
                row.not_before,
                row.rule_name,
            )
            for row in s.scalars(
                select(i)
                .where(i.state == str(IntentState.PLANNED), i.not_before > now)
                .order_by(i.not_before, i.id)
                .limit(WAITING_LIMIT)
            )
            if row.not_before is not None
        )
        finished = list(s.scalars(select(i.finished_at).where(done, i.finished_at >= chart_from)))
        events = list(
            s.scalars(
                select(m.OrderEvent)
                .where(m.OrderEvent.source.in_(("refund", "person")))
                .order_by(m.OrderEvent.occurred_at.desc(), m.OrderEvent.id.desc())
                .limit(FEED_LENGTH)
            )
        )
        feed = _feed(s, events)
        settings = limits.load_settings(s)
        budget_held = _count(
            s,
            i.state == str(IntentState.HELD),
            i.held_reason.in_([str(HeldReason.DAILY_BUDGET), str(HeldReason.DAILY_COUNT)]),
            i.created_at >= today,
        )
        reconnect = list(s.scalars(select(m.Shop.name).where(m.Shop.needs_reconnect.is_(True))))
        left_to_you = left_to_you_count(s)
    alerts: list[Alert] = []
    if settings.breaker_open:
        alerts.append(Alert("breaker", str(settings.consecutive_failures)))
    if budget_held:
        alerts.append(Alert("budget", str(budget_held)))
    if keyring is not None:
        alerts.append(keyring)
    alerts += [Alert("reconnect", name) for name in reconnect]
    return Dashboard(
        has_shop=bool(has_shop),
        today=today_totals,
        week=week_totals,
        holds=holds,
        failures=failures,
        shadow_week=shadow,
        due_today=due_today,
        overdue=overdue,
        waiting=waiting,
        per_day=_per_day(finished, chart_from, tz),
        feed=feed,
        alerts=tuple(alerts),
        left_to_you=left_to_you,
    )


def _feed(s: Session, events: list[m.OrderEvent]) -> tuple[FeedItem, ...]:
    """The feed rows, each with the amount of the refund it is about, where that is clear."""
    i = m.RefundIntent
    keys = {(e.shop_id, e.order_id) for e in events}
    intents: dict[tuple[int, str], list[m.RefundIntent]] = defaultdict(list)
    if keys:
        orders = {order_id for _shop, order_id in keys}
        for intent in s.scalars(select(i).where(i.order_id.in_(orders))):
            intents[(intent.shop_id, intent.order_id)].append(intent)
    return tuple(
        FeedItem(
            e.occurred_at,
            e.order_id,
            e.source,
            e.type,
            e.detail,
            _amount_of(e, intents.get((e.shop_id, e.order_id), [])),
        )
        for e in events
    )


def _amount_of(event: m.OrderEvent, intents: list[m.RefundIntent]) -> Money | None:
    """The event's refund: named by its source id, else the order's only refund (in the
    event's state, for a state change); None when that is ambiguous or nothing is refunded."""
    if event.source_id and event.source_id.startswith("intent:"):
        wanted = event.source_id.split(":")[1]
        intents = [x for x in intents if str(x.id) == wanted]
    else:
        money = [x for x in intents if x.state != str(IntentState.NO_ACTION)]
        state = event.type.removeprefix("REFUND_")
        same_state = [x for x in money if x.state == state]
        intents = money if len(money) == 1 else same_state
    if len(intents) != 1 or intents[0].state == str(IntentState.NO_ACTION):
        return None
    return Money(intents[0].amount_minor, intents[0].currency)


def _per_day(finished: list[datetime | None], start: datetime, tz: tzinfo) -> tuple[DayCount, ...]:
    counts: dict[date, int] = defaultdict(int)
    for moment in finished:
        if moment is not None:
            counts[moment.astimezone(tz).date()] += 1
    first = start.date()
    return tuple(
        DayCount(first + timedelta(days=n), counts[first + timedelta(days=n)])
        for n in range(CHART_DAYS)
    )
