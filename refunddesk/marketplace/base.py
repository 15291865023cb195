"""The marketplace protocol the app talks to, and the expected errors it raises."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Generic, Protocol, TypeVar, runtime_checkable

from refunddesk.domain.orders import Order, OrderEvent, OrderPage, Shipment
from refunddesk.domain.refunds import PlatformRefund, RefundRequest
from refunddesk.domain.returns import CustomerReturn

T = TypeVar("T")

# How many requests one shop's client has on the wire at once. At 100 ms an answer, 16 in
# flight reach about 160 requests a second: just above Allegro's 150, so the shared limiter,
# not the latency, sets the pace. The connection pool keeps as many keep-alive connections.
MAX_IN_FLIGHT = 16

# -- errors -------------------------------------------------------------------------------
# Expected errors become plain messages and review rows; anything else is a bug.
# Classify by these types, never by matching message text.


class MarketplaceError(Exception):
    """An expected failure talking to the marketplace."""

    user_message: str = "The marketplace could not be reached."

    def __init__(self, message: str = "", *, trace_id: str = "") -> None:
        super().__init__(message or self.user_message)
        self.trace_id = trace_id

    def __str__(self) -> str:
        text = super().__str__()
        return f"{text} (trace-id {self.trace_id})" if self.trace_id else text


class NetworkError(MarketplaceError):
    """No answer: connection refused, DNS, timeout before anything was sent."""

    user_message = "The network is down or Allegro did not answer."


class OutcomeUnknown(NetworkError):
    """The request may have been carried out: timeout after sending, reset, 5xx, garbled body.

    For a refund this is never "failed": it must be reconciled before anything else.
    """

    user_message = "Allegro did not confirm the outcome; it will be checked again."


class RateLimited(MarketplaceError):
    user_message = "Allegro asked us to slow down (429); requests resume shortly."

    def __init__(self, message: str = "", *, retry_after: float = 60.0, trace_id: str = "") -> None:
        super().__init__(message, trace_id=trace_id)
        self.retry_after = retry_after


class ReconnectNeeded(MarketplaceError):
    """The token was revoked or the refresh token is no longer valid."""

    user_message = "Allegro no longer accepts this shop's login: reconnect the shop in Settings."


@dataclass(frozen=True, slots=True)
class ApiErrorDetail:
    """One entry of Allegro's ErrorsHolder."""

    code: str
    message: str = ""
    user_message: str = ""
    path: str | None = None


class ApiError(MarketplaceError):
    """Allegro answered with an error body."""

    user_message = "Allegro refused the request."

    def __init__(
        self,
        status: int,
        errors: Sequence[ApiErrorDetail] = (),
        *,
        trace_id: str = "",
    ) -> None:
        self.status = status
        self.errors = tuple(errors)
        first = self.errors[0] if self.errors else None
        text = first.user_message or first.message if first else ""
        super().__init__(f"HTTP {status}: {text}" if text else f"HTTP {status}", trace_id=trace_id)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(e.code for e in self.errors)

    @property
    def user_text(self) -> str:
        """Allegro's own localised explanation, for showing to the merchant."""
        return "; ".join(e.user_message or e.message for e in self.errors) or str(self)


class ValidationRefused(ApiError):
    """400/422: Allegro refused the content, e.g. an over-refund (VALIDATION_ERROR)."""

    user_message = "Allegro refused the request as invalid."


class CashOnDeliveryNotRefundable(ValidationRefused):
    """COD_MARKETPLACE_NOT_SUPPORTED: refund such buyers by bank transfer."""

    user_message = "Cash-on-delivery orders cannot be refunded through Allegro: pay by transfer."


class NotFound(ApiError):
    user_message = "Allegro does not know this order (or it belongs to another seller)."


class Conflict(ApiError):
    """409: the order changed since we read it (stale checkoutForm.revision)."""

    user_message = "The order changed in the meantime; it will be read again."


class ServerError(ApiError, OutcomeUnknown):
    """5xx: Allegro failed; whether it acted is unknown."""

    user_message = "Allegro had an internal error; the outcome will be checked again."


class MalformedResponse(MarketplaceError):
    """Allegro's answer did not have the shape we rely on."""

    user_message = "Allegro sent an answer we could not read."

    def __init__(
        self, what: str, *, field_path: str = "", reason: str = "", trace_id: str = ""
    ) -> None:
        self.field_path = field_path
        self.reason = reason  # plain words: what is wrong with the value at field_path
        where = f" (field {field_path})" if field_path else ""
        why = f": {reason}" if reason else ""
        super().__init__(f"malformed answer for {what}{where}{why}", trace_id=trace_id)


class UnreadableOrder(MalformedResponse):
    """One order's data (its checkout form, a return, a refund, a parcel or an event of it)
    holds a value that cannot be right. Only that order is set aside; the rest is fine."""

    user_message = "Allegro sent values for this order that cannot be right; it is set aside."

    def __init__(
        self,
        order_id: str,
        reason: str,
        *,
        subject: str = "order",
        subject_id: str = "",
        field_path: str = "",
        trace_id: str = "",
    ) -> None:
        self.order_id = order_id  # "" when even the order's id could not be read
        self.subject = subject  # order, return, refund, shipment, event
        self.subject_id = subject_id or (order_id if subject == "order" else "")
        super().__init__(
            f"{subject} {self.subject_id or '(no id)'}",
            field_path=field_path,
            reason=reason,
            trace_id=trace_id,
        )


class PartlyUnreadable(MalformedResponse, Generic[T]):
    """A list in which some entries could not be read: ``readable`` holds the rest, and
    ``problems`` one UnreadableOrder per entry set aside.

    ``count`` is how many entries the answer held (paging goes on by it) and ``last_id`` the
    id of the last entry whose id could be read (a feed's cursor moves past the bad ones).
    """

    def __init__(
        self,
        what: str,
        readable: T,
        problems: Sequence[UnreadableOrder],
        *,
        count: int,
        last_id: str | None = None,
    ) -> None:
        self.readable = readable
        self.problems = tuple(problems)
        self.count = count
        self.last_id = last_id
        super().__init__(what, reason=f"{len(self.problems)} of {count} entries set aside")


# -- what one HTTP attempt looked like -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class HttpAttempt:
    """Recorded for every request, so a refund's history shows each try and its trace-id."""

    method: str
    path: str
    started_at: datetime
    duration_ms: int
    status: int | None = None
    trace_id: str = ""
    error: str = ""
    command_id: str = ""


AttemptListener = Callable[[HttpAttempt], None]


@dataclass(frozen=True, slots=True)
class MessageReceipt:
    id: str
    status: str  # VERIFYING, BLOCKED, DELIVERED ...


@dataclass(frozen=True, slots=True)
class RefundClaim:
    id: str
    line_item_id: str
    quantity: int
    status: str = ""


@dataclass(frozen=True, slots=True)
class ReturnPage:
    returns: tuple[CustomerReturn, ...] = field(default_factory=tuple)


# -- the protocol --------------------------------------------------------------------------


class Marketplace(Protocol):
    """Everything RefundDesk asks of a marketplace account. No Allegro JSON crosses this."""

    def latest_event_id(self) -> str | None:
        """The newest order event id (event-stats); the cursor to start from on first sync."""
        ...

    def order_events(self, after: str | None, limit: int = 1000) -> list[OrderEvent]:
        """Events after the cursor (exclusive), oldest first."""
        ...

    def list_orders(
        self,
        *,
        bought_since: datetime | None = None,
        updated_since: datetime | None = None,
        offset: int = 0,
        limit: int = 100,
    ) -> OrderPage: ...

    def get_order(self, order_id: str) -> Order: ...

    def get_shipments(self, order_id: str) -> list[Shipment]: ...

    def set_fulfillment(self, order_id: str, revision: str, status: str) -> None: ...

    def create_refund(self, request: RefundRequest) -> PlatformRefund:
        """POST a refund. Raises OutcomeUnknown when the result is not known."""
        ...

    def list_refunds(
        self,
        *,
        order_id: str | None = None,
        refund_id: str | None = None,
        payment_id: str | None = None,
    ) -> list[PlatformRefund]:
        """Every refund matching the filter (all pages)."""
        ...

    def recent_refunds(self, since: datetime, *, pages: int) -> list[PlatformRefund]:
        """Refunds dated ``since`` or later, newest first, at most ``pages`` pages of them."""
        ...

    def list_returns(
        self, *, after: str | None = None, order_id: str | None = None, limit: int = 100
    ) -> list[CustomerReturn]: ...

    def get_return(self, return_id: str) -> CustomerReturn: ...

    def reject_return(self, return_id: str, code: str, reason: str) -> None: ...

    def send_message(self, buyer_login: str, order_id: str, text: str) -> MessageReceipt: ...

    def create_refund_claim(self, line_item_id: str, quantity: int) -> RefundClaim: ...

    def list_refund_claims(self, *, line_item_offer_id: str | None = None) -> list[RefundClaim]: ...


@runtime_checkable
class OrderListText(Protocol):
    """A marketplace whose order list can be fetched here and read elsewhere.

    A first sync of a big shop spends most of its CPU reading answers into orders; the answer
    fetched as text (opaque to the caller) can be read in another process by the marketplace's
    own ``orders_page_from_text`` (a plain function, so it can be sent there), which gives what
    ``list_orders`` would have given for it, or raises as it would.
    """

    def list_orders_text(self, *, bought_since: datetime, offset: int, limit: int) -> bytes: ...

    orders_page_from_text: Callable[[bytes, int, int], OrderPage]
