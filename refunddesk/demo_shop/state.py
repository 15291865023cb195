"""The in-memory seller account behind the demo shop, guarded by one lock."""

from __future__ import annotations

import bisect
import pickle
import random
import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from refunddesk.demo_shop.clock import ShopClock

PENDING_REFUND = frozenset({"NEW", "VALIDATED", "IN_PROGRESS"})
# What a snapshot leaves out: the running shop's own (its options, clock and lock).
_NOT_KEPT = frozenset({"options", "clock", "lock"})
SNAPSHOT_FORMAT = 1
MOVED_REFUND = frozenset({"SUCCESS", "PARTIAL"})
SELLER_ID = "44440001"


@dataclass
class LineRec:
    id: str
    offer_id: str
    name: str
    quantity: int
    price: int  # unit price, minor units
    original_price: int
    sku: str = ""
    bought_at: datetime | None = None


@dataclass
class BuyerRec:
    id: str
    login: str
    email: str
    first_name: str
    last_name: str
    language: str = "pl-PL"
    guest: bool = False
    city: str = "Warszawa"
    street: str = "ul. Marszałkowska 1"
    post_code: str = "00-001"
    phone: str = "500600700"


@dataclass
class ShipmentRec:
    id: str
    waybill: str
    carrier_id: str
    created_at: datetime
    line_item_ids: list[str]
    carrier_name: str = ""


@dataclass
class OrderRec:
    id: str
    buyer: BuyerRec
    lines: list[LineRec]
    payment_id: str
    payment_type: str  # ONLINE / CASH_ON_DELIVERY / ...
    provider: str
    bought_at: datetime
    currency: str = "PLN"
    features: list[str] = field(default_factory=list)
    status: str = "BOUGHT"
    paid_at: datetime | None = None
    paid_amount: int | None = None  # None until paid (COD: never)
    payment_cancelled: bool = False
    delivery_method_id: str = "inpost-paczkomaty"
    delivery_method_name: str = "Allegro Paczkomaty InPost"
    delivery_cost: int = 0
    dispatch_from: datetime | None = None
    dispatch_to: datetime | None = None
    fulfillment_status: str = "NEW"
    shipments: list[ShipmentRec] = field(default_factory=list)
    revision: str = ""
    updated_at: datetime | None = None
    message_to_seller: str = ""

    @property
    def items_total(self) -> int:
        return sum(line.price * line.quantity for line in self.lines)

    @property
    def total_to_pay(self) -> int:
        return self.items_total + self.delivery_cost

    def line(self, line_id: str) -> LineRec | None:
        return next((li for li in self.lines if li.id == line_id), None)


@dataclass
class RefundLineRec:
    line_id: str
    type: str  # QUANTITY / AMOUNT
    quantity: int = 0
    value: int = 0  # minor units actually refunded on this line


@dataclass
class RefundRec:
    id: str
    payment_id: str
    order_id: str
    reason: str
    status: str
    created_at: datetime
    currency: str
    lines: list[RefundLineRec] = field(default_factory=list)
    delivery: int = 0
    overpaid: int = 0
    additional_services: int = 0
    seller_comment: str = ""
    command_id: str = ""
    fingerprint: str = ""
    source: str = "API"  # API / PANEL (by hand) / ALLEGRO (Allegro refunded by itself)
    settle_at: datetime | None = None
    echo: dict[str, Any] = field(default_factory=dict)  # the request components, as sent

    @property
    def total(self) -> int:
        return (
            sum(li.value for li in self.lines)
            + self.delivery
            + self.overpaid
            + (self.additional_services)
        )


@dataclass
class EventRec:
    id: int
    type: str
    occurred_at: datetime
    order_id: str
    revision: str


@dataclass
class ReturnItemRec:
    offer_id: str
    quantity: int
    name: str
    price: int
    reason: str = "DONT_LIKE_IT"
    comment: str = ""


@dataclass
class ReturnRec:
    id: str
    order_id: str
    created_at: datetime
    reference_number: str
    status: str
    items: list[ReturnItemRec]
    currency: str = "PLN"
    bank_account: dict[str, Any] | None = None
    rejection: dict[str, Any] | None = None
    waybill: str = ""


@dataclass
class LedgerEntry:
    refund_id: str
    order_id: str
    amount: int
    currency: str
    at: datetime
    source: str

    @property
    def by_hand(self) -> bool:
        return self.source == "PANEL"

    def to_json(self) -> dict[str, Any]:
        return {
            "refundId": self.refund_id,
            "orderId": self.order_id,
            "amountMinor": self.amount,
            "currency": self.currency,
            "at": self.at.isoformat(),
            "source": self.source,
            "by_hand": self.by_hand,
        }


@dataclass
class ShopOptions:
    """Knobs for the shop's behaviour; scenario switches can change some later."""

    client_id: str = "demo-client"
    client_secret: str = "demo-secret"
    auto_approve: bool = False
    refund_settle_seconds: float = 1.0
    rate_limit_per_minute: int = 9000
    message_interval_seconds: float = 1.0
    access_token_seconds: int = 43199
    refresh_grace_seconds: float = 60.0
    device_code_seconds: int = 3600
    device_interval: int = 5
    seller_balance: int = 100_000_000  # 1 000 000,00 PLN
    payments_fund_balance: bool = True
    duplicate_event_rate: float = 0.0
    out_of_order_rate: float = 0.0
    seed: int = 1


class ShopState:
    """Everything the shop knows. Take `lock` around any read-modify-write."""

    def __init__(self, options: ShopOptions, clock: ShopClock) -> None:
        self.options = options
        self.clock = clock
        self.lock = threading.RLock()
        self.rng = random.Random(options.seed)
        self.orders: dict[str, OrderRec] = {}
        self.payment_to_order: dict[str, str] = {}
        self.events: list[EventRec] = []
        self._event_ids: list[int] = []
        self._next_event_id = 1_000_000_001
        self.refunds: list[RefundRec] = []
        self.refund_by_id: dict[str, RefundRec] = {}
        self.refund_by_command: dict[str, RefundRec] = {}
        self.refunds_by_order: dict[str, list[RefundRec]] = {}
        self._pending: list[RefundRec] = []
        self.returns: list[ReturnRec] = []
        self.return_index: dict[str, int] = {}
        self.messages: list[dict[str, Any]] = []
        # Allegro's moderation: new messages start VERIFYING and end as ``outcome`` after
        # ``reads`` reads of the message (None: delivered at once, as most are).
        self.moderation: tuple[str, int] | None = None
        self.moderating: dict[str, list[Any]] = {}  # message id -> [outcome, reads left]
        self.claims: dict[str, dict[str, Any]] = {}
        self.ledger: list[LedgerEntry] = []
        self.balance = options.seller_balance
        self.version = 0  # bumps on every change; list caches key on it
        self._revision_counter = 0

    # -- snapshots ------------------------------------------------------------------------

    def snapshot(self) -> bytes:
        """Everything the shop knows, for ``carry_on_from`` in a later run (the headless
        demo: one command after another on the same pretend shop)."""
        with self.lock:
            kept = {k: v for k, v in self.__dict__.items() if k not in _NOT_KEPT}
            return pickle.dumps((SNAPSHOT_FORMAT, self.now(), kept), pickle.HIGHEST_PROTOCOL)

    def carry_on_from(self, snapshot: bytes) -> datetime:
        """Takes over what ``snapshot`` knew; the moment it was taken. ValueError when it is
        not a snapshot of this shop as it is now (another version's): start afresh then.

        A pickle, because the shop's records point at each other (a refund is in three
        indexes) and it is a cache of a pretend shop that only this app writes, into the
        user's private data folder; whoever can write there can run anything as that user."""
        try:
            form, moment, kept = pickle.loads(snapshot)
        except Exception as exc:
            raise ValueError(f"not a demo shop snapshot ({type(exc).__name__})") from exc
        expected = {k for k in self.__dict__ if k not in _NOT_KEPT}
        if form != SNAPSHOT_FORMAT or not isinstance(kept, dict) or set(kept) != expected:
            raise ValueError("a snapshot of another version of the demo shop")
        if not isinstance(moment, datetime):
            raise ValueError("a snapshot without its moment")
        with self.lock:
            self.__dict__.update(kept)
        return moment

    # -- time and change tracking -------------------------------------------------------

    def now(self) -> datetime:
        return self.clock.now()

    def touch(self, order: OrderRec) -> None:
        """Record a modification: a new revision and updatedAt, as Allegro does."""
        self._revision_counter += 1
        order.revision = f"{self._revision_counter:08x}{self.rng.getrandbits(32):08x}"
        order.updated_at = self.now()
        self.version += 1

    # -- orders ---------------------------------------------------------------------------

    def add_order(self, order: OrderRec) -> None:
        with self.lock:
            self.orders[order.id] = order
            self.payment_to_order[order.payment_id] = order.id
            if not order.revision:
                self.touch(order)
            self.version += 1

    # -- events ---------------------------------------------------------------------------

    def emit(self, order: OrderRec, type_: str, at: datetime | None = None) -> EventRec:
        """Append an event; duplicates and out-of-order times follow the scenario switches."""
        with self.lock:
            when = at or self.now()
            if self.rng.random() < self.options.out_of_order_rate:
                when -= timedelta(seconds=self.rng.randint(1, 120))
            event = self._append_event(type_, when, order)
            if self.rng.random() < self.options.duplicate_event_rate:
                self._append_event(type_, when, order)  # same type+occurredAt, new id
            return event

    def _append_event(self, type_: str, when: datetime, order: OrderRec) -> EventRec:
        event = EventRec(self._next_event_id, type_, when, order.id, order.revision)
        self._next_event_id += 1
        self.events.append(event)
        self._event_ids.append(event.id)
        return event

    def events_after(self, after: int | None, limit: int, types: set[str]) -> list[EventRec]:
        with self.lock:
            start = 0 if after is None else bisect.bisect_right(self._event_ids, after)
            out: list[EventRec] = []
            for event in self.events[start:]:
                if not types or event.type in types:
                    out.append(event)
                    if len(out) >= limit:
                        break
            return out

    # -- refunds --------------------------------------------------------------------------

    def add_refund(self, refund: RefundRec) -> None:
        self.refunds.append(refund)
        self.refund_by_id[refund.id] = refund
        if refund.command_id:
            self.refund_by_command[refund.command_id] = refund
        self.refunds_by_order.setdefault(refund.order_id, []).append(refund)
        if refund.status in PENDING_REFUND:
            self._pending.append(refund)
        elif refund.status in MOVED_REFUND:
            self._move_money(refund)
        self.version += 1

    def settle_due(self, *, force: bool = False) -> int:
        """Finish pending refunds whose time has come: SUCCESS, or CANCELED on a short balance."""
        with self.lock:
            now = self.now()
            done = 0
            still: list[RefundRec] = []
            for refund in self._pending:
                if force or (refund.settle_at is not None and refund.settle_at <= now):
                    if self.balance >= refund.total:
                        refund.status = "SUCCESS"
                        self._move_money(refund)
                    else:
                        refund.status = "CANCELED"
                    done += 1
                else:
                    still.append(refund)
            self._pending = still
            if done:
                self.version += 1
            return done

    def _move_money(self, refund: RefundRec) -> None:
        self.balance -= refund.total
        self.ledger.append(
            LedgerEntry(
                refund.id, refund.order_id, refund.total, refund.currency, self.now(), refund.source
            )
        )

    # -- returns --------------------------------------------------------------------------

    def add_return(self, ret: ReturnRec) -> None:
        with self.lock:
            self.return_index[ret.id] = len(self.returns)
            self.returns.append(ret)
            self.version += 1

    def get_return(self, return_id: str) -> ReturnRec | None:
        idx = self.return_index.get(return_id)
        return None if idx is None else self.returns[idx]


def new_id() -> str:
    return str(uuid.uuid4())
