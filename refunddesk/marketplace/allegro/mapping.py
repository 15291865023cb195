"""Allegro JSON to domain objects and back: lenient on shape, strict on values.

A value that cannot be right (Infinity, NaN, a negative or absurd count or amount, a date in
year 9999, a second currency in one order, a missing field) makes that one order's data an
UnreadableOrder; in a list, the other entries are still read (PartlyUnreadable).
"""

from __future__ import annotations

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
from refunddesk.marketplace.allegro.json_node import (
    Node,
    checked_money,
    one_currency,
    parse_datetime,
    per_order,
    root,
    soft_id,
)
from refunddesk.marketplace.allegro.usual_orders import usual_order
from refunddesk.marketplace.base import (
    MalformedResponse,
    MessageReceipt,
    PartlyUnreadable,
    RefundClaim,
    UnreadableOrder,
)

__all__ = ["parse_datetime"]  # re-exported: callers parse Allegro's dates the same way

SELLER_COMMENT_MAX = 250


# -- orders --------------------------------------------------------------------------------


def _payment(node: Node) -> Payment:
    return Payment(
        id=node.ident("id"),
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
        try:
            services = cost if services is None else services + cost
        except MoneyError:
            raise svc.bad(svc.child_path("price"), "a second currency in one line") from None
        checked_money(services, svc, svc.path)
    line = LineItem(
        id=node.ident("id"),
        offer_id=offer.text("id"),
        offer_name=offer.opt_text("name"),
        quantity=node.whole("quantity"),
        price=node.money("price"),
        original_price=node.opt_money("originalPrice"),
        external_id=external.opt_text("id") if external else "",
        bought_at=node.opt_when("boughtAt"),
        additional_services=services,
    )
    checked_money(line.total, node, node.path, "line total is ")
    one_currency(
        node,
        line.price.currency,
        [("originalPrice", line.original_price), ("selectedAdditionalServices", services)],
        "line",
    )
    return line


def order_from_json(value: Any, path: str = "") -> Order:
    """One CheckoutForm; anything wrong with it raises UnreadableOrder."""
    usual = usual_order(value)  # the same order, read without Node's care (usual_orders.py)
    if usual is not None:
        return usual
    # Only a string can be its id (a UUID): a number there would name an order Allegro refuses.
    raw_id = value.get("id") if isinstance(value, dict) else None
    order_id = soft_id(value, "id") if isinstance(raw_id, str) else ""
    return per_order(_order, value, path, "checkout form", order_id=order_id)


def _phone(buyer: Node, delivery: Node | None) -> str:
    """The buyer's phone, else the delivery address's (a parcel locker order has only that)."""
    address = delivery.opt_child("address") if delivery else None
    for candidate in (buyer, address):
        if candidate is not None and candidate.opt_text("phoneNumber").strip():
            return candidate.opt_text("phoneNumber").strip()[:32]
    return ""


def _order(node: Node) -> Order:
    buyer = node.child("buyer")
    preferences = buyer.opt_child("preferences")
    lines = list(node.items("lineItems"))
    line_items = tuple(_line_item(li) for li in lines)
    total_to_pay = node.child("summary").money("totalToPay")
    fulfillment = node.opt_child("fulfillment")
    summary = fulfillment.opt_child("shipmentSummary") if fulfillment else None
    delivery = node.opt_child("delivery")
    method = delivery.opt_child("method") if delivery else None
    time = delivery.opt_child("time") if delivery else None
    dispatch = time.opt_child("dispatch") if time else None
    marketplace = node.opt_child("marketplace")
    payment_node = node.opt_child("payment")
    payment = _payment(payment_node) if payment_node else None
    surcharges = tuple(_payment(s) for s in node.items("surcharges", required=False))
    delivery_cost = delivery.opt_money("cost") if delivery else None
    # One order, one currency: a line or payment in another is poison, not a conversion.
    currency = total_to_pay.currency
    one_currency(
        node,
        currency,
        [
            *((f"lineItems[{i}].price", li.price) for i, li in enumerate(line_items)),
            ("delivery.cost", delivery_cost),
            ("payment.paidAmount", payment.paid_amount if payment else None),
            *((f"surcharges[{i}].paidAmount", s.paid_amount) for i, s in enumerate(surcharges)),
        ],
        "order",
    )
    bought = [li.bought_at for li in line_items if li.bought_at is not None]
    return Order(
        # A checkout form's id is a string (a UUID): a number there is an odd value, and an
        # order saved under it would be re-read as an id Allegro refuses (422) ever after.
        id=node.string_id("id"),
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
            phone=_phone(buyer, delivery),
        ),
        line_items=line_items,
        currency=currency,
        payment=payment,
        surcharges=surcharges,
        fulfillment_status=fulfillment.opt_text("status", "NEW") if fulfillment else "NEW",
        line_items_sent=summary.opt_text("lineItemsSent", "NONE") if summary else "NONE",
        delivery_method=method.opt_text("name") or method.opt_text("id") if method else "",
        delivery_cost=delivery_cost,
        dispatch_deadline=dispatch.opt_when("to") if dispatch else None,
        total_to_pay=total_to_pay,
        marketplace_id=marketplace.opt_text("id", "allegro-pl") if marketplace else "allegro-pl",
        updated_at=node.opt_when("updatedAt"),
        bought_at=min(bought) if bought else None,
    )


def orders_page_from_json(value: Any, offset: int, limit: int = 100) -> OrderPage:
    """A page of the order list. Unreadable orders raise PartlyUnreadable with the rest."""
    node = root(value, "checkout forms")
    entries = list(node.items("checkoutForms"))
    orders: list[Order] = []
    problems: list[UnreadableOrder] = []
    for i, entry in enumerate(entries):
        try:
            orders.append(order_from_json(entry.value, entry.path))
        except UnreadableOrder as exc:
            if not exc.order_id:  # whose it is is unknown: known by its place in the history
                exc = UnreadableOrder(
                    "",
                    exc.reason,
                    subject="history",
                    subject_id=str(offset + i),
                    field_path=exc.field_path,
                )
            problems.append(exc)
    try:
        total = node.whole("totalCount")
    except MalformedResponse:
        # Missing or poisoned: page on while pages come back full.
        total = offset + len(entries) + (1 if len(entries) >= limit else 0)
    page = OrderPage(orders=tuple(orders), total_count=total, offset=offset)
    if problems:
        raise PartlyUnreadable("checkout forms", page, problems, count=len(entries))
    return page


def _event(node: Node) -> OrderEvent:
    form = node.child("order").child("checkoutForm")
    return OrderEvent(
        id=node.event_id("id"),
        type=node.text("type"),
        occurred_at=node.when("occurredAt"),
        order_id=form.ident("id"),
        revision=form.opt_text("revision"),
    )


def _cursor_id(entry: Node) -> str | None:
    """The event's id if it can be the feed's cursor (Allegro refuses any other with 422)."""
    try:
        return entry.event_id("id")
    except MalformedResponse:
        return None


def events_from_json(value: Any) -> list[OrderEvent]:
    """A page of the event feed. Unreadable events raise PartlyUnreadable with the rest."""
    node = root(value, "order events")
    entries = list(node.items("events"))
    events: list[OrderEvent] = []
    problems: list[UnreadableOrder] = []
    last_id: str | None = None
    for entry in entries:
        try:  # the common case first: a good event, read once
            event = _event(root(entry.value, "order event", entry.path))
        except MalformedResponse:
            pass
        else:
            events.append(event)
            last_id = event.id  # the same check _cursor_id makes
            continue
        event_id = soft_id(entry.value, "id")
        last_id = _cursor_id(entry) or last_id
        order_id = soft_id(entry.value, "order", "checkoutForm", "id")
        try:
            per_order(
                _event,
                entry.value,
                entry.path,
                "order event",
                order_id=order_id,
                subject="event",
                subject_id=event_id,
            )
        except UnreadableOrder as exc:
            problems.append(exc)
    if problems:
        raise PartlyUnreadable(
            "order events", events, problems, count=len(entries), last_id=last_id
        )
    return events


def latest_event_id_from_json(value: Any) -> str | None:
    node = root(value, "order event stats")
    latest = node.opt_child("latestEvent")
    return latest.event_id("id") if latest else None


def _shipments(node: Node) -> list[Shipment]:
    return [
        Shipment(
            id=s.ident("id"),
            waybill=s.opt_text("waybill"),
            carrier_id=s.opt_text("carrierId"),
            created_at=s.opt_when("createdAt"),
            line_item_ids=tuple(li.text("id") for li in s.items("lineItems", required=False)),
        )
        for s in node.items("shipments", required=False)
    ]


def shipments_from_json(value: Any, order_id: str = "") -> list[Shipment]:
    """An order's parcels; one unreadable parcel makes the order's parcels unknown."""
    return per_order(_shipments, value, "", "shipments", order_id=order_id, subject="shipment")


# -- refunds -------------------------------------------------------------------------------


def _refund_line(node: Node) -> RefundLine:
    kind = node.text("type")
    if kind == "AMOUNT":
        return RefundLine(line_item_id=node.ident("id"), value=node.money("value"))
    return RefundLine(line_item_id=node.ident("id"), quantity=node.whole("quantity"))


def _value_of(node: Node, key: str) -> Money | None:
    part = node.opt_child(key)
    return part.opt_money("value") if part else None


def _refund(node: Node) -> PlatformRefund:
    order = node.opt_child("order")
    total_value = node.money("totalValue")
    lines = tuple(_refund_line(li) for li in node.items("lineItems", required=False))
    delivery = _value_of(node, "delivery")
    services = _value_of(node, "additionalServices")
    surcharges = tuple(
        SurchargeRefund(surcharge_id=s.ident("id"), value=s.money("value"))
        for s in node.items("surcharges", required=False)
    )
    one_currency(
        node,
        total_value.currency,
        [
            *((f"lineItems[{i}].value", li.value) for i, li in enumerate(lines)),
            ("delivery.value", delivery),
            ("additionalServices.value", services),
            *((f"surcharges[{i}].value", s.value) for i, s in enumerate(surcharges)),
        ],
        "refund",
    )
    return PlatformRefund(
        id=node.ident("id"),
        payment_id=node.child("payment").ident("id"),
        order_id=order.ident("id") if order else "",
        status=node.text("status"),
        total_value=total_value,
        created_at=node.opt_when("createdAt"),
        reason=node.opt_text("reason"),
        line_items=lines,
        delivery=delivery,
        additional_services=services,
        surcharges=surcharges,
        seller_comment=node.opt_text("sellerComment"),
    )


def refund_from_json(value: Any, path: str = "", order_id: str = "") -> PlatformRefund:
    """One RefundDetails; anything wrong with it raises UnreadableOrder for its order."""
    return per_order(
        _refund,
        value,
        path,
        "refund",
        order_id=soft_id(value, "order", "id") or order_id,
        subject="refund",
        subject_id=soft_id(value, "id"),
    )


def refunds_from_json(value: Any, order_id: str = "") -> tuple[list[PlatformRefund], int | None]:
    """A page of refunds and Allegro's totalCount (None when absent or unreadable).

    Unlike orders, one unreadable refund spoils the whole list: what is left to refund is
    worked out from every refund, and a list missing one would overstate it.
    """
    node = root(value, "refunds")
    refunds = [refund_from_json(r.value, r.path, order_id) for r in node.items("refunds")]
    try:
        total = node.whole("totalCount") if node.has("totalCount") else None
    except MalformedResponse:
        total = None  # paging goes on while pages are full
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


def _return(node: Node) -> CustomerReturn:
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
    first = next((it.price for it in items if it.price is not None), None)
    if first is not None:
        prices = [(f"items[{i}].price", it.price) for i, it in enumerate(items)]
        one_currency(node, first.currency, prices, "return")
    return CustomerReturn(
        id=node.string_id("id"),
        order_id=node.ident("orderId"),
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


def return_from_json(value: Any, path: str = "") -> CustomerReturn:
    """One CustomerReturn; anything wrong with it raises UnreadableOrder for its order."""
    return per_order(
        _return,
        value,
        path,
        "customer return",
        order_id=soft_id(value, "orderId"),
        subject="return",
        subject_id=soft_id(value, "id"),
    )


def returns_from_json(value: Any) -> list[CustomerReturn]:
    """A page of returns. Unreadable returns raise PartlyUnreadable with the rest."""
    node = root(value, "customer returns")
    entries = list(node.items("customerReturns"))
    returns: list[CustomerReturn] = []
    problems: list[UnreadableOrder] = []
    last_id: str | None = None
    for entry in entries:
        try:
            returns.append(return_from_json(entry.value, entry.path))
        except UnreadableOrder as exc:
            problems.append(exc)
        else:
            last_id = returns[-1].id  # a poisoned id must not become the cursor
    if problems:
        raise PartlyUnreadable(
            "customer returns", returns, problems, count=len(entries), last_id=last_id
        )
    return returns


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
