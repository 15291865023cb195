"""Small shared steps of the pipeline: moving an intent's state, recording HTTP attempts."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from refunddesk.automation.states import IntentState
from refunddesk.domain.messages import Message, to_stored, to_text
from refunddesk.domain.plan_json import plan_from_json
from refunddesk.domain.refunds import RefundRequest
from refunddesk.domain.timeline_lines import state_change
from refunddesk.marketplace.base import HttpAttempt
from refunddesk.store import models as m
from refunddesk.store import sync_repo
from refunddesk.store.database import Database

# Proves, inside a transaction, that this worker still holds the automation lease (lease.py).
Fence = Callable[[Session], None]


def no_fence(_session: Session) -> None:
    """For callers that act alone by construction (a test, a one-off simulation)."""


@contextmanager
def fenced(db: Database, fence: Fence) -> Iterator[Session]:
    """A transaction that starts by proving the lease: it commits only while this worker holds
    it, and on SQLite and PostgreSQL alike no other worker's claim can interleave with it."""
    with db.transaction() as s:
        fence(s)
        yield s


class AttemptRecorder:
    """Collects every HTTP attempt the client makes, so each can be saved on its intent.

    Hand it to the client as ``attempt_listener``. ``capture()`` returns what happened inside
    the block on the calling thread: reads sent in parallel (automation/parallel.py) each run
    their own capture on their own thread, so one order's attempts never land on another's.
    """

    def __init__(self) -> None:
        self._local = threading.local()

    def __call__(self, attempt: HttpAttempt) -> None:
        buffer: list[HttpAttempt] | None = getattr(self._local, "buffer", None)
        if buffer is not None:
            buffer.append(attempt)

    @contextmanager
    def capture(self) -> Iterator[list[HttpAttempt]]:
        outer: list[HttpAttempt] | None = getattr(self._local, "buffer", None)
        inner: list[HttpAttempt] = []
        self._local.buffer = inner
        try:
            yield inner
        finally:
            self._local.buffer = outer
            if outer is not None:
                outer.extend(inner)


def intents_by_id(session: Session, ids: list[int]) -> dict[int, m.RefundIntent]:
    """The intents of a batch as the database holds them now (not as this session last saw
    them: another worker, or this one's earlier transaction, may have moved them on)."""
    query = (
        select(m.RefundIntent)
        .where(m.RefundIntent.id.in_(ids))
        .execution_options(populate_existing=True)
    )
    return {intent.id: intent for intent in session.scalars(query)}


def refund_request(intent: m.RefundIntent) -> RefundRequest:
    """The POST body of an intent: its stored plan with its commandId. The same intent and
    commandId always give the same body, which is what makes a resend safe."""
    if not intent.command_id:
        raise ValueError(f"refund {intent.id} has no commandId yet")
    return plan_from_json(intent.plan).to_request(
        intent.command_id,
        intent.payment_id,
        intent.order_id,
        intent.reason_code,
        intent.seller_comment,
    )


def save_attempts(session: Session, intent_id: int, attempts: list[HttpAttempt]) -> None:
    for a in attempts:
        session.add(
            m.RefundAttempt(
                intent_id=intent_id,
                command_id=a.command_id,
                method=a.method,
                path=a.path[:255],
                started_at=a.started_at,
                duration_ms=a.duration_ms,
                http_status=a.status,
                trace_id=a.trace_id,
                error=a.error,
            )
        )


def transition(
    session: Session,
    intent: m.RefundIntent,
    state: IntentState,
    now: datetime,
    note: Message | str,
    **fields: Any,
) -> None:
    """Move an intent to ``state``, set ``fields``, and add a line to the order's timeline."""
    before = intent.state
    intent.state = state.value
    intent.updated_at = now
    for name, value in fields.items():
        setattr(intent, name, value)
    if note:
        trace = list(intent.trace or [])
        trace.append(to_stored(note))
        intent.trace = trace
    sync_repo.add_timeline(
        session,
        intent.shop_id,
        intent.order_id,
        source="refund",
        type=f"REFUND_{state.value}",
        occurred_at=now,
        # A move with no note of its own still says in words what it means.
        detail=to_text(note) or to_text(state_change(before, state.value)),
    )
