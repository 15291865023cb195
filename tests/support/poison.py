"""Poison one order's data wherever the demo shop sends it (a DemoShop.answer_hook)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

Change = Callable[[Any], None]

# What an entity of each kind is, in each answer of the shop: (path test, entities, owner).
KINDS = ("form", "event", "stats", "return", "refund", "shipment")


def set_at(path: list[Any], value: Any) -> Change:
    """A change setting the value at ``path`` (keys and list indexes)."""

    def change(data: Any) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def leaf_paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path inside a JSON value (objects and lists too, not the value itself)."""
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return
    for key, child in items:
        yield (*prefix, key)
        yield from leaf_paths(child, (*prefix, key))


class Poisoner:
    """Applies ``change`` to one order's entities of one ``kind`` in every GET answer."""

    def __init__(self) -> None:
        self.order_id = ""
        self.kind = ""
        self.change: Change | None = None
        self.applied = 0  # how many entities were poisoned: a test can check it happened

    def poison(self, order_id: str, kind: str, change: Change) -> None:
        assert kind in KINDS, kind
        self.order_id, self.kind, self.change, self.applied = order_id, kind, change, 0

    def clear(self) -> None:
        self.change = None

    def __call__(self, method: str, path: str, payload: bytes) -> bytes:
        if method != "GET" or self.change is None:
            return payload
        body = json.loads(payload)
        hits = list(self._entities(path, body))
        for entity in hits:
            self.change(entity)
        if not hits:
            return payload
        self.applied += len(hits)
        return json.dumps(body).encode()  # Infinity and NaN written as Python's reader takes

    def _entities(self, path: str, body: Any) -> Iterator[Any]:
        oid, kind = self.order_id, self.kind
        if kind == "form" and path == "/order/checkout-forms":
            yield from (f for f in body.get("checkoutForms", []) if f.get("id") == oid)
        elif kind == "form" and path == f"/order/checkout-forms/{oid}":
            yield body
        elif kind == "event" and path == "/order/events":
            for e in body.get("events", []):
                if e.get("order", {}).get("checkoutForm", {}).get("id") == oid:
                    yield e
        elif kind == "stats" and path == "/order/event-stats":
            yield body
        elif kind == "return" and path == "/order/customer-returns":
            yield from (r for r in body.get("customerReturns", []) if r.get("orderId") == oid)
        elif kind == "return" and path.startswith("/order/customer-returns/"):
            if body.get("orderId") == oid:
                yield body
        elif kind == "refund" and path == "/payments/refunds":
            for r in body.get("refunds", []):
                if (r.get("order") or {}).get("id") == oid:
                    yield r
        elif kind == "shipment" and path == f"/order/checkout-forms/{oid}/shipments":
            yield body
