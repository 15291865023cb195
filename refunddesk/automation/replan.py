"""Plan a case again when the facts its decision rested on change (DESIGN.md §3).

"The buyer has not paid" waits: when the payment completes, the case is decided again. Only
decisions RefundDesk made by itself and has not acted on are re-planned (no rule matched,
held by a rule or a check, planned and not yet sent, shadow). What a person decided (approved,
dismissed, refunded by hand) is never undone: a change after it is noted on the order for the
person to see. Money already moved is never planned again: the live remainder check and the
commandId rules in the executor stay the final word.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import and_, exists, func, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from refunddesk.automation.intent_ops import transition
from refunddesk.automation.limits import AutomationSettings
from refunddesk.automation.planner import (
    CaseKey,
    PlanReport,
    Watch,
    build_case,
    decide,
    decision_facts,
    state_for,
)
from refunddesk.automation.states import IntentState
from refunddesk.domain.cases import Trigger
from refunddesk.domain.decisions import evaluate
from refunddesk.domain.facts import Facts, what_changed
from refunddesk.domain.messages import Message, msg, to_stored, to_text
from refunddesk.domain.no_refund import no_refund_reason
from refunddesk.domain.plan_json import plan_to_json
from refunddesk.domain.rules import Rule
from refunddesk.marketplace.base import MalformedResponse, Marketplace, NotFound
from refunddesk.marketplace.error_words import error_message
from refunddesk.store import models as m
from refunddesk.store import sync_repo
from refunddesk.store.database import Database

log = logging.getLogger(__name__)

# Decisions RefundDesk made by itself and has not acted on.
AUTOMATIC = (
    IntentState.NO_ACTION.value,
    IntentState.HELD.value,
    IntentState.PLANNED.value,
    IntentState.SHADOW.value,
)
# What a person decided: kept as it is, a later change is only shown.
BY_A_PERSON = (IntentState.DISMISSED.value, IntentState.REFUNDED_BY_HAND.value)


def replan_shop(
    db: Database,
    shop_id: int,
    market: Marketplace,
    rules: Sequence[Rule],
    settings: AutomationSettings,
    now: Callable[[], datetime],
    watch: Watch,
    report: PlanReport,
) -> None:
    """Look again at every decision whose order or return was synced since its facts were."""
    for intent_id in _touched_since_decided(db, shop_id):
        try:
            _look_again(db, shop_id, intent_id, market, rules, settings, now, watch, report)
        except StaleDataError:
            continue  # changed meanwhile by the executor or a person: theirs stands
        except (MalformedResponse, NotFound) as exc:
            report.problems.append(msg("problem.refund", refund=intent_id, why=error_message(exc)))


def _touched_since_decided(db: Database, shop_id: int) -> list[int]:
    intent = m.RefundIntent
    seen = func.coalesce(intent.facts_at, intent.created_at)
    order_newer = exists().where(
        and_(
            m.Order.shop_id == shop_id,
            m.Order.order_id == intent.order_id,
            m.Order.synced_at >= seen,  # >=: two syncs within one clock tick count too
        )
    )
    return_newer = exists().where(
        and_(
            m.CustomerReturn.shop_id == shop_id,
            m.CustomerReturn.order_id == intent.order_id,
            m.CustomerReturn.synced_at >= seen,
        )
    )
    with db.sessions() as s:
        return list(
            s.scalars(
                select(intent.id)
                .where(
                    intent.shop_id == shop_id,
                    or_(intent.state.in_(AUTOMATIC + BY_A_PERSON), intent.approved.is_(True)),
                    # facts_at cleared: asked to look again (the backlog choice changed).
                    or_(order_newer, return_newer, intent.facts_at.is_(None)),
                )
                .order_by(intent.id)
            )
        )


def _look_again(
    db: Database,
    shop_id: int,
    intent_id: int,
    market: Marketplace,
    rules: Sequence[Rule],
    settings: AutomationSettings,
    now: Callable[[], datetime],
    watch: Watch,
    report: PlanReport,
) -> None:
    with db.sessions() as s:
        intent = s.get(m.RefundIntent, intent_id)
        assert intent is not None
        scope = intent.scope
        key = CaseKey(
            Trigger(intent.trigger),
            intent.order_id,
            scope,
            intent.detected_at,
            scope.removeprefix("return:") if scope.startswith("return:") else None,
        )
        before: Facts | None = intent.facts
        backlog = intent.backlog
        person = _decided_by_a_person(s, intent)
        marks_cancelled = intent.set_cancelled_label
    case = build_case(db, shop_id, key)
    if case is None:
        return
    facts = decision_facts(case, watch, backlog=backlog)
    if marks_cancelled and before is not None and _only_our_cancel_label(before, facts):
        # RefundDesk marked the order cancelled itself (the rule's "mark as cancelled"): not a
        # change to tell the merchant about, nor a reason to decide again.
        before = {**before, "fulfillment": facts.get("fulfillment")}
    changes = what_changed(before, facts)
    if before is None or not changes:
        # Unchanged, or a decision from before facts were kept: only remember what was seen.
        _confirm(db, intent_id, facts, now())
        return
    if person:
        _tell_the_person(db, intent_id, facts, changes, now())
        return
    decided = decide(db, shop_id, market, rules, now, key, watch)
    if decided is None:
        if case.precondition_problem() is None:
            _confirm(db, intent_id, facts, now())  # not a case yet (not late yet): as it was
            return
        # No longer a case at all (a late order that was sent after all): a plan waiting for
        # its delay must not keep saying "refund" until the executor's live check dismisses it.
        decided = key, case, evaluate(rules, case, now())
    key, case, decision = decided
    facts = decision_facts(case, watch, backlog=backlog)
    state = state_for(decision, settings)
    plan = decision.plan
    with db.transaction() as s:
        intent = s.get(m.RefundIntent, intent_id, populate_existing=True)
        assert intent is not None
        if intent.state not in AUTOMATIC or intent.approved or intent.command_id:
            return  # claimed or decided meanwhile
        amount = plan.total.minor if plan is not None else 0
        rule_version = decision.rule.version if decision.rule else None
        if (intent.state, intent.amount_minor, intent.rule_version) == (
            state.value,
            amount,
            rule_version,
        ) and intent.rule_name == (decision.rule.name if decision.rule else ""):
            intent.facts, intent.facts_at = facts, now()
            return
        earlier = msg(f"state.{intent.state}")
        rule_id = int(decision.rule.id) if decision.rule and decision.rule.id.isdigit() else None
        if intent.rule_name:
            note = msg(
                "note.replanned_by_rule",
                changes=tuple(changes),
                earlier=earlier,
                rule=intent.rule_name,
                version=intent.rule_version or 0,
            )
        else:
            note = msg("note.replanned", changes=tuple(changes), earlier=earlier)
        intent.trace = [*(intent.trace or []), *(to_stored(t) for t in (note, *decision.trace))]
        transition(
            s,
            intent,
            state,
            now(),
            "",
            rule_id=rule_id,
            rule_version=rule_version,
            rule_name=decision.rule.name if decision.rule else "",
            mode="shadow" if decision.shadow else "armed",
            plan=plan_to_json(plan) if plan is not None else {},
            amount_minor=amount,
            reason_code=decision.reason,
            seller_comment=decision.seller_comment,
            payment_id=case.order.payment.id if case.order.payment else "",
            notify_template=decision.notice_template or "",
            set_cancelled_label=decision.mark_cancelled,
            claim_commission=decision.claim_commission,
            not_before=decision.not_before,
            held_reason=decision.hold_reasons[0].value if decision.hold_reasons else "",
            held_detail="; ".join(h.value for h in decision.hold_reasons),
            facts=facts,
            facts_at=now(),
            command_id=None,
        )
        sync_repo.add_timeline(
            s,
            shop_id,
            key.order_id,
            source="refund",
            type=f"REPLANNED_{state.value}",
            occurred_at=now(),
            detail=to_text(_replanned_line(note, state, decision.trace)),
        )
    report.count(state.value)
    report.changed_orders.add(key.order_id)
    log.info("order %s %s planned again: %s (%s)", key.order_id, key.trigger, state, changes)


def _replanned_line(note: Message, state: IntentState, trace: Sequence[Message]) -> Message:
    """The timeline's line for a case planned again; for "no refund", also why (as the
    planner's first decision says it)."""
    if state is IntentState.NO_ACTION:
        return msg("note.replanned_now_no_refund", note=note, why=no_refund_reason(trace))
    return msg("note.replanned_now", note=note, now=msg(f"state.{state.value}"))


def _decided_by_a_person(s: Session, intent: m.RefundIntent) -> bool:
    if intent.approved or intent.state in BY_A_PERSON:
        return True
    acted = s.scalar(
        select(func.count(m.ReviewAction.id)).where(m.ReviewAction.intent_id == intent.id)
    )
    return bool(acted)


def _only_our_cancel_label(before: Facts, after: Facts) -> bool:
    """Whether the fulfilment status became CANCELLED, which the refund's own "mark as
    cancelled" does (other changes beside it are still seen)."""
    return before.get("fulfillment") != after.get("fulfillment") == "CANCELLED"


def _confirm(db: Database, intent_id: int, facts: Facts, now: datetime) -> None:
    # Not a change of the decision: no version bump, no timeline line.
    with db.transaction() as s:
        s.execute(
            update(m.RefundIntent)
            .where(m.RefundIntent.id == intent_id)
            .values(facts=facts, facts_at=now)
            .execution_options(synchronize_session=False)
        )


def _tell_the_person(
    db: Database, intent_id: int, facts: Facts, changes: list[Message], now: datetime
) -> None:
    """A person decided this case: their decision stands, and the change is shown to them."""
    with db.transaction() as s:
        intent = s.get(m.RefundIntent, intent_id, populate_existing=True)
        assert intent is not None
        line = msg("note.changed_after_decision", changes=tuple(changes))
        intent.trace = [*(intent.trace or []), to_stored(line)]
        intent.facts, intent.facts_at = facts, now
        sync_repo.add_timeline(
            s,
            intent.shop_id,
            intent.order_id,
            source="refund",
            type="CHANGED_AFTER_DECISION",
            occurred_at=now,
            detail=to_text(line),
        )
