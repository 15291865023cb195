"""Builders for orders, returns, platform refunds and cases used by the domain tests."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from refunddesk.domain.cases import RefundCase, Trigger
from refunddesk.domain.messages import Message, render
from refunddesk.domain.money import Money
from refunddesk.domain.orders import Buyer, LineItem, Order, OrderStatus, Payment
from refunddesk.domain.refunds import PlatformRefund, RefundLine, SurchargeRefund
from refunddesk.domain.returns import CustomerReturn, ReturnItem

NOW = datetime(2025, 11, 20, 12, 0, tzinfo=UTC)
BOUGHT = NOW - timedelta(days=3)


def pln(amount: str) -> Money:
    return Money.parse(amount, "PLN")


def line(
    ident: str, price: str, quantity: int = 1, *, offer: str = "", name: str = "", sku: str = ""
) -> LineItem:
    return LineItem(
        id=ident,
        offer_id=offer or f"offer-{ident}",
        offer_name=name or f"Item {ident}",
        quantity=quantity,
        price=pln(price),
        external_id=sku,
    )


def order(
    *lines: LineItem,
    delivery: str = "0.00",
    paid: str | None = None,
    status: str = OrderStatus.READY_FOR_PROCESSING,
    payment_type: str = "ONLINE",
    features: tuple[str, ...] = (),
    surcharges: tuple[Payment, ...] = (),
    login: str = "buyer1",
    dispatch_deadline: datetime | None = None,
    marketplace: str = "allegro-pl",
) -> Order:
    """An order paid in full (delivery included) unless ``paid`` says otherwise."""
    items = lines or (line("L1", "100.00"),)
    total = sum((li.price * li.quantity for li in items), Money.zero("PLN")) + pln(delivery)
    paid_amount = pln(paid) if paid is not None else total
    return Order(
        id="order-1",
        revision="r1",
        status=status,
        buyer=Buyer(id="b1", login=login),
        line_items=items,
        currency="PLN",
        payment=Payment(
            id="pay-1",
            type=payment_type,
            paid_amount=None if payment_type == "CASH_ON_DELIVERY" else paid_amount,
            finished_at=BOUGHT,
            features=features,
        ),
        surcharges=surcharges,
        delivery_cost=pln(delivery),
        total_to_pay=total + sum((s.paid_amount or pln("0") for s in surcharges), pln("0")),
        bought_at=BOUGHT,
        dispatch_deadline=dispatch_deadline,
        marketplace_id=marketplace,
    )


def customer_return(
    *items: tuple[str, int], reason: str = "DONT_LIKE_IT", status: str = "DELIVERED"
) -> CustomerReturn:
    return CustomerReturn(
        id="ret-1",
        order_id="order-1",
        status=status,
        created_at=NOW - timedelta(days=1),
        items=tuple(ReturnItem(offer_id=o, quantity=q, reason=reason) for o, q in items),
    )


def platform_refund(
    total: str,
    *lines: RefundLine,
    status: str = "SUCCESS",
    delivery: str | None = None,
    surcharges: tuple[SurchargeRefund, ...] = (),
    ident: str = "pr-1",
) -> PlatformRefund:
    return PlatformRefund(
        id=ident,
        payment_id="pay-1",
        order_id="order-1",
        status=status,
        total_value=pln(total),
        line_items=lines,
        delivery=pln(delivery) if delivery is not None else None,
        surcharges=surcharges,
    )


def case(
    trigger: Trigger = Trigger.BUYER_CANCELLED,
    the_order: Order | None = None,
    **kwargs: object,
) -> RefundCase:
    if the_order is None:
        status = (
            OrderStatus.CANCELLED if trigger is Trigger.BUYER_CANCELLED else "READY_FOR_PROCESSING"
        )
        the_order = order(status=status)
    return RefundCase(trigger=trigger, order=the_order, detected_at=NOW, **kwargs)  # type: ignore[arg-type]


def said(lines: Iterable[Message | str]) -> tuple[str, ...]:
    """Trace lines or plan notes as the English merchant reads them."""
    # A plain space for the no-break space Babel puts between a currency and its amount.
    return tuple(render(line, "en").replace("\u00a0", " ") for line in lines)
