"""Catching up on many orders reads them through the order list, not one request each."""

from __future__ import annotations

from sqlalchemy import func, select

from refunddesk.automation.sync import sync_shop
from refunddesk.store import models as m
from tests.support.pipeline import Pipeline


def _gets(pipeline: Pipeline, prefix: str) -> int:
    exchanges = pipeline.shop.contract.exchanges  # type: ignore[attr-defined]
    return sum(1 for ex in exchanges if ex.method == "GET" and ex.path.startswith(prefix))


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
