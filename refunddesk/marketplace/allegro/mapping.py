"""Allegro JSON to domain objects (lenient, typed, naming the field at fault) and back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from refunddesk.domain.money import Money, MoneyError
from refunddesk.domain.orders import (
    Buyer,
    LineItem,
    Order,
    OrderEvent,
    OrderPage,
    Payment,
    Shipment,
)
from refunddesk.domain.refunds import PlatformRefund, RefundLine, RefundRequest, SurchargeRefund
from refunddesk.domain.returns import BankAccount, CustomerReturn, ReturnItem
from refunddesk.marketplace.base import MalformedResponse, MessageReceipt, RefundClaim

SELLER_COMMENT_MAX = 250
_MISSING = object()


class Node:
    """A JSON value with the path that led to it, so every error names its field."""

    __slots__ = ("path", "value", "what")

    def __init__(self, value: Any, path: str, what: str) -> None:
        self.value, self.path, self.what = value, path, what

    def _bad(self, path: str, problem: str = "") -> MalformedResponse:
        what = f"{self.what}: {problem}" if problem else self.what
        return MalformedResponse(what, field_path=path)

    def _child_path(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _raw(self, key: str) -> Any:
        if not isinstance(self.value, dict):
            raise self._bad(self.path, "expected an object")
        return self.value.get(key, _MISSING)

    def has(self, key: str) -> bool:
        raw = self._raw(key)
        return raw is not _MISSING and raw is not None

    def child(self, key: str) -> Node:
        raw = self._raw(key)
        path = self._child_path(key)
        if raw is _MISSING or raw is None:
            raise self._bad(path, "missing")
        if not isinstance(raw, dict):
            raise self._bad(path, "expected an object")
        return Node(raw, path, self.what)

    def opt_child(self, key: str) -> Node | None:
        return self.child(key) if self.has(key) else None

    def items(self, key: str, *, required: bool = True) -> Iterator[Node]:
        raw = self._raw(key)
        path = self._child_path(key)
        if raw is _MISSING or raw is None:
            if required:
                raise self._bad(path, "missing")
            return
        if not isinstance(raw, list):
            raise self._bad(path, "expected a list")
        for i, item in enumerate(raw):
            yield Node(item, f"{path}[{i}]", self.what)

    def text(self, key: str) -> str:
        raw = self._raw(key)
        path = self._child_path(key)
        if raw is _MISSING or raw is None:
            raise self._bad(path, "missing")
        if isinstance(raw, bool) or not isinstance(raw, (str, int)):
            raise self._bad(path, "expected a string")
        return str(raw)  # ids sometimes arrive as numbers; they are opaque strings to us

    def opt_text(self, key: str, default: str = "") -> str:
        return self.text(key) if self.has(key) else default

    def whole(self, key: str) -> int:
        raw = self._raw(key)
        path = self._child_path(key)
        if raw is _MISSING or raw is None:
            raise self._bad(path, "missing")
        # Allegro declares some counts as "number, format integer": accept 2.0, refuse 2.5.
        if isinstance(raw, bool) or not isinstance(raw, (int, float)) or raw != int(raw):
            raise self._bad(path, "expected a whole number")
        return int(raw)

    def opt_whole(self, key: str, default: int) -> int:
        return self.whole(key) if self.has(key) else default

    def flag(self, key: str, default: bool = False) -> bool:
        raw = self._raw(key)
        return raw if isinstance(raw, bool) else default

    def money(self, key: str) -> Money:
        path = self._child_path(key)
        node = self.child(key)
        try:
            return Money.from_allegro(node.value)
        except MoneyError as exc:
            raise self._bad(path, str(exc)) from None

    def opt_money(self, key: str) -> Money | None:
        return self.money(key) if self.has(key) else None

    def when(self, key: str) -> datetime:
        text = self.text(key)
        return parse_datetime(text, lambda problem: self._bad(self._child_path(key), problem))

    def opt_when(self, key: str) -> datetime | None:
        return self.when(key) if self.has(key) else None


def parse_datetime(text: str, bad: Any = None) -> datetime:
    """Any ISO-8601 date-time with any offset, as an aware UTC datetime (no offset means UTC)."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        if bad is None:
            raise
        raise bad(f"not an ISO date-time: {text!r}") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def root(value: Any, what: str, path: str = "") -> Node:
    if not isinstance(value, dict):
        raise MalformedResponse(what, field_path=path or "(body)")
    return Node(value, path, what)


# -- orders --------------------------------------------------------------------------------


def _payment(node: Node) -> Payment:
    return Payment(
        id=node.text("id"),
        type=node.text("type"),
        provider=node.opt_text("provider"),
        paid_amount=node.opt_money("paidAmount"),
        finished_at=node.opt_when("finishedAt"),
        features=tuple(str(f.value) for f in node.items("features", required=False)),
    )


def _line_item(node: Node) -> LineItem:
    offer = node.child("offer")
    external = offer.opt_child("external")
    services: Money | None = None
    for svc in node.items("selectedAdditionalServices", required=False):
        # price is per unit of the service, as with line items.
        cost = svc.money("price") * svc.opt_whole("quantity", 1)
        services = cost if services is None else services + cost
    return LineItem(
        id=node.text("id"),
        offer_id=offer.text("id"),
        offer_name=offer.opt_text("name"),
        quantity=node.whole("quantity"),
        price=node.money("price"),
        original_price=node.opt_money("originalPrice"),
        external_id=external.opt_text("id") if external else "",
        bought_at=node.opt_when("boughtAt"),
        additional_services=services,
    )


def order_from_json(value: Any, path: str = "") -> Order:
    """One CheckoutForm."""
    node = root(value, "checkout form", path)
    buyer = node.child("buyer")
    preferences = buyer.opt_child("preferences")
    line_items = tuple(_line_item(li) for li in node.items("lineItems"))
    total_to_pay = node.child("summary").money("totalToPay")
    fulfillment = node.opt_child("fulfillment")
    summary = fulfillment.opt_child("shipmentSummary") if fulfillment else None
    delivery = node.opt_child("delivery")
    method = delivery.opt_child("method") if delivery else None
    time = delivery.opt_child("time") if delivery else None
    dispatch = time.opt_child("dispatch") if time else None
    marketplace = node.opt_child("marketplace")
    payment = node.opt_child("payment")
    bought = [li.bought_at for li in line_items if li.bought_at is not None]
    return Order(
        id=node.text("id"),
        revision=node.opt_text("revision"),
        status=node.text("status"),
        buyer=Buyer(
            id=buyer.text("id"),
            login=buyer.opt_text("login"),
            email=buyer.opt_text("email"),
            first_name=buyer.opt_text("firstName"),
            last_name=buyer.opt_text("lastName"),
            guest=buyer.flag("guest"),
            language=preferences.opt_text("language") if preferences else "",
        ),
        line_items=line_items,
        currency=total_to_pay.currency,
        payment=_payment(payment) if payment else None,
        surcharges=tuple(_payment(s) for s in node.items("surcharges", required=False)),
        fulfillment_status=fulfillment.opt_text("status", "NEW") if fulfillment else "NEW",
        line_items_sent=summary.opt_text("lineItemsSent", "NONE") if summary else "NONE",
        delivery_method=method.opt_text("name") or method.opt_text("id") if method else "",
        delivery_cost=delivery.opt_money("cost") if delivery else None,
        dispatch_deadline=dispatch.opt_when("to") if dispatch else None,
        total_to_pay=total_to_pay,
        marketplace_id=marketplace.opt_text("id", "allegro-pl") if marketplace else "allegro-pl",
        updated_at=node.opt_when("updatedAt"),
        bought_at=min(bought) if bought else None,
    )


def orders_page_from_json(value: Any, offset: int) -> OrderPage:
    node = root(value, "checkout forms")
    orders = tuple(order_from_json(o.value, o.path) for o in node.items("checkoutForms"))
    return OrderPage(
        orders=orders, total_count=node.opt_whole("totalCount", len(orders)), offset=offset
    )


def events_from_json(value: Any) -> list[OrderEvent]:
    node = root(value, "order events")
    events = []
    for ev in node.items("events"):
        order = ev.child("order")
        form = order.child("checkoutForm")
        events.append(
            OrderEvent(
                id=ev.text("id"),
                type=ev.text("type"),
                occurred_at=ev.when("occurredAt"),
                order_id=form.text("id"),
                revision=form.opt_text("revision"),
            )
        )
    return events


def latest_event_id_from_json(value: Any) -> str | None:
    node = root(value, "order event stats")
    latest = node.opt_child("latestEvent")
    return latest.text("id") if latest else None


def shipments_from_json(value: Any) -> list[Shipment]:
    node = root(value, "shipments")
    return [
        Shipment(
            id=s.text("id"),
            waybill=s.opt_text("waybill"),
            carrier_id=s.opt_text("carrierId"),
            created_at=s.opt_when("createdAt"),
            line_item_ids=tuple(li.text("id") for li in s.items("lineItems", required=False)),
        )
        for s in node.items("shipments", required=False)
    ]


# -- refunds -------------------------------------------------------------------------------


def _refund_line(node: Node) -> RefundLine:
    kind = node.text("type")
    if kind == "AMOUNT":
        return RefundLine(line_item_id=node.text("id"), value=node.money("value"))
    return RefundLine(line_item_id=node.text("id"), quantity=node.whole("quantity"))


def _value_of(node: Node, key: str) -> Money | None:
    part = node.opt_child(key)
    return part.opt_money("value") if part else None


def refund_from_json(value: Any, path: str = "") -> PlatformRefund:
    """One RefundDetails."""
    node = root(value, "refund", path)
    order = node.opt_child("order")
    return PlatformRefund(
        id=node.text("id"),
        payment_id=node.child("payment").text("id"),
        order_id=order.opt_text("id") if order else "",
        status=node.text("status"),
        total_value=node.money("totalValue"),
        created_at=node.opt_when("createdAt"),
        reason=node.opt_text("reason"),
        line_items=tuple(_refund_line(li) for li in node.items("lineItems", required=False)),
        delivery=_value_of(node, "delivery"),
        additional_services=_value_of(node, "additionalServices"),
        surcharges=tuple(
            SurchargeRefund(surcharge_id=s.text("id"), value=s.money("value"))
            for s in node.items("surcharges", required=False)
        ),
        seller_comment=node.opt_text("sellerComment"),
    )


def refunds_from_json(value: Any) -> tuple[list[PlatformRefund], int | None]:
    """A page of refunds and Allegro's totalCount (None when absent)."""
    node = root(value, "refunds")
    refunds = [refund_from_json(r.value, r.path) for r in node.items("refunds")]
    total = node.whole("totalCount") if node.has("totalCount") else None
    return refunds, total


def refund_request_to_json(request: RefundRequest) -> dict[str, Any]:
    """The InitializeRefund body. The same request always gives the same body (resends)."""
    if len(request.seller_comment) > SELLER_COMMENT_MAX:
        raise ValueError(f"seller comment longer than {SELLER_COMMENT_MAX} characters")
    body: dict[str, Any] = {
        "payment": {"id": request.payment_id},
        "order": {"id": request.order_id},
        "commandId": request.command_id,
        "reason": str(request.reason),
    }
    lines: list[dict[str, Any]] = []
    for line in request.line_items:
        if line.value is not None:
            lines.append(
                {"id": line.line_item_id, "type": "AMOUNT", "value": line.value.to_allegro()}
            )
        elif line.quantity is not None:
            lines.append({"id": line.line_item_id, "type": "QUANTITY", "quantity": line.quantity})
        else:
            raise ValueError(f"refund line {line.line_item_id} has neither quantity nor value")
    if lines:
        body["lineItems"] = lines
    if request.delivery is not None:
        body["delivery"] = {"value": request.delivery.to_allegro()}
    if request.additional_services is not None:
        body["additionalServices"] = {"value": request.additional_services.to_allegro()}
    if request.surcharges:
        body["surcharges"] = [
            {"id": s.surcharge_id, "value": s.value.to_allegro()} for s in request.surcharges
        ]
    if request.seller_comment:
        body["sellerComment"] = request.seller_comment
    return body


# -- returns, messages, claims -------------------------------------------------------------


def return_from_json(value: Any, path: str = "") -> CustomerReturn:
    """One CustomerReturn."""
    node = root(value, "customer return", path)
    buyer = node.opt_child("buyer")
    refund = node.opt_child("refund")
    bank = refund.opt_child("bankAccount") if refund else None
    rejection = node.opt_child("rejection")
    items = []
    for item in node.items("items"):
        reason = item.opt_child("reason")
        items.append(
            ReturnItem(
                offer_id=item.text("offerId"),
                quantity=item.whole("quantity"),
                name=item.opt_text("name"),
                price=item.opt_money("price"),
                reason=reason.opt_text("type", "NONE") if reason else "NONE",
                user_comment=reason.opt_text("userComment") if reason else "",
            )
        )
    return CustomerReturn(
        id=node.text("id"),
        order_id=node.text("orderId"),
        status=node.text("status"),
        created_at=node.when("createdAt"),
        items=tuple(items),
        reference_number=node.opt_text("referenceNumber"),
        buyer_login=buyer.opt_text("login") if buyer else "",
        buyer_email=buyer.opt_text("email") if buyer else "",
        bank_account=BankAccount(
            owner=bank.opt_text("owner"),
            account_number=bank.opt_text("accountNumber"),
            iban=bank.opt_text("iban"),
            swift=bank.opt_text("swift"),
        )
        if bank
        else None,
        rejection_code=rejection.opt_text("code") if rejection else "",
    )


def returns_from_json(value: Any) -> list[CustomerReturn]:
    node = root(value, "customer returns")
    return [return_from_json(r.value, r.path) for r in node.items("customerReturns")]


def message_receipt_from_json(value: Any) -> MessageReceipt:
    node = root(value, "message")
    return MessageReceipt(id=node.text("id"), status=node.text("status"))


def refund_claim_from_json(value: Any, path: str = "") -> RefundClaim:
    node = root(value, "refund claim", path)
    line = node.child("lineItem")
    return RefundClaim(
        id=node.text("id"),
        line_item_id=line.text("id"),
        quantity=node.whole("quantity"),
        status=node.opt_text("status"),
    )


def refund_claims_from_json(value: Any) -> tuple[list[RefundClaim], int]:
    node = root(value, "refund claims")
    claims = [refund_claim_from_json(c.value, c.path) for c in node.items("refundClaims")]
    return claims, node.opt_whole("count", len(claims))


def created_id_from_json(value: Any, what: str) -> str:
    return root(value, what).text("id")
