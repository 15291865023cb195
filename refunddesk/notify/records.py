"""Notice rows: their statuses, stale ones after a crash, resending, reading them back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, select, update

from refunddesk.domain.messages import from_text, msg, to_text
from refunddesk.store.database import Database
from refunddesk.store.models import Notification, RefundIntent
from refunddesk.store.settings_repo import get_setting, set_setting

# A row still "pending" this long after it was written belongs to a worker that stopped
# mid-send: whether the buyer got it is unknown, and it is never resent on its own.
PENDING_GRACE = timedelta(minutes=5)


class Channel(StrEnum):
    ALLEGRO_MESSAGE = "allegro_message"
    EMAIL = "email"
    SMS = "sms"


class NoticeStatus(StrEnum):
    PENDING = "pending"  # written before sending; the unique key keeps others away
    SENT = "sent"
    FAILED = "failed"  # certainly not delivered; the merchant may allow a resend
    UNKNOWN = "unknown"  # may or may not have reached the buyer: the merchant checks
    SKIPPED = "skipped"  # not sent, and the reason says why (say, no usable phone number)


def mark_stale_pending(
    db: Database, shop_id: int, now: datetime, grace: timedelta = PENDING_GRACE
) -> int:
    """Rows left "pending" by a stopped worker become "unknown"; returns how many."""
    intents = select(RefundIntent.id).where(RefundIntent.shop_id == shop_id)
    with db.transaction() as session:
        result = session.execute(
            update(Notification)
            .where(
                Notification.status == NoticeStatus.PENDING,
                Notification.created_at < now - grace,
                Notification.intent_id.in_(intents),
            )
            .values(
                status=NoticeStatus.UNKNOWN,
                error=to_text(msg("notice.stopped_while_sending")),
            )
            .execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0) or 0)


# What a person may send again: certainly not delivered, or not known to be.
RESENDABLE = (NoticeStatus.FAILED, NoticeStatus.UNKNOWN)


# Refunds whose notice a person allowed to go again: sent even when older than the age
# limit that otherwise keeps old refunds from getting notices (see service.MAX_NOTICE_AGE).
RESEND_KEY = "notices_resend"


def allow_resend(db: Database, notification_id: int) -> bool:
    """Forget a failed (or checked-and-unknown) notice so the next pass sends it again."""
    with db.transaction() as session:
        intent_id = session.scalar(
            select(Notification.intent_id).where(
                Notification.id == notification_id, Notification.status.in_(RESENDABLE)
            )
        )
        result = session.execute(
            delete(Notification).where(
                Notification.id == notification_id,
                Notification.status.in_(RESENDABLE),
            )
        )
        allowed = bool(getattr(result, "rowcount", 0))
        if allowed and intent_id is not None:
            waiting = set(get_setting(session, RESEND_KEY) or ())
            set_setting(session, RESEND_KEY, sorted(waiting | {intent_id}))
        return allowed


def resends_allowed(db: Database) -> set[int]:
    with db.sessions() as session:
        return {int(i) for i in get_setting(session, RESEND_KEY) or ()}


def resends_done(db: Database, intent_ids: set[int]) -> None:
    """Their resend was claimed: from now on the age limit applies to them again."""
    if not intent_ids:
        return
    with db.transaction() as session:
        waiting = set(get_setting(session, RESEND_KEY) or ())
        set_setting(session, RESEND_KEY, sorted(waiting - intent_ids))


# -- reading notices back ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NoticeView:
    """One notice as a refund's detail view shows it (no ORM object leaves this module)."""

    id: int
    channel: str
    recipient: str
    language: str
    subject: str
    body: str
    status: str
    external_id: str
    error: str
    platform_status: str
    created_at: datetime
    sent_at: datetime | None


def notices_for_intent(db: Database, intent_id: int) -> list[NoticeView]:
    """The notices of one refund, oldest first."""
    with db.sessions() as session:
        rows = session.scalars(
            select(Notification)
            .where(Notification.intent_id == intent_id)
            .order_by(Notification.id)
        ).all()
        return [
            NoticeView(
                id=r.id,
                channel=r.channel,
                recipient=r.recipient,
                language=r.language,
                subject=r.subject,
                body=r.body,
                status=r.status,
                external_id=r.external_id,
                error=r.error,
                platform_status=r.platform_status,
                created_at=r.created_at,
                sent_at=r.sent_at,
            )
            for r in rows
        ]


def timeline_line(channel: str, recipient: str, status: str = "", why: str = "") -> str:
    """A notice's line on the order's timeline, stored as a message (worded when shown).

    ``why`` is a stored error (a message's text, or older plain words)."""
    name = msg(f"channel.{Channel(channel).name}")
    if not recipient:  # skipped before it had one (no phone number, say)
        if why:
            return to_text(msg("timeline.notice_nobody_failed", channel=name, why=from_text(why)))
        return to_text(name)
    code = "timeline.notice" + ("_status" if status else "") + ("_failed" if why else "")
    values: dict[str, Any] = {"channel": name, "recipient": recipient}
    if status:
        values["status"] = status
    if why:
        values["why"] = from_text(why)
    return to_text(msg(code, **values))
