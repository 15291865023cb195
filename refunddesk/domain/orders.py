"""Orders as the marketplace reports them: buyer, payment, line items, delivery, shipments."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from refunddesk.domain.money import Money


class OrderStatus(StrEnum):
    BOUGHT = "BOUGHT"
    FILLED_IN = "FILLED_IN"
    READY_FOR_PROCESSING = "READY_FOR_PROCESSING"
    CANCELLED = "CANCELLED"


class FulfillmentStatus(StrEnum):
    NEW = "NEW"
    PROCESSING = "PROCESSING"
    READY_FOR_SHIPMENT = "READY_FOR_SHIPMENT"
    READY_FOR_PICKUP = "READY_FOR_PICKUP"
    SENT = "SENT"
    PICKED_UP = "PICKED_UP"
    CANCELLED = "CANCELLED"
    SUSPENDED = "SUSPENDED"
    RETURNED = "RETURNED"


class PaymentType(StrEnum):
    CASH_ON_DELIVERY = "CASH_ON_DELIVERY"
    WIRE_TRANSFER = "WIRE_TRANSFER"
    ONLINE = "ONLINE"
    SPLIT_PAYMENT = "SPLIT_PAYMENT"
    EXTENDED_TERM = "EXTENDED_TERM"


class OrderEventType(StrEnum):
    BOUGHT = "BOUGHT"
    FILLED_IN = "FILLED_IN"
    READY_FOR_PROCESSING = "READY_FOR_PROCESSING"
    BUYER_CANCELLED = "BUYER_CANCELLED"
    FULFILLMENT_STATUS_CHANGED = "FULFILLMENT_STATUS_CHANGED"
    AUTO_CANCELLED = "AUTO_CANCELLED"
    BUYER_MODIFIED = "BUYER_MODIFIED"


@dataclass(frozen=True, slots=True)
class Buyer:
    id: str
    login: str
    email: str = ""
    first_name: str = ""
    last_name: str = ""
    guest: bool = False
    language: str = ""  # e.g. "pl-PL"; buyers are told in their own language
    phone: str = ""  # as the buyer typed it (buyer, else delivery address); for SMS notices


@dataclass(frozen=True, slots=True)
class Payment:
    """The buyer's payment (or a surcharge: an extra payment on the same order)."""

    id: str
    type: str  # a PaymentType value; kept as str because Allegro may add new ones
    provider: str = ""
    paid_amount: Money | None = None
    finished_at: datetime | None = None
    features: tuple[str, ...] = ()

    @property
    def is_cash_on_delivery(self) -> bool:
        return self.type == PaymentType.CASH_ON_DELIVERY

    @property
    def is_allegro_pay(self) -> bool:
        return "ALLEGRO_PAY" in self.features


@dataclass(frozen=True, slots=True)
class LineItem:
    """One line of an order; prices are per unit, as Allegro reports them."""

    id: str
    offer_id: str
    offer_name: str
    quantity: int
    price: Money
    original_price: Money | None = None
    external_id: str = ""  # the merchant's SKU
    bought_at: datetime | None = None
    additional_services: Money | None = None  # total of selectedAdditionalServices

    @property
    def total(self) -> Money:
        return self.price * self.quantity


@dataclass(frozen=True, slots=True)
class Order:
    """An Allegro checkout form, reduced to what refunds need."""

    id: str
    revision: str
    status: str  # an OrderStatus value
    buyer: Buyer
    line_items: tuple[LineItem, ...]
    currency: str
    payment: Payment | None = None
    surcharges: tuple[Payment, ...] = ()
    fulfillment_status: str = FulfillmentStatus.NEW
    line_items_sent: str = "NONE"  # NONE / SOME / ALL
    delivery_method: str = ""
    delivery_cost: Money | None = None
    dispatch_deadline: datetime | None = None  # delivery.time.dispatch.to
    total_to_pay: Money | None = None
    marketplace_id: str = "allegro-pl"
    updated_at: datetime | None = None
    bought_at: datetime | None = None

    @property
    def is_paid(self) -> bool:
        return (
            self.payment is not None
            and self.payment.paid_amount is not None
            and not self.payment.paid_amount.is_zero()
        )

    @property
    def paid_total(self) -> Money:
        """What the buyer actually paid: payment plus surcharges."""
        result = Money.zero(self.currency)
        for p in (self.payment, *self.surcharges):
            if p is not None and p.paid_amount is not None:
                result = result + p.paid_amount
        return result

    @property
    def items_total(self) -> Money:
        result = Money.zero(self.currency)
        for line in self.line_items:
            result = result + line.total
        return result

    def line(self, line_item_id: str) -> LineItem | None:
        return next((li for li in self.line_items if li.id == line_item_id), None)


@dataclass(frozen=True, slots=True)
class Shipment:
    id: str
    waybill: str
    carrier_id: str
    created_at: datetime | None = None
    line_item_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OrderEvent:
    """One entry of Allegro's order event feed. Decide from the fetched order, not this."""

    id: str
    type: str  # an OrderEventType value; unknown types are kept, not rejected
    occurred_at: datetime
    order_id: str
    revision: str = ""


@dataclass(frozen=True, slots=True)
class OrderPage:
    orders: tuple[Order, ...]
    total_count: int
    offset: int = 0


@dataclass(frozen=True, slots=True)
class EventPage:
    events: tuple[OrderEvent, ...] = field(default_factory=tuple)
