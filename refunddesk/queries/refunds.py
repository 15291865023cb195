"""Refund history for the Refunds screen: filtered, sorted pages and counts, in SQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select

from refunddesk.domain.messages import details as message_details
from refunddesk.domain.messages import from_stored, from_text, render
from refunddesk.domain.money import Money
from refunddesk.domain.no_refund import no_refund_reason
from refunddesk.domain.rules import Rule
from refunddesk.queries import backlog
from refunddesk.store import models as m
from refunddesk.store.database import Database

RI = m.RefundIntent

# What each state means to a merchant; the GUI translates these, the CSV export uses them as is.
STATUS_WORDS: dict[str, str] = {
    "PLANNED": "Planned",
    "SUBMITTING": "Being sent",
    "SUBMITTED": "Sent, waiting for Allegro",
    "SUCCEEDED": "Refunded",
    "FAILED": "Failed",
    "UNCONFIRMED": "Being checked",
    "HELD": "Held for you",
    "DISMISSED": "Dismissed",
    "REFUNDED_BY_HAND": "Refunded by hand",
    "SHADOW": "Shadow (not sent)",
    "NO_ACTION": "No action",
}

TRIGGER_WORDS: dict[str, str] = {
    "BUYER_CANCELLED": "Buyer cancelled",
    "NOT_SENT_IN_TIME": "Not sent in time",
    "RETURN_DELIVERED": "Return delivered",
    "RETURN_DECLARED": "Return declared",
}


class SortColumn(StrEnum):
    """The columns the history can be sorted by, in the order the table shows them."""

    DATE = "date"
    ORDER = "order"
    BUYER = "buyer"
    AMOUNT = "amount"
    STATUS = "status"
    TRIGGER = "trigger"
    RULE = "rule"
    MODE = "mode"


_SORT_EXPR: dict[SortColumn, Any] = {
    SortColumn.DATE: RI.created_at,
    SortColumn.ORDER: RI.order_id,
    SortColumn.BUYER: RI.buyer_login,
    SortColumn.AMOUNT: RI.amount_minor,
    SortColumn.STATUS: RI.state,
    SortColumn.TRIGGER: RI.trigger,
    SortColumn.RULE: RI.rule_name,
    SortColumn.MODE: RI.mode,
}


@dataclass(frozen=True, slots=True)
class RefundSort:
    column: SortColumn = SortColumn.DATE
    descending: bool = True


@dataclass(frozen=True, slots=True)
class RefundFilter:
    """What the merchant narrowed the history to; empty fields do not filter."""

    states: tuple[str, ...] = ()
    since: datetime | None = None  # created at or after
    until: datetime | None = None  # created before
    rule_id: int | None = None
    trigger: str = ""
    shop_id: int | None = None
    text: str = ""  # part of an order id or a buyer login
    left_to_you: bool = False  # only the backlog the shop's "ignore" choice left to you


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One line of the refund history."""

    id: int
    shop_id: int
    created_at: datetime
    order_id: str
    buyer_login: str
    amount: Money
    state: str
    trigger: str
    rule_id: int | None
    rule_name: str
    rule_version: int | None
    mode: str


@dataclass(frozen=True, slots=True)
class Choice:
    """One entry of a filter drop-down."""

    id: int
    name: str


@dataclass(frozen=True, slots=True)
class FilterChoices:
    rules: tuple[Choice, ...] = ()
    shops: tuple[Choice, ...] = field(default_factory=tuple)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _conditions(flt: RefundFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if flt.states:
        where.append(RI.state.in_(list(flt.states)))
    if flt.since is not None:
        where.append(RI.created_at >= flt.since)
    if flt.until is not None:
        where.append(RI.created_at < flt.until)
    if flt.rule_id is not None:
        where.append(RI.rule_id == flt.rule_id)
    if flt.trigger:
        where.append(RI.trigger == flt.trigger)
    if flt.shop_id is not None:
        where.append(RI.shop_id == flt.shop_id)
    if flt.left_to_you:
        where.append(backlog.left_to_you())
    text = flt.text.strip()
    if text:
        pattern = f"%{_escape_like(text)}%"
        where.append(
            or_(
                RI.order_id.ilike(pattern, escape="\\"),
                RI.buyer_login.ilike(pattern, escape="\\"),
            )
        )
    return where


_COLUMNS = (
    RI.id,
    RI.shop_id,
    RI.created_at,
    RI.order_id,
    RI.buyer_login,
    RI.amount_minor,
    RI.currency,
    RI.state,
    RI.trigger,
    RI.rule_id,
    RI.rule_name,
    RI.rule_version,
    RI.mode,
)


def history_query(flt: RefundFilter, sort: RefundSort = RefundSort()) -> Select[*tuple[Any, ...]]:
    """The filtered, sorted history as one SELECT (the screen pages it, the export streams it)."""
    key = _SORT_EXPR[sort.column]
    # The id breaks ties, so pages never overlap or skip rows with equal sort values.
    order = (key.desc(), RI.id.desc()) if sort.descending else (key.asc(), RI.id.asc())
    return select(*_COLUMNS).where(*_conditions(flt)).order_by(*order)


def _history_row(r: Any) -> HistoryRow:
    return HistoryRow(
        id=r.id,
        shop_id=r.shop_id,
        created_at=r.created_at,
        order_id=r.order_id,
        buyer_login=r.buyer_login,
        amount=Money(r.amount_minor, r.currency),
        state=r.state,
        trigger=r.trigger,
        rule_id=r.rule_id,
        rule_name=r.rule_name,
        rule_version=r.rule_version,
        mode=r.mode,
    )


def count_refunds(db: Database, flt: RefundFilter) -> int:
    with db.sessions() as s:
        return int(s.scalar(select(func.count(RI.id)).where(*_conditions(flt))) or 0)


def refund_page(
    db: Database, flt: RefundFilter, sort: RefundSort, offset: int, limit: int
) -> list[HistoryRow]:
    """Rows ``offset`` … ``offset + limit - 1`` of the filtered, sorted history."""
    q = history_query(flt, sort).offset(offset).limit(limit)
    with db.sessions() as s:
        return [_history_row(r) for r in s.execute(q)]


def iter_history(
    db: Database, flt: RefundFilter, sort: RefundSort = RefundSort(), *, batch: int = 1000
) -> Iterator[HistoryRow]:
    """Every row of the filtered history, fetched ``batch`` at a time (never all in memory)."""
    with db.sessions() as s:
        result = s.execute(history_query(flt, sort).execution_options(yield_per=batch))
        for r in result:
            yield _history_row(r)


def filter_choices(db: Database) -> FilterChoices:
    """Rules (every rule that ever decided, deleted ones too: history points at them) and shops."""
    with db.sessions() as s:
        names = s.execute(
            select(m.RuleVersion.rule_id, m.RuleVersion.name)
            .join(m.Rule, m.Rule.id == m.RuleVersion.rule_id)
            .where(m.RuleVersion.version == m.Rule.current_version)
            .order_by(m.Rule.position, m.Rule.id)
        )
        rules = tuple(Choice(r.rule_id, r.name) for r in names)
        shops = tuple(
            Choice(r.id, r.name)
            for r in s.execute(select(m.Shop.id, m.Shop.name).order_by(m.Shop.id))
        )
    return FilterChoices(rules, shops)


# -- the detail pane --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BreakdownLine:
    """One part of the refund: an item (with its quantity, or a partial value), delivery …"""

    kind: str  # item / delivery / services / surcharge
    name: str
    quantity: int | None
    value: Money


@dataclass(frozen=True, slots=True)
class AttemptRow:
    started_at: datetime
    method: str
    path: str
    http_status: int | None
    trace_id: str
    duration_ms: int
    error: str


@dataclass(frozen=True, slots=True)
class NoticeRow:
    channel: str
    recipient: str
    status: str
    created_at: datetime
    sent_at: datetime | None
    error: str


@dataclass(frozen=True, slots=True)
class ActionRow:
    at: datetime
    action: str
    note: str
    actor: str


@dataclass(frozen=True, slots=True)
class RefundDetail:
    """Everything the detail pane explains about one refund."""

    row: HistoryRow
    reason_code: str
    seller_comment: str
    held_reason: str
    held_detail: str
    failure_code: str
    failure_detail: str  # in the language asked for
    platform_refund_id: str
    platform_status: str
    detected_at: datetime
    finished_at: datetime | None
    breakdown: tuple[BreakdownLine, ...]
    notes: tuple[str, ...]  # the plan's notes, e.g. caps applied (in the language asked for)
    trace: tuple[str, ...]  # how the rules decided and what happened since, likewise
    rule_summary: str  # describe() of the exact rule version, "" when unknown
    attempts: tuple[AttemptRow, ...]
    notices: tuple[NoticeRow, ...]
    actions: tuple[ActionRow, ...]
    # The exact rule version, so a screen can describe it again when the language changes.
    rule: Rule | None = None
    # Allegro's own words and trace ids behind the failure and the trace (detail views only).
    details: tuple[str, ...] = ()
    # For a "no refund" decision, the one reason that matters (in the language asked for).
    no_refund_reason: str = ""


def _breakdown(plan: Any, language: str) -> tuple[tuple[BreakdownLine, ...], tuple[str, ...]]:
    from refunddesk.domain.plan_json import plan_from_json

    if not isinstance(plan, dict) or "currency" not in plan:
        return (), ()
    p = plan_from_json(plan)
    lines = [BreakdownLine("item", pl.name or pl.offer_id, pl.quantity, pl.value) for pl in p.lines]
    if p.delivery is not None and not p.delivery.is_zero():
        lines.append(BreakdownLine("delivery", "", None, p.delivery))
    if p.additional_services is not None and not p.additional_services.is_zero():
        lines.append(BreakdownLine("services", "", None, p.additional_services))
    lines += [BreakdownLine("surcharge", s.surcharge_id, None, s.value) for s in p.surcharges]
    return tuple(lines), tuple(render(n, language) for n in p.notes)


def _rule_version(db: Database, rule_id: int | None, version: int | None) -> Rule | None:
    from refunddesk.store import rules_repo

    if rule_id is None or version is None:
        return None
    return rules_repo.rule_version(db, rule_id, version)


def refund_detail(db: Database, intent_id: int, language: str = "en") -> RefundDetail | None:
    """Everything about one refund; the rule is described in ``language`` (an app language)."""
    with db.sessions() as s:
        i = s.get(RI, intent_id)
        if i is None:
            return None
        row = _history_row(i)
        breakdown, notes = _breakdown(i.plan, language)
        failure = from_text(i.failure_detail)
        trace = [from_stored(t) for t in (i.trace or [])]
        details = [line for said in (failure, *trace) for line in message_details(said, language)]
        attempts = tuple(
            AttemptRow(
                a.started_at, a.method, a.path, a.http_status, a.trace_id, a.duration_ms, a.error
            )
            for a in s.scalars(
                select(m.RefundAttempt)
                .where(m.RefundAttempt.intent_id == i.id)
                .order_by(m.RefundAttempt.id)
            )
        )
        notices = tuple(
            NoticeRow(n.channel, n.recipient, n.status, n.created_at, n.sent_at, n.error)
            for n in s.scalars(
                select(m.Notification)
                .where(m.Notification.intent_id == i.id)
                .order_by(m.Notification.id)
            )
        )
        actions = tuple(
            ActionRow(a.at, a.action, a.note, a.actor)
            for a in s.scalars(
                select(m.ReviewAction)
                .where(m.ReviewAction.intent_id == i.id)
                .order_by(m.ReviewAction.id)
            )
        )
        detail = RefundDetail(
            row=row,
            reason_code=i.reason_code,
            seller_comment=i.seller_comment,
            held_reason=i.held_reason,
            held_detail=i.held_detail,
            failure_code=i.failure_code,
            failure_detail=render(failure, language),
            platform_refund_id=i.platform_refund_id or "",
            platform_status=i.platform_status,
            detected_at=i.detected_at,
            finished_at=i.finished_at,
            breakdown=breakdown,
            notes=notes,
            trace=tuple(render(t, language) for t in trace),
            details=tuple(dict.fromkeys(details)),
            no_refund_reason=(
                render(no_refund_reason(trace), language) if i.state == "NO_ACTION" else ""
            ),
            rule_summary="",
            attempts=attempts,
            notices=notices,
            actions=actions,
        )
    rule = _rule_version(db, row.rule_id, row.rule_version)
    if rule is None:
        return detail
    from refunddesk.domain.describe import describe

    return replace(detail, rule_summary=describe(rule, language), rule=rule)
