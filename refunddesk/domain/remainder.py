"""What is still refundable on an order after every refund the platform lists for it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from refunddesk.domain.money import Money
from refunddesk.domain.orders import LineItem, Order
from refunddesk.domain.refunds import FAILED, PlatformRefund


def order_total(order: Order) -> Money:
    """What the buyer had to pay for the order, delivery and extras included."""
    if order.total_to_pay is not None:
        return order.total_to_pay
    total = order.items_total
    if order.delivery_cost is not None:
        total = total + order.delivery_cost
    return total


@dataclass(frozen=True, slots=True)
class LineRemainder:
    """One order line: whole units not yet refunded, value left, and whether a refund is pending."""

    line: LineItem
    units_left: int
    value_left: Money
    pending: bool = False

    @property
    def whole_units(self) -> bool:
        """Nothing was refunded from the remaining units by value, so they go back as units."""
        return self.units_left > 0 and self.value_left == self.line.price * self.units_left


@dataclass(frozen=True, slots=True)
class Remainder:
    """The refundable remainder of one order; every amount is at least zero."""

    currency: str
    paid: Money
    refunded: Money  # final, money moved
    pending: Money  # still processing; counts as taken
    lines: tuple[LineRemainder, ...]
    delivery: Money
    additional_services: Money
    surcharges: tuple[tuple[str, Money], ...]  # (surcharge payment id, left)

    @property
    def overall(self) -> Money:
        """Paid minus refunded minus pending: the most any further refund may add up to."""
        return (self.paid - self.refunded - self.pending).clamp_zero()

    def line(self, line_item_id: str) -> LineRemainder | None:
        return next((lr for lr in self.lines if lr.line.id == line_item_id), None)

    def surcharge(self, surcharge_id: str) -> Money:
        return next((m for sid, m in self.surcharges if sid == surcharge_id), self._zero)

    @property
    def _zero(self) -> Money:
        return Money.zero(self.currency)


def compute_remainder(
    order: Order, platform_refunds: Iterable[PlatformRefund] = (), *, cod_collected: bool = False
) -> Remainder:
    """The remainder of ``order`` after ``platform_refunds`` (failed ones are ignored).

    A cash-on-delivery buyer's money never passed through Allegro, so what they paid is taken
    from the order total once ``cod_collected`` (the parcel was handed over).
    """
    cur = order.currency
    zero = Money.zero(cur)
    paid = order.paid_total
    if paid.is_zero() and cod_collected and order.payment and order.payment.is_cash_on_delivery:
        paid = order_total(order)
    units = {li.id: li.quantity for li in order.line_items}
    values = {li.id: li.total for li in order.line_items}
    pending_lines: set[str] = set()
    delivery = order.delivery_cost or zero
    services = zero
    for li in order.line_items:
        if li.additional_services is not None:
            services = services + li.additional_services
    surcharges = {
        s.id: (s.paid_amount or zero) for s in order.surcharges if s.paid_amount is not None
    }
    refunded, pending = zero, zero
    for refund in platform_refunds:
        if refund.status in FAILED:
            continue
        if refund.is_pending:
            pending = pending + refund.total_value
        else:
            refunded = refunded + refund.total_value
        for rl in refund.line_items:
            line = order.line(rl.line_item_id)
            if line is None:
                continue  # a line we do not know cannot be refunded again by us either
            if refund.is_pending:
                pending_lines.add(line.id)
            if rl.value is not None:
                values[line.id] = values[line.id] - rl.value
            elif rl.quantity is not None:
                units[line.id] -= rl.quantity
                values[line.id] = values[line.id] - line.price * rl.quantity
        if refund.delivery is not None:
            delivery = delivery - refund.delivery
        if refund.additional_services is not None:
            services = services + -refund.additional_services
        for sr in refund.surcharges:
            if sr.surcharge_id in surcharges:
                surcharges[sr.surcharge_id] = surcharges[sr.surcharge_id] - sr.value
    lines = tuple(
        LineRemainder(
            line=li,
            units_left=max(units[li.id], 0),
            value_left=values[li.id].clamp_zero(),
            pending=li.id in pending_lines,
        )
        for li in order.line_items
    )
    return Remainder(
        currency=cur,
        paid=paid,
        refunded=refunded,
        pending=pending,
        lines=lines,
        delivery=delivery.clamp_zero(),
        additional_services=services.clamp_zero(),
        surcharges=tuple((sid, m.clamp_zero()) for sid, m in surcharges.items()),
    )
