"""Exactly once across workers: several `refunddesk run` processes share one database.

The GUI and a headless worker on one SQLite file, or several PCs on one PostgreSQL database, is
a supported set-up. Here every round is far longer than the lease (slow answers from Allegro),
and a "freezer" stops the worker that holds the lease for longer than the lease (a laptop put to
sleep mid-round), so takeovers happen while refunds are in flight. The truth is the demo shop's
ledger: every cancelled order is refunded exactly once, by the amount its rule says.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from refunddesk.demo_shop import DemoShop
from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode, Rule, RuleAction
from refunddesk.domain.rules_json import export_rules
from tests.support.chaos import REFUNDS_PATH, TrafficTap, WorkerProcess, cli, wait_until
from tests.support.demo_shop import DemoShopFactory

pytestmark = [pytest.mark.slow, pytest.mark.keyring, pytest.mark.timeout(300)]

ORDERS = 150
LEASE_SECONDS = "1.0"  # a round here takes well over ten seconds
HALF_FROM = 15000  # orders of 150.00 PLN and more get half back; the others everything
PRICES = [4999, 8999, 12900, 15900, 19990, 24900]


def _zloty(minor: int) -> str:
    return f"{minor // 100}.{minor % 100:02d}"


def _rules(path: Path) -> Path:
    rules = [
        Rule(
            id="half",
            name="Cancelled, 150 PLN and more: half back",
            trigger=Trigger.BUYER_CANCELLED,
            conditions=Conditions(total_at_least=Money(HALF_FROM, "PLN")),
            action=RuleAction(percent=Decimal(50)),
            mode=Mode.ARMED,
        ),
        Rule(
            id="all", name="Cancelled: all back", trigger=Trigger.BUYER_CANCELLED, mode=Mode.ARMED
        ),
    ]
    path.write_text(export_rules(rules), encoding="utf-8")
    return path


class Freezer(threading.Thread):
    """Now and then stops one worker for longer than the lease, then lets it go on."""

    def __init__(self, workers: list[WorkerProcess], rng: random.Random) -> None:
        super().__init__(name="freezer", daemon=True)
        self.workers, self.rng = workers, rng
        self.halt = threading.Event()
        self.freezes = 0

    def run(self) -> None:
        while not self.halt.wait(self.rng.uniform(1.0, 2.5)):
            victim = self.rng.choice(self.workers)
            victim.freeze()
            self.freezes += 1
            self.halt.wait(self.rng.uniform(1.5, 3.0))
            victim.thaw()


def _api_refunds(shop: DemoShop) -> list[Any]:
    with shop.state.lock:
        return [r for r in shop.state.refunds if r.source == "API"]


@pytest.mark.parametrize(
    ("backend", "count"), [("sqlite", 2), ("sqlite", 4), ("postgresql", 2), ("postgresql", 4)]
)
def test_workers_sharing_one_database_refund_every_order_exactly_once(
    backend: str,
    count: int,
    tmp_path: Path,
    demo_shop_factory: DemoShopFactory,
    request: pytest.FixtureRequest,
) -> None:
    rng = random.Random(f"{backend}-{count}")
    tap = TrafficTap()
    shop = demo_shop_factory(auto_approve=True, device_interval=1, refund_settle_seconds=0.5)
    contract = shop.observer
    assert contract is not None

    def both(exchange: Any) -> None:
        contract(exchange)
        tap(exchange)

    shop.observer = both
    db_args: list[str] = []
    if backend == "postgresql":
        db_args = ["--database-url", request.getfixturevalue("postgres_url")]
    # One data folder per worker (logs, crash files); the database is the one thing they share.
    shared = tmp_path / "shared"
    if backend == "sqlite":
        db_args = ["--database-url", f"sqlite:///{shared / 'refunddesk.sqlite3'}"]
    setup = tmp_path / "setup"
    paid: dict[str, int] = {}
    for _ in range(ORDERS):
        price = rng.choice(PRICES)
        form = shop.scenario.create_order(
            [{"offerId": "17001", "name": "Kubek", "price": _zloty(price), "quantity": 1}],
            delivery_cost="9.99",
        )
        paid[form["id"]] = price + 999
    cli(
        setup,
        *db_args,
        "shop",
        "add",
        "Shared shop",
        "--environment",
        "demo",
        "--api-url",
        shop.url,
        "--client-id",
        "demo-client",
        "--client-secret",
        "demo-secret",
    )
    cli(setup, *db_args, "rules", "import", str(_rules(tmp_path / "rules.json")), "--keep-modes")
    for order_id in paid:
        shop.scenario.cancel_as_buyer(order_id)
    # Slow answers: every round lasts many leases (150 POSTs alone take 4.5 s, the lease 1 s).
    shop.scenario.add_fault("latency", REFUNDS_PATH, method="POST", latency_ms=30)
    shop.scenario.add_fault("latency", "/", method="GET", latency_ms=8)

    env = {"REFUNDDESK_LEASE_SECONDS": LEASE_SECONDS}
    workers = [
        WorkerProcess(tmp_path / f"pc{n}", interval=0.2, args=db_args, env=env, name=f"w{n}")
        for n in range(count)
    ]
    freezer = Freezer(workers, rng)
    try:
        for w in workers:
            w.start()
        freezer.start()

        def all_refunded() -> bool:
            shop.scenario.settle_refunds()
            moved = Counter(r.order_id for r in _api_refunds(shop) if r.status == "SUCCESS")
            return set(moved) >= set(paid)

        try:
            wait_until(all_refunded, timeout=180, interval=1.0, what="every order refunded")
        finally:
            freezer.halt.set()
            freezer.join(10)
            for w in workers:
                w.thaw()

        def all_recorded() -> bool:  # the workers poll Allegro until every refund is final
            shop.scenario.settle_refunds()
            return set(_intent_states(db_args).values()) <= {"SUCCEEDED", "FAILED", "HELD"}

        wait_until(all_recorded, timeout=60, interval=1.0, what="every refund's final state")
        time.sleep(2 * float(LEASE_SECONDS))  # a late answer of a thawed worker changes nothing
        for w in workers:
            assert w.stop() == 0, w.log_tail()

        refunds = [r for r in _api_refunds(shop) if r.status in ("SUCCESS", "PARTIAL")]
        per_order = Counter(r.order_id for r in refunds)
        twice = {o: n for o, n in per_order.items() if n > 1}
        assert twice == {}, f"orders refunded twice: {twice}"
        assert set(per_order) == set(paid), "some orders were never refunded"
        for r in refunds:
            full = paid[r.order_id]
            if full - 999 >= HALF_FROM:
                assert abs(r.total * 2 - full) <= 2, (r.order_id, r.total, full)  # half, rounded
            else:
                assert r.total == full, (r.order_id, r.total, full)
        ledger = Counter[str]()
        for entry in shop.scenario.ledger():
            ledger[entry["orderId"]] += entry["amountMinor"]
        assert all(ledger[o] <= paid[o] for o in paid), "an order was over-refunded"

        # The record matches the money: every intent SUCCEEDED, none FAILED though refunded.
        states = _intent_states(db_args)
        assert Counter(states.values()) == Counter({"SUCCEEDED": ORDERS}), Counter(states.values())
        posts = Counter(p.command_id for p in tap.posts)
        print(
            f"\n{backend} x{count}: {len(refunds)} refunds, {freezer.freezes} freezes, "
            f"{len(tap.posts)} refund POSTs ({sum(n - 1 for n in posts.values())} resends)"
        )
    finally:
        freezer.halt.set()
        for w in workers:
            w.thaw()
            w.kill()


def _intent_states(db_args: list[str]) -> dict[str, str]:
    """Order id -> state of its refund, read straight from the shared database."""
    from refunddesk.store import models as m
    from refunddesk.store.database import open_database

    db = open_database(db_args[1], migrate=False)
    try:
        with db.sessions() as s:
            return {
                order_id: state
                for order_id, state in s.query(m.RefundIntent.order_id, m.RefundIntent.state)
            }
    finally:
        db.dispose()
