"""Customer returns (withdrawals) as the marketplace reports them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from refunddesk.domain.money import Money


class ReturnStatus(StrEnum):
    """Known values; Allegro declares status as a plain string, so others may appear."""

    CREATED = "CREATED"
    DISPATCHED = "DISPATCHED"
    IN_TRANSIT = "IN_TRANSIT"
    DELIVERED = "DELIVERED"
    FINISHED = "FINISHED"
    FINISHED_APT = "FINISHED_APT"
    REJECTED = "REJECTED"
    COMMISSION_REFUND_CLAIMED = "COMMISSION_REFUND_CLAIMED"
    COMMISSION_REFUNDED = "COMMISSION_REFUNDED"
    WAREHOUSE_DELIVERED = "WAREHOUSE_DELIVERED"
    WAREHOUSE_VERIFICATION = "WAREHOUSE_VERIFICATION"


# Statuses after which the return will not change in a way that matters for a refund.
FINAL_RETURN_STATUSES = frozenset(
    {
        ReturnStatus.FINISHED,
        ReturnStatus.FINISHED_APT,
        ReturnStatus.REJECTED,
        ReturnStatus.COMMISSION_REFUND_CLAIMED,
        ReturnStatus.COMMISSION_REFUNDED,
    }
)
DELIVERED_RETURN_STATUSES = frozenset({ReturnStatus.DELIVERED, ReturnStatus.WAREHOUSE_DELIVERED})


@dataclass(frozen=True, slots=True)
class BankAccount:
    """Where a cash-on-delivery buyer wants the money; refunded by hand, by transfer."""

    owner: str = ""
    account_number: str = ""
    iban: str = ""
    swift: str = ""


@dataclass(frozen=True, slots=True)
class ReturnItem:
    """A returned offer; Allegro gives no line-item id, so match by offer id and quantity."""

    offer_id: str
    quantity: int
    name: str = ""
    price: Money | None = None
    reason: str = "NONE"
    user_comment: str = ""


@dataclass(frozen=True, slots=True)
class CustomerReturn:
    id: str
    order_id: str
    status: str
    created_at: datetime
    items: tuple[ReturnItem, ...]
    reference_number: str = ""
    buyer_login: str = ""
    buyer_email: str = ""
    bank_account: BankAccount | None = None
    rejection_code: str = ""

    @property
    def is_delivered(self) -> bool:
        return self.status in DELIVERED_RETURN_STATUSES

    @property
    def is_final(self) -> bool:
        return self.status in FINAL_RETURN_STATUSES
