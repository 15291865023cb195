"""Catching up on many orders reads them through the order list, not one request each."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from refunddesk.automation import sync
from refunddesk.automation.sync import sync_shop
from refunddesk.store import models as m
from refunddesk.store import sync_repo
from tests.support.pipeline import Pipeline


def _gets(pipeline: Pipeline, prefix: str) -> int:
    exchanges = pipeline.shop.contract.exchanges  # type: ignore[attr-defined]
    return sum(1 for ex in exchanges if ex.method == "GET" and ex.path.startswith(prefix))


def _list_reads(pipeline: Pipeline) -> int:
    exchanges = pipeline.shop.contract.exchanges  # type: ignore[attr-defined]
    return sum(1 for ex in exchanges if ex.path == "/order/checkout-forms")


def test_many_new_orders_are_read_in_pages(pipeline: Pipeline) -> None:
    market = pipeline.worker._market(pipeline.shop_id)[0]  # type: ignore[union-attr]
    sync_shop(pipeline.db, pipeline.shop_id, market, pipeline.now)  # first connection: empty
    ids = [pipeline.scenario.create_order()["id"] for _ in range(230)]
    pipeline.scenario.cancel_as_buyer(ids[0])
    singles_before = _gets(pipeline, "/order/checkout-forms/")
    report = sync_shop(pipeline.db, pipeline.shop_id, market, pipeline.now)
    assert len(report.changed_orders) == 230
    with pipeline.db.sessions() as s:
        assert s.scalar(select(func.count(m.Order.id))) == 230
        cancelled = s.scalar(select(m.Order.status).where(m.Order.order_id == ids[0]))
    assert cancelled == "CANCELLED"  # the list brought each order as it is now
    # 230 orders: a few list pages, not 230 single reads.
    assert _gets(pipeline, "/order/checkout-forms/") - singles_before == 0
    assert report.events_read >= 230


def test_few_new_orders_are_read_one_by_one(pipeline: Pipeline) -> None:
    market = pipeline.worker._market(pipeline.shop_id)[0]  # type: ignore[union-attr]
    sync_shop(pipeline.db, pipeline.shop_id, market, pipeline.now)
    for _ in range(3):
        pipeline.scenario.create_order()
    before = _gets(pipeline, "/order/checkout-forms/")
    report = sync_shop(pipeline.db, pipeline.shop_id, market, pipeline.now)
    assert report.orders_saved == 3
    assert _gets(pipeline, "/order/checkout-forms/") - before == 3


def test_a_long_history_is_caught_up_through_list_pages(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A busy day of a shop: most orders were paid minutes and sent hours after they were
    # bought, so the orders a page of events names were last changed pages of events later.
    pipeline.scenario.seed(count=300, days=1)
    with pipeline.db.transaction() as s:  # a known shop whose cursor is at the feed's start
        sync_repo.set_cursor(s, pipeline.shop_id, sync_repo.ORDER_EVENTS, None, pipeline.now())
    monkeypatch.setattr(sync, "EVENT_PAGE", 200)  # many pages of events, as a long history has
    market = pipeline.worker._market(pipeline.shop_id)[0]  # type: ignore[union-attr]
    lists, singles = _list_reads(pipeline), _gets(pipeline, "/order/checkout-forms/")

    report = sync.sync_shop(pipeline.db, pipeline.shop_id, market, pipeline.now)

    assert report.events_read > 600  # three or four events an order, pages of them
    # 300 orders: the list read once (3 pages of 100, one more for the end), no single reads.
    assert _list_reads(pipeline) - lists <= 4
    assert _gets(pipeline, "/order/checkout-forms/") - singles == 0
    with pipeline.db.sessions() as s:
        saved = {o.order_id: o for o in s.scalars(select(m.Order))}
    assert len(saved) == 300
    for order_id, row in saved.items():  # every order saved as it is now, not as first listed
        live = pipeline.scenario.order(order_id)
        assert (row.revision, row.status) == (live["revision"], live["status"]), order_id
        assert row.fulfillment_status == live["fulfillment"]["status"], order_id
