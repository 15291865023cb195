"""Reconcile refunds whose outcome is unknown, and poll sent refunds to a final status."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from refunddesk.automation import limits as limits_mod
from refunddesk.automation.intent_ops import (
    AttemptRecorder,
    Fence,
    fenced,
    intents_by_id,
    no_fence,
    refund_request,
    save_attempts,
    transition,
)
from refunddesk.automation.parallel import all_in_parallel
from refunddesk.automation.states import IntentState
from refunddesk.domain.messages import msg, to_text
from refunddesk.domain.plan_json import plan_from_json
from refunddesk.domain.refunds import MONEY_MOVED, PlatformRefund, PlatformRefundStatus
from refunddesk.domain.timeline_lines import refund_status
from refunddesk.marketplace.base import (
    HttpAttempt,
    MalformedResponse,
    Marketplace,
    OutcomeUnknown,
    ValidationRefused,
)
from refunddesk.marketplace.error_words import error_message
from refunddesk.store import models as m
from refunddesk.store.database import Database

if TYPE_CHECKING:
    from refunddesk.automation.executor import ExecuteReport

log = logging.getLogger(__name__)

BULK_POLL_FROM = 3  # fewer submitted refunds are read one by one: as cheap, and exact
BULK_WINDOW = timedelta(hours=6)
BULK_SLACK = timedelta(minutes=10)  # Allegro dates a refund by its clock, not ours
REFUNDS_PAGE = 100
# Polled statuses recorded per transaction.
POLL_WRITE_BATCH = 100

# Refund statuses that mean the money did not move, and what the merchant does next.
FAILURE_TEXT = {
    PlatformRefundStatus.CANCELED.value: msg("failure.canceled"),
    PlatformRefundStatus.VALIDATE_FAILED.value: msg("failure.validate_failed"),
}


def apply_platform_status(
    s: Session, intent: m.RefundIntent, refund: PlatformRefund, now: datetime
) -> str | None:
    """Move a SUBMITTED intent to its final state when Allegro reports one."""
    intent.platform_status = refund.status
    if refund.status in MONEY_MOVED:
        transition(
            s,
            intent,
            IntentState.SUCCEEDED,
            now,
            msg("note.refunded", total=refund.total_value, status=refund_status(refund.status)),
            finished_at=now,
        )
        limits_mod.record_outcome(s, failed=False)
        return "succeeded"
    if refund.status in FAILURE_TEXT:
        text = FAILURE_TEXT[refund.status]
        transition(
            s,
            intent,
            IntentState.FAILED,
            now,
            text,
            failure_code=refund.status,
            failure_detail=to_text(text),
            finished_at=now,
        )
        limits_mod.record_outcome(s, failed=True)
        return "failed"
    return None


def poll_submitted(
    db: Database,
    shop_id: int,
    market: Marketplace,
    now: Callable[[], datetime],
    recorder: AttemptRecorder,
    report: ExecuteReport,
    fence: Fence = no_fence,
) -> None:
    with db.sessions() as s:
        rows = s.execute(
            select(
                m.RefundIntent.id, m.RefundIntent.platform_refund_id, m.RefundIntent.submitted_at
            ).where(
                m.RefundIntent.shop_id == shop_id,
                m.RefundIntent.state == IntentState.SUBMITTED.value,
            )
        ).all()
    wanted = [(i, r, at) for i, r, at in rows if r]
    listed = _listed_in_bulk(market, wanted, now())
    # What the list did not show is read one refund each, side by side.
    singles = [r for _i, r, _at in wanted if r not in listed]
    reads = all_in_parallel(singles, lambda r: _read_one(market, recorder, r))
    by_id = dict(zip(singles, reads, strict=True))
    answers: list[_PollAnswer] = []
    stop: Exception | None = None
    for intent_id, refund_id, _at in wanted:
        attempts: list[HttpAttempt] = []
        if refund_id in listed:
            found = [listed[refund_id]]
        else:
            read, attempts = by_id[refund_id]
            if isinstance(read, OutcomeUnknown | MalformedResponse):
                # One unreadable answer is this refund's problem; asked again next cycle.
                report.problems.append(
                    msg("problem.refund", refund=refund_id, why=error_message(read))
                )
                continue
            if isinstance(read, Exception):
                # Network down, 429, reconnect: what was read before it is recorded, the
                # rest is polled again next cycle.
                stop = read
                break
            found = read
        answers.append((intent_id, attempts, found))
    for start in range(0, len(answers), POLL_WRITE_BATCH):
        chunk = answers[start : start + POLL_WRITE_BATCH]
        try:
            # A batch of statuses in one fenced transaction (a refund's own transaction cost
            # more than the status it records).
            _record_polled(db, chunk, now, report, fence)
        except StaleDataError:
            # One of them was changed meanwhile by someone else: the batch was rolled back,
            # and each is recorded on its own, as if no batch had been tried.
            for answer in chunk:
                try:
                    _record_polled(db, [answer], now, report, fence)
                except StaleDataError:
                    continue  # polled again next cycle
    if stop is not None:
        raise stop


# (intent id, the HTTP attempts of its own read, what Allegro listed for its refund)
_PollAnswer = tuple[int, list[HttpAttempt], list[PlatformRefund]]


def _record_polled(
    db: Database,
    answers: list[_PollAnswer],
    now: Callable[[], datetime],
    report: ExecuteReport,
    fence: Fence,
) -> None:
    """Record polled statuses in one fenced transaction; counted only once it committed."""
    counted: list[tuple[str, str, int]] = []
    with fenced(db, fence) as s:
        ids = [intent_id for intent_id, _a, _f in answers]
        intents = intents_by_id(s, ids)
        for intent_id, attempts, found in answers:
            intent = intents[intent_id]
            save_attempts(s, intent_id, list(attempts))
            if found and intent.state == IntentState.SUBMITTED.value:
                result = apply_platform_status(s, intent, found[0], now())
                if result is not None:
                    counted.append((result, intent.order_id, intent_id))
    for result, order_id, intent_id in counted:
        report.count(result, order_id)
        if result == "succeeded":
            report.succeeded_intents.append(intent_id)


def _read_one(
    market: Marketplace, recorder: AttemptRecorder, refund_id: str
) -> tuple[list[PlatformRefund] | Exception, list[HttpAttempt]]:
    with recorder.capture() as attempts:
        try:
            found = market.list_refunds(refund_id=refund_id)
        except Exception as exc:
            return exc, list(attempts)
    return found, list(attempts)


def _listed_in_bulk(
    market: Marketplace,
    wanted: list[tuple[int, str, datetime | None]],
    now: datetime,
) -> dict[str, PlatformRefund]:
    """The statuses of recently submitted refunds, read from the refunds list (100 a page,
    newest first, from a little before the oldest of them) instead of one request each.

    Only refunds submitted in the last BULK_WINDOW are looked for, so one refund Allegro never
    settles does not drag the read back for days; whatever the list does not show (or a list
    that cannot be read) is read one by one as before.
    """
    recent = {r: at for _i, r, at in wanted if at is not None and now - at < BULK_WINDOW}
    if len(recent) < BULK_POLL_FROM:
        return {}
    since = min(recent.values()) - BULK_SLACK
    try:
        # Pages enough for these refunds and as many others made meanwhile, and a few more.
        pages = 2 * (len(recent) // REFUNDS_PAGE + 1) + 2
        listed = market.recent_refunds(since, pages=pages)
    except (OutcomeUnknown, MalformedResponse) as exc:
        log.info("the refunds list could not be read (%s); reading them one by one", exc)
        return {}
    return {r.id: r for r in listed if r.id in recent}


def reconcile_unconfirmed(
    db: Database,
    shop_id: int,
    market: Marketplace,
    now: Callable[[], datetime],
    recorder: AttemptRecorder,
    report: ExecuteReport,
    fence: Fence = no_fence,
) -> set[str]:
    """Settle every UNCONFIRMED intent; returns the orders still unknown (blocked)."""
    with db.sessions() as s:
        ids = list(
            s.scalars(
                select(m.RefundIntent.id)
                .where(
                    m.RefundIntent.shop_id == shop_id,
                    m.RefundIntent.state == IntentState.UNCONFIRMED.value,
                )
                .order_by(m.RefundIntent.id)
            )
        )
    blocked: set[str] = set()
    for intent_id in ids:
        try:
            order_id = _reconcile_one(db, intent_id, market, now, recorder, report, fence)
        except StaleDataError:
            order_id = None  # settled meanwhile by someone else
        if order_id is not None:
            blocked.add(order_id)
    return blocked


def claimed_refund_ids(s: Session, shop_id: int, order_id: str, except_id: int) -> set[str]:
    return {
        rid
        for rid in s.scalars(
            select(m.RefundIntent.platform_refund_id).where(
                m.RefundIntent.shop_id == shop_id,
                m.RefundIntent.order_id == order_id,
                m.RefundIntent.id != except_id,
                m.RefundIntent.platform_refund_id.is_not(None),
            )
        )
        if rid
    }


def matches(intent: m.RefundIntent, refund: PlatformRefund) -> bool:
    """Whether a listed refund is the one this intent sent (Allegro does not echo commandId)."""
    plan = plan_from_json(intent.plan)
    if refund.total_value != plan.total:
        return False
    wanted = {pl.line_item_id for pl in plan.lines}
    got = {rl.line_item_id for rl in refund.line_items}
    return not got or got == wanted


def _reconcile_one(
    db: Database,
    intent_id: int,
    market: Marketplace,
    now: Callable[[], datetime],
    recorder: AttemptRecorder,
    report: ExecuteReport,
    fence: Fence = no_fence,
) -> str | None:
    """Look in Allegro's list first, then resend the same body with the same commandId."""
    with db.sessions() as s:
        intent = s.get(m.RefundIntent, intent_id)
        assert intent is not None
        shop_id, order_id = intent.shop_id, intent.order_id
        if intent.state != IntentState.UNCONFIRMED.value:
            return None
        claimed = claimed_refund_ids(s, shop_id, order_id, intent_id)
    with recorder.capture() as attempts:
        try:
            listed = market.list_refunds(order_id=order_id)
            mine = next((r for r in listed if r.id not in claimed and matches(intent, r)), None)
            resent: PlatformRefund | None = None
            refused: ValidationRefused | None = None
            if mine is None:
                with fenced(db, fence):
                    pass  # a worker that lost the lease stops before its next send
                try:
                    resent = market.create_refund(refund_request(intent))
                except ValidationRefused as exc:
                    refused = exc
        except (OutcomeUnknown, MalformedResponse) as exc:
            # Still unknown: the order stays blocked, the other orders go on.
            with db.transaction() as s:
                save_attempts(s, intent_id, list(attempts))
            report.problems.append(
                msg("problem.still_unconfirmed", order=order_id, why=error_message(exc))
            )
            return order_id
    with fenced(db, fence) as s:
        intent = s.get(m.RefundIntent, intent_id)
        assert intent is not None
        save_attempts(s, intent_id, list(attempts))
        if intent.state != IntentState.UNCONFIRMED.value:
            return None  # settled meanwhile
        found = mine or resent
        if found is not None:
            how = "note.reconciled_found" if mine else "note.reconciled_resent"
            transition(
                s,
                intent,
                IntentState.SUBMITTED,
                now(),
                msg(how, refund=found.id),
                platform_refund_id=found.id,
                platform_status=found.status,
            )
            result = apply_platform_status(s, intent, found, now())
            report.count(result or "reconciled", order_id)
            if result == "succeeded":
                report.succeeded_intents.append(intent_id)
            return None
        # Refused on resend and not in the list: it never happened. Plan again from the live
        # remainder (with a new commandId, because the body may change).
        transition(
            s,
            intent,
            IntentState.PLANNED,
            now(),
            msg(
                "note.reconciled_absent",
                why=error_message(refused) if refused else msg("allegro.not_found"),
            ),
            command_id=None,
        )
        report.count("replanned", order_id)
        return None
