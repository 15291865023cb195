"""What a person does on the review screen (or with `refunddesk review`): approve, retry,
dismiss, mark refunded by hand, reopen a dismissed refund. Every action is recorded with its
time, actor and note."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from refunddesk.automation import limits as limits_mod
from refunddesk.automation.intent_ops import transition
from refunddesk.automation.states import HeldReason, IntentState
from refunddesk.domain.messages import Message, SaidError, msg
from refunddesk.store import models as m
from refunddesk.store.database import Database


class ReviewError(SaidError):
    """An action that does not fit the refund's state, in plain words."""


# Which states each action accepts. UNCONFIRMED is never approved or retried by a person:
# its outcome is unknown, and only reconciliation may settle it.
_ALLOWED = {
    "approve": {IntentState.HELD, IntentState.SHADOW},
    "retry": {IntentState.FAILED},
    "dismiss": {IntentState.HELD, IntentState.FAILED, IntentState.PLANNED, IntentState.SHADOW},
    "refunded_by_hand": {IntentState.HELD, IntentState.FAILED, IntentState.PLANNED},
    "reopen": {IntentState.DISMISSED},
}

# Another decision on the same order that a reopened refund could add to: one that moved money,
# may still move it, or waits for a person. (A "no refund" or a shadow moved none.)
_IN_THE_WAY = tuple(
    state.value
    for state in (
        IntentState.PLANNED,
        IntentState.SUBMITTING,
        IntentState.SUBMITTED,
        IntentState.UNCONFIRMED,
        IntentState.SUCCEEDED,
        IntentState.FAILED,
        IntentState.HELD,
        IntentState.REFUNDED_BY_HAND,
    )
)

# What a refund sent again (retry, reopen) forgets of its last attempt: a confirmed failure
# moved no money, and the next send gets a new commandId.
_FORGET_LAST_ATTEMPT: dict[str, object] = {
    "command_id": None,
    "platform_refund_id": None,
    "platform_status": "",
    "failure_code": "",
    "failure_detail": "",
    "finished_at": None,
}

STATE_WORDS = {
    IntentState.UNCONFIRMED: msg("review_error.unconfirmed"),
    IntentState.SUBMITTING: msg("review_error.submitting"),
    IntentState.SUBMITTED: msg("review_error.submitted"),
    IntentState.SUCCEEDED: msg("review_error.succeeded"),
}


@contextmanager
def _changing(db: Database) -> Iterator[Session]:
    """A transaction for a person's action. Every change of a refund is a compare-and-set: if
    the worker (or another person) changed it since it was read, nothing is saved."""
    try:
        with db.transaction() as s:
            yield s
    except StaleDataError as exc:
        raise ReviewError(msg("review_error.changed_meanwhile")) from exc


def _load(s: Session, intent_id: int, action: str) -> m.RefundIntent:
    intent = s.get(m.RefundIntent, intent_id)
    if intent is None:
        raise ReviewError(msg("review_error.no_such_refund", id=intent_id))
    state = IntentState(intent.state)
    if state not in _ALLOWED[action]:
        why = STATE_WORDS.get(state) or msg("review_error.state", state=msg(f"state.{state.value}"))
        raise ReviewError(msg("review_error.cannot_change", id=intent_id, why=why))
    return intent


def _said(code: str, actor: str, note: str) -> Message:
    """A person's action for the refund's trace and the order's timeline, in the reader's
    language (the note and the actor's name stay as they were typed)."""
    who: Message | str = actor or msg("note.the_merchant")
    return msg(f"{code}_note", actor=who, note=note) if note else msg(code, actor=who)


def _record(
    s: Session, intent: m.RefundIntent, action: str, note: str, actor: str, now: datetime
) -> None:
    s.add(m.ReviewAction(intent_id=intent.id, action=action, note=note, actor=actor, at=now))


def approve(
    db: Database, intent_ids: Sequence[int], *, now: datetime, actor: str = "", note: str = ""
) -> int:
    """Approve held (or shadow) refunds: they go out on the next cycle, past the caps that held
    them. The live remainder is still checked before sending."""
    with _changing(db) as s:
        for intent_id in intent_ids:
            intent = _load(s, intent_id, "approve")
            _record(s, intent, "approve", note, actor, now)
            transition(
                s,
                intent,
                IntentState.PLANNED,
                now,
                _said("note.approved_by", actor, note),
                approved=True,
                held_reason="",
                not_before=None,
                command_id=None,
                mode="armed",
            )
    return len(intent_ids)


def retry(
    db: Database, intent_ids: Sequence[int], *, now: datetime, actor: str = "", note: str = ""
) -> int:
    """Send a failed refund again. A confirmed failure gets a new commandId (on the next send)."""
    with _changing(db) as s:
        for intent_id in intent_ids:
            intent = _load(s, intent_id, "retry")
            _record(s, intent, "retry", note, actor, now)
            transition(
                s,
                intent,
                IntentState.PLANNED,
                now,
                _said("note.retry_asked_by", actor, ""),
                approved=True,
                **_FORGET_LAST_ATTEMPT,
            )
    return len(intent_ids)


def dismiss(
    db: Database, intent_ids: Sequence[int], *, now: datetime, note: str, actor: str = ""
) -> int:
    if not note.strip():
        raise ReviewError(msg("review_error.dismiss_why"))
    with _changing(db) as s:
        for intent_id in intent_ids:
            intent = _load(s, intent_id, "dismiss")
            _record(s, intent, "dismiss", note, actor, now)
            transition(
                s,
                intent,
                IntentState.DISMISSED,
                now,
                msg("note.dismissed", note=note),
                finished_at=now,
            )
    return len(intent_ids)


def mark_refunded_by_hand(
    db: Database, intent_ids: Sequence[int], *, now: datetime, note: str = "", actor: str = ""
) -> int:
    with _changing(db) as s:
        for intent_id in intent_ids:
            intent = _load(s, intent_id, "refunded_by_hand")
            _record(s, intent, "refunded_by_hand", note, actor, now)
            transition(
                s,
                intent,
                IntentState.REFUNDED_BY_HAND,
                now,
                msg("note.refunded_by_hand_note", note=note)
                if note
                else msg("note.refunded_by_hand"),
                finished_at=now,
            )
    return len(intent_ids)


def reopen(
    db: Database, intent_ids: Sequence[int], *, now: datetime, note: str = "", actor: str = ""
) -> int:
    """Undo a dismissal: the refund waits for a person again, as a hold to approve.

    A dismissed refund never moved money (only refunds that had not gone out, or that Allegro
    refused for good, can be dismissed), so reopening it sends nothing by itself: approving it
    is still a second, deliberate step, and the live remainder is checked before it is sent,
    as for every refund. It is refused while another decision on the same order moved money,
    may still move it or waits for a person: two live refunds of one order would each be
    checked against the remainder, but the merchant meant one.
    """
    with _changing(db) as s:
        for intent_id in intent_ids:
            intent = _load(s, intent_id, "reopen")
            other = s.scalar(
                select(m.RefundIntent.id)
                .where(
                    m.RefundIntent.shop_id == intent.shop_id,
                    m.RefundIntent.order_id == intent.order_id,
                    m.RefundIntent.id != intent.id,
                    m.RefundIntent.state.in_(_IN_THE_WAY),
                )
                .order_by(m.RefundIntent.id.desc())
                .limit(1)
            )
            if other is not None:
                raise ReviewError(msg("review_error.reopen_other", id=intent_id, other=other))
            _record(s, intent, "reopen", note, actor, now)
            transition(
                s,
                intent,
                IntentState.HELD,
                now,
                msg("note.reopened_note", note=note) if note.strip() else msg("note.reopened"),
                held_reason=HeldReason.REOPENED.value,
                held_detail="",
                approved=False,
                not_before=None,
                **_FORGET_LAST_ATTEMPT,
            )
    return len(intent_ids)


def reset_circuit_breaker(db: Database) -> None:
    """After looking at the failures: let automation send refunds again."""
    with db.transaction() as s:
        limits_mod.update_settings(s, breaker_open=False, consecutive_failures=0)
