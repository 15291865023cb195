"""Payment refunds as Allegro validates them: idempotency, remainders, COD, Polish messages."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from typing import Any

from refunddesk.demo_shop.errors import ShopError, error, errors_holder, many_errors, validation
from refunddesk.demo_shop.state import (
    MOVED_REFUND,
    PENDING_REFUND,
    OrderRec,
    RefundLineRec,
    RefundRec,
    ShopState,
    new_id,
)
from refunddesk.domain.money import Money, MoneyError

REASONS = frozenset(
    {
        "REFUND",
        "COMPLAINT",
        "PRODUCT_NOT_AVAILABLE",
        "PAID_VALUE_TOO_LOW",
        "OVERPAID",
        "CANCELLED_BY_BUYER",
        "NOT_COLLECTED",
    }
)
_UUID_RE = re.compile(
    r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
)


def is_uuid(value: Any) -> bool:
    return isinstance(value, str) and bool(_UUID_RE.match(value))


def polish_amount(minor: int, currency: str) -> str:
    """`50,41 PLN`: how Allegro's Polish validation messages print money."""
    return f"{Money(minor, currency).amount_str().replace('.', ',')} {currency}"


def _money(value: Any, currency: str, path: str) -> int:
    try:
        money = Money.from_allegro(value)
    except MoneyError as exc:
        raise validation(f"Invalid amount: {exc}", path=path) from exc
    if money.currency != currency:
        raise validation(f"Currency {money.currency} does not match {currency}", path=path)
    if money.minor <= 0:
        raise validation("Amount must be greater than zero", path=path)
    return money.minor


def _counted(state: ShopState, order_id: str) -> list[RefundRec]:
    """Refunds that use up the remainder: money moved, or still pending."""
    return [
        r
        for r in state.refunds_by_order.get(order_id, [])
        if r.status in MOVED_REFUND or r.status in PENDING_REFUND
    ]


def line_available(state: ShopState, order: OrderRec, line_id: str) -> tuple[int, int]:
    """(quantity, value) still refundable on a line; zero while a refund on it is pending."""
    line = order.line(line_id)
    if line is None:
        return 0, 0
    qty, value = line.quantity, line.quantity * line.price
    for r in _counted(state, order.id):
        for rl in r.lines:
            if rl.line_id != line_id:
                continue
            if r.status in PENDING_REFUND:
                return 0, 0  # Allegro locks the line until the pending refund is final
            qty -= rl.quantity
            value -= rl.value
    # An AMOUNT refund leaves whole units only as far as the value still covers them.
    qty = min(qty, value // line.price if line.price else 0)
    return max(qty, 0), max(value, 0)


def delivery_available(state: ShopState, order: OrderRec) -> int:
    used = sum(r.delivery for r in _counted(state, order.id))
    return max(order.delivery_cost - used, 0)


def paid_remaining(state: ShopState, order: OrderRec) -> int:
    used = sum(r.total for r in _counted(state, order.id))
    return max((order.paid_amount or 0) - used, 0)


def fingerprint(body: dict[str, Any]) -> str:
    return json.dumps(body, sort_keys=True, separators=(",", ":"))


def initiate(state: ShopState, body: Any) -> RefundRec:
    """POST /payments/refunds. The caller holds the state lock."""
    if not isinstance(body, dict):
        raise validation("Request body must be a JSON object")
    missing = [
        f
        for f, ok in (
            ("payment.id", is_uuid((body.get("payment") or {}).get("id"))),
            ("order.id", is_uuid((body.get("order") or {}).get("id"))),
            ("commandId", isinstance(body.get("commandId"), str) and body.get("commandId")),
            ("reason", body.get("reason") in REASONS),
        )
        if not ok
    ]
    if missing:
        raise many_errors(
            422,
            [error("VALIDATION_ERROR", f"Missing or invalid field: {f}", path=f) for f in missing],
        )
    command_id: str = body["commandId"]
    previous = state.refund_by_command.get(command_id)
    if previous is not None:
        # Our documented choice: same commandId + same body replays the refund as it is now;
        # a different body under a used commandId is refused, never silently merged.
        if previous.fingerprint == fingerprint(body):
            return previous
        raise validation(
            f"commandId {command_id} was already used with a different request",
            path="commandId",
            user_message="Identyfikator operacji został już użyty dla innego zwrotu.",
        )
    order = state.orders.get(body["order"]["id"])
    payment_order_id = state.payment_to_order.get(body["payment"]["id"])
    if payment_order_id is None:
        raise errors_holder(
            404,
            "NOT_FOUND",
            "Payment not found",
            path="payment.id",
            user_message="Nie znaleziono płatności.",
        )
    if order is None or order.id != payment_order_id:
        raise validation(
            "The order does not belong to the payment",
            path="order.id",
            user_message="Zamówienie nie należy do tej płatności.",
        )
    if order.payment_type == "CASH_ON_DELIVERY":
        raise errors_holder(
            400,
            "COD_MARKETPLACE_NOT_SUPPORTED",
            "POD refunds are not supported for this marketplace",
        )
    if order.payment_cancelled or order.paid_amount is None or order.paid_amount <= 0:
        raise validation(
            "The payment is not finished, it cannot be refunded",
            path="payment.id",
            user_message="Płatność nie została zakończona.",
        )
    refund = _build(state, order, body)
    state.add_refund(refund)
    return refund


def _build(state: ShopState, order: OrderRec, body: dict[str, Any]) -> RefundRec:
    cur = order.currency
    problems: list[dict[str, Any]] = []
    lines: list[RefundLineRec] = []
    echo: dict[str, Any] = {}
    for i, raw in enumerate(body.get("lineItems") or []):
        path = f"lineItems[{i}]"
        line = order.line(raw.get("id", "")) if isinstance(raw, dict) else None
        if line is None:
            raise validation(
                "Unknown line item", path=f"{path}.id", user_message="Nieznana pozycja zamówienia."
            )
        avail_qty, avail_value = line_available(state, order, line.id)
        if raw.get("type") == "QUANTITY":
            qty = raw.get("quantity")
            if not isinstance(qty, int) or isinstance(qty, bool) or qty <= 0:
                raise validation("quantity must be a positive integer", path=f"{path}.quantity")
            if qty > avail_qty:
                msg = f"Oferta: {line.id} ilość przekroczona, dostępna: {avail_qty}, żądana: {qty}"
                problems.append(error("VALIDATION_ERROR", msg, path=path))
            lines.append(RefundLineRec(line.id, "QUANTITY", quantity=qty, value=qty * line.price))
        elif raw.get("type") == "AMOUNT":
            value = _money(raw.get("value"), cur, f"{path}.value")
            if value > avail_value:
                msg = (
                    f"Oferta: {line.id} wartość przekroczona, dostępna: "
                    f"{polish_amount(avail_value, cur)}, żądana: {polish_amount(value, cur)}"
                )
                problems.append(error("VALIDATION_ERROR", msg, path=path))
            lines.append(RefundLineRec(line.id, "AMOUNT", value=value))
        else:
            raise validation("type must be QUANTITY or AMOUNT", path=f"{path}.type")
    if lines:
        echo["lineItems"] = body["lineItems"]
    delivery = 0
    if body.get("delivery") is not None:
        delivery = _money((body["delivery"] or {}).get("value"), cur, "delivery.value")
        avail = delivery_available(state, order)
        if delivery > avail:
            msg = (
                f"Dostawa: wartość przekroczona, dostępna: {polish_amount(avail, cur)}, "
                f"żądana: {polish_amount(delivery, cur)}"
            )
            problems.append(error("VALIDATION_ERROR", msg, path="delivery.value"))
        echo["delivery"] = body["delivery"]
    overpaid = 0
    if body.get("overpaid") is not None:
        overpaid = _money((body["overpaid"] or {}).get("value"), cur, "overpaid.value")
        echo["overpaid"] = body["overpaid"]
    if body.get("surcharges") or body.get("deposits") or body.get("additionalServices"):
        # This shop sells no deposits, surcharges or additional services: nothing to refund.
        raise validation("The order has no surcharges, deposits or additional services to refund")
    if not lines and not delivery and not overpaid:
        raise validation(
            "At least one of lineItems, delivery, overpaid, surcharges, additionalServices "
            "or deposits is required",
            user_message="Wskaż co najmniej jeden element zwrotu.",
        )
    if problems:
        raise many_errors(422, problems)
    refund = RefundRec(
        id=new_id(),
        payment_id=order.payment_id,
        order_id=order.id,
        reason=body["reason"],
        status="NEW",
        created_at=state.now(),
        currency=cur,
        lines=lines,
        delivery=delivery,
        overpaid=overpaid,
        seller_comment=str(body.get("sellerComment") or ""),
        command_id=body["commandId"],
        fingerprint=fingerprint(body),
        settle_at=state.now() + timedelta(seconds=state.options.refund_settle_seconds),
        echo=echo,
    )
    remaining = paid_remaining(state, order)
    if refund.total > remaining:
        msg = (
            f"Zwrot: wartość przekroczona, dostępna: {polish_amount(remaining, cur)}, "
            f"żądana: {polish_amount(refund.total, cur)}"
        )
        raise many_errors(422, [error("VALIDATION_ERROR", msg)])
    return refund


def refund_outside_api(
    state: ShopState,
    order: OrderRec,
    *,
    source: str,
    quantities: dict[str, int] | None = None,
    delivery: bool | None = None,
    reason: str = "REFUND",
) -> RefundRec:
    """A refund made by hand in the panel, or by Allegro itself: final at once, no checks
    beyond the remainder. Default: every unit still refundable, plus remaining delivery."""
    cur = order.currency
    lines: list[RefundLineRec] = []
    wanted = (
        quantities
        if quantities is not None
        else {li.id: line_available(state, order, li.id)[0] for li in order.lines}
    )
    for line_id, qty in wanted.items():
        line = order.line(line_id)
        if line is None or qty <= 0:
            continue
        lines.append(RefundLineRec(line_id, "QUANTITY", quantity=qty, value=qty * line.price))
    deliv = delivery_available(state, order) if delivery in (None, True) else 0
    if delivery is None and quantities is not None:
        deliv = 0
    echo: dict[str, Any] = {}
    if lines:
        echo["lineItems"] = [
            {"id": rl.line_id, "type": "QUANTITY", "quantity": rl.quantity} for rl in lines
        ]
    if deliv:
        echo["delivery"] = {"value": Money(deliv, cur).to_allegro()}
    refund = RefundRec(
        id=new_id(),
        payment_id=order.payment_id,
        order_id=order.id,
        reason=reason,
        status="SUCCESS",
        created_at=state.now(),
        currency=cur,
        lines=lines,
        delivery=deliv,
        command_id="",
        source=source,
        echo=echo,
    )
    if refund.total <= 0:
        raise ShopError(409, {"errors": [error("NOTHING_TO_REFUND", "Nothing left to refund")]})
    state.add_refund(refund)
    return refund
