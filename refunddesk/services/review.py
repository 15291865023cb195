"""What a person does on the review screen (or with `refunddesk review`): approve, retry,
dismiss, mark refunded by hand. Every action is recorded with its time, actor and note."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from refunddesk.automation import limits as limits_mod
from refunddesk.automation.intent_ops import transition
from refunddesk.automation.states import IntentState
from refunddesk.domain.messages import SaidError, msg
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
                f"Approved by {actor or 'the merchant'}" + (f": {note}" if note else "."),
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
                f"Retry asked by {actor or 'the merchant'}.",
                approved=True,
                command_id=None,
                platform_refund_id=None,
                platform_status="",
                failure_code="",
                failure_detail="",
                finished_at=None,
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
            transition(s, intent, IntentState.DISMISSED, now, f"Dismissed: {note}", finished_at=now)
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
                "Refunded by hand" + (f": {note}" if note else "."),
                finished_at=now,
            )
    return len(intent_ids)


def reset_circuit_breaker(db: Database) -> None:
    """After looking at the failures: let automation send refunds again."""
    with db.transaction() as s:
        limits_mod.update_settings(s, breaker_open=False, consecutive_failures=0)
