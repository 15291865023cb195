"""Notice status that follows through: Allegro moderation and SMS delivery reports, to the end."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol, runtime_checkable

from sqlalchemy import select

from refunddesk.domain.messages import msg, to_text
from refunddesk.marketplace.base import MarketplaceError, MessageReceipt
from refunddesk.notify.records import Channel, NoticeStatus, timeline_line
from refunddesk.notify.sms import DELIVERED, UNDELIVERED, SmsFailed, SmsGateway
from refunddesk.store.database import Database
from refunddesk.store.models import Notification, OrderEvent, RefundIntent

log = logging.getLogger(__name__)

# Allegro's moderation verdicts; VERIFYING (and an empty status) still waits.
MESSAGE_FINAL = frozenset({"DELIVERED", "BLOCKED", "INTERACTING", "DISMISSED"})
# Statuses are followed this long; after that the last one known stays.
FOLLOW_FOR = timedelta(days=3)


@runtime_checkable
class MessageStatusReader(Protocol):
    def message_status(self, message_id: str) -> MessageReceipt: ...


@dataclass(frozen=True, slots=True)
class _Open:
    row_id: int
    channel: str
    external_id: str
    shop_id: int
    order_id: str


def follow_notices(
    db: Database,
    shop_id: int,
    now: datetime,
    *,
    market: MessageStatusReader | None = None,
    sms: SmsGateway | None = None,
    limit: int = 50,
) -> int:
    """Ask for the status of sent notices not yet final; returns how many became final."""
    with db.sessions() as session:
        rows = session.execute(
            select(Notification, RefundIntent.order_id)
            .join(RefundIntent, RefundIntent.id == Notification.intent_id)
            .where(
                RefundIntent.shop_id == shop_id,
                Notification.status == NoticeStatus.SENT.value,
                Notification.external_id != "",
                Notification.sent_at >= now - FOLLOW_FOR,
                Notification.channel.in_((Channel.ALLEGRO_MESSAGE.value, Channel.SMS.value)),
            )
            .order_by(Notification.id)
        ).all()
        pending = [
            _Open(n.id, n.channel, n.external_id, shop_id, order_id)
            for n, order_id in rows
            if not _final(n.channel, n.platform_status)
        ][:limit]
    finished = 0
    for item in pending:
        try:
            status = _status(item, market, sms)
        except (MarketplaceError, SmsFailed) as exc:
            log.info("notice %s: status not read now (%s)", item.row_id, type(exc).__name__)
            continue
        if status and _record(db, item, status, now):
            finished += 1
    return finished


def _final(channel: str, status: str) -> bool:
    if channel == Channel.ALLEGRO_MESSAGE.value:
        return status in MESSAGE_FINAL
    return status in DELIVERED or status in UNDELIVERED


def _status(item: _Open, market: MessageStatusReader | None, sms: SmsGateway | None) -> str:
    if item.channel == Channel.ALLEGRO_MESSAGE.value:
        return market.message_status(item.external_id).status.upper() if market else ""
    return sms.status(item.external_id).upper() if sms else ""


def _record(db: Database, item: _Open, status: str, now: datetime) -> bool:
    """Store the new status; a blocked or undelivered notice becomes failed, with an event."""
    final = _final(item.channel, status)
    failed = status == "BLOCKED" or status in UNDELIVERED
    with db.transaction() as session:
        row = session.get(Notification, item.row_id)
        if row is None or row.platform_status == status:
            return False
        row.platform_status = status[:16]
        if not final:
            return False
        if failed:
            row.status = NoticeStatus.FAILED.value
            row.error = _why(item.channel, status)
        session.add(
            OrderEvent(
                shop_id=item.shop_id,
                order_id=item.order_id,
                source="notice",
                source_id=f"notification-{item.row_id}-{uuid.uuid4().hex[:12]}",
                type="NOTICE_FAILED" if failed else "NOTICE_DELIVERED",
                occurred_at=now,
                detail=timeline_line(
                    item.channel, row.recipient, status, row.error if failed else ""
                ),
            )
        )
    return True


def _why(channel: str, status: str) -> str:
    """Why the notice failed, stored as a message (worded in the merchant's language)."""
    if channel == Channel.ALLEGRO_MESSAGE.value:
        return to_text(msg("notice.blocked"))
    return to_text(msg("notice.undelivered", status=status))
