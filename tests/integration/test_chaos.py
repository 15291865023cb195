"""Exactly-once refunds under chaos: two SIGKILLed headless workers, 5xx, 429, drops, latency.

The truth is the demo shop's ledger; what every order should get back is computed here from
the orders this test created, never from RefundDesk's database.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from refunddesk.demo_shop import DemoShop
from refunddesk.domain.cases import Trigger
from refunddesk.domain.rules import Mode, RefundScope, Rule, RuleAction
from refunddesk.domain.rules_json import export_rules
from tests.support.chaos import (
    REFUNDS_PATH,
    TrafficTap,
    WorkerProcess,
    cli,
    database_path,
    wait_until,
)

pytestmark = [pytest.mark.slow, pytest.mark.keyring, pytest.mark.timeout(420)]

SEED = 20261120
MIN_KILLS = 50
CHAOS_SECONDS = 26.0  # buyers act during this window after the shop is connected
# (offer id, name, unit price in grosze): the prices are ours, so the expected amounts are too.
PRODUCTS = [
    ("17001", "Kubek ceramiczny 350 ml", 3999),
    ("17002", "Ładowarka USB-C 65W", 12900),
    ("17003", "Plecak turystyczny 30 l", 19990),
    ("17004", "Skarpety wełniane 3 pary", 4550),
    ("17005", "Lampka biurkowa LED", 8999),
    ("17006", "Etui na telefon", 1999),
]
DELIVERY_COSTS = [0, 999, 1299, 1499]
# Kinds of order and whether RefundDesk must refund them through the API.
REFUNDED_KINDS = {"cancelled", "late", "returned"}
MOVED = ("SUCCESS", "PARTIAL")


def zloty(minor: int) -> str:
    return f"{minor // 100}.{minor % 100:02d}"


@dataclass
class Planned:
    """One order of the scenario and what its buyer is owed through the API (grosze)."""

    kind: str
    order_id: str
    lines: list[tuple[str, int, int]]  # (line item id, unit price, quantity)
    delivery: int
    expected: int = 0

    @property
    def paid(self) -> int:
        return sum(price * qty for _, price, qty in self.lines) + self.delivery


@dataclass
class Script:
    """The orders, what each buyer is owed, and the buyers' acts on a timeline."""

    shop: DemoShop
    rng: random.Random
    orders: dict[str, Planned] = field(default_factory=dict)
    acts: list[tuple[float, str, Callable[[], Any]]] = field(default_factory=list)

    @property
    def sc(self) -> Any:
        return self.shop.scenario

    def order(
        self,
        kind: str,
        *,
        payment_type: str = "ONLINE",
        deadline: datetime | None = None,
        sent: bool = False,
    ) -> Planned:
        picks = self.rng.sample(PRODUCTS, self.rng.randint(1, 3))
        quantities = [self.rng.randint(1, 3) for _ in picks]
        delivery = self.rng.choice(DELIVERY_COSTS)
        form = self.sc.create_order(
            [
                {"offerId": o, "name": n, "price": zloty(p), "quantity": q}
                for (o, n, p), q in zip(picks, quantities, strict=True)
            ],
            delivery_cost=zloty(delivery),
            payment_type=payment_type,
            dispatch_deadline=deadline.isoformat() if deadline else None,
        )
        lines = [
            (li["id"], p, q)
            for li, (_, _, p), q in zip(form["lineItems"], picks, quantities, strict=True)
        ]
        planned = Planned(kind, form["id"], lines, delivery)
        if sent:
            self.sc.mark_sent(form["id"])
        self.orders[form["id"]] = planned
        return planned

    def at(self, t: float, what: str, act: Callable[[], Any]) -> None:
        self.acts.append((t, what, act))

    def when(self, lo: float = 0.5, hi: float = CHAOS_SECONDS - 6) -> float:
        return self.rng.uniform(lo, hi)


def build_history(script: Script) -> None:
    """Orders that exist before RefundDesk is connected (the first sync backfills them)."""
    rng, sc = script.rng, script.sc
    for _ in range(70):
        p = script.order("cancelled")
        p.expected = p.paid  # a cancellation refunds everything, delivery included
        script.at(script.when(), "cancel", lambda o=p.order_id: sc.cancel_as_buyer(o))
    for _ in range(10):  # cancelled before RefundDesk watched: left to the merchant
        p = script.order("cancelled_before")
        sc.cancel_as_buyer(p.order_id)
    for _ in range(10):  # paid the courier, then returned: RefundDesk cannot refund COD
        p = script.order("cod", payment_type="CASH_ON_DELIVERY", sent=True)
        items = [{"lineItemId": p.lines[0][0], "quantity": 1}]
        t = script.when(0.5, CHAOS_SECONDS - 10)
        script.at(t, "COD return", lambda p=p, items=items: declare(script, p, items, True))
    for _ in range(5):  # cancelled before paying on delivery: nothing was paid
        p = script.order("cod_cancelled", payment_type="CASH_ON_DELIVERY")
        script.at(script.when(), "cancel COD", lambda o=p.order_id: sc.cancel_as_buyer(o))
    for n in range(10):
        p = script.order("by_hand")
        # Half refunded in full, half only one line; both before or during the run.
        quantities = None if n % 2 else {p.lines[0][0]: p.lines[0][2]}
        if n < 5:
            sc.refund_by_hand(p.order_id, quantities)
            script.at(script.when(), "cancel", lambda o=p.order_id: sc.cancel_as_buyer(o))
        else:
            t = script.when()
            script.at(
                t, "refund by hand", lambda o=p.order_id, q=quantities: sc.refund_by_hand(o, q)
            )
            script.at(t + 1.0, "cancel", lambda o=p.order_id: sc.cancel_as_buyer(o))
    for n in range(60):
        delivered = n < 45
        p = script.order("returned" if delivered else "return_declared", sent=True)
        chosen = rng.sample(p.lines, rng.randint(1, len(p.lines)))
        items = [{"lineItemId": lid, "quantity": rng.randint(1, qty)} for lid, _, qty in chosen]
        prices = {lid: price for lid, price, _ in p.lines}
        if delivered:
            p.expected = sum(prices[i["lineItemId"]] * i["quantity"] for i in items)
        t = script.when(0.5, CHAOS_SECONDS - 10)
        script.at(
            t, "declare return", lambda p=p, items=items, d=delivered: declare(script, p, items, d)
        )
    for n in range(40):  # quiet orders: sent, or due far in the future
        script.order("quiet", sent=n % 2 == 0)


def declare(script: Script, p: Planned, items: list[dict[str, Any]], deliver: bool) -> None:
    ret = script.sc.declare_return(p.order_id, items)
    if deliver:
        t = time.monotonic() + script.rng.uniform(0.5, 5.0)

        def delivered() -> None:
            script.sc.set_return_status(ret["id"], "IN_TRANSIT")
            script.sc.set_return_status(ret["id"], "DELIVERED")

        # Runs on the buyer thread's own timeline: appended acts are picked up in time order.
        script.at_abs(t, delivered)  # type: ignore[attr-defined]


def build_live(script: Script, connected: datetime) -> None:
    """Orders bought while RefundDesk watches: late ones, sent decoys, quick cancellations."""
    sc = script.sc

    def late(p_box: list[Planned]) -> None:
        deadline = datetime.now(UTC) + timedelta(seconds=script.rng.uniform(2.0, 8.0))
        p = script.order("late", deadline=deadline)
        p.expected = p.paid  # the late rule refunds everything and sets the "cancelled" label
        p_box.append(p)

    def decoy() -> None:
        deadline = datetime.now(UTC) + timedelta(seconds=4)
        script.order("sent_in_time", deadline=deadline, sent=True)

    def bought_then_cancelled() -> None:
        p = script.order("cancelled")
        p.expected = p.paid
        sc.cancel_as_buyer(p.order_id)

    box: list[Planned] = []
    for _ in range(50):
        script.at(script.when(0.2, CHAOS_SECONDS - 9), "late order", lambda: late(box))
    for _ in range(20):
        script.at(script.when(0.2, CHAOS_SECONDS - 6), "sent order", decoy)
    for _ in range(20):
        script.at(script.when(0.2, CHAOS_SECONDS - 6), "buy+cancel", bought_then_cancelled)
    del connected


class Buyers(threading.Thread):
    """Plays the script's acts at their times; acts may add later acts."""

    def __init__(self, script: Script) -> None:
        super().__init__(name="chaos-buyers", daemon=True)
        self.script = script
        self.start_at = time.monotonic()
        self.lock = threading.Lock()
        self.queue = sorted(
            ((self.start_at + t, what, act) for t, what, act in script.acts), key=lambda a: a[0]
        )
        self.errors: list[str] = []
        script.at_abs = self.add  # type: ignore[attr-defined]

    def add(self, when: float, act: Callable[[], Any]) -> None:
        with self.lock:
            self.queue.append((when, "later", act))
            self.queue.sort(key=lambda a: a[0])

    def run(self) -> None:
        while True:
            with self.lock:
                if not self.queue:
                    return
                when, what, act = self.queue[0]
                if when <= time.monotonic():
                    self.queue.pop(0)
                else:
                    act = None  # type: ignore[assignment]
            if act is None:
                time.sleep(min(0.05, max(0.0, when - time.monotonic())))
                continue
            try:
                act()
            except Exception as exc:  # a broken script must fail the test, not hang it
                self.errors.append(f"{what}: {exc!r}")


def rules_file(path: Path) -> Path:
    rules = [
        Rule(id="cancel", name="Buyer cancelled", trigger=Trigger.BUYER_CANCELLED, mode=Mode.ARMED),
        Rule(
            id="late",
            name="Not sent in time",
            trigger=Trigger.NOT_SENT_IN_TIME,
            mode=Mode.ARMED,
            action=RuleAction(mark_cancelled=True),
        ),
        Rule(
            id="returns",
            name="Returned items",
            trigger=Trigger.RETURN_DELIVERED,
            mode=Mode.ARMED,
            # Buyers of returns are told (Allegro's message centre): at most one notice each.
            action=RuleAction(
                scope=RefundScope.RETURNED_ITEMS,
                include_delivery=False,
                notify_buyer=True,
                notice_template="refund_return",
            ),
        ),
    ]
    path.write_text(export_rules(rules), encoding="utf-8")
    return path


# Every endpoint RefundDesk calls, by method and path prefix: each gets its share of faults.
ENDPOINTS = [
    ("GET", "/order/events"),
    ("GET", "/order/event-stats"),
    ("GET", "/order/checkout-forms"),
    ("PUT", "/order/checkout-forms/"),
    ("GET", "/order/customer-returns"),
    ("GET", REFUNDS_PATH),
    ("POST", "/messaging/messages"),
]


def unleash(shop: DemoShop, rng: random.Random, life: int) -> None:
    """The faults of one worker life: some standing, some one-shot, changing as lives go by."""
    f = shop.scenario
    f.clear_faults()
    f.add_fault("latency", REFUNDS_PATH, method="POST", latency_ms=rng.choice([20, 60, 150]))
    f.add_fault("latency", "/order/", method="GET", latency_ms=rng.choice([0, 2, 5]))
    f.add_fault("error_rate", REFUNDS_PATH, method="POST", rate=0.2, status=503)
    f.add_fault("drop_after_commit", REFUNDS_PATH, method="POST", count=rng.randint(1, 3))
    for method, path in ENDPOINTS:
        f.add_fault("error_rate", path, method=method, rate=0.03, status=rng.choice([500, 502]))
        if rng.random() < 0.3:
            f.add_fault("drop_after_commit", path, method=method, count=1)
    if life % 5 == 0:
        # Allegro's 429 says "Retry-After: 60": the worker waits, and is killed while it waits.
        f.add_fault("burst_429", "/order/events", count=1)


class Peek:
    """Reads the workers' database (SQLite file or PostgreSQL) without writing to it."""

    def __init__(self, url: str) -> None:
        self.engine = create_engine(url)

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        with self.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]

    def close(self) -> None:
        self.engine.dispose()


def intents(db: Peek) -> list[tuple[Any, ...]]:
    return db.rows(
        "SELECT order_id, trigger, scope, state, amount_minor, command_id, held_reason "
        "FROM refund_intents"
    )


# SQLite is the merchant's usual set-up; PostgreSQL is several PCs sharing one database.
@pytest.mark.parametrize(
    ("backend", "min_kills"), [("sqlite", MIN_KILLS), ("postgresql", MIN_KILLS)]
)
def test_refunds_are_exactly_once_under_kills_and_faults(
    tmp_path: Path, backend: str, min_kills: int, request: pytest.FixtureRequest
) -> None:
    rng = random.Random(SEED)
    tap = TrafficTap()
    shop = DemoShop(
        observer=tap,
        auto_approve=True,
        device_interval=1,
        refund_settle_seconds=0.3,
        seed=SEED,
    ).start()
    data = tmp_path / "data"
    # Two workers on one database (the app and a headless worker, say): each life kills one of
    # them at random, so takeovers of the lease and of half-sent refunds happen all the time.
    if backend == "postgresql":
        url = request.getfixturevalue("postgres_url")
        db_args = ["--database-url", url]
    else:
        url, db_args = f"sqlite:///{database_path(data)}", []
    workers = [WorkerProcess(data, interval=0.2, args=db_args, name=f"worker{n}") for n in range(2)]
    db = Peek(url)
    try:
        script = Script(shop, rng)
        build_history(script)
        cli(
            data,
            *db_args,
            "shop",
            "add",
            "Chaos shop",
            "--environment",
            "demo",
            "--api-url",
            shop.url,
            "--client-id",
            "demo-client",
            "--client-secret",
            "demo-secret",
        )
        cli(
            data,
            *db_args,
            "rules",
            "import",
            str(rules_file(tmp_path / "rules.json")),
            "--keep-modes",
        )
        connected = datetime.now(UTC)
        build_live(script, connected)
        buyers = Buyers(script)
        buyers.start()

        # Chaos: random lives, each ended by SIGKILL, with faults that change per life.
        lives = 0
        # On a slow machine a life may end before its round sends anything: chaos goes on until
        # a refund POST has met a fault, within the time bound.
        t_end = time.monotonic() + 160
        while (
            buyers.is_alive() or kills(workers) < min_kills or not posts_faulted(tap)
        ) and time.monotonic() < t_end:
            unleash(shop, rng, lives)
            for w in workers:
                if not w.alive():
                    w.start()
            lives += 1
            if lives == 1:
                pause = 6.0
            elif kills(workers) >= min_kills and not posts_faulted(tap):
                # A slow machine: lives too short to reach a refund POST. Longer ones let the
                # workers get there, so the faults meet the money path before calm comes.
                pause = rng.uniform(3.0, 5.0)
            else:
                pause = rng.uniform(0.8, 2.0)
            time.sleep(pause)
            rng.choice(workers).kill()
        buyers.join(timeout=10)
        assert not buyers.is_alive() and not buyers.errors, buyers.errors
        assert kills(workers) >= min_kills

        # Calm: faults gone, both workers live again and must finish every refund.
        shop.scenario.clear_faults()
        for w in workers:
            if not w.alive():
                w.start()
        owed = {o for o, p in script.orders.items() if p.expected}
        held = {o for o, p in script.orders.items() if p.kind in ("cod", "by_hand")}
        late = {o for o, p in script.orders.items() if p.kind == "late"}

        def finished() -> bool:
            rows = intents(db)
            done = {r[0] for r in rows if r[3] == "SUCCEEDED"}
            held_now = {r[0] for r in rows if r[3] in ("HELD", "NO_ACTION")}
            busy = [
                r for r in rows if r[3] in ("PLANNED", "SUBMITTING", "SUBMITTED", "UNCONFIRMED")
            ]
            labelled = all(
                shop.scenario.order(o)["fulfillment"]["status"] == "CANCELLED" for o in late
            )
            return owed <= done and held <= held_now and not busy and labelled

        returned = {o for o, p in script.orders.items() if p.kind == "returned"}

        def all_told() -> bool:
            # Each refunded return's notice reached an end: sent, or failed/unknown for a
            # person to resend (a lost answer is never sent again blindly: no double notice).
            settled = db.rows(
                "SELECT i.order_id FROM notifications n JOIN refund_intents i "
                "ON i.id = n.intent_id WHERE n.status <> 'pending'"
            )
            return returned <= {r[0] for r in settled}

        try:
            wait_until(finished, timeout=150, interval=0.5, what="every owed refund to succeed")
        except AssertionError:
            rows = intents(db)
            missing = owed - {r[0] for r in rows if r[3] == "SUCCEEDED"}
            # Which of finished()'s conditions failed: all owed refunds did succeed once, while
            # the others went unreported (seen 2 times in ~10 runs on 2026-12-06).
            in_flight = ("PLANNED", "SUBMITTING", "SUBMITTED", "UNCONFIRMED")
            busy = [r for r in rows if r[3] in in_flight]
            not_held = held - {r[0] for r in rows if r[3] in ("HELD", "NO_ACTION")}
            unlabelled = [
                o for o in late if shop.scenario.order(o)["fulfillment"]["status"] != "CANCELLED"
            ]
            pytest.fail(
                f"{len(missing)} owed refunds not SUCCEEDED: "
                f"{[r for r in rows if r[0] in missing][:10]}\n"
                f"still busy: {busy[:10]}\nnot held: {[r for r in rows if r[0] in not_held][:10]}"
                f"\nlate orders not marked cancelled: {unlabelled}\n"
                f"{workers[0].log_tail()}\n{workers[1].log_tail()}"
            )
        for w in workers:
            assert w.stop() == 0, w.log_tail()

        report = chaos_report(script, shop, db)
        print(
            f"\nchaos ({backend}): {kills(workers)} kills of 2 workers, {len(script.orders)} "
            f"orders, {len(owed)} refunds owed; faults hit {dict(tap.faulted)}; refund POSTs "
            f"{len(tap.posts)}; notices settled for all returns: {all_told()}\n  "
            + ", ".join(f"{k}: {len(v)}" for k, v in report.items())
        )
        assert all(not v for v in report.values()), report
        check_ledger(script, shop)
        check_posts(tap)
        check_database(script, db, shop)
    finally:
        for w in workers:
            w.kill()
        shop.stop()
        db.close()


def chaos_report(script: Script, shop: DemoShop, db: Peek) -> dict[str, list[str]]:
    """Orders refunded twice, over-refunded, owed but not refunded; buyers told twice."""
    shop.scenario.settle_refunds()
    moved: Counter[str] = Counter()
    for entry in shop.scenario.ledger():
        moved[entry["orderId"]] += entry["amountMinor"]
    per_order = Counter(r.order_id for r in api_refunds(shop) if r.status in MOVED)
    with shop.state.lock:
        told = Counter(
            str((m.get("relatesTo") or {}).get("order", {}).get("id")) for m in shop.state.messages
        )
    owed = {o for o, p in script.orders.items() if p.expected}
    return {
        "duplicated": sorted(o for o, n in per_order.items() if n > 1),
        "over-refunded": sorted(o for o, p in script.orders.items() if moved[o] > p.paid),
        "missing": sorted(o for o in owed if per_order[o] == 0),
        "double notices": sorted(o for o, n in told.items() if n > 1),
    }


def posts_faulted(tap: TrafficTap) -> bool:
    with tap._lock:
        return any("drop_after_commit" in p.faults for p in tap.posts)


def kills(workers: list[WorkerProcess]) -> int:
    return sum(w.kills for w in workers)


def check_ledger(script: Script, shop: DemoShop) -> None:
    shop.scenario.settle_refunds()
    by_api: Counter[str] = Counter()
    by_hand: Counter[str] = Counter()
    for entry in shop.scenario.ledger():
        assert entry["currency"] == "PLN"
        (by_api if entry["source"] == "API" else by_hand)[entry["orderId"]] += entry["amountMinor"]
    expected = {o: p.expected for o, p in script.orders.items() if p.expected}
    # Exactly what each buyer is owed: nothing twice, nothing missing, nothing extra.
    assert dict(by_api) == expected, _ledger_diff(dict(by_api), expected, script)
    for order_id, p in script.orders.items():
        assert by_api[order_id] + by_hand[order_id] <= p.paid, f"{p.kind} {order_id} over-refunded"
    assert set(by_hand) == {o for o, p in script.orders.items() if p.kind == "by_hand"}
    # One successful API refund per order (no order+scope refunded twice on the shop's side).
    per_order = Counter(r.order_id for r in api_refunds(shop) if r.status in MOVED)
    assert all(n == 1 for n in per_order.values()), per_order.most_common(5)


def _ledger_diff(got: dict[str, int], want: dict[str, int], script: Script) -> str:
    lines = []
    for order_id in sorted(set(got) | set(want)):
        if got.get(order_id, 0) != want.get(order_id, 0):
            kind = script.orders[order_id].kind if order_id in script.orders else "?"
            lines.append(
                f"{kind} {order_id}: refunded {got.get(order_id, 0)} owed {want.get(order_id, 0)}"
            )
    return "ledger differs from what buyers are owed:\n" + "\n".join(lines[:20])


def api_refunds(shop: DemoShop) -> list[Any]:
    """The shop's own refund records made through the API (the panel's have no commandId)."""
    with shop.state.lock:
        return [r for r in shop.state.refunds if r.source == "API"]


def check_posts(tap: TrafficTap) -> None:
    assert tap.posts, "the shop saw no refund POST at all"
    for post in tap.posts:
        if post.truncated:  # its sender died mid-request: refused, and no money moved
            assert post.status >= 400, post
            continue
        assert post.command_id, f"a refund POST for {post.order_id} had no commandId"
        uuid.UUID(str(post.command_id))
    # The chaos reached the refunds: a refund POST lost its answer after the shop committed,
    # and 5xx answers hit the traffic (how many land on POSTs depends on the machine's speed).
    faulted = Counter(k for p in tap.posts for k in p.faults)
    assert faulted["drop_after_commit"] >= 1, faulted
    assert tap.faulted.get("error_rate", 0) >= 1, tap.faulted


def check_database(script: Script, db: Peek, shop: DemoShop) -> None:
    rows = intents(db)
    succeeded = [r for r in rows if r[3] == "SUCCEEDED"]
    keys = Counter((r[0], r[2]) for r in succeeded)
    assert all(n == 1 for n in keys.values()), keys.most_common(3)
    api_commands = {r.command_id for r in api_refunds(shop) if r.status in MOVED}
    assert {r[5] for r in succeeded} == api_commands
    by_order: dict[str, list[tuple[Any, ...]]] = {}
    for r in rows:
        by_order.setdefault(r[0], []).append(r)
    for order_id, p in script.orders.items():
        states = [r[3] for r in by_order.get(order_id, [])]
        if p.kind == "cod":
            assert states == ["HELD"], (order_id, by_order.get(order_id))
            assert by_order[order_id][0][6] == "CASH_ON_DELIVERY"
        elif p.kind == "by_hand":
            # A partial refund by hand is held; after a full one "nothing is left to refund".
            assert states in (["HELD"], ["NO_ACTION"]), (order_id, by_order.get(order_id))
            if states == ["HELD"]:
                assert by_order[order_id][0][6] == "ALREADY_REFUNDED_ELSEWHERE"
        elif p.kind in REFUNDED_KINDS:
            assert states == ["SUCCEEDED"], (p.kind, order_id, by_order.get(order_id))
        else:
            assert "SUCCEEDED" not in states, (p.kind, order_id, by_order.get(order_id))
