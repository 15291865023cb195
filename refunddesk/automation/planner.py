"""Planner: find refund cases in the synced data, let the rules decide, write intents.

A decision and its intent are written in one transaction under a unique key per
(shop, order, trigger, scope), so re-syncs, redelivered events and restarts never plan the
same refund twice. Every case gets a row, including "no rule matched", so the merchant can
always see why something did or did not happen.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, exists, func, literal, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from refunddesk.automation.cycle_reads import CycleReads, refunds_this_cycle
from refunddesk.automation.limits import AutomationSettings
from refunddesk.automation.states import IntentState
from refunddesk.domain.cases import RefundCase, Trigger
from refunddesk.domain.decisions import Decision, HoldReason, Outcome, evaluate, late_since
from refunddesk.domain.facts import Facts, case_facts
from refunddesk.domain.messages import Message, Said, msg, to_stored, to_text
from refunddesk.domain.money import Money
from refunddesk.domain.orders import Order
from refunddesk.domain.plan_json import plan_to_json
from refunddesk.domain.refunds import FAILED, PlatformRefund
from refunddesk.domain.returns import (
    DELIVERED_RETURN_STATUSES,
    FINAL_RETURN_STATUSES,
    CustomerReturn,
)
from refunddesk.domain.rules import Rule
from refunddesk.domain.timeline_lines import decision_line
from refunddesk.marketplace.base import (
    MalformedResponse,
    Marketplace,
    MarketplaceError,
    NotFound,
    ValidationRefused,
)
from refunddesk.marketplace.error_words import error_message
from refunddesk.store import models as m
from refunddesk.store import orders_repo, sync_repo
from refunddesk.store.database import Database
from refunddesk.store.problems import DatabaseProblem

log = logging.getLogger(__name__)

ORDER_SCOPE = "order"
# Cases whose orders' refunds are read side by side before they are decided one by one.
READ_AHEAD = 100
# Order ids per IN (...) of a bulk read: within any database's limit of parameters.
IN_LIMIT = 500
# Fulfilment statuses that mean the parcel left: a late-order refund no longer applies.
SENT_STATUSES = ("SENT", "PICKED_UP")


@dataclass(frozen=True, slots=True)
class CaseKey:
    """One thing that happened to one order, not yet decided."""

    trigger: Trigger
    order_id: str
    scope: str
    detected_at: datetime
    return_id: str | None = None


@dataclass
class PlanReport:
    decided: dict[str, int] = field(default_factory=dict)  # intent state -> count
    problems: list[Said] = field(default_factory=list)
    changed_orders: set[str] = field(default_factory=set)

    def count(self, state: str) -> None:
        self.decided[state] = self.decided.get(state, 0) + 1


def return_scope(return_id: str) -> str:
    return f"return:{return_id}"


def _no_intent(shop_id: int, trigger: Trigger, scope: str) -> ColumnElement[bool]:
    return ~exists().where(
        and_(
            m.RefundIntent.shop_id == shop_id,
            m.RefundIntent.order_id == m.Order.order_id,
            m.RefundIntent.trigger == trigger.value,
            m.RefundIntent.scope == scope,
        )
    )


def find_cases(
    session: Session, shop_id: int, rules: Sequence[Rule], now: datetime
) -> list[CaseKey]:
    """Cases that have no decision yet, oldest first."""
    triggers = {r.trigger for r in rules if r.enabled}
    keys: list[CaseKey] = []
    if Trigger.BUYER_CANCELLED in triggers:
        rows = session.execute(
            select(m.Order.order_id, m.Order.updated_at)
            .where(
                m.Order.shop_id == shop_id,
                m.Order.status == "CANCELLED",
                _no_intent(shop_id, Trigger.BUYER_CANCELLED, ORDER_SCOPE),
            )
            .order_by(m.Order.updated_at)
        ).all()
        cancelled_at = _cancel_times(session, shop_id, [r[0] for r in rows])
        keys += [
            CaseKey(
                Trigger.BUYER_CANCELLED,
                order_id,
                ORDER_SCOPE,
                cancelled_at.get(order_id) or updated or now,
            )
            for order_id, updated in rows
        ]
    for trigger, statuses in (
        (Trigger.RETURN_DELIVERED, [str(s) for s in DELIVERED_RETURN_STATUSES]),
        (Trigger.RETURN_DECLARED, None),
    ):
        if trigger not in triggers:
            continue
        keys += _return_cases(session, shop_id, trigger, statuses, now)
    if Trigger.NOT_SENT_IN_TIME in triggers:
        keys += _late_candidates(session, shop_id, now)
    return keys


def _cancel_times(session: Session, shop_id: int, order_ids: list[str]) -> dict[str, datetime]:
    if not order_ids:
        return {}
    rows = session.execute(
        select(m.OrderEvent.order_id, func.min(m.OrderEvent.occurred_at))
        .where(
            m.OrderEvent.shop_id == shop_id,
            m.OrderEvent.type == "BUYER_CANCELLED",
            m.OrderEvent.order_id.in_(order_ids),
        )
        .group_by(m.OrderEvent.order_id)
    ).all()
    return {order_id: at for order_id, at in rows}


def _return_cases(
    session: Session,
    shop_id: int,
    trigger: Trigger,
    statuses: list[str] | None,
    now: datetime,
) -> list[CaseKey]:
    scope = literal("return:").concat(m.CustomerReturn.return_id)
    q = select(m.CustomerReturn.return_id, m.CustomerReturn.order_id, m.CustomerReturn.created_at)
    q = q.where(
        m.CustomerReturn.shop_id == shop_id,
        ~exists().where(
            and_(
                m.RefundIntent.shop_id == shop_id,
                m.RefundIntent.order_id == m.CustomerReturn.order_id,
                m.RefundIntent.trigger == trigger.value,
                m.RefundIntent.scope == scope,
            )
        ),
    )
    if statuses is not None:
        q = q.where(m.CustomerReturn.status.in_(statuses))
    else:
        # Declared: any return still open (a delivered one is declared too).
        finals = [str(s) for s in FINAL_RETURN_STATUSES]
        q = q.where(m.CustomerReturn.status.not_in(finals))
    rows = session.execute(q.order_by(m.CustomerReturn.created_at)).all()
    return [
        CaseKey(
            trigger,
            order_id,
            return_scope(return_id),
            created if trigger is Trigger.RETURN_DECLARED else now,
            return_id,
        )
        for return_id, order_id, created in rows
    ]


def _late_candidates(session: Session, shop_id: int, now: datetime) -> list[CaseKey]:
    """Paid orders not sent yet. Whether they are late is the rules' call (handling time, grace)."""
    rows = session.execute(
        select(m.Order.order_id)
        .where(
            m.Order.shop_id == shop_id,
            m.Order.status == "READY_FOR_PROCESSING",
            m.Order.fulfillment_status.not_in([*SENT_STATUSES, "CANCELLED"]),
            m.Order.line_items_sent == "NONE",
            ~exists().where(m.Shipment.order_pk == m.Order.id),
            _no_intent(shop_id, Trigger.NOT_SENT_IN_TIME, ORDER_SCOPE),
        )
        .order_by(m.Order.dispatch_deadline)
    ).all()
    return [CaseKey(Trigger.NOT_SENT_IN_TIME, r[0], ORDER_SCOPE, now) for r in rows]


class BacklogMode(StrEnum):
    """What happens to cases that happened before the shop was connected (the merchant's pick)."""

    ASK = "ask"  # decided by the rules, then held for one-click approval
    APPLY = "apply"  # decided and sent like any new case
    IGNORE = "ignore"  # left to the merchant, visibly (a line on the order, a dashboard count)


@dataclass(frozen=True)
class Watch:
    """Since when RefundDesk watches the shop, and what the merchant chose for older cases."""

    since: datetime | None = None
    backlog: BacklogMode = BacklogMode.ASK

    def is_backlog(self, key: CaseKey) -> bool:
        return self.since is not None and key.detected_at < self.since


def plan_shop(
    db: Database,
    shop_id: int,
    market: Marketplace,
    rules: Sequence[Rule],
    settings: AutomationSettings,
    now: Callable[[], datetime],
    *,
    watching_since: datetime | None = None,
    backlog: BacklogMode | str = BacklogMode.ASK,
    between_batches: Callable[[], None] | None = None,
    report: PlanReport | None = None,
) -> PlanReport:
    """Decide every new case of a shop (automation/replan.py looks again at decided ones).

    ``watching_since``: triggers older than this are the backlog, handled as ``backlog`` says.
    ``between_batches`` runs after every ``READ_AHEAD`` cases that gave a decision (the worker
    sends what they planned before the next ones are decided); what it raises ends planning.
    ``report``: filled as planning goes (what was decided before an error stopped it counts).
    """
    report = report if report is not None else PlanReport()
    watch = Watch(watching_since, BacklogMode(backlog))
    with db.sessions() as s:
        keys = find_cases(s, shop_id, rules, now())
    planned: list[str] = []
    failed: set[str] = set()
    sent_after = 0  # how many cases were decided when between_batches last ran
    cases: dict[CaseKey, RefundCase | None] = {}
    decided: list[Decided] = []  # decided, not written yet: written a batch at a time

    def unexpected(order_id: str, exc: Exception) -> None:
        # A bug on one order is recorded there; the others go on.
        failed.add(order_id)
        log.error("planning order %s failed unexpectedly", order_id, exc_info=exc)
        report.problems.append(msg("problem.order_bug", order=order_id, error=repr(exc)))
        with db.transaction() as s:
            sync_repo.record_problem(
                s, shop_id, "planning", order_id, f"unexpected error: {exc!r}", now()
            )

    def write_decided() -> None:
        batch = decided[:]
        decided.clear()
        _write_all(db, shop_id, batch, settings, now, report, watch, unexpected)

    try:
        for n, key in enumerate(keys):
            if n % READ_AHEAD == 0:
                write_decided()
                chunk = keys[n : n + READ_AHEAD]
                if n and between_batches is not None and len(planned) > sent_after:
                    # The next cases' refunds are read while the decided ones are sent, so
                    # neither waits for the other's answers (reads only: every write stays
                    # on this thread; cycle_reads.py drops a read that crossed a POST).
                    ahead = threading.Thread(
                        target=_read_refunds_ahead, args=(market, chunk), name="read-ahead"
                    )
                    ahead.start()
                    try:
                        between_batches()
                    finally:
                        ahead.join()
                    sent_after = len(planned)
                else:
                    _read_refunds_ahead(market, chunk)
                cases = _cases_of(db, shop_id, chunk)
            try:
                found = decide(db, shop_id, market, rules, now, key, watch, cases=cases)
                if found is not None:
                    decided.append(found)
                    planned.append(key.order_id)
            except (MalformedResponse, NotFound, ValidationRefused) as exc:
                # About this order alone (a read of it refused as invalid, e.g. an odd id):
                # recorded on it, and the shop's other cases go on.
                failed.add(key.order_id)
                report.problems.append(
                    msg("problem.order", order=key.order_id, why=error_message(exc))
                )
                with db.transaction() as s:
                    sync_repo.record_problem(s, shop_id, "order", key.order_id, str(exc), now())
            except MarketplaceError:
                raise  # network down, 429, reconnect: the next cycle tries again
            except Exception as exc:
                unexpected(key.order_id, exc)
    finally:
        # What was decided before a stop (network down, say) is written all the same.
        write_decided()
        # A planning problem of an order decided fine now is over: one statement for all of
        # them, not a transaction per case (an order that also failed here keeps its problem).
        fine = [o for o in dict.fromkeys(planned) if o not in failed]
        for start in range(0, len(fine), 500):  # within any database's limit of parameters
            with db.transaction() as s:
                sync_repo.resolve_problems(s, shop_id, "planning", fine[start : start + 500], now())
    return report


Decided = tuple[CaseKey, RefundCase, Decision]


def _cases_of(
    db: Database, shop_id: int, keys: Sequence[CaseKey]
) -> dict[CaseKey, RefundCase | None]:
    """The next cases built together; on any trouble, none (each is then built on its own,
    where its error is recorded on its order alone)."""
    try:
        return build_cases(db, shop_id, keys)
    except DatabaseProblem:
        raise  # about the whole database: the round stops
    except Exception:
        log.exception("building %d cases together failed; building them one by one", len(keys))
        return {}


def _read_refunds_ahead(market: Marketplace, keys: Sequence[CaseKey]) -> None:
    """Read the refunds of the next cases' orders side by side, for ``decide`` (and then the
    executor) to use. A late-order candidate is read only once it proves late, in ``decide``:
    most are not. A failed read is left to ``decide``, which reads again and reports it."""
    if isinstance(market, CycleReads):
        market.read_refunds([k.order_id for k in keys if k.trigger is not Trigger.NOT_SENT_IN_TIME])


def decide(
    db: Database,
    shop_id: int,
    market: Marketplace,
    rules: Sequence[Rule],
    now: Callable[[], datetime],
    key: CaseKey,
    watch: Watch,
    *,
    cases: dict[CaseKey, RefundCase | None] | None = None,
) -> tuple[CaseKey, RefundCase, Decision] | None:
    """The case behind ``key`` and what the rules decide now; None when it is no case (yet).

    ``cases``: cases built ahead (``build_cases``); a key not among them is built here."""
    case = cases[key] if cases is not None and key in cases else build_case(db, shop_id, key)
    if case is None:
        return None
    if key.trigger is Trigger.NOT_SENT_IN_TIME:
        # Only late orders become cases, and only after a live look at the order and its parcels.
        since = late_since(rules, case, now())
        if since is None:
            return None
        # The trigger happened when the order became late, not when we looked.
        key = replace(key, detected_at=since)
        fresh = _recheck_not_sent(db, shop_id, market, key, now)
        if fresh is None:
            return None
        case = fresh
    case = _with_live_refunds(case, market, key.order_id)
    decision = evaluate(rules, case, now())
    if key.scope == ORDER_SCOPE:
        decision = _hold_if_refunded_elsewhere(db, shop_id, case, decision)
    if watch.is_backlog(key):
        decision = _as_backlog(decision, watch)
    return key, case, decision


def decision_facts(case: RefundCase, watch: Watch, *, backlog: bool) -> Facts:
    """What a decision rests on: the case, and for a case found at connect the merchant's
    choice for such cases (changing it re-plans them, automation/replan.py)."""
    facts = case_facts(case)
    if backlog:
        facts["backlog"] = watch.backlog.value
    return facts


def _as_backlog(decision: Decision, watch: Watch) -> Decision:
    """A case from before the shop was connected, as the merchant chose; shadow rules always
    record what they would have done, so their preview is complete."""
    assert watch.since is not None
    when = watch.since
    if decision.shadow or watch.backlog is BacklogMode.APPLY:
        return decision
    if watch.backlog is BacklogMode.IGNORE:
        line = msg("trace.backlog_left_to_you", since=when)
        return Decision(Outcome.NO_RULE, (*decision.trace, line))
    if decision.outcome not in (Outcome.REFUND, Outcome.WAIT, Outcome.HOLD):
        return decision
    line = msg("trace.backlog_held", since=when)
    return replace(
        decision,
        outcome=Outcome.HOLD,
        hold_reasons=(HoldReason.BACKLOG, *decision.hold_reasons),
        trace=(*decision.trace, line),
    )


def build_case(db: Database, shop_id: int, key: CaseKey) -> RefundCase | None:
    with db.sessions() as s:
        order = orders_repo.load_order(s, shop_id, key.order_id)
        if order is None:
            return None  # a return for an order we have not synced yet: next cycle
        customer_return = None
        if key.return_id is not None:
            matches = [
                r
                for r in sync_repo.load_returns(s, shop_id, order_id=key.order_id)
                if r.id == key.return_id
            ]
            customer_return = matches[0] if matches else None
        buyer_orders = (
            s.scalar(
                select(func.count(m.Order.id)).where(
                    m.Order.shop_id == shop_id, m.Order.buyer_login == order.buyer.login
                )
            )
            or 1
        )
        groups = {
            g.name: frozenset(str(x) for x in (g.members or []))
            for g in s.scalars(select(m.ProductGroup))
        }
        shipped = orders_repo.has_shipments(s, shop_id, key.order_id)
    return RefundCase(
        trigger=key.trigger,
        order=order,
        detected_at=key.detected_at,
        customer_return=customer_return,
        buyer_order_count=buyer_orders,
        product_groups=groups,
        shipped=shipped,
    )


def build_cases(
    db: Database, shop_id: int, keys: Sequence[CaseKey]
) -> dict[CaseKey, RefundCase | None]:
    """``build_case`` for many keys at once: the orders, buyer counts and parcels of all of
    them in a few queries instead of five each. The same cases as one by one (a test holds
    them equal)."""
    if not keys:
        return {}
    order_ids = list(dict.fromkeys(k.order_id for k in keys))
    with db.sessions() as s:
        orders: dict[str, Order] = {}
        shipped: set[str] = set()
        for start in range(0, len(order_ids), IN_LIMIT):
            part = order_ids[start : start + IN_LIMIT]
            orders.update((o.id, o) for o in orders_repo.load_orders(s, shop_id, part))
            shipped |= orders_repo.orders_with_shipments(s, shop_id, part)
        logins = list(dict.fromkeys(o.buyer.login for o in orders.values()))
        buyer_orders: dict[str, int] = {}
        for start in range(0, len(logins), IN_LIMIT):
            rows = s.execute(
                select(m.Order.buyer_login, func.count(m.Order.id))
                .where(
                    m.Order.shop_id == shop_id,
                    m.Order.buyer_login.in_(logins[start : start + IN_LIMIT]),
                )
                .group_by(m.Order.buyer_login)
            ).all()
            buyer_orders.update((login, int(n)) for login, n in rows)
        groups = {
            g.name: frozenset(str(x) for x in (g.members or []))
            for g in s.scalars(select(m.ProductGroup))
        }
        returns: dict[str, list[CustomerReturn]] = {}
        for order_id in dict.fromkeys(k.order_id for k in keys if k.return_id is not None):
            returns[order_id] = sync_repo.load_returns(s, shop_id, order_id=order_id)
    cases: dict[CaseKey, RefundCase | None] = {}
    for key in keys:
        order = orders.get(key.order_id)
        if order is None:
            cases[key] = None  # a return for an order we have not synced yet: next cycle
            continue
        customer_return = None
        if key.return_id is not None:
            found = [r for r in returns.get(key.order_id, []) if r.id == key.return_id]
            customer_return = found[0] if found else None
        cases[key] = RefundCase(
            trigger=key.trigger,
            order=order,
            detected_at=key.detected_at,
            customer_return=customer_return,
            buyer_order_count=buyer_orders.get(order.buyer.login) or 1,
            product_groups=groups,
            shipped=key.order_id in shipped,
        )
    return cases


def _recheck_not_sent(
    db: Database,
    shop_id: int,
    market: Marketplace,
    key: CaseKey,
    now: Callable[[], datetime],
) -> RefundCase | None:
    """The deadline trigger acts on the live order: re-read it and its shipments first."""
    order = market.get_order(key.order_id)
    shipments = market.get_shipments(key.order_id)
    with db.transaction() as s:
        orders_repo.save_orders(s, shop_id, [order], now())
        orders_repo.save_shipments(s, shop_id, key.order_id, shipments)
    case = build_case(db, shop_id, key)
    if case is None or case.is_shipped or order.status != "READY_FOR_PROCESSING":
        return None
    if order.line_items_sent != "NONE":
        return None
    return case


def _with_live_refunds(case: RefundCase, market: Marketplace, order_id: str) -> RefundCase:
    # Read from Allegro in this cycle; the executor checks the remainder on the same read.
    return replace(case, platform_refunds=tuple(refunds_this_cycle(market, order_id)))


def _hold_if_refunded_elsewhere(
    db: Database, shop_id: int, case: RefundCase, decision: Decision
) -> Decision:
    """A whole-order refund on an order someone else already refunded from: a person decides.

    Refunds RefundDesk made itself (an earlier return, say) do not count; the remainder keeps
    those out of the plan anyway.
    """
    if decision.outcome not in (Outcome.REFUND, Outcome.WAIT) or decision.shadow:
        return decision
    if all(_failed(r) for r in case.platform_refunds):
        return decision  # nothing moved on the platform: nobody else refunded (no query needed)
    with db.sessions() as s:
        ours = set(
            s.scalars(
                select(m.RefundIntent.platform_refund_id).where(
                    m.RefundIntent.shop_id == shop_id,
                    m.RefundIntent.order_id == case.order.id,
                    m.RefundIntent.platform_refund_id.is_not(None),
                )
            )
        )
    foreign = [r for r in case.platform_refunds if r.id not in ours and not _failed(r)]
    if not foreign:
        return decision
    amount = sum((r.total_value.minor for r in foreign), 0)
    line = msg("trace.foreign_refunds", n=len(foreign), total=Money(amount, case.order.currency))
    return replace(
        decision,
        outcome=Outcome.HOLD,
        hold_reasons=(HoldReason.ALREADY_REFUNDED_ELSEWHERE, *decision.hold_reasons),
        trace=(*decision.trace, line),
    )


def _failed(refund: PlatformRefund) -> bool:
    return refund.status in FAILED


def _timeline_detail(state: IntentState, trace: list[Message]) -> str:
    """The line an order's timeline shows for a decision: the rule that decided and what it
    decided; for "no refund", why."""
    line = decision_line(state.value, trace)
    return to_text(line) if line is not None else ""


def state_for(decision: Decision, settings: AutomationSettings) -> IntentState:
    if decision.outcome in (Outcome.NO_RULE, Outcome.NOTHING_TO_REFUND):
        return IntentState.NO_ACTION
    # Shadow before holds: a hold asks a person to approve money, and a shadow rule moves none.
    if decision.shadow:
        return IntentState.SHADOW
    if decision.outcome is Outcome.HOLD:
        return IntentState.HELD
    if settings.dry_run:
        return IntentState.SHADOW
    return IntentState.PLANNED  # REFUND, or WAIT for a pending refund on the same line


def _intent_row(
    shop_id: int,
    key: CaseKey,
    case: RefundCase,
    decision: Decision,
    settings: AutomationSettings,
    now: datetime,
    watch: Watch,
) -> tuple[IntentState, list[Message], m.RefundIntent]:
    """The decision as the intent row to write (not added to any session yet)."""
    state = state_for(decision, settings)
    backlog = watch.is_backlog(key)
    trace = list(decision.trace)
    if state is IntentState.SHADOW and settings.dry_run and not decision.shadow:
        trace.append(msg("trace.dry_run"))
    plan = decision.plan
    order = case.order
    rule_id = int(decision.rule.id) if decision.rule and decision.rule.id.isdigit() else None
    intent = m.RefundIntent(
        shop_id=shop_id,
        order_id=key.order_id,
        trigger=key.trigger.value,
        scope=key.scope,
        state=state.value,
        mode="shadow" if decision.shadow else "armed",
        rule_id=rule_id,
        rule_version=decision.rule.version if decision.rule else None,
        rule_name=decision.rule.name if decision.rule else "",
        trace=[to_stored(t) for t in trace],
        plan=plan_to_json(plan) if plan is not None else {},
        amount_minor=plan.total.minor if plan is not None else 0,
        currency=order.currency,
        reason_code=decision.reason,
        seller_comment=decision.seller_comment,
        payment_id=order.payment.id if order.payment else "",
        buyer_login=order.buyer.login,
        notify_template=decision.notice_template or "",
        set_cancelled_label=decision.mark_cancelled,
        claim_commission=decision.claim_commission,
        not_before=decision.not_before,
        detected_at=key.detected_at,
        held_reason=decision.hold_reasons[0].value if decision.hold_reasons else "",
        held_detail="; ".join(h.value for h in decision.hold_reasons),
        created_at=now,
        updated_at=now,
        facts=decision_facts(case, watch, backlog=backlog),
        facts_at=now,
        backlog=backlog,
    )
    return state, trace, intent


def _write(
    db: Database,
    shop_id: int,
    key: CaseKey,
    case: RefundCase,
    decision: Decision,
    settings: AutomationSettings,
    now: datetime,
    report: PlanReport,
    *,
    watch: Watch,
) -> None:
    state, trace, intent = _intent_row(shop_id, key, case, decision, settings, now, watch)
    try:
        with db.transaction() as s:
            s.add(intent)
            s.flush()
            sync_repo.add_timeline(
                s,
                shop_id,
                key.order_id,
                source="refund",
                type=f"DECISION_{state.value}",
                occurred_at=now,
                detail=_timeline_detail(state, trace),
                source_id=f"intent:{intent.id}:decided",
            )
    except IntegrityError:
        log.info("case %s/%s/%s was decided already", key.order_id, key.trigger, key.scope)
        return
    _written(report, key, state, trace)


def _written(report: PlanReport, key: CaseKey, state: IntentState, trace: list[Message]) -> None:
    report.count(state.value)
    report.changed_orders.add(key.order_id)
    log.info(
        "order %s %s: %s (%s)",
        key.order_id,
        key.trigger.value,
        state.value,
        trace[-1] if trace else "",
    )


def _write_all(
    db: Database,
    shop_id: int,
    decided: list[Decided],
    settings: AutomationSettings,
    now: Callable[[], datetime],
    report: PlanReport,
    watch: Watch,
    unexpected: Callable[[str, Exception], None],
) -> None:
    """Write a batch of decisions, each with its intent and timeline line, in one transaction.

    If the batch cannot be written (a case decided meanwhile elsewhere trips the unique key,
    or anything else), nothing of it is saved and each decision is written on its own, as
    before batches: the one that fails is recorded on its order, the others are written."""
    if not decided:
        return
    at = now()
    try:
        rows = [
            (key, *_intent_row(shop_id, key, case, decision, settings, at, watch))
            for key, case, decision in decided
        ]
        with db.transaction() as s:
            s.add_all([intent for _k, _s, _t, intent in rows])
            s.flush()
            for key, state, trace, intent in rows:
                sync_repo.add_timeline(
                    s,
                    shop_id,
                    key.order_id,
                    source="refund",
                    type=f"DECISION_{state.value}",
                    occurred_at=at,
                    detail=_timeline_detail(state, trace),
                    source_id=f"intent:{intent.id}:decided",
                )
    except DatabaseProblem:
        raise  # about the whole database (locked, read-only, full): the round stops
    except Exception as exc:
        log.info("writing %d decisions together failed (%r); one by one", len(decided), exc)
        for key, case, decision in decided:
            try:
                _write(db, shop_id, key, case, decision, settings, now(), report, watch=watch)
            except DatabaseProblem:
                raise
            except Exception as one:
                unexpected(key.order_id, one)
        return
    for key, state, trace, _intent in rows:
        _written(report, key, state, trace)
