"""Handlers for the Allegro REST endpoints RefundDesk uses, over the shop state."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from refunddesk.demo_shop import render
from refunddesk.demo_shop.clock import iso, parse_iso
from refunddesk.demo_shop.errors import ShopError, errors_holder, not_found, validation
from refunddesk.demo_shop.refunds import initiate, is_uuid
from refunddesk.demo_shop.state import OrderRec, ShipmentRec, ShopState, new_id

PUBLIC = "application/vnd.allegro.public.v1+json"
BETA = "application/vnd.allegro.beta.v1+json"
REFUND_STATUS_FILTER = {
    # The list filter speaks another enum than the response: WAITING covers the pending ones.
    "WAITING": {"NEW", "VALIDATED"},
    "IN_PROGRESS": {"IN_PROGRESS"},
    "SUCCESS": {"SUCCESS"},
    "CANCELED": {"CANCELED"},
    "PARTIAL": {"PARTIAL"},
}
SETTABLE_FULFILLMENT = frozenset(
    {
        "NEW",
        "PROCESSING",
        "READY_FOR_SHIPMENT",
        "READY_FOR_PICKUP",
        "SENT",
        "PICKED_UP",
        "CANCELLED",
        "SUSPENDED",
    }
)
REJECTION_CODES = frozenset(
    {
        "REFUND_REJECTED",
        "NEW_ITEM_SENT",
        "ITEM_FIXED",
        "MISSING_PART_SENT",
        "ITEM_MISMATCH",
        "BUSINESS_PURCHASE",
        "NO_RETURN_RIGHT",
    }
)


@dataclass
class ApiRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes = b""
    params: dict[str, str] = field(default_factory=dict)

    def one(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[-1] if values else None

    def integer(self, name: str, default: int, low: int, high: int | None) -> int:
        raw = self.one(name)
        if raw is None:
            return default
        try:
            value = int(raw)
        except ValueError as exc:
            raise validation(f"{name} must be an integer", path=name) from exc
        if value < low or (high is not None and value > high):
            limit = f"between {low} and {high}" if high is not None else f"at least {low}"
            raise validation(f"{name} must be {limit}", path=name)
        return value

    def date(self, name: str) -> datetime | None:
        raw = self.one(name)
        if raw is None:
            return None
        try:
            return parse_iso(raw)
        except ValueError as exc:
            raise validation(f"{name} is not a date-time", path=name) from exc

    def json(self) -> Any:
        try:
            return json.loads(self.body or b"null")
        except ValueError as exc:
            raise errors_holder(400, "INVALID_JSON", "The request body is not valid JSON") from exc


@dataclass
class ApiResponse:
    status: int
    body: Any = None
    media_type: str = PUBLIC
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[ShopState, ApiRequest], ApiResponse]


class AllegroApi:
    """Routes Allegro paths to handlers; each handler runs under the state lock."""

    def __init__(self, state: ShopState, messaging_hook: Callable[[], None]) -> None:
        self.state = state
        self._messaging_hook = messaging_hook
        self._list_cache: dict[tuple[Any, ...], list[str]] = {}
        self.routes: list[tuple[str, re.Pattern[str], Handler, str]] = []
        for method, pattern, handler, media in (
            ("GET", r"/order/events", self.events, PUBLIC),
            ("GET", r"/order/event-stats", self.event_stats, PUBLIC),
            ("GET", r"/order/checkout-forms", self.checkout_forms, PUBLIC),
            ("GET", r"/order/checkout-forms/(?P<id>[^/]+)", self.checkout_form, PUBLIC),
            ("PUT", r"/order/checkout-forms/(?P<id>[^/]+)/fulfillment", self.fulfillment, PUBLIC),
            ("GET", r"/order/checkout-forms/(?P<id>[^/]+)/shipments", self.shipments, PUBLIC),
            ("POST", r"/order/checkout-forms/(?P<id>[^/]+)/shipments", self.add_shipment, PUBLIC),
            ("POST", r"/payments/refunds", self.post_refund, PUBLIC),
            ("GET", r"/payments/refunds", self.list_refunds, PUBLIC),
            ("GET", r"/order/customer-returns", self.returns, BETA),
            ("GET", r"/order/customer-returns/(?P<id>[^/]+)", self.one_return, BETA),
            ("POST", r"/order/customer-returns/(?P<id>[^/]+)/rejection", self.reject, BETA),
            ("POST", r"/messaging/messages", self.message, PUBLIC),
            ("GET", r"/messaging/messages/(?P<id>[^/]+)", self.one_message, PUBLIC),
            ("POST", r"/order/refund-claims", self.new_claim, PUBLIC),
            ("GET", r"/order/refund-claims", self.claims, PUBLIC),
            ("GET", r"/order/refund-claims/(?P<id>[^/]+)", self.claim, PUBLIC),
        ):
            self.routes.append((method, re.compile(f"^{pattern}$"), handler, media))

    def match(self, method: str, path: str) -> tuple[Handler, dict[str, str], str] | None:
        """The handler for a path; raises 405 when the path exists under another method."""
        seen_path = False
        for m, pattern, handler, media in self.routes:
            found = pattern.match(path)
            if found:
                seen_path = True
                if m == method:
                    return handler, found.groupdict(), media
        if seen_path:
            raise errors_holder(405, "METHOD_NOT_ALLOWED", f"{method} is not supported here")
        return None

    def media_for(self, path: str) -> str:
        return BETA if path.startswith("/order/customer-returns") else PUBLIC

    # -- helpers --------------------------------------------------------------------------

    def _order(self, order_id: str, *, strict_uuid: bool = False) -> OrderRec:
        if strict_uuid and not is_uuid(order_id):
            raise validation(f"Invalid checkout form id: {order_id}", path="id")
        order = self.state.orders.get(order_id)
        if order is None:
            raise not_found(f"Checkout form {order_id}")
        return order

    # -- events ---------------------------------------------------------------------------

    def events(self, st: ShopState, rq: ApiRequest) -> ApiResponse:
        limit = rq.integer("limit", 100, 1, 1000)
        raw_from = rq.one("from")
        after: int | None = None
        if raw_from is not None:
            if not raw_from.isdigit():
                raise validation("from must be an event id", path="from")
            after = int(raw_from)
        types = set(rq.query.get("type", []))
        evs = st.events_after(after, limit, types)
        return ApiResponse(200, {"events": [render.event(e, st.orders[e.order_id]) for e in evs]})

    def event_stats(self, st: ShopState, rq: ApiRequest) -> ApiResponse:
        if not st.events:
            return ApiResponse(200, {})
        last = st.events[-1]
        return ApiResponse(
            200, {"latestEvent": {"id": str(last.id), "occurredAt": iso(last.occurred_at)}}
        )

    # -- checkout forms -------------------------------------------------------------------

    def checkout_forms(self, st: ShopState, rq: ApiRequest) -> ApiResponse:
        offset = rq.integer("offset", 0, 0, None)
        limit = rq.integer("limit", 100, 1, 100)
        sort = rq.one("sort") or "-lineItems.boughtAt"
        if sort not in ("lineItems.boughtAt", "-lineItems.boughtAt", "updatedAt", "-updatedAt"):
            raise validation(f"Unsupported sort: {sort}", path="sort")
        filters = tuple(
            (k, rq.one(k))
            for k in (
                "status",
                "fulfillment.status",
                "buyer.login",
                "payment.id",
                "lineItems.boughtAt.gte",
                "lineItems.boughtAt.lte",
                "updatedAt.gte",
                "updatedAt.lte",
            )
        )
        key = (st.version, sort, filters)
        ids = self._list_cache.get(key)
        if ids is None:
            ids = self._filtered(st, rq, sort)
            self._list_cache = {key: ids}  # one cached listing: paging through it is cheap
        page = [render.checkout_form(st.orders[i]) for i in ids[offset : offset + limit]]
        return ApiResponse(200, {"checkoutForms": page, "count": len(page), "totalCount": len(ids)})

    @staticmethod
    def _filtered(st: ShopState, rq: ApiRequest, sort: str) -> list[str]:
        status, fstatus = rq.one("status"), rq.one("fulfillment.status")
        login, payment = rq.one("buyer.login"), rq.one("payment.id")
        b_gte, b_lte = rq.date("lineItems.boughtAt.gte"), rq.date("lineItems.boughtAt.lte")
        u_gte, u_lte = rq.date("updatedAt.gte"), rq.date("updatedAt.lte")
        rows = [
            o
            for o in st.orders.values()
            if (status is None or o.status == status)
            and (fstatus is None or o.fulfillment_status == fstatus)
            and (login is None or o.buyer.login == login)
            and (payment is None or o.payment_id == payment)
            and (b_gte is None or o.bought_at >= b_gte)
            and (b_lte is None or o.bought_at <= b_lte)
            and (u_gte is None or (o.updated_at or o.bought_at) >= u_gte)
            and (u_lte is None or (o.updated_at or o.bought_at) <= u_lte)
        ]
        field_name = sort.lstrip("-")
        rows.sort(
            key=(lambda o: o.bought_at)
            if field_name == "lineItems.boughtAt"
            else (lambda o: o.updated_at or o.bought_at),
            reverse=sort.startswith("-"),
        )
        return [o.id for o in rows]

    def checkout_form(self, st: ShopState, rq: ApiRequest) -> ApiResponse:
        return ApiResponse(
            200, render.checkout_form(self._order(rq.params["id"], strict_uuid=True))
        )

    def fulfillment(self, st: ShopState, rq: ApiRequest) -> ApiResponse:
        order = self._order(rq.params["id"])
        body = rq.json()
        status = body.get("status") if isinstance(body, dict) else None
        revision = rq.one("checkoutForm.revision")
        if revision is not None and revision != order.revision:
            raise errors_holder(
                409,
                "CONFLICT",
                "The checkout form revision is outdated",
                path="checkoutForm.revision",
            )
        if status not in SETTABLE_FULFILLMENT:
            raise validation(f"Fulfillment status {status} cannot be set", path="status")
        order.fulfillment_status = status
        st.touch(order)
        st.emit(order, "FULFILLMENT_STATUS_CHANGED")
        return ApiResponse(204)

    def shipments(self, st: ShopState, rq: ApiRequest) -> ApiResponse:
        order = self._order(rq.params["id"])
        return ApiResponse(200, {"shipments": [render.shipment(s) for s in order.shipments]})

    def add_shipment(self, st: ShopState, rq: ApiRequest) -> ApiResponse:
        order = self._order(rq.params["id"])
        body = rq.json()
        if not isinstance(body, dict) or not body.get("carrierId") or not body.get("waybill"):
            raise validation("carrierId and waybill are required", path="waybill")
        if len(str(body["waybill"])) > 64:
            raise validation("waybill is too long", path="waybill")
        line_ids = [li.get("id", "") for li in body.get("lineItems") or []]
        unknown = [lid for lid in line_ids if order.line(lid) is None]
        if unknown:
            raise validation(f"Unknown line items: {unknown}", path="lineItems")
        shipment = ShipmentRec(
            new_id(),
            str(body["waybill"]),
            str(body["carrierId"]),
            st.now(),
            line_ids or [li.id for li in order.lines],
            str(body.get("carrierName") or ""),
        )
        order.shipments.append(shipment)
        st.touch(order)
        return ApiResponse(201, render.shipment(shipment))

    # -- refunds --------------------------------------------------------------------------

    def post_refund(self, st: ShopState, rq: ApiRequest) -> ApiResponse:
        return ApiResponse(200, render.refund(initiate(st, rq.json())))

    def list_refunds(self, st: ShopState, rq: ApiRequest) -> ApiResponse:
        limit = rq.integer("limit", 50, 1, 100)
        offset = rq.integer("offset", 0, 0, None)
        wanted: set[str] = set()
        for s in rq.query.get("status", []):
            if s not in REFUND_STATUS_FILTER:
                raise validation(f"Unknown status {s}", path="status")
            wanted |= REFUND_STATUS_FILTER[s]
        ref_id, order_id, pay_id = rq.one("id"), rq.one("order.id"), rq.one("payment.id")
        gte, lte = rq.date("occurredAt.gte"), rq.date("occurredAt.lte")
        source = st.refunds_by_order.get(order_id, []) if order_id else st.refunds
        rows = [
            r
            for r in source
            if (ref_id is None or r.id == ref_id)
            and (pay_id is None or r.payment_id == pay_id)
            and (not wanted or r.status in wanted)
            and (gte is None or r.created_at >= gte)
            and (lte is None or r.created_at <= lte)
        ]
        rows.sort(key=lambda r: r.created_at, reverse=True)
        page = rows[offset : offset + limit]
        return ApiResponse(
            200,
            {
                "refunds": [render.refund(r) for r in page],
                "count": len(page),
                "totalCount": len(rows),
            },
        )

    # -- customer returns -----------------------------------------------------------------

    def returns(self, st: ShopState, rq: ApiRequest) -> ApiResponse:
        limit = rq.integer("limit", 100, 1, 1000)
        offset = rq.integer("offset", 0, 0, None)
        start = 0
        raw_from = rq.one("from")
        if raw_from is not None:
            idx = st.return_index.get(raw_from)
            if idx is None:
                raise errors_holder(
                    400, "VALIDATION_ERROR", f"Unknown return id {raw_from}", path="from"
                )
            start = idx + 1
        order_id, status = rq.one("orderId"), rq.one("status")
        login, ret_id = rq.one("buyer.login"), rq.one("customerReturnId")
        gte, lte = rq.date("createdAt.gte"), rq.date("createdAt.lte")
        rows = [
            r
            for r in st.returns[start:]
            if (order_id is None or r.order_id == order_id)
            and (status is None or r.status == status)
            and (ret_id is None or r.id == ret_id)
            and (login is None or st.orders[r.order_id].buyer.login == login)
            and (gte is None or r.created_at >= gte)
            and (lte is None or r.created_at <= lte)
        ][offset : offset + limit]
        items = [render.customer_return(r, st.orders.get(r.order_id)) for r in rows]
        return ApiResponse(200, {"count": len(items), "customerReturns": items}, BETA)

    def one_return(self, st: ShopState, rq: ApiRequest) -> ApiResponse:
        ret = st.get_return(rq.params["id"])
        if ret is None:
            raise not_found(f"Customer return {rq.params['id']}")
        return ApiResponse(200, render.customer_return(ret, st.orders.get(ret.order_id)), BETA)

    def reject(self, st: ShopState, rq: ApiRequest) -> ApiResponse:
        ret = st.get_return(rq.params["id"])
        if ret is None:
            raise not_found(f"Customer return {rq.params['id']}")
        body = rq.json()
        rejection = body.get("rejection") if isinstance(body, dict) else None
        code = rejection.get("code") if isinstance(rejection, dict) else None
        reason = (rejection or {}).get("reason") if isinstance(rejection, dict) else None
        if code not in REJECTION_CODES:
            raise validation("rejection.code is missing or unknown", path="rejection.code")
        if code == "REFUND_REJECTED" and not reason:
            raise validation("rejection.reason is required", path="rejection.reason")
        if ret.rejection is not None or ret.status == "REJECTED":
            raise validation("The return has already been rejected", path="rejection")
        ret.rejection = {"code": code, "reason": reason or "", "createdAt": iso(st.now())}
        ret.status = "REJECTED"
        st.version += 1
        return ApiResponse(200, render.customer_return(ret, st.orders.get(ret.order_id)), BETA)

    # -- messaging and refund claims ------------------------------------------------------

    def message(self, st: ShopState, rq: ApiRequest) -> ApiResponse:
        body = rq.json()
        if not isinstance(body, dict):
            raise validation("body required")
        login = (body.get("recipient") or {}).get("login")
        text = body.get("text")
        order_id = (body.get("order") or {}).get("id")
        if not login or not isinstance(text, str) or not text or len(text) > 2000 or not order_id:
            raise validation("recipient.login, text (≤2000) and order.id are required")
        order = self._order(str(order_id))
        if order.buyer.login != login:
            raise validation("The recipient is not the buyer of this order", path="recipient")
        self._messaging_hook()  # 1 request per second per user, or 429
        msg: dict[str, Any] = {
            "id": new_id(),
            "status": "VERIFYING" if st.moderation else "DELIVERED",
            "type": "MESSAGE_CENTER",
            "createdAt": iso(st.now()),
            "thread": {"id": f"thread-{order.buyer.id}"},
            "author": {"login": "demo-seller", "isInterlocutor": False},
            "text": text,
            "subject": None,
            "relatesTo": {"offer": None, "order": {"id": order.id}},
            "hasAdditionalAttachments": False,
            "attachments": [],
        }
        st.messages.append(msg)
        if st.moderation:
            st.moderating[msg["id"]] = list(st.moderation)
        return ApiResponse(201, msg)

    def one_message(self, st: ShopState, rq: ApiRequest) -> ApiResponse:
        msg = next((m for m in st.messages if m["id"] == rq.params["id"]), None)
        if msg is None:
            raise not_found(f"Message {rq.params['id']}")
        held = st.moderating.get(msg["id"])
        if held is not None:
            if held[1] <= 0:
                msg["status"] = held[0]
                del st.moderating[msg["id"]]
            held[1] -= 1
        return ApiResponse(200, msg)

    def new_claim(self, st: ShopState, rq: ApiRequest) -> ApiResponse:
        body = rq.json()
        line_id = ((body or {}).get("lineItem") or {}).get("id") if isinstance(body, dict) else None
        qty = body.get("quantity") if isinstance(body, dict) else None
        order = next((o for o in st.orders.values() if o.line(str(line_id)) is not None), None)
        if order is None:
            raise validation("Unknown line item", path="lineItem.id")
        line = order.line(str(line_id))
        assert line is not None
        if not isinstance(qty, int) or qty < 1 or qty > line.quantity:
            raise validation("quantity must be between 1 and the bought quantity", path="quantity")
        claim: dict[str, Any] = {
            "id": new_id(),
            "status": "IN_PROGRESS",
            "quantity": qty,
            "commission": {"amount": round(line.price * qty * 0.1) / 100, "currency": "PLN"},
            "buyer": {"id": order.buyer.id},
            "createdAt": iso(st.now()),
            "lineItem": {
                "id": line.id,
                "quantity": line.quantity,
                "boughtAt": iso(order.bought_at),
                "offer": {"id": line.offer_id},
            },
            "type": "MANUAL",
        }
        st.claims[str(claim["id"])] = claim
        return ApiResponse(201, {"id": claim["id"]})

    def claims(self, st: ShopState, rq: ApiRequest) -> ApiResponse:
        limit = rq.integer("limit", 25, 1, 100)
        offset = rq.integer("offset", 0, 0, None)
        offer, buyer, status = rq.one("lineItem.offer.id"), rq.one("buyer.id"), rq.one("status")
        rows = [
            c
            for c in st.claims.values()
            if (offer is None or c["lineItem"]["offer"]["id"] == offer)
            and (buyer is None or c["buyer"]["id"] == buyer)
            and (status is None or c["status"] == status)
        ][offset : offset + limit]
        return ApiResponse(200, {"refundClaims": rows, "count": len(rows)})

    def claim(self, st: ShopState, rq: ApiRequest) -> ApiResponse:
        claim = st.claims.get(rq.params["id"])
        if claim is None:
            raise not_found(f"Refund claim {rq.params['id']}")
        return ApiResponse(200, claim)


__all__ = ["BETA", "PUBLIC", "AllegroApi", "ApiRequest", "ApiResponse", "ShopError"]
