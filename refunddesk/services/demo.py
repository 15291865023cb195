"""The demo profile: starter rules, and a little life in the demo shop while the app runs."""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from refunddesk.domain.rules import Mode, Rule
from refunddesk.domain.starter_rules import starter_rules as _starters

log = logging.getLogger(__name__)

ACTIVITY_SECONDS = 20.0


def starter_rules() -> list[Rule]:
    """The starter rules; in the demo the cancellation and return rules are armed, so money
    visibly moves in the pretend shop (a real shop's new rules always start in shadow)."""
    armed = {0, 1, 3}  # hold from 500 PLN, refund cancellations, refund delivered returns
    return [
        replace(rule, mode=Mode.ARMED) if n in armed else rule
        for n, rule in enumerate(_starters("PLN"))
    ]


def start_demo_activity(shop: Any, *, seconds: float = ACTIVITY_SECONDS) -> Callable[[], None]:
    """Every few seconds a buyer does something: orders, cancels, returns. Returns a stopper."""
    stop = threading.Event()
    rng = random.Random(7)

    def tick() -> None:
        scenario = shop.scenario
        orders = [o for o in shop.state.orders.values()]
        roll = rng.random()
        if roll < 0.35 or not orders:
            scenario.create_order()
            return
        order = rng.choice(orders)
        if roll < 0.6 and order.status == "READY_FOR_PROCESSING" and not order.shipments:
            scenario.cancel_as_buyer(order.id)
        elif roll < 0.8 and order.shipments:
            ret = scenario.declare_return(order.id, [{"lineItemId": order.lines[0].id}])
            threading.Timer(
                seconds * 2, scenario.set_return_status, (ret["id"], "DELIVERED")
            ).start()
        elif order.status == "READY_FOR_PROCESSING" and not order.shipments:
            scenario.mark_sent(order.id)

    def loop() -> None:
        while not stop.wait(seconds):
            try:
                tick()
            except Exception:  # the demo's own life must never take the app down
                log.debug("demo activity step failed", exc_info=True)

    threading.Thread(target=loop, name="demo-activity", daemon=True).start()
    return stop.set
