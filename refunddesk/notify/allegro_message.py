"""Buyer notices through Allegro's message centre (one message per order thread)."""

from __future__ import annotations

from typing import Protocol

from refunddesk.marketplace.base import MessageReceipt
from refunddesk.notify.errors import MessageTooLong, NoticeError
from refunddesk.notify.templates import ALLEGRO_MESSAGE_MAX, RenderedNotice

# Allegro's moderation stopped the message: the buyer will not see it.
BLOCKED_STATUSES = frozenset({"BLOCKED"})


class MessageSender(Protocol):
    """The one part of the Marketplace protocol this channel needs."""

    def send_message(self, buyer_login: str, order_id: str, text: str) -> MessageReceipt: ...


class MessageBlocked(NoticeError):
    """Allegro accepted the request but its moderation blocked the message."""

    def __init__(self, receipt: MessageReceipt) -> None:
        self.receipt = receipt
        super().__init__(
            f"Allegro's moderation blocked the message ({receipt.status}); the buyer will not "
            "see it. Check the template for links or contact details."
        )


def allegro_text(notice: RenderedNotice) -> str:
    """The text of the message: Allegro messages have no subject, so the body stands alone."""
    text = notice.body.rstrip("\n")
    if len(text) > ALLEGRO_MESSAGE_MAX:
        raise MessageTooLong(len(text), ALLEGRO_MESSAGE_MAX)
    return text


def send_allegro_message(
    market: MessageSender, buyer_login: str, order_id: str, notice: RenderedNotice
) -> MessageReceipt:
    """Send ``notice`` to the buyer in the order's thread. The client keeps to 1 message/s.

    Raises the marketplace's own errors (see marketplace/base.py), MessageTooLong, and
    MessageBlocked when moderation stopped it.
    """
    receipt = market.send_message(buyer_login, order_id, allegro_text(notice))
    if receipt.status.upper() in BLOCKED_STATUSES:
        raise MessageBlocked(receipt)
    return receipt
