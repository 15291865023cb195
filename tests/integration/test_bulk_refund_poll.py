"""Submitted refunds' statuses: one read of the refunds list, not one request each, and a
long batch re-read at its end."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from refunddesk.automation import executor
from refunddesk.automation.intent_ops import AttemptRecorder
from refunddesk.automation.states import IntentState
from refunddesk.automation.worker import Worker
from refunddesk.demo_shop.clock import ShopClock
from refunddesk.demo_shop.server import Exchange
from refunddesk.domain.cases import Trigger
from refunddesk.domain.rules import Mode, Rule
from refunddesk.infra.secrets import Secrets
from refunddesk.marketplace.base import Marketplace
from refunddesk.services import shops
from refunddesk.store.database import open_database, sqlite_url
from tests.support.demo_shop import DemoShopFactory
from tests.support.pipeline import Pipeline, connect_demo_shop

ITEMS = [{"offerId": "17001", "name": "Kubek ceramiczny 350 ml", "price": "39.99", "quantity": 1}]
CANCEL = Rule(id="r-cancel", name="Cancellations", trigger=Trigger.BUYER_CANCELLED, mode=Mode.ARMED)


def _submitted(p: Pipeline, count: int) -> list[str]:
    p.rules = [CANCEL]
    ids = [p.scenario.create_order(ITEMS)["id"] for _ in range(count)]
    p.cycle()
    for oid in ids:
        p.scenario.cancel_as_buyer(oid)
    p.cycle(settle=False)
    assert {p.intent(oid).state for oid in ids} == {IntentState.SUBMITTED}
    assert p.scenario.settle_refunds()
    return ids


def _status_reads(seen: list[Exchange]) -> tuple[int, int]:
    """(reads of the list by time, reads of one refund by id) of GET /payments/refunds."""
    reads = [x for x in seen if x.method == "GET" and x.path == "/payments/refunds"]
    return (
        sum(1 for x in reads if "occurredAt.gte" in x.query),
        sum(1 for x in reads if "id" in x.query),
    )


def test_a_bulk_status_poll_updates_every_submitted_refund(pipeline: Pipeline) -> None:
    p = pipeline
    ids = _submitted(p, 12)
    seen: list[Exchange] = []
    p.shop.observer = seen.append
    assert p.worker is not None
    p.worker.run_once()
    assert {p.intent(oid).state for oid in ids} == {IntentState.SUCCEEDED}
    assert all(p.intent(oid).platform_status == "SUCCESS" for oid in ids)
    assert _status_reads(seen) == (1, 0)  # one list read, no refund read on its own


def test_an_unreadable_refunds_list_falls_back_to_one_read_each(pipeline: Pipeline) -> None:
    p = pipeline
    ids = _submitted(p, 4)
    # Garbage for the list read and each of its retries: then every refund is read by id.
    p.scenario.add_fault("malformed", "/payments/refunds", method="GET", count=4)
    seen: list[Exchange] = []
    p.shop.observer = seen.append
    assert p.worker is not None
    p.worker.run_once()
    assert {p.intent(oid).state for oid in ids} == {IntentState.SUCCEEDED}
    assert _status_reads(seen) == (4, 4)


@pytest.fixture
def settling_pipeline(demo_shop_factory: DemoShopFactory, tmp_path: Path) -> Iterator[Pipeline]:
    """The pipeline with a shop that settles every refund as soon as it is next asked."""
    clock = ShopClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC), frozen=True)
    shop = demo_shop_factory(clock=clock, refund_settle_seconds=0)
    db = open_database(sqlite_url(tmp_path / "pipeline.sqlite3"))
    secrets = Secrets()
    p = Pipeline(shop, db, secrets, connect_demo_shop(db, secrets, shop))

    def market(shop_pk: int, recorder: AttemptRecorder) -> Marketplace:
        return shops.client_for(shops.get_shop(db, shop_pk), secrets, attempt_listener=recorder)

    p.worker = Worker(db, market, lambda _db: list(p.rules), now=shop.clock.now, interval=0.01)
    yield p
    db.dispose()


@pytest.mark.parametrize(("repoll_after", "succeeded"), [(0.0, True), (3600.0, False)])
def test_a_long_batch_sees_success_in_the_cycle_that_sent_it(
    settling_pipeline: Pipeline,
    monkeypatch: pytest.MonkeyPatch,
    repoll_after: float,
    succeeded: bool,
) -> None:
    p = settling_pipeline
    # How long a batch must have taken before its end re-reads the statuses (5 s in use).
    monkeypatch.setattr(executor, "REPOLL_AFTER_SECONDS", repoll_after)
    p.rules = [CANCEL]
    ids = [p.scenario.create_order(ITEMS)["id"] for _ in range(3)]
    p.cycle()
    for oid in ids:
        p.scenario.cancel_as_buyer(oid)
    p.cycle(settle=False)  # one cycle: sync, plan, send ... and, for a long batch, poll again
    want = IntentState.SUCCEEDED if succeeded else IntentState.SUBMITTED
    assert {p.intent(oid).state for oid in ids} == {want}
    assert all(len(p.scenario.refunds(oid)) == 1 for oid in ids)  # re-reading sent nothing
