"""Refunds on the platform: what we ask Allegro for, and what Allegro reports back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from refunddesk.domain.money import Money


class RefundReason(StrEnum):
    REFUND = "REFUND"
    COMPLAINT = "COMPLAINT"
    PRODUCT_NOT_AVAILABLE = "PRODUCT_NOT_AVAILABLE"
    PAID_VALUE_TOO_LOW = "PAID_VALUE_TOO_LOW"
    OVERPAID = "OVERPAID"
    CANCELLED_BY_BUYER = "CANCELLED_BY_BUYER"
    NOT_COLLECTED = "NOT_COLLECTED"


class PlatformRefundStatus(StrEnum):
    """Allegro's RefundDetails.status (note: CANCELED with one L)."""

    NEW = "NEW"
    VALIDATED = "VALIDATED"
    VALIDATE_FAILED = "VALIDATE_FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    SUCCESS = "SUCCESS"
    PARTIAL = "PARTIAL"
    CANCELED = "CANCELED"


MONEY_MOVED = frozenset({PlatformRefundStatus.SUCCESS, PlatformRefundStatus.PARTIAL})
FAILED = frozenset({PlatformRefundStatus.CANCELED, PlatformRefundStatus.VALIDATE_FAILED})
# Anything not final counts as pending: it may still move money, so it reduces the remainder.
PENDING = frozenset(
    {PlatformRefundStatus.NEW, PlatformRefundStatus.VALIDATED, PlatformRefundStatus.IN_PROGRESS}
)


@dataclass(frozen=True, slots=True)
class RefundLine:
    """A line-item part of a refund: whole units (QUANTITY) or part of the price (AMOUNT)."""

    line_item_id: str
    quantity: int | None = None  # for QUANTITY
    value: Money | None = None  # for AMOUNT

    @property
    def type(self) -> str:
        return "QUANTITY" if self.value is None else "AMOUNT"


@dataclass(frozen=True, slots=True)
class SurchargeRefund:
    surcharge_id: str
    value: Money


@dataclass(frozen=True, slots=True)
class RefundRequest:
    """One POST /payments/refunds body, with the commandId that makes it idempotent."""

    command_id: str
    payment_id: str
    order_id: str
    reason: str  # a RefundReason value
    line_items: tuple[RefundLine, ...] = ()
    delivery: Money | None = None
    additional_services: Money | None = None
    surcharges: tuple[SurchargeRefund, ...] = ()
    seller_comment: str = ""


@dataclass(frozen=True, slots=True)
class PlatformRefund:
    """A refund as Allegro lists it (ours, made by hand in the panel, or by Allegro itself)."""

    id: str
    payment_id: str
    order_id: str
    status: str  # a PlatformRefundStatus value
    total_value: Money
    created_at: datetime | None = None
    reason: str = ""
    line_items: tuple[RefundLine, ...] = ()
    delivery: Money | None = None
    additional_services: Money | None = None
    surcharges: tuple[SurchargeRefund, ...] = ()
    seller_comment: str = ""

    @property
    def moved_money(self) -> bool:
        return self.status in MONEY_MOVED

    @property
    def is_pending(self) -> bool:
        return self.status not in MONEY_MOVED and self.status not in FAILED

    @property
    def is_final(self) -> bool:
        return not self.is_pending
