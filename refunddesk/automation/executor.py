"""Executor: turn planned intents into refunds on the platform, exactly once.

Order of work, every cycle (DESIGN.md §3):
1. an intent left SUBMITTING by a crash becomes UNCONFIRMED;
2. every UNCONFIRMED intent is reconciled before anything else touches its order;
3. SUBMITTED intents are polled until Allegro reports a final status;
4. due PLANNED intents are re-checked live (order, refunds, remainder, limits) and sent, with a
   commandId committed before the POST.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from refunddesk.automation import limits as limits_mod
from refunddesk.automation.cycle_reads import CycleReads
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
from refunddesk.automation.lease import LeaseLost
from refunddesk.automation.parallel import all_in_parallel
from refunddesk.automation.reconcile import (
    apply_platform_status,
    claimed_refund_ids,
    matches,
    poll_submitted,
    reconcile_unconfirmed,
)
from refunddesk.automation.states import IN_FLIGHT, HeldReason, IntentState
from refunddesk.domain.cases import Trigger
from refunddesk.domain.messages import Message, Said, msg, to_stored, to_text
from refunddesk.domain.money import Money
from refunddesk.domain.orders import Order
from refunddesk.domain.plan_json import plan_from_json
from refunddesk.domain.plans import RefundPlan
from refunddesk.domain.refunds import PlatformRefund, RefundRequest
from refunddesk.domain.remainder import compute_remainder
from refunddesk.domain.timeline_lines import refund_status
from refunddesk.marketplace.base import (
    MAX_IN_FLIGHT,
    CashOnDeliveryNotRefundable,
    HttpAttempt,
    MalformedResponse,
    Marketplace,
    MarketplaceError,
    NotFound,
    OutcomeUnknown,
    ValidationRefused,
)
from refunddesk.marketplace.error_words import error_message
from refunddesk.store import models as m
from refunddesk.store import orders_repo
from refunddesk.store.database import Database

log = logging.getLogger(__name__)

SENT_STATUSES = ("SENT", "PICKED_UP")
# Allegro settles most refunds within seconds: a batch that took this long to send is polled
# again at its end (a short one is polled next cycle, without holding the cycle up).
REPOLL_AFTER_SECONDS = 5.0
# Claimed refunds of different orders sent side by side. Every claim of a batch is committed
# (with its commandId) before its POSTs go out, so a crash leaves at most this many SUBMITTING,
# each reconciled by its commandId.
SEND_BATCH = MAX_IN_FLIGHT


@dataclass
class ExecuteReport:
    counts: dict[str, int] = field(default_factory=dict)
    changed_orders: set[str] = field(default_factory=set)
    problems: list[Said] = field(default_factory=list)
    succeeded_intents: list[int] = field(default_factory=list)
    first_sent: float | None = None  # time.monotonic() of the cycle's first refund sent

    def count(self, what: str, order_id: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1
        self.changed_orders.add(order_id)


def execute_shop(
    db: Database,
    shop_id: int,
    market: Marketplace,
    now: Callable[[], datetime],
    recorder: AttemptRecorder | None = None,
    *,
    fence: Fence = no_fence,
    first_sent: float | None = None,
    poll_at_end: bool = True,
) -> ExecuteReport:
    """One executor cycle for a shop. Expected marketplace errors that stop the whole cycle
    (network down, 429, reconnect needed) are raised after leaving every intent consistent.

    ``fence`` proves the automation lease inside every claim (lease.py); LeaseLost ends the
    cycle before the next send. ``first_sent``: when this cycle's first refund went out, if
    an earlier run in the same cycle sent one (the worker sends a burst a batch at a time);
    ``poll_at_end``: False when another run follows at once (it polls first anyway)."""
    recorder = recorder or AttemptRecorder()
    report = ExecuteReport()
    _recover_interrupted(db, shop_id, now(), fence)
    blocked = reconcile_unconfirmed(db, shop_id, market, now, recorder, report, fence)
    poll_submitted(db, shop_id, market, now, recorder, report, fence)
    with db.sessions() as s:
        settings = limits_mod.load_settings(s)
    if settings.paused or settings.dry_run:
        return report
    report.first_sent = first_sent
    sent = False
    due = _due_intents(db, shop_id, now())
    while due:
        # One refund per order per round: an order's next refund is checked against a new
        # read of its refunds after the answer to the previous one, as when sent one by one.
        this_round: list[tuple[int, str]] = []
        later: list[tuple[int, str]] = []
        seen: set[str] = set()
        for intent_id, order_id in due:
            if order_id in blocked:
                continue  # its order still has an unknown outcome: nothing else happens to it
            (later if order_id in seen else this_round).append((intent_id, order_id))
            seen.add(order_id)
        for start in range(0, len(this_round), SEND_BATCH):
            batch = [x for x in this_round[start : start + SEND_BATCH] if x[1] not in blocked]
            if _submit_batch(db, batch, market, now, recorder, report, blocked, fence):
                sent = True
                if report.first_sent is None:
                    report.first_sent = time.monotonic()
        due = later
    first = report.first_sent
    if (
        poll_at_end
        and sent
        and first is not None
        and time.monotonic() - first >= REPOLL_AFTER_SECONDS
    ):
        # A long batch: its first refunds have had time to settle, so read their statuses
        # now (one list read per hundred) instead of a whole sync interval later. Reads only:
        # the poll moves SUBMITTED intents to what Allegro says, under the same fence.
        poll_submitted(db, shop_id, market, now, recorder, report, fence)
    return report


def _note(db: Database, intent_id: int, now: datetime, note: Message) -> None:
    """Add a line to an intent's trace (once: the same line is not repeated every cycle)."""
    line = to_stored(note)
    with db.transaction() as s:
        intent = s.get(m.RefundIntent, intent_id)
        if intent is not None and (intent.trace or [])[-1:] != [line]:
            intent.trace = [*(intent.trace or []), line]
            intent.updated_at = now


def _recover_interrupted(db: Database, shop_id: int, now: datetime, fence: Fence) -> None:
    """A crash between committing SUBMITTING and recording the answer: outcome unknown.

    Only the lease holder does this; a SUBMITTING left by a worker that lost the lease is
    reconciled the same way (its commandId makes a resend safe)."""
    with fenced(db, fence) as s:
        for intent in s.scalars(
            select(m.RefundIntent).where(
                m.RefundIntent.shop_id == shop_id,
                m.RefundIntent.state == IntentState.SUBMITTING.value,
            )
        ):
            transition(
                s,
                intent,
                IntentState.UNCONFIRMED,
                now,
                msg("note.interrupted"),
            )


def _due_intents(db: Database, shop_id: int, now: datetime) -> list[tuple[int, str]]:
    """(intent id, order id) of every PLANNED intent whose delay is over, oldest first."""
    with db.sessions() as s:
        return [
            (intent_id, order_id)
            for intent_id, order_id in s.execute(
                select(m.RefundIntent.id, m.RefundIntent.order_id)
                .where(
                    m.RefundIntent.shop_id == shop_id,
                    m.RefundIntent.state == IntentState.PLANNED.value,
                    or_(m.RefundIntent.not_before.is_(None), m.RefundIntent.not_before <= now),
                )
                .order_by(m.RefundIntent.created_at, m.RefundIntent.id)
            )
        ]


@dataclass(frozen=True)
class _LiveState:
    """What the live check of one intent rests on, read from Allegro in this cycle."""

    order: Order
    refunds: list[PlatformRefund]
    shipped: bool
    read_now: bool  # read by the executor itself (else shared from earlier in the cycle)


@dataclass(frozen=True)
class _Claim:
    intent_id: int
    order_id: str
    command_id: str
    request: RefundRequest
    order: Order


Answer = tuple[PlatformRefund | Exception, list[HttpAttempt]]


def _submit_batch(
    db: Database,
    batch: list[tuple[int, str]],
    market: Marketplace,
    now: Callable[[], datetime],
    recorder: AttemptRecorder,
    report: ExecuteReport,
    blocked: set[str],
    fence: Fence = no_fence,
) -> bool:
    """Re-check live, claim and send a batch of intents of different orders; True if any
    was sent. Reads and POSTs go out side by side; every database write stays on this thread,
    and every claim (commandId committed) happens before any POST of the batch goes out."""
    with db.sessions() as s:
        todo = [
            (intent_id, order_id, intent.trigger == Trigger.NOT_SENT_IN_TIME.value)
            for intent_id, order_id in batch
            if (intent := s.get(m.RefundIntent, intent_id)) is not None
            and intent.state == IntentState.PLANNED.value
        ]
    reads = all_in_parallel(todo, lambda t: _read_live(market, recorder, t[1], late=t[2]))
    with db.transaction() as s:
        for (intent_id, _o, _l), (_live, attempts) in zip(todo, reads, strict=True):
            save_attempts(s, intent_id, attempts)
    stop: MarketplaceError | None = None
    checked: list[tuple[int, str, _LiveState]] = []
    for (intent_id, order_id, _late), (live, _a) in zip(todo, reads, strict=True):
        if isinstance(live, _LiveState):
            checked.append((intent_id, order_id, live))
        elif isinstance(live, MalformedResponse | NotFound):
            # Something wrong with this one order: recorded on it, the others go on.
            report.problems.append(msg("problem.order", order=order_id, why=error_message(live)))
            _note(db, intent_id, now(), msg("note.check_failed", why=error_message(live)))
        elif isinstance(live, MarketplaceError):
            stop = stop or live  # network down, 429, reconnect: nothing is claimed yet
        else:
            _unexpected(db, intent_id, order_id, live, now(), report)
    if stop is not None:
        # Sending the others into the same trouble would only make unknown outcomes; they
        # are read and sent next cycle.
        raise stop
    claims = _claim_all(db, checked, now, report, blocked, fence)
    # Each claim is committed with its commandId; now the POSTs, one per claim, side by side.
    answers = all_in_parallel(claims, lambda c: _send(market, recorder, c.request))
    # The plain answers (sent, unknown, cash on delivery, nothing sent) in one transaction;
    # a refusal reads the order's refunds first, so it is recorded on its own.
    plain = [
        (claim, answer)
        for claim, answer in zip(claims, answers, strict=True)
        if not isinstance(answer[0], ValidationRefused)
    ]
    try:
        stop = _record_all(db, plain, now, report, blocked) or stop
    except Exception as exc:
        log.warning("a batch of answers could not be saved together (%r); one by one", exc)
        for claim, answer in plain:
            try:
                _record(db, claim, answer, market, now, report, blocked)
            except MarketplaceError as exc:
                stop = stop or exc  # recorded as unknown; the others' answers are recorded first
            except Exception as exc:
                _unexpected(db, claim.intent_id, claim.order_id, exc, now(), report)
    for claim, answer in zip(claims, answers, strict=True):
        if isinstance(answer[0], ValidationRefused):
            try:
                _record(db, claim, answer, market, now, report, blocked)
            except Exception as exc:
                _unexpected(db, claim.intent_id, claim.order_id, exc, now(), report)
    if stop is not None:
        raise stop
    return any(isinstance(answer, PlatformRefund) for answer, _a in answers)


def _read_live(
    market: Marketplace, recorder: AttemptRecorder, order_id: str, *, late: bool
) -> tuple[_LiveState | Exception, list[HttpAttempt]]:
    """The order, its refunds (and for a late order its parcels) as read in this cycle, or
    read now (cycle_reads.py says why a read from earlier in the cycle is live enough)."""
    shared = market if isinstance(market, CycleReads) else None
    with recorder.capture() as attempts:
        try:
            order = shared.fresh_order(order_id) if shared else None
            refunds = shared.fresh_refunds(order_id) if shared else None
            read_now = order is None
            if order is None:
                order = market.get_order(order_id)
            if refunds is None:
                refunds = market.list_refunds(order_id=order_id)
            shipped = False
            if late:
                parcels = shared.fresh_shipments(order_id) if shared else None
                shipped = bool(parcels if parcels is not None else market.get_shipments(order_id))
        except Exception as exc:
            return exc, list(attempts)
    return _LiveState(order, refunds, shipped, read_now), list(attempts)


def _claim_all(
    db: Database,
    checked: list[tuple[int, str, _LiveState]],
    now: Callable[[], datetime],
    report: ExecuteReport,
    blocked: set[str],
    fence: Fence,
) -> list[_Claim]:
    if len(checked) > 1:
        try:
            return _claim_together(db, checked, now, report, blocked, fence)
        except LeaseLost:
            raise  # the fence failed first: nothing of this batch was claimed
        except Exception as exc:
            # A refund changed meanwhile (StaleDataError) or a bug on one of them: nothing
            # of the batch was saved; each is claimed on its own, as if no batch was tried.
            log.info("claiming a batch together failed (%r); one by one", exc)
    return _claim_one_by_one(db, checked, now, report, blocked, fence)


def _claim_together(
    db: Database,
    checked: list[tuple[int, str, _LiveState]],
    now: Callable[[], datetime],
    report: ExecuteReport,
    blocked: set[str],
    fence: Fence,
) -> list[_Claim]:
    """Every intent of a batch checked and claimed in one fenced transaction, each exactly as
    ``_claim`` would in a transaction of its own: one commit makes every commandId durable
    before any POST of the batch goes out. Anything that fails rolls back the whole batch
    (nothing claimed, nothing counted) and raises."""
    claims: list[_Claim] = []
    counted: list[tuple[str, str]] = []
    busy_orders: list[str] = []
    with fenced(db, fence) as s:
        ids = [intent_id for intent_id, _o, _l in checked]
        intents = intents_by_id(s, ids)
        # What each claim would read in its own transaction, read once for the batch: the
        # settings (nobody else writes while the fence holds the write lock) and which of
        # these orders already have a refund being sent or checked.
        settings = limits_mod.load_settings(s)
        shop_ids = {i.shop_id for i in intents.values()}
        in_flight: dict[tuple[int, str], set[int]] = {}
        for shop_id, order_id, other_id in s.execute(
            select(m.RefundIntent.shop_id, m.RefundIntent.order_id, m.RefundIntent.id).where(
                m.RefundIntent.shop_id.in_(sorted(shop_ids)),
                m.RefundIntent.order_id.in_(sorted({i.order_id for i in intents.values()})),
                m.RefundIntent.state.in_(
                    [IntentState.SUBMITTING.value, IntentState.UNCONFIRMED.value]
                ),
            )
        ):
            in_flight.setdefault((shop_id, order_id), set()).add(other_id)
        for intent_id, _order_id, live in checked:
            intent = intents.get(intent_id)
            if intent is None:
                continue
            sending = in_flight.setdefault((intent.shop_id, intent.order_id), set())
            busy = bool(sending - {intent.id})
            claim = _claim_in(s, intent, live, now, busy=busy, settings=settings)
            if claim is False:
                busy_orders.append(intent.order_id)
            elif isinstance(claim, str):
                counted.append((claim, intent.order_id))
            elif isinstance(claim, _Claim):
                claims.append(claim)
                sending.add(intent.id)
    blocked.update(busy_orders)
    for what, order_id in counted:
        report.count(what, order_id)
    return claims


def _claim_one_by_one(
    db: Database,
    checked: list[tuple[int, str, _LiveState]],
    now: Callable[[], datetime],
    report: ExecuteReport,
    blocked: set[str],
    fence: Fence,
) -> list[_Claim]:
    claims: list[_Claim] = []
    for intent_id, order_id, live in checked:
        try:
            claim = _claim(db, intent_id, live, now, report, fence)
        except StaleDataError:
            continue  # another worker or a person changed it first: theirs stands
        except LeaseLost:
            # Stopping, or another worker took over: nothing of this batch was sent, so the
            # claims made are handed back (a compare-and-set: a new holder's move stands).
            _unclaim(db, claims, now())
            raise
        except Exception as exc:
            _unexpected(db, intent_id, order_id, exc, now(), report)
            continue
        if claim is False:
            blocked.add(order_id)  # another refund of this order is being sent or checked
        elif isinstance(claim, _Claim):
            claims.append(claim)
    return claims


def _claim(
    db: Database,
    intent_id: int,
    live: _LiveState,
    now: Callable[[], datetime],
    report: ExecuteReport,
    fence: Fence,
) -> _Claim | bool | None:
    """Check one intent against the live state and claim it: PLANNED -> SUBMITTING with a new
    commandId, committed before anything is sent. False: its order is busy; None: not sent."""
    # The claim: proven lease first (it serialises claims across workers), then the intent
    # read again and moved PLANNED -> SUBMITTING as a compare-and-set on its version.
    with fenced(db, fence) as s:
        intent = s.get(m.RefundIntent, intent_id, populate_existing=True)
        if intent is None:
            return None
        claim = _claim_in(s, intent, live, now)
        if isinstance(claim, str):
            report.count(claim, intent.order_id)
            return None
        return claim


def _claim_in(
    s: Session,
    intent: m.RefundIntent,
    live: _LiveState,
    now: Callable[[], datetime],
    *,
    busy: bool | None = None,
    settings: limits_mod.AutomationSettings | None = None,
) -> _Claim | str | bool | None:
    """The claim of one intent inside a fenced transaction: the claim, False (its order is
    busy), what the live check did instead (held, waiting …), or None (claimed or settled
    meanwhile). ``busy`` and ``settings``: read already in this transaction (else read here)."""
    if intent.state != IntentState.PLANNED.value:
        return None  # claimed or settled meanwhile
    if live.read_now:
        orders_repo.save_orders(s, intent.shop_id, [live.order], now())
    if busy if busy is not None else _order_busy(s, intent):
        return False  # another refund of this order is being sent or checked
    stop = _live_check(s, intent, live.order, live.refunds, live.shipped, now(), settings=settings)
    if stop is not None:
        return stop
    command_id = str(uuid.uuid4())
    # The commandId is committed before the POST: every resend uses it and the same body.
    transition(
        s,
        intent,
        IntentState.SUBMITTING,
        now(),
        "",
        command_id=command_id,
        submitted_at=now(),
    )
    return _Claim(intent.id, intent.order_id, command_id, refund_request(intent), live.order)


def _unclaim(db: Database, claims: list[_Claim], now: datetime) -> None:
    for claim in claims:
        try:
            with db.transaction() as s:
                intent = s.get(m.RefundIntent, claim.intent_id, populate_existing=True)
                if (
                    intent is not None
                    and intent.state == IntentState.SUBMITTING.value
                    and intent.command_id == claim.command_id
                ):
                    transition(
                        s,
                        intent,
                        IntentState.PLANNED,
                        now,
                        "",
                        command_id=None,
                        submitted_at=None,
                    )
        except StaleDataError:
            continue  # the new lease holder moved it first: its reconcile stands


def _send(market: Marketplace, recorder: AttemptRecorder, request: RefundRequest) -> Answer:
    with recorder.capture() as attempts:
        try:
            refund = market.create_refund(request)
        except Exception as exc:
            return exc, list(attempts)
    return refund, list(attempts)


def _record(
    db: Database,
    claim: _Claim,
    answer: Answer,
    market: Marketplace,
    now: Callable[[], datetime],
    report: ExecuteReport,
    blocked: set[str],
) -> None:
    """Record Allegro's answer to one POST, exactly as a lone send would have."""
    refund, attempts = answer
    intent_id, command_id, order_id = claim.intent_id, claim.command_id, claim.order_id
    if isinstance(refund, PlatformRefund):
        _after_send(db, intent_id, command_id, attempts, now(), refund=refund)
        report.count("submitted", order_id)
    elif isinstance(refund, OutcomeUnknown):
        _after_send(db, intent_id, command_id, attempts, now(), unknown=error_message(refund))
        report.count("unconfirmed", order_id)
        blocked.add(order_id)
    elif isinstance(refund, CashOnDeliveryNotRefundable):
        _after_send(db, intent_id, command_id, attempts, now(), cod=error_message(refund))
        report.count("held", order_id)
    elif isinstance(refund, ValidationRefused):
        outcome = _after_refusal(
            db, intent_id, command_id, attempts, market, claim.order, now, refund
        )
        report.count(outcome, order_id)
    else:
        # Nothing was sent (network down, 429, token revoked) or we do not know: treat an
        # unexpected error like an unknown outcome, never as "failed, try again".
        _after_send(db, intent_id, command_id, attempts, now(), unknown=msg("note.interrupted"))
        blocked.add(order_id)
        raise refund


def _record_all(
    db: Database,
    answers: list[tuple[_Claim, Answer]],
    now: Callable[[], datetime],
    report: ExecuteReport,
    blocked: set[str],
) -> MarketplaceError | None:
    """Record answers that need no further read in one transaction, each exactly as
    ``_record`` would; returns the error that stops the cycle (nothing was sent), if any.
    Raises, with nothing saved and nothing counted, if the transaction fails."""
    if not answers:
        return None
    counted: list[tuple[str, str]] = []
    odd: list[tuple[_Claim, Exception]] = []
    stop: MarketplaceError | None = None
    with db.transaction() as s:
        ids = [claim.intent_id for claim, _a in answers]
        intents = intents_by_id(s, ids)
        for claim, (refund, attempts) in answers:
            save_attempts(s, claim.intent_id, attempts)
            intent = _ours(intents.get(claim.intent_id), claim.command_id)
            sent: PlatformRefund | None = None
            unknown: Message | None = None
            cod: Message | None = None
            if isinstance(refund, PlatformRefund):
                sent = refund
                counted.append(("submitted", claim.order_id))
            elif isinstance(refund, OutcomeUnknown):
                unknown = error_message(refund)
                counted.append(("unconfirmed", claim.order_id))
                blocked.add(claim.order_id)
            elif isinstance(refund, CashOnDeliveryNotRefundable):
                cod = error_message(refund)
                counted.append(("held", claim.order_id))
            else:
                # Nothing was sent (network down, 429, token revoked) or we do not know: an
                # unknown outcome, never "failed, try again".
                unknown = msg("note.interrupted")
                blocked.add(claim.order_id)
                if isinstance(refund, MarketplaceError):
                    stop = stop or refund  # the others' answers are recorded first
                else:
                    odd.append((claim, refund))
            if intent is not None:
                _record_answer(s, intent, now(), refund=sent, unknown=unknown, cod=cod)
    for what, order_id in counted:
        report.count(what, order_id)
    for claim, exc in odd:
        _unexpected(db, claim.intent_id, claim.order_id, exc, now(), report)
    return stop


def _unexpected(
    db: Database,
    intent_id: int,
    order_id: str,
    exc: Exception,
    now: datetime,
    report: ExecuteReport,
) -> None:
    """A bug on one order must not stop the loop: logged, and noted on the refund."""
    log.error("refund %s of order %s failed unexpectedly", intent_id, order_id, exc_info=exc)
    report.problems.append(msg("problem.order_bug", order=order_id, error=repr(exc)))
    _note(db, intent_id, now, msg("note.bug", error=repr(exc)))


def _order_busy(s: Session, intent: m.RefundIntent) -> bool:
    """Whether another refund of the same order is being sent or has an unknown outcome."""
    busy = s.scalar(
        select(func.count(m.RefundIntent.id)).where(
            m.RefundIntent.shop_id == intent.shop_id,
            m.RefundIntent.order_id == intent.order_id,
            m.RefundIntent.id != intent.id,
            m.RefundIntent.state.in_([IntentState.SUBMITTING.value, IntentState.UNCONFIRMED.value]),
        )
    )
    return bool(busy)


def _live_check(
    s: Session,
    intent: m.RefundIntent,
    order: Order,
    refunds: list[PlatformRefund],
    shipped: bool,
    now: datetime,
    *,
    settings: limits_mod.AutomationSettings | None = None,
) -> str | None:
    """Hold, wait or drop the intent if the live state says so; None means: send it."""
    trigger = intent.trigger
    if trigger == Trigger.BUYER_CANCELLED.value and order.status != "CANCELLED":
        transition(
            s,
            intent,
            IntentState.HELD,
            now,
            msg("note.no_longer_cancelled", status=str(order.status)),
            held_reason=HeldReason.ORDER_CHANGED.value,
        )
        return "held"
    if trigger == Trigger.NOT_SENT_IN_TIME.value and (
        shipped or order.fulfillment_status in SENT_STATUSES or order.line_items_sent != "NONE"
    ):
        transition(
            s,
            intent,
            IntentState.DISMISSED,
            now,
            msg("note.sent_after_all"),
        )
        return "dismissed"
    plan = plan_from_json(intent.plan)
    cod_collected = order.payment is not None and order.payment.is_cash_on_delivery
    remainder = compute_remainder(order, refunds, cod_collected=cod_collected)
    pending_lines = [
        pl.line_item_id
        for pl in plan.lines
        if (lr := remainder.line(pl.line_item_id)) is not None and lr.pending
    ]
    pending_other = any(r.is_pending for r in refunds) and (
        plan.delivery is not None or plan.additional_services is not None or plan.surcharges
    )
    if pending_lines or pending_other:
        note = msg("note.waiting_same_items")
        if (intent.trace or [])[-1:] != [to_stored(note)]:
            transition(s, intent, IntentState.PLANNED, now, note)
        return "waiting"
    if not plan.fits(remainder):
        transition(
            s,
            intent,
            IntentState.HELD,
            now,
            msg("note.less_left", left=remainder.overall, planned=plan.total),
            held_reason=HeldReason.ALREADY_REFUNDED_ELSEWHERE.value,
        )
        return "held"
    if not intent.approved:
        held = _limit_hit(s, intent, plan, now, settings)
        if held is not None:
            reason, text = held
            transition(s, intent, IntentState.HELD, now, text, held_reason=reason.value)
            return "held"
    return None


def _limit_hit(
    s: Session,
    intent: m.RefundIntent,
    plan: RefundPlan,
    now: datetime,
    settings: limits_mod.AutomationSettings | None = None,
) -> tuple[HeldReason, Message] | None:
    settings = settings or limits_mod.load_settings(s)
    amount = plan.total
    if settings.breaker_open:
        return HeldReason.CIRCUIT_BREAKER, msg("limit.breaker", n=settings.consecutive_failures)
    if settings.order_cap is not None and _over(amount, settings.order_cap):
        return HeldReason.ORDER_CAP, msg("limit.order_cap", amount=amount, cap=settings.order_cap)
    if (
        settings.daily_count is None
        and settings.daily_budget is None
        and settings.buyer_daily_cap is None
    ):
        return None
    # "Today" is the computer's own calendar day, as on the dashboard (a shop PC in Poland
    # counts from local midnight; a server in UTC from UTC midnight).
    local = now.astimezone()
    day_start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    today = select(
        func.count(m.RefundIntent.id), func.coalesce(func.sum(m.RefundIntent.amount_minor), 0)
    ).where(
        m.RefundIntent.shop_id == intent.shop_id,
        m.RefundIntent.submitted_at >= day_start,
        m.RefundIntent.currency == amount.currency,
        m.RefundIntent.state.in_([IntentState.SUCCEEDED.value, *(x.value for x in IN_FLIGHT)]),
    )
    count, spent_minor = s.execute(today).one()
    if settings.daily_count is not None and count + 1 > settings.daily_count:
        return HeldReason.DAILY_COUNT, msg("limit.daily_count", n=settings.daily_count)
    spent = Money(int(spent_minor), amount.currency)
    if settings.daily_budget is not None and _over(spent + amount, settings.daily_budget):
        return HeldReason.DAILY_BUDGET, msg(
            "limit.daily_budget", budget=settings.daily_budget, spent=spent
        )
    if settings.buyer_daily_cap is not None:
        _, buyer_minor = s.execute(
            today.where(m.RefundIntent.buyer_login == intent.buyer_login)
        ).one()
        buyer_spent = Money(int(buyer_minor), amount.currency)
        if _over(buyer_spent + amount, settings.buyer_daily_cap):
            return HeldReason.BUYER_DAILY_CAP, msg(
                "limit.buyer_daily_cap", buyer=intent.buyer_login, cap=settings.buyer_daily_cap
            )
    return None


def _over(amount: Money, limit: Money | None) -> bool:
    return limit is not None and limit.currency == amount.currency and amount > limit


def _still_ours(s: Session, intent_id: int, command_id: str) -> m.RefundIntent | None:
    """The intent, if it is still the SUBMITTING claim this worker made; else None (another
    worker took over while the answer was on its way, and reconciles it by the commandId)."""
    return _ours(s.get(m.RefundIntent, intent_id, populate_existing=True), command_id)


def _ours(intent: m.RefundIntent | None, command_id: str) -> m.RefundIntent | None:
    """``_still_ours`` for an intent read already (in this transaction, fresh)."""
    if intent is None:
        return None
    if intent.state != IntentState.SUBMITTING.value or intent.command_id != command_id:
        late = to_stored(msg("note.late_answer"))
        if (intent.trace or [])[-1:] != [late]:
            intent.trace = [*(intent.trace or []), late]
        return None
    return intent


def _after_send(
    db: Database,
    intent_id: int,
    command_id: str,
    attempts: list[HttpAttempt],
    now: datetime,
    *,
    refund: PlatformRefund | None = None,
    unknown: Message | None = None,
    cod: Message | None = None,
) -> None:
    for _ in range(3):  # a concurrent change of the row: read it again and decide again
        try:
            with db.transaction() as s:
                save_attempts(s, intent_id, attempts)
                intent = _still_ours(s, intent_id, command_id)
                if intent is not None:
                    _record_answer(s, intent, now, refund=refund, unknown=unknown, cod=cod)
            return
        except StaleDataError:
            continue
    log.warning("refund %s changed three times while its answer was saved", intent_id)


def _record_answer(
    s: Session,
    intent: m.RefundIntent,
    now: datetime,
    *,
    refund: PlatformRefund | None,
    unknown: Message | None,
    cod: Message | None,
) -> None:
    if refund is not None:
        transition(
            s,
            intent,
            IntentState.SUBMITTED,
            now,
            msg(
                "note.sent",
                refund=refund.id,
                total=refund.total_value,
                status=refund_status(refund.status),
            ),
            platform_refund_id=refund.id,
            platform_status=refund.status,
        )
        apply_platform_status(s, intent, refund, now)
    elif cod is not None:
        transition(
            s,
            intent,
            IntentState.HELD,
            now,
            msg("note.refused", why=cod),
            held_reason=HeldReason.CASH_ON_DELIVERY.value,
            command_id=None,
        )
    else:
        transition(
            s,
            intent,
            IntentState.UNCONFIRMED,
            now,
            msg("note.unconfirmed", why=unknown or msg("note.interrupted")),
        )


def _after_refusal(
    db: Database,
    intent_id: int,
    command_id: str,
    attempts: list[HttpAttempt],
    market: Marketplace,
    order: Order,
    now: Callable[[], datetime],
    exc: ValidationRefused,
) -> str:
    """A 4xx: this request created nothing. Allegro's refund list says why, so the record
    matches the money: the same refund made by another attempt is adopted, money refunded
    meanwhile elsewhere holds the plan, a pending refund makes it wait; else it failed."""
    try:
        listed: list[PlatformRefund] | None = market.list_refunds(order_id=order.id)
    except (OutcomeUnknown, MalformedResponse):
        listed = None
    with db.transaction() as s:
        save_attempts(s, intent_id, attempts)
        intent = _still_ours(s, intent_id, command_id)
        if intent is None:
            return "skipped"
        return _settle_refusal(s, intent, listed, order, now(), exc)


def _settle_refusal(
    s: Session,
    intent: m.RefundIntent,
    listed: list[PlatformRefund] | None,
    order: Order,
    now: datetime,
    exc: ValidationRefused,
) -> str:
    refused = error_message(exc)
    if listed is None:
        transition(
            s,
            intent,
            IntentState.PLANNED,
            now,
            msg("note.refused_list_unreadable", why=refused),
            command_id=None,
        )
        return "waiting"
    claimed = claimed_refund_ids(s, intent.shop_id, intent.order_id, intent.id)
    moved = [r for r in listed if r.id not in claimed and (r.moved_money or r.is_pending)]
    same = next((r for r in moved if matches(intent, r)), None)
    if same is not None:
        transition(
            s,
            intent,
            IntentState.SUBMITTED,
            now,
            msg("note.refused_already_made", why=refused, refund=same.id, total=same.total_value),
            platform_refund_id=same.id,
            platform_status=same.status,
        )
        return apply_platform_status(s, intent, same, now) or "reconciled"
    if any(r.is_pending for r in listed):
        transition(
            s,
            intent,
            IntentState.PLANNED,
            now,
            msg("note.waiting_other_refund"),
            command_id=None,
        )
        return "waiting"
    plan = plan_from_json(intent.plan)
    cod = order.payment is not None and order.payment.is_cash_on_delivery
    remainder = compute_remainder(order, listed, cod_collected=cod)
    if not plan.fits(remainder):
        transition(
            s,
            intent,
            IntentState.HELD,
            now,
            msg("note.refused_less_left", why=refused, left=remainder.overall, planned=plan.total),
            held_reason=HeldReason.ALREADY_REFUNDED_ELSEWHERE.value,
            command_id=None,
        )
        return "held"
    transition(
        s,
        intent,
        IntentState.FAILED,
        now,
        msg("note.refused", why=refused),
        failure_code=",".join(exc.codes) or f"HTTP {exc.status}",
        failure_detail=to_text(refused),
        finished_at=now,
    )
    limits_mod.record_outcome(s, failed=True)
    return "failed"
