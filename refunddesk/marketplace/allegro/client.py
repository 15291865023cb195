"""The Marketplace protocol over Allegro's REST API; no Allegro JSON leaves this module."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from refunddesk.domain.orders import Order, OrderEvent, OrderPage, Shipment
from refunddesk.domain.refunds import PlatformRefund, RefundRequest
from refunddesk.domain.returns import CustomerReturn
from refunddesk.marketplace.allegro import mapping, order_pages
from refunddesk.marketplace.allegro.environments import AllegroEnvironment
from refunddesk.marketplace.allegro.http import AllegroHttp, TokenSource
from refunddesk.marketplace.base import (
    AttemptListener,
    MalformedResponse,
    MessageReceipt,
    OutcomeUnknown,
    RefundClaim,
    UnreadableOrder,
)

REFUNDS_PAGE = 100  # the maximum Allegro allows for /payments/refunds
CLAIMS_PAGE = 100
MESSAGE_MAX = 2000
# Allegro accepts only en-US on PUT fulfillment.
FULFILLMENT_LANGUAGE = "en-US"


def iso_utc(moment: datetime) -> str:
    """A query-string date-time as Allegro writes them: UTC, milliseconds, ``Z``."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime is ambiguous; pass an aware one")
    text = moment.astimezone(UTC).isoformat(timespec="milliseconds")
    return text.replace("+00:00", "Z")


def _seg(value: str) -> str:
    """An id as one path segment: opaque, so nothing in it can change the path."""
    if not value:
        raise ValueError("an empty id cannot name an Allegro resource")
    return quote(value, safe="")


class AllegroClient:
    """One connected Allegro shop, speaking the Marketplace protocol."""

    def __init__(
        self,
        env: AllegroEnvironment,
        auth: TokenSource,
        *,
        language: str = "pl-PL",
        attempt_listener: AttemptListener | None = None,
        http: AllegroHttp | None = None,
        **http_options: Any,
    ) -> None:
        """``http_options`` go to AllegroHttp (timeout, retry, limiters, sleep, clock ...)."""
        self.env = env
        self.http = http or AllegroHttp(
            env, auth, language=language, attempt_listener=attempt_listener, **http_options
        )

    # -- events --------------------------------------------------------------------------

    def latest_event_id(self) -> str | None:
        return mapping.latest_event_id_from_json(self.http.get("/order/event-stats"))

    def order_events(
        self, after: str | None, limit: int = 1000, *, types: Sequence[str] | None = None
    ) -> list[OrderEvent]:
        params: dict[str, Any] = {"limit": max(1, min(limit, 1000))}
        if after:
            params["from"] = after
        if types:
            params["type"] = list(types)  # repeated parameter: type=A&type=B
        return mapping.events_from_json(self.http.get("/order/events", params))

    # -- orders --------------------------------------------------------------------------

    def list_orders(
        self,
        *,
        bought_since: datetime | None = None,
        updated_since: datetime | None = None,
        offset: int = 0,
        limit: int = 100,
        status: str | None = None,
    ) -> OrderPage:
        params = _order_list_params(bought_since, updated_since, offset, limit, status)
        data = self.http.get("/order/checkout-forms", params)
        return mapping.orders_page_from_json(data, offset, params["limit"])

    def list_orders_text(self, *, bought_since: datetime, offset: int, limit: int) -> bytes:
        """The page ``list_orders`` reads, as Allegro sent it: ``orders_page_from_text`` reads
        it, in another process for a big first sync (automation/reading_process.py)."""
        params = _order_list_params(bought_since, None, offset, limit, None)
        return self.http.get_text("/order/checkout-forms", params)

    # What ``list_orders`` gives for the answer ``list_orders_text`` gave (a plain function of
    # a module of its own: the helper process is sent it and imports only that module).
    orders_page_from_text = staticmethod(order_pages.orders_page_from_text)

    def get_order(self, order_id: str) -> Order:
        data = self.http.get(f"/order/checkout-forms/{_seg(order_id)}")
        try:
            order = mapping.order_from_json(data)
        except UnreadableOrder as exc:
            # Whose it is, even when its own id was the broken value.
            raise UnreadableOrder(
                order_id, exc.reason, field_path=exc.field_path, trace_id=exc.trace_id
            ) from None
        if order.id != order_id:
            raise UnreadableOrder(order_id, f"Allegro answered with another order ({order.id})")
        return order

    def get_shipments(self, order_id: str) -> list[Shipment]:
        data = self.http.get(f"/order/checkout-forms/{_seg(order_id)}/shipments")
        return mapping.shipments_from_json(data, order_id)

    def set_fulfillment(self, order_id: str, revision: str, status: str) -> None:
        params = {"checkoutForm.revision": revision} if revision else None
        self.http.request(
            "PUT",
            f"/order/checkout-forms/{_seg(order_id)}/fulfillment",
            params=params,
            body={"status": status},
            language=FULFILLMENT_LANGUAGE,
        )

    # -- refunds -------------------------------------------------------------------------

    def create_refund(self, request: RefundRequest) -> PlatformRefund:
        body = mapping.refund_request_to_json(request)
        data = self.http.request(
            "POST", "/payments/refunds", body=body, command_id=request.command_id
        )
        try:
            return mapping.refund_from_json(data)
        except MalformedResponse as exc:
            # Allegro said 200, so money may be moving: the executor must reconcile.
            raise OutcomeUnknown(f"refund {request.command_id}: {exc}") from exc

    def list_refunds(
        self,
        *,
        order_id: str | None = None,
        refund_id: str | None = None,
        payment_id: str | None = None,
    ) -> list[PlatformRefund]:
        params: dict[str, Any] = {"limit": REFUNDS_PAGE}
        if order_id:
            params["order.id"] = order_id
        if refund_id:
            params["id"] = refund_id
        if payment_id:
            params["payment.id"] = payment_id
        found: list[PlatformRefund] = []
        seen: set[str] = set()
        offset = 0
        while True:
            page, total = mapping.refunds_from_json(
                self.http.get("/payments/refunds", {**params, "offset": offset}), order_id or ""
            )
            for refund in page:
                # A refund created between two pages shifts the list; never count it twice.
                if refund.id not in seen:
                    seen.add(refund.id)
                    found.append(refund)
            offset += len(page)
            if len(page) < REFUNDS_PAGE or (total is not None and offset >= total):
                return found

    def recent_refunds(self, since: datetime, *, pages: int) -> list[PlatformRefund]:
        """Refunds Allegro dated ``since`` or later, newest first, reading at most ``pages``
        pages of 100: one read for the status of many refunds."""
        params: dict[str, Any] = {"limit": REFUNDS_PAGE, "occurredAt.gte": iso_utc(since)}
        found: list[PlatformRefund] = []
        seen: set[str] = set()
        offset = 0
        for _ in range(max(1, pages)):
            page, total = mapping.refunds_from_json(
                self.http.get("/payments/refunds", {**params, "offset": offset})
            )
            for refund in page:
                if refund.id not in seen:  # a new refund shifts the list by one
                    seen.add(refund.id)
                    found.append(refund)
            offset += len(page)
            if len(page) < REFUNDS_PAGE or (total is not None and offset >= total):
                break
        return found

    # -- customer returns ----------------------------------------------------------------

    def list_returns(
        self, *, after: str | None = None, order_id: str | None = None, limit: int = 100
    ) -> list[CustomerReturn]:
        params: dict[str, Any] = {"limit": max(1, min(limit, 1000))}
        if after:
            params["from"] = after
        if order_id:
            params["orderId"] = order_id
        return mapping.returns_from_json(self.http.get("/order/customer-returns", params))

    def get_return(self, return_id: str) -> CustomerReturn:
        return mapping.return_from_json(self.http.get(f"/order/customer-returns/{_seg(return_id)}"))

    def reject_return(self, return_id: str, code: str, reason: str) -> None:
        rejection = {"code": code}
        if reason:
            rejection["reason"] = reason
        self.http.request(
            "POST",
            f"/order/customer-returns/{_seg(return_id)}/rejection",
            body={"rejection": rejection},
        )

    # -- messages and commission claims --------------------------------------------------

    def send_message(self, buyer_login: str, order_id: str, text: str) -> MessageReceipt:
        if len(text) > MESSAGE_MAX:
            raise ValueError(f"a message may have at most {MESSAGE_MAX} characters")
        body = {"recipient": {"login": buyer_login}, "text": text, "order": {"id": order_id}}
        return mapping.message_receipt_from_json(
            self.http.request("POST", "/messaging/messages", body=body)
        )

    def message_status(self, message_id: str) -> MessageReceipt:
        """A sent message as Allegro's moderation sees it now (VERIFYING, DELIVERED, BLOCKED)."""
        return mapping.message_receipt_from_json(
            self.http.get(f"/messaging/messages/{quote(message_id, safe='')}", {})
        )

    def create_refund_claim(self, line_item_id: str, quantity: int) -> RefundClaim:
        body = {"lineItem": {"id": line_item_id}, "quantity": quantity}
        data = self.http.request("POST", "/order/refund-claims", body=body)
        claim_id = mapping.created_id_from_json(data, "refund claim")
        return RefundClaim(id=claim_id, line_item_id=line_item_id, quantity=quantity)

    def list_refund_claims(self, *, line_item_offer_id: str | None = None) -> list[RefundClaim]:
        params: dict[str, Any] = {"limit": CLAIMS_PAGE}
        if line_item_offer_id:
            params["lineItem.offer.id"] = line_item_offer_id
        found: list[RefundClaim] = []
        offset = 0
        while True:
            page, _count = mapping.refund_claims_from_json(
                self.http.get("/order/refund-claims", {**params, "offset": offset})
            )
            found.extend(page)
            offset += len(page)
            if len(page) < CLAIMS_PAGE:
                return found


def _order_list_params(
    bought_since: datetime | None,
    updated_since: datetime | None,
    offset: int,
    limit: int,
    status: str | None,
) -> dict[str, Any]:
    params: dict[str, Any] = {"offset": max(0, offset), "limit": order_pages.page_size(limit)}
    if bought_since is not None:
        params["lineItems.boughtAt.gte"] = iso_utc(bought_since)
    if updated_since is not None:
        params["updatedAt.gte"] = iso_utc(updated_since)
        # Oldest change first, so a sync that stops half-way resumes without gaps.
        params["sort"] = "updatedAt"
    if status:
        params["status"] = status
    return params
