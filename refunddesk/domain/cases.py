"""A refund case: what happened to an order, with everything a rule needs to decide on it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from refunddesk.domain.messages import Message, msg
from refunddesk.domain.orders import FulfillmentStatus, Order, OrderStatus
from refunddesk.domain.refunds import PlatformRefund
from refunddesk.domain.returns import CustomerReturn


class Trigger(StrEnum):
    """What happened that may call for a refund."""

    BUYER_CANCELLED = "BUYER_CANCELLED"
    NOT_SENT_IN_TIME = "NOT_SENT_IN_TIME"
    RETURN_DELIVERED = "RETURN_DELIVERED"
    RETURN_DECLARED = "RETURN_DECLARED"


RETURN_TRIGGERS = frozenset({Trigger.RETURN_DELIVERED, Trigger.RETURN_DECLARED})


class PaymentKind(StrEnum):
    """How the buyer paid, as a rule condition sees it (Allegro Pay is split out of ONLINE)."""

    ONLINE = "ONLINE"
    ALLEGRO_PAY = "ALLEGRO_PAY"
    CASH_ON_DELIVERY = "CASH_ON_DELIVERY"
    WIRE_TRANSFER = "WIRE_TRANSFER"
    SPLIT_PAYMENT = "SPLIT_PAYMENT"
    EXTENDED_TERM = "EXTENDED_TERM"
    UNKNOWN = "UNKNOWN"


def payment_kind(order: Order) -> str:
    """The order's payment as a PaymentKind value (an unknown Allegro type is passed through)."""
    if order.payment is None:
        return PaymentKind.UNKNOWN
    if order.payment.is_allegro_pay:
        return PaymentKind.ALLEGRO_PAY
    return order.payment.type


@dataclass(frozen=True)
class RefundCase:
    """One order at one moment, as the planner, the simulator and the backtest hand it to rules.

    Fields:
        trigger: what happened.
        order: the order as last fetched from the marketplace.
        detected_at: when the trigger was noticed (event time, return status change, or the
            deadline scan); a rule's delay counts from here.
        customer_return: the return this case is about (return triggers only).
        platform_refunds: every refund the platform lists for this order, whoever made it;
            failed ones are ignored, pending ones count as taken.
        buyer_order_count: how many orders this buyer has placed with the shop, this one included.
        product_groups: the merchant's named product groups: name -> offer ids and SKUs.
        shipped: a shipment exists for the order (fulfilment status is checked as well).
    """

    trigger: Trigger
    order: Order
    detected_at: datetime
    customer_return: CustomerReturn | None = None
    platform_refunds: tuple[PlatformRefund, ...] = ()
    buyer_order_count: int = 1
    product_groups: Mapping[str, frozenset[str]] = field(default_factory=dict)
    shipped: bool = False

    @property
    def is_shipped(self) -> bool:
        return self.shipped or self.order.fulfillment_status in (
            FulfillmentStatus.SENT,
            FulfillmentStatus.PICKED_UP,
        )

    @property
    def is_cash_on_delivery(self) -> bool:
        return self.order.payment is not None and self.order.payment.is_cash_on_delivery

    @property
    def cod_collected(self) -> bool:
        """A cash-on-delivery buyer has paid only once the parcel was handed over."""
        return self.is_cash_on_delivery and (self.is_shipped or self.trigger in RETURN_TRIGGERS)

    def precondition_problem(self) -> Message | None:
        """Why this case cannot be a refund case at all, or None."""
        order = self.order
        if self.trigger is Trigger.BUYER_CANCELLED and order.status != OrderStatus.CANCELLED:
            return msg("case.not_cancelled", status=str(order.status))
        if self.trigger is Trigger.NOT_SENT_IN_TIME and self.is_shipped:
            return msg("case.sent")
        if self.trigger in RETURN_TRIGGERS and self.customer_return is None:
            return msg("case.no_return")
        if order.payment is None:
            return msg("case.no_payment")
        if not order.is_paid and not order.payment.is_cash_on_delivery:
            return msg("case.not_paid")
        return None
