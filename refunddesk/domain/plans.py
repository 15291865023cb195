"""Refund plans: exactly which lines, delivery and extras to refund, never above the remainder."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from refunddesk.domain.messages import Message, msg
from refunddesk.domain.money import Money, MoneyError, split_minor
from refunddesk.domain.orders import Order
from refunddesk.domain.refunds import PlatformRefund, RefundLine, RefundRequest, SurchargeRefund
from refunddesk.domain.remainder import LineRemainder, Remainder, compute_remainder
from refunddesk.domain.returns import CustomerReturn
from refunddesk.domain.rules import OverCap, RefundScope, RuleAction


class EmptyPlanError(ValueError):
    """A plan with nothing in it cannot become a refund request (Allegro answers 422)."""


@dataclass(frozen=True, slots=True)
class PlannedLine:
    """A line to refund: whole units at full price (QUANTITY) or part of its value (AMOUNT)."""

    line_item_id: str
    offer_id: str
    name: str
    value: Money
    quantity: int | None = None  # set only for QUANTITY

    @property
    def type(self) -> str:
        return "QUANTITY" if self.quantity is not None else "AMOUNT"


@dataclass(frozen=True, slots=True)
class RefundPlan:
    """What to refund on one order, with notes a merchant can read.

    ``wanted`` is what the rule asked for before the remainder and the cap limited it.
    ``exceeds_remainder``: the rule asked for more than is left (refunded elsewhere): hold it.
    ``over_cap``: the total is above the rule's cap and the rule holds such refunds.
    ``waiting_for``: line ids with a refund still pending on the platform: wait, then re-plan.
    ``unmatched_items``: returned offers that are not in the order.
    """

    currency: str
    lines: tuple[PlannedLine, ...] = ()
    delivery: Money | None = None
    additional_services: Money | None = None
    surcharges: tuple[SurchargeRefund, ...] = ()
    wanted: Money | None = None
    notes: tuple[Message | str, ...] = ()  # str: a plan stored before messages existed
    exceeds_remainder: bool = False
    over_cap: bool = False
    waiting_for: tuple[str, ...] = ()
    unmatched_items: tuple[str, ...] = ()

    @property
    def total(self) -> Money:
        amounts = self._amounts()
        for m in amounts:
            if m.currency != self.currency:
                raise MoneyError(f"mixed currencies: {self.currency} and {m.currency}")
        return Money(sum(m.minor for m in amounts), self.currency)

    def _amounts(self) -> list[Money]:
        amounts = [pl.value for pl in self.lines]
        amounts += [m for m in (self.delivery, self.additional_services) if m is not None]
        return amounts + [s.value for s in self.surcharges]

    @property
    def is_empty(self) -> bool:
        return self.total.is_zero()

    def fits(self, remainder: Remainder) -> bool:
        """Whether every part of the plan is still within ``remainder`` (re-checked live)."""
        if self.total > remainder.overall:
            return False
        for pl in self.lines:
            left = remainder.line(pl.line_item_id)
            if left is None or pl.value > left.value_left:
                return False
            if pl.quantity is not None and pl.quantity > left.units_left:
                return False
        if self.delivery is not None and self.delivery > remainder.delivery:
            return False
        if self.additional_services is not None and (
            self.additional_services > remainder.additional_services
        ):
            return False
        return all(s.value <= remainder.surcharge(s.surcharge_id) for s in self.surcharges)

    def to_request(
        self, command_id: str, payment_id: str, order_id: str, reason: str, seller_comment: str = ""
    ) -> RefundRequest:
        """The POST /payments/refunds body for this plan."""
        if self.is_empty:
            raise EmptyPlanError("the plan refunds nothing")
        return RefundRequest(
            command_id=command_id,
            payment_id=payment_id,
            order_id=order_id,
            reason=reason,
            line_items=tuple(
                RefundLine(pl.line_item_id, quantity=pl.quantity)
                if pl.quantity is not None
                else RefundLine(pl.line_item_id, value=pl.value)
                for pl in self.lines
            ),
            delivery=self.delivery,
            additional_services=self.additional_services,
            surcharges=self.surcharges,
            seller_comment=seller_comment,
        )


@dataclass(frozen=True, slots=True)
class _Part:
    """One refundable component while the plan is being shaped."""

    key: str  # "line", "delivery", "services", "surcharge"
    ident: str
    value: int  # minor units
    quantity: int | None = None
    offer_id: str = ""
    name: str = ""


def plan_refund(
    order: Order,
    action: RuleAction,
    *,
    customer_return: CustomerReturn | None = None,
    platform_refunds: Iterable[PlatformRefund] = (),
    cap: Money | None = None,
    over_cap: OverCap = OverCap.HOLD,
    cod_collected: bool = False,
) -> RefundPlan:
    """Plan the refund ``action`` asks for on ``order``, within what is left after the refunds.

    Order of steps: what the action covers (everything left, or the returned units) → the
    percentage (half-even on the total, split across parts by largest remainder) → the
    deduction → the overall remainder → the cap. Each step that changes the amount leaves a note.
    """
    rem = compute_remainder(order, platform_refunds, cod_collected=cod_collected)
    cur = order.currency
    notes: list[Message | str] = []
    exceeds = False
    unmatched: list[str] = []
    if action.scope is RefundScope.RETURNED_ITEMS:
        parts, exceeds, unmatched = _returned_parts(rem, customer_return, notes)
        if parts and action.include_delivery and rem.delivery.minor > 0:
            parts.append(_Part("delivery", "", rem.delivery.minor))
    else:
        parts = _everything_parts(rem, action, notes)
    wanted = _total(parts, cur)
    if wanted.is_zero() and not exceeds and not unmatched:
        notes.append(msg("plan.nothing_left"))

    if action.percent != Decimal(100) and not wanted.is_zero():
        target = wanted.percent(action.percent)
        parts = _fit(parts, target.minor)
        notes.append(
            msg("plan.percent", percent=_pct(action.percent), wanted=wanted, target=target)
        )
    if action.deduction is not None and not action.deduction.is_zero() and parts:
        before = _total(parts, cur)
        label = action.deduction_label.strip()
        code = "plan.deduction_takes_all" if action.deduction >= before else "plan.deducted"
        if label:
            notes.append(msg(code + "_labelled", amount=action.deduction, label=label))
        else:
            notes.append(msg(code, amount=action.deduction))
        parts = _fit(parts, (before - action.deduction).clamp_zero().minor)
    if _total(parts, cur) > rem.overall:
        if action.scope is RefundScope.RETURNED_ITEMS:
            exceeds = True
        notes.append(msg("plan.limited_to_remainder", left=rem.overall))
        parts = _fit(parts, rem.overall.minor)
    capped = False
    if cap is not None and _total(parts, cur) > cap:
        if over_cap is OverCap.REFUND_UP_TO_CAP:
            parts = _fit(parts, cap.clamp_zero().minor)
            notes.append(msg("plan.capped", cap=cap))
        else:
            capped = True
            notes.append(msg("plan.above_cap", total=_total(parts, cur), cap=cap))
    return _build(rem, parts, wanted, notes, exceeds, capped, unmatched)


def _everything_parts(
    rem: Remainder, action: RuleAction, notes: list[Message | str]
) -> list[_Part]:
    parts: list[_Part] = []
    for lr in rem.lines:
        if lr.value_left.is_zero():
            continue
        if lr.whole_units:
            parts.append(_line_part(lr, lr.value_left.minor, lr.units_left))
        else:
            notes.append(msg("plan.partly_refunded_rest", item=lr.line.offer_name))
            parts.append(_line_part(lr, lr.value_left.minor, None))
    if action.include_delivery and rem.delivery.minor > 0:
        parts.append(_Part("delivery", "", rem.delivery.minor))
    if action.include_additional_services and rem.additional_services.minor > 0:
        parts.append(_Part("services", "", rem.additional_services.minor))
    if action.include_surcharges:
        parts += [_Part("surcharge", sid, m.minor) for sid, m in rem.surcharges if m.minor > 0]
    return parts


def _returned_parts(
    rem: Remainder, customer_return: CustomerReturn | None, notes: list[Message | str]
) -> tuple[list[_Part], bool, list[str]]:
    """The returned units, matched to order lines by offer id (Allegro gives no line id)."""
    if customer_return is None:
        notes.append(msg("plan.no_return"))
        return [], False, []
    exceeds = False
    unmatched: list[str] = []
    taken: dict[str, int] = {}  # line id -> units already given to an earlier return item
    parts: dict[str, _Part] = {}
    for item in customer_return.items:
        wanted = item.quantity
        candidates = [lr for lr in rem.lines if lr.line.offer_id == item.offer_id]
        if not candidates:
            unmatched.append(item.offer_id)
            notes.append(msg("plan.returned_not_in_order", item=item.name or item.offer_id))
            continue
        for lr in candidates:
            free = lr.units_left - taken.get(lr.line.id, 0)
            take = min(wanted, free)
            if take <= 0:
                continue
            taken[lr.line.id] = taken.get(lr.line.id, 0) + take
            wanted -= take
            if wanted == 0:
                break
        if wanted > 0:
            exceeds = True
            name = item.name or candidates[0].line.offer_name
            notes.append(msg("plan.already_refunded_elsewhere", n=wanted, item=name))
    for lr in rem.lines:
        units = taken.get(lr.line.id, 0)
        if units == 0:
            continue
        if lr.whole_units:
            parts[lr.line.id] = _line_part(lr, (lr.line.price * units).minor, units)
        else:
            # Partly refunded by value before: these units get their share of what is left.
            share = split_minor(lr.value_left.minor, [units, lr.units_left - units])[0]
            notes.append(msg("plan.partly_refunded_share", item=lr.line.offer_name))
            parts[lr.line.id] = _line_part(lr, share, None)
    return list(parts.values()), exceeds, unmatched


def _line_part(lr: LineRemainder, value: int, quantity: int | None) -> _Part:
    line = lr.line
    return _Part("line", line.id, value, quantity, line.offer_id, line.offer_name)


def _fit(parts: list[_Part], target: int) -> list[_Part]:
    """Scale the parts down to ``target`` minor units in total; the shares add up exactly."""
    weights = [p.value for p in parts]
    if not parts or sum(weights) == 0:
        return []
    target = max(0, min(target, sum(weights)))
    shares = split_minor(target, weights)
    fitted: list[_Part] = []
    for p, share in zip(parts, shares, strict=True):
        if share == p.value:
            fitted.append(p)
        elif share > 0:
            fitted.append(replace(p, value=share, quantity=None))  # a part of the value
    return fitted


def _total(parts: list[_Part], currency: str) -> Money:
    return Money(sum(p.value for p in parts), currency)


def _pct(percent: Decimal) -> str:
    text = f"{percent.normalize():f}"
    return text


def _build(
    rem: Remainder,
    parts: list[_Part],
    wanted: Money,
    notes: list[Message | str],
    exceeds: bool,
    over_cap: bool,
    unmatched: list[str],
) -> RefundPlan:
    cur = rem.currency
    parts = [p for p in parts if p.value > 0]  # a part with nothing in it is left out
    lines = tuple(
        PlannedLine(p.ident, p.offer_id, p.name, Money(p.value, cur), p.quantity)
        for p in parts
        if p.key == "line"
    )
    waiting = tuple(
        pl.line_item_id
        for pl in lines
        if (lr := rem.line(pl.line_item_id)) is not None and lr.pending
    )
    if waiting:
        notes.append(msg("plan.waiting_for_pending"))
    delivery = next((Money(p.value, cur) for p in parts if p.key == "delivery"), None)
    services = next((Money(p.value, cur) for p in parts if p.key == "services"), None)
    surcharges = tuple(
        SurchargeRefund(p.ident, Money(p.value, cur)) for p in parts if p.key == "surcharge"
    )
    return RefundPlan(
        currency=cur,
        lines=lines,
        delivery=delivery,
        additional_services=services,
        surcharges=surcharges,
        wanted=wanted,
        notes=tuple(notes),
        exceeds_remainder=exceeds,
        over_cap=over_cap,
        waiting_for=waiting,
        unmatched_items=tuple(unmatched),
    )
