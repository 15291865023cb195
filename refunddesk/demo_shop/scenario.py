"""Scenario operations (what buyers, Allegro and time do), as Python methods and /__demo/ calls."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from refunddesk.demo_shop import render
from refunddesk.demo_shop.catalogue import load_catalogue
from refunddesk.demo_shop.clock import parse_iso
from refunddesk.demo_shop.errors import ShopError, not_found, validation
from refunddesk.demo_shop.faults import FaultSet
from refunddesk.demo_shop.oauth import TokenStore
from refunddesk.demo_shop.refunds import line_available, refund_outside_api
from refunddesk.demo_shop.seed import make_buyer, seed_orders, uuid_from
from refunddesk.demo_shop.state import (
    LineRec,
    OrderRec,
    ReturnItemRec,
    ReturnRec,
    ShipmentRec,
    ShopState,
    new_id,
)
from refunddesk.domain.money import Money

# The operations reachable as POST /__demo/<name>; everything else stays Python-only.
HTTP_OPERATIONS = frozenset(
    {
        "seed",
        "create_order",
        "pay",
        "mark_sent",
        "set_fulfillment",
        "cancel_as_buyer",
        "declare_return",
        "set_return_status",
        "refund_by_hand",
        "allegro_refund",
        "settle_refunds",
        "advance_clock",
        "set_clock",
        "set_balance",
        "balance",
        "revoke_tokens",
        "approve_device",
        "deny_device",
        "issue_tokens",
        "add_fault",
        "clear_faults",
        "set_event_quirks",
        "ledger",
        "order",
        "refunds",
        "moderate_messages",
    }
)


class Scenario:
    """Everything that happens to the seller's account from outside the API."""

    def __init__(self, state: ShopState, tokens: TokenStore, faults: FaultSet) -> None:
        self.state = state
        self.tokens = tokens
        self.faults = faults
        self._buyer_count = 0

    def _order(self, order_id: str) -> OrderRec:
        order = self.state.orders.get(order_id)
        if order is None:
            raise not_found(f"order {order_id}")
        return order

    # -- orders ----------------------------------------------------------------------------

    def seed(self, count: int = 20, days: int = 30) -> list[str]:
        """Add `count` realistic orders bought over the last `days` days, with their events."""
        st = self.state
        with st.lock:
            now = st.now()
            seeded = seed_orders(st.rng, count, now, days)
            pending: list[tuple[Any, int, OrderRec, str]] = []
            for n, s in enumerate(seeded):
                o = s.order
                pending.append((o.bought_at, n, o, "BOUGHT"))
                # Each step follows the last by minutes, but never after now: an order bought a
                # minute ago is not paid in the future.
                filled = min(o.bought_at + timedelta(seconds=st.rng.randint(20, 600)), now)
                pending.append((filled, n, o, "FILLED_IN"))
                o.status = "FILLED_IN"
                if s.paid:
                    paid_at = min(filled + timedelta(seconds=st.rng.randint(5, 300)), now)
                    o.status = "READY_FOR_PROCESSING"
                    if o.payment_type != "CASH_ON_DELIVERY":
                        o.paid_at, o.paid_amount = paid_at, o.total_to_pay
                        if st.options.payments_fund_balance:
                            st.balance += o.total_to_pay
                    pending.append((paid_at, n, o, "READY_FOR_PROCESSING"))
                    if s.sent:
                        sent_at = min(paid_at + timedelta(hours=st.rng.randint(2, 30)), now)
                        o.fulfillment_status = "SENT"
                        o.shipments.append(
                            ShipmentRec(
                                new_id(),
                                f"6{st.rng.randint(10**22, 10**23 - 1)}",
                                "INPOST",
                                sent_at,
                                [li.id for li in o.lines],
                            )
                        )
                        pending.append((sent_at, n, o, "FULFILLMENT_STATUS_CHANGED"))
                st.add_order(o)
                o.updated_at = max(p[0] for p in pending[-4:] if p[2] is o)
            pending.sort(key=lambda p: (p[0], p[1]))
            for when, _, order, type_ in pending:
                st._append_event(type_, when, order)
            st.version += 1
            return [s.order.id for s in seeded]

    def create_order(
        self,
        items: list[dict[str, Any]] | None = None,
        *,
        delivery_cost: str | None = "9.99",
        payment_type: str = "ONLINE",
        allegro_pay: bool = False,
        paid: bool = True,
        bought_at: str | None = None,
        paid_at: str | None = None,
        dispatch_deadline: str | None = None,
        buyer: dict[str, Any] | None = None,
        fulfillment_status: str = "NEW",
        currency: str | None = None,
    ) -> dict[str, Any]:
        """One order exactly as a test wants it; items: [{offerId|name, price, quantity, sku}].

        ``currency``: an order from another marketplace (allegro.cz: CZK); the catalogue's
        otherwise.
        """
        st = self.state
        cat = load_catalogue()
        cur = currency or cat.currency
        with st.lock:
            now = st.now()
            bought = parse_iso(bought_at) if bought_at else now
            lines: list[LineRec] = []
            for item in items or [{"offerId": cat.products[0].offer_id, "quantity": 1}]:
                product = cat.product(str(item.get("offerId", "")))
                name = item.get("name") or (product.name if product else "Produkt testowy")
                price = (
                    Money.parse(item["price"], cur).minor
                    if "price" in item
                    else (product.price if product else 1000)
                )
                offer_id = str(
                    item.get("offerId")
                    or (product.offer_id if product else str(18_000_000_000 + len(st.orders)))
                )
                lines.append(
                    LineRec(
                        uuid_from(st.rng),
                        offer_id,
                        name,
                        int(item.get("quantity", 1)),
                        price,
                        price,
                        str(item.get("sku", product.sku if product else "")),
                        bought,
                    )
                )
            self._buyer_count += 1
            b = make_buyer(st.rng, cat, 900_000 + self._buyer_count)
            for key, value in (buyer or {}).items():
                setattr(
                    b, {"firstName": "first_name", "lastName": "last_name"}.get(key, key), value
                )
            cod = payment_type == "CASH_ON_DELIVERY"
            order = OrderRec(
                id=uuid_from(st.rng),
                buyer=b,
                lines=lines,
                payment_id=uuid_from(st.rng),
                payment_type=payment_type,
                provider="OFFLINE" if cod else "PAYU",
                features=["ALLEGRO_PAY"] if allegro_pay else [],
                bought_at=bought,
                currency=cur,
                delivery_cost=Money.parse(delivery_cost or "0.00", cur).minor,
                dispatch_from=bought,
                dispatch_to=parse_iso(dispatch_deadline)
                if dispatch_deadline
                else bought + timedelta(days=2),
                fulfillment_status=fulfillment_status,
                status="FILLED_IN",
            )
            st.add_order(order)
            st.emit(order, "BOUGHT", bought)
            st.emit(order, "FILLED_IN", bought)
            if cod:
                order.status = "READY_FOR_PROCESSING"
                st.touch(order)
                st.emit(order, "READY_FOR_PROCESSING", bought)
            elif paid:
                self._pay(order, parse_iso(paid_at) if paid_at else bought)
            return render.checkout_form(order)

    def _pay(self, order: OrderRec, when: Any) -> None:
        # A payment can finish after the buyer cancelled (the READY_FOR_PROCESSING event may
        # come after BUYER_CANCELLED): the form then stays CANCELLED, now with paidAmount.
        status = "CANCELLED" if order.status == "CANCELLED" else "READY_FOR_PROCESSING"
        order.status, order.paid_at, order.paid_amount = status, when, order.total_to_pay
        if self.state.options.payments_fund_balance:
            self.state.balance += order.total_to_pay
        self.state.touch(order)
        self.state.emit(order, "READY_FOR_PROCESSING", when)

    def pay(self, order_id: str) -> dict[str, Any]:
        with self.state.lock:
            order = self._order(order_id)
            if order.paid_amount is not None or order.payment_type == "CASH_ON_DELIVERY":
                raise validation("order is already paid or is cash on delivery")
            self._pay(order, self.state.now())
            return render.checkout_form(order)

    def mark_sent(
        self,
        order_id: str,
        waybill: str | None = None,
        carrier_id: str = "INPOST",
        line_item_ids: list[str] | None = None,
    ) -> dict[str, Any]:
        """The seller (or the carrier) added a tracking number and the parcel left."""
        with self.state.lock:
            order = self._order(order_id)
            order.shipments.append(
                ShipmentRec(
                    new_id(),
                    waybill or f"6{self.state.rng.randint(10**22, 10**23 - 1)}",
                    carrier_id,
                    self.state.now(),
                    line_item_ids or [li.id for li in order.lines],
                )
            )
            order.fulfillment_status = "SENT"
            self.state.touch(order)
            self.state.emit(order, "FULFILLMENT_STATUS_CHANGED")
            return render.checkout_form(order)

    def set_fulfillment(self, order_id: str, status: str) -> dict[str, Any]:
        with self.state.lock:
            order = self._order(order_id)
            order.fulfillment_status = status
            self.state.touch(order)
            self.state.emit(order, "FULFILLMENT_STATUS_CHANGED")
            return render.checkout_form(order)

    def cancel_as_buyer(self, order_id: str) -> dict[str, Any]:
        with self.state.lock:
            order = self._order(order_id)
            order.status = "CANCELLED"
            self.state.touch(order)
            self.state.emit(order, "BUYER_CANCELLED")
            return render.checkout_form(order)

    def order(self, order_id: str) -> dict[str, Any]:
        with self.state.lock:
            return render.checkout_form(self._order(order_id))

    # -- returns ---------------------------------------------------------------------------

    def declare_return(
        self,
        order_id: str,
        items: list[dict[str, Any]] | None = None,
        reason: str = "DONT_LIKE_IT",
        comment: str = "",
    ) -> dict[str, Any]:
        """The buyer declares a return; items: [{lineItemId|offerId, quantity, reason}]."""
        st = self.state
        with st.lock:
            order = self._order(order_id)
            chosen: list[ReturnItemRec] = []
            for spec in items or [{"lineItemId": li.id} for li in order.lines]:
                line = order.line(str(spec.get("lineItemId", ""))) or next(
                    (li for li in order.lines if li.offer_id == spec.get("offerId")), None
                )
                if line is None:
                    raise validation(f"no such line in order {order_id}: {spec}")
                chosen.append(
                    ReturnItemRec(
                        line.offer_id,
                        int(spec.get("quantity", line.quantity)),
                        line.name,
                        line.price,
                        str(spec.get("reason", reason)),
                        str(spec.get("comment", comment)),
                    )
                )
            bank: dict[str, Any] | None = None
            if order.payment_type == "CASH_ON_DELIVERY" or "ALLEGRO_PAY" in order.features:
                bank = {
                    "owner": f"{order.buyer.first_name} {order.buyer.last_name}",
                    "accountNumber": f"{st.rng.randint(10**25, 10**26 - 1)}",
                    "iban": "",
                    "swift": "",
                    "address": {
                        "street": order.buyer.street,
                        "city": order.buyer.city,
                        "postCode": order.buyer.post_code,
                        "countryCode": "PL",
                    },
                }
                bank["iban"] = "PL" + str(bank["accountNumber"])
            ret = ReturnRec(
                new_id(),
                order.id,
                st.now(),
                f"{len(st.returns) + 1:04d}/Z{st.rng.randint(10, 99)}A",
                "CREATED",
                chosen,
                order.currency,
                bank,
            )
            st.add_return(ret)
            return render.customer_return(ret, order)

    def set_return_status(self, return_id: str, status: str) -> dict[str, Any]:
        with self.state.lock:
            ret = self.state.get_return(return_id)
            if ret is None:
                raise not_found(f"customer return {return_id}")
            ret.status = status
            if status in ("DISPATCHED", "IN_TRANSIT") and not ret.waybill:
                ret.waybill = f"RET{self.state.rng.randint(10**9, 10**10 - 1)}"
            self.state.version += 1
            return render.customer_return(ret, self.state.orders.get(ret.order_id))

    # -- refunds outside the API -----------------------------------------------------------

    def refund_by_hand(
        self, order_id: str, quantities: dict[str, int] | None = None, delivery: bool | None = None
    ) -> dict[str, Any]:
        """The seller refunded in Allegro's panel: SUCCESS at once, flagged by_hand."""
        with self.state.lock:
            return render.refund(
                refund_outside_api(
                    self.state,
                    self._order(order_id),
                    source="PANEL",
                    quantities=quantities,
                    delivery=delivery,
                )
            )

    def allegro_refund(
        self, order_id: str, quantities: dict[str, int] | None = None, delivery: bool | None = None
    ) -> dict[str, Any]:
        """Allegro refunded the buyer by itself (e.g. automatic refunds for returns)."""
        with self.state.lock:
            return render.refund(
                refund_outside_api(
                    self.state,
                    self._order(order_id),
                    source="ALLEGRO",
                    quantities=quantities,
                    delivery=delivery,
                )
            )

    def settle_refunds(self) -> int:
        return self.state.settle_due(force=True)

    def refunds(self, order_id: str | None = None) -> list[dict[str, Any]]:
        with self.state.lock:
            rows = self.state.refunds_by_order.get(order_id, []) if order_id else self.state.refunds
            return [render.refund(r) | {"source": r.source} for r in rows]

    def available(self, order_id: str, line_item_id: str) -> tuple[int, int]:
        with self.state.lock:
            return line_available(self.state, self._order(order_id), line_item_id)

    def ledger(self, order_id: str | None = None) -> list[dict[str, Any]]:
        """Money that actually left the seller's balance: the truth tests compare against."""
        with self.state.lock:
            self.state.settle_due()
            return [
                e.to_json() for e in self.state.ledger if order_id is None or e.order_id == order_id
            ]

    # -- clock, balance, tokens, faults ----------------------------------------------------

    def moderate_messages(self, outcome: str = "DELIVERED", reads: int = 1) -> str:
        """New messages wait in moderation (VERIFYING) and end DELIVERED or BLOCKED.

        ``outcome`` "" turns moderation off again.
        """
        if outcome not in ("", "DELIVERED", "BLOCKED") or reads < 0:
            raise ValueError("outcome is DELIVERED, BLOCKED or empty; reads is at least 0")
        self.state.moderation = (outcome, reads) if outcome else None
        return outcome or "off"

    def advance_clock(self, seconds: float) -> str:
        return self.state.clock.advance(seconds).isoformat()

    def set_clock(self, when: str) -> str:
        return self.state.clock.set(parse_iso(when)).isoformat()

    def set_balance(self, amount: str) -> str:
        with self.state.lock:
            self.state.balance = Money.parse(amount, "PLN", allow_negative=True).minor
            return self.balance()

    def balance(self) -> str:
        return Money(self.state.balance, "PLN").amount_str()

    def revoke_tokens(self) -> int:
        return self.tokens.revoke_all()

    def approve_device(self, user_code: str) -> bool:
        return self.tokens.decide(user_code, True)

    def deny_device(self, user_code: str) -> bool:
        return self.tokens.decide(user_code, False)

    def issue_tokens(self) -> dict[str, Any]:
        return self.tokens.issue()

    def add_fault(
        self,
        kind: str,
        path_prefix: str = "/",
        method: str | None = None,
        count: int | None = None,
        latency_ms: int = 0,
        rate: float = 0.0,
        status: int = 503,
    ) -> dict[str, Any]:
        try:
            return self.faults.add(
                kind,
                path_prefix=path_prefix,
                method=method,
                count=count,
                latency_ms=latency_ms,
                rate=rate,
                status=status,
            ).to_json()
        except ValueError as exc:
            raise validation(str(exc)) from exc

    def clear_faults(self) -> None:
        self.faults.clear()

    def set_event_quirks(self, duplicate_rate: float = 0.0, out_of_order_rate: float = 0.0) -> None:
        """Make new events repeat (same type+occurredAt, new id) or carry earlier times."""
        self.state.options.duplicate_event_rate = duplicate_rate
        self.state.options.out_of_order_rate = out_of_order_rate

    def call(self, name: str, kwargs: dict[str, Any]) -> Any:
        """Run one operation by name for the HTTP scenario API."""
        if name not in HTTP_OPERATIONS:
            raise ShopError(404, {"errors": [{"code": "NOT_FOUND", "message": name}]})
        try:
            return getattr(self, name)(**kwargs)
        except TypeError as exc:
            raise validation(f"bad arguments for {name}: {exc}") from exc
