"""One cycle's live reads of each order, shared by sync, planner and executor.

A refund used to cost three reads of the same order's refunds (planner, executor's live check,
poll) and a second read of an order the sync had just fetched. The worker now wraps a shop's
marketplace in ``CycleReads`` for one cycle: every read still goes to Allegro, and what came
back is remembered, so the executor's live check can use the order and refunds read moments
earlier in the same cycle instead of asking again.

Why such a read still counts as the live check DESIGN.md §3 asks for before every submit:
- it was read from Allegro in this cycle, at most ``MAX_AGE`` seconds ago, after every
  earlier cycle's refunds had been sent;
- RefundDesk's own refunds are the only ones this cycle can add to the order, and any POST
  or PUT about an order forgets what was read of it, so a second refund of the same order is
  checked against a new read;
- a refund made meanwhile by hand or by Allegro can happen just as well between a separate
  GET and the POST: in both cases Allegro itself refuses an over-refund, and the executor then
  reads the list again before it records anything (``executor._after_refusal``).
Reconciling an unknown outcome never uses these: it always asks Allegro again.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Generic, TypeVar

from refunddesk.automation.parallel import each_in_parallel
from refunddesk.domain.orders import Order, OrderEvent, OrderPage, Shipment
from refunddesk.domain.refunds import PlatformRefund, RefundRequest
from refunddesk.domain.returns import CustomerReturn
from refunddesk.marketplace.base import (
    MAX_IN_FLIGHT,
    MalformedResponse,
    Marketplace,
    MessageReceipt,
    NotFound,
    OrderListText,
    RefundClaim,
)

# Older than this, a read is not live enough to refund on: it is read again.
MAX_AGE = 120.0
# At most this many orders' reads are kept, the oldest dropped first. A first sync lists every
# order of the backfill window in one cycle: keeping all 100,000 held ~300 MiB until the cycle
# ended. A cycle acts on far fewer orders than this; one whose read was dropped is simply read
# again before its refund (forgetting a read never weakens the live check, it only costs a GET).
MAX_REMEMBERED = 5_000

T = TypeVar("T")


class _Remembered(Generic[T]):
    """Values by order id, each with the moment it was read."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._values: dict[str, tuple[float, T]] = {}

    def put(self, order_id: str, value: T) -> None:
        self._values.pop(order_id, None)  # the newest read goes last: the oldest leave first
        self._values[order_id] = (self._clock(), value)
        while len(self._values) > MAX_REMEMBERED:
            del self._values[next(iter(self._values))]

    def fresh(self, order_id: str) -> T | None:
        found = self._values.get(order_id)
        if found is None or self._clock() - found[0] > MAX_AGE:
            return None
        return found[1]

    def forget(self, order_id: str) -> None:
        self._values.pop(order_id, None)


class CycleReads:
    """A shop's Marketplace for one worker cycle, remembering what it read of each order."""

    # Set only when the shop's client has them (see __init__).
    list_orders_text: Callable[..., bytes]
    orders_page_from_text: Callable[[bytes, int, int], OrderPage]

    def __init__(self, market: Marketplace, *, clock: Callable[[], float] = time.monotonic):
        self.market = market
        # A big first sync fetches its history pages as text for the page reading helper
        # (sync.py): the shop's client's way of doing so passes through, so wrapping it hides
        # nothing. Those pages are not remembered here (a first sync's orders are too many to
        # keep anyway; an order not remembered is read again before its refund).
        if isinstance(market, OrderListText):
            self.list_orders_text = market.list_orders_text
            self.orders_page_from_text = market.orders_page_from_text
        self._lock = threading.Lock()  # reads arrive from parallel threads
        self._orders: _Remembered[Order] = _Remembered(clock)
        self._refunds: _Remembered[list[PlatformRefund]] = _Remembered(clock)
        self._shipments: _Remembered[list[Shipment]] = _Remembered(clock)
        # Writes about each order so far: a read is remembered only if none began or ended
        # while it was on the wire (a read sent ahead, side by side with a POST about the same
        # order, may have seen the order before that POST).
        self._writes: dict[str, int] = {}

    # -- what this cycle read ---------------------------------------------------------------

    def fresh_order(self, order_id: str) -> Order | None:
        with self._lock:
            return self._orders.fresh(order_id)

    def fresh_refunds(self, order_id: str) -> list[PlatformRefund] | None:
        with self._lock:
            return self._refunds.fresh(order_id)

    def fresh_shipments(self, order_id: str) -> list[Shipment] | None:
        with self._lock:
            return self._shipments.fresh(order_id)

    def refunds_this_cycle(self, order_id: str) -> list[PlatformRefund]:
        """The order's refunds as read in this cycle, or read now."""
        found = self.fresh_refunds(order_id)
        return found if found is not None else self.list_refunds(order_id=order_id)

    def read_refunds(self, order_ids: Sequence[str]) -> None:
        """Read the refunds of every order not read yet this cycle, side by side.

        A read that fails is not remembered: the order's own step reads it again and meets
        the error there, where it is recorded on that order alone."""
        wanted = [o for o in dict.fromkeys(order_ids) if self.fresh_refunds(o) is None]
        for start in range(0, len(wanted), MAX_IN_FLIGHT):
            chunk = wanted[start : start + MAX_IN_FLIGHT]
            results = each_in_parallel(chunk, lambda o: self.list_refunds(order_id=o))
            if any(_not_about_one_order(r) for r in results):
                return  # network down, 429, login refused: no point reading further ahead

    # -- the Marketplace, remembering reads and forgetting an order on every write ------------

    def latest_event_id(self) -> str | None:
        return self.market.latest_event_id()

    def order_events(self, after: str | None, limit: int = 1000) -> list[OrderEvent]:
        return self.market.order_events(after, limit)

    def list_orders(
        self,
        *,
        bought_since: datetime | None = None,
        updated_since: datetime | None = None,
        offset: int = 0,
        limit: int = 100,
    ) -> OrderPage:
        page = self.market.list_orders(
            bought_since=bought_since, updated_since=updated_since, offset=offset, limit=limit
        )
        with self._lock:
            for order in page.orders:
                self._orders.put(order.id, order)
        return page

    def get_order(self, order_id: str) -> Order:
        before = self._writes_about(order_id)
        order = self.market.get_order(order_id)
        with self._lock:
            if self._writes.get(order_id, 0) == before:
                self._orders.put(order_id, order)
        return order

    def get_shipments(self, order_id: str) -> list[Shipment]:
        before = self._writes_about(order_id)
        shipments = self.market.get_shipments(order_id)
        with self._lock:
            if self._writes.get(order_id, 0) == before:
                self._shipments.put(order_id, shipments)
        return shipments

    def set_fulfillment(self, order_id: str, revision: str, status: str) -> None:
        self._forget(order_id)
        try:
            self.market.set_fulfillment(order_id, revision, status)
        finally:
            self._forget(order_id)

    def create_refund(self, request: RefundRequest) -> PlatformRefund:
        # Forgotten before sending: whatever the answer, the remainder is no longer what
        # was read, and the next refund of this order reads it again. And again once the
        # answer is in: a read on the wire meanwhile is not remembered either.
        self._forget(request.order_id)
        try:
            return self.market.create_refund(request)
        finally:
            self._forget(request.order_id)

    def list_refunds(
        self,
        *,
        order_id: str | None = None,
        refund_id: str | None = None,
        payment_id: str | None = None,
    ) -> list[PlatformRefund]:
        before = self._writes_about(order_id) if order_id else 0
        refunds = self.market.list_refunds(
            order_id=order_id, refund_id=refund_id, payment_id=payment_id
        )
        if order_id and not refund_id and not payment_id:
            with self._lock:
                if self._writes.get(order_id, 0) == before:
                    self._refunds.put(order_id, refunds)
        return refunds

    def recent_refunds(self, since: datetime, *, pages: int) -> list[PlatformRefund]:
        return self.market.recent_refunds(since, pages=pages)

    def list_returns(
        self, *, after: str | None = None, order_id: str | None = None, limit: int = 100
    ) -> list[CustomerReturn]:
        return self.market.list_returns(after=after, order_id=order_id, limit=limit)

    def get_return(self, return_id: str) -> CustomerReturn:
        return self.market.get_return(return_id)

    def reject_return(self, return_id: str, code: str, reason: str) -> None:
        self.market.reject_return(return_id, code, reason)

    def send_message(self, buyer_login: str, order_id: str, text: str) -> MessageReceipt:
        return self.market.send_message(buyer_login, order_id, text)

    def create_refund_claim(self, line_item_id: str, quantity: int) -> RefundClaim:
        return self.market.create_refund_claim(line_item_id, quantity)

    def list_refund_claims(self, *, line_item_offer_id: str | None = None) -> list[RefundClaim]:
        return self.market.list_refund_claims(line_item_offer_id=line_item_offer_id)

    def _writes_about(self, order_id: str) -> int:
        with self._lock:
            return self._writes.get(order_id, 0)

    def _forget(self, order_id: str) -> None:
        with self._lock:
            self._writes[order_id] = self._writes.get(order_id, 0) + 1
            self._orders.forget(order_id)
            self._refunds.forget(order_id)
            self._shipments.forget(order_id)


def _not_about_one_order(result: object) -> bool:
    return isinstance(result, Exception) and not isinstance(result, MalformedResponse | NotFound)


def refunds_this_cycle(market: Marketplace, order_id: str) -> list[PlatformRefund]:
    """An order's refunds as read in this cycle (a live read when nothing shares the cycle)."""
    if isinstance(market, CycleReads):
        return market.refunds_this_cycle(order_id)
    return market.list_refunds(order_id=order_id)
