"""One order poisoned on Allegro's side is quarantined; the sync goes on with the rest."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from refunddesk.automation.sync import SyncReport, sync_shop
from refunddesk.domain.messages import Said, details, render
from refunddesk.queries import orders as q
from refunddesk.store import models as m
from refunddesk.store import sync_repo
from tests.support.pipeline import Pipeline
from tests.support.poison import Poisoner, set_at


@pytest.fixture
def p(pipeline: Pipeline) -> Pipeline:
    return pipeline


def _sync(p: Pipeline) -> SyncReport:
    market = p.worker._market(p.shop_id)[0]  # type: ignore[union-attr]
    return sync_shop(p.db, p.shop_id, market, p.now)


def _poisoner(p: Pipeline) -> Poisoner:
    poisoner = Poisoner()
    p.shop.answer_hook = poisoner
    return poisoner


def _saved(p: Pipeline) -> dict[str, str]:
    with p.db.sessions() as s:
        return {oid: status for oid, status in s.execute(select(m.Order.order_id, m.Order.status))}


def _problems(p: Pipeline) -> dict[tuple[str, str], str]:
    with p.db.sessions() as s:
        rows = s.scalars(select(m.SyncProblem).where(m.SyncProblem.resolved_at.is_(None)))
        return {(r.subject, r.subject_id): r.message for r in rows}


def _cursor(p: Pipeline, feed: str) -> str | None:
    with p.db.sessions() as s:
        return sync_repo.get_cursor(s, p.shop_id, feed)


def test_infinite_quantity_in_the_history_quarantines_that_order_only(p: Pipeline) -> None:
    ids = p.scenario.seed(6, days=5)
    bad = ids[2]
    poisoner = _poisoner(p)
    poisoner.poison(bad, "form", set_at(["lineItems", 0, "quantity"], float("inf")))

    report = _sync(p)  # the first sync: history through the order list

    assert poisoner.applied
    assert set(_saved(p)) == set(ids) - {bad}
    problem = _problems(p)[("order", bad)]
    assert "not a finite number" in problem and "lineItems[0].quantity" in problem
    assert any(bad in _said(line) for line in report.problems)
    assert _cursor(p, sync_repo.ORDER_EVENTS) is not None  # the feed is followed from now on

    report = _sync(p)  # still poisoned: still set aside, read again every sync
    assert bad not in _saved(p) and ("order", bad) in _problems(p)

    poisoner.clear()  # fixed on Allegro's side
    report = _sync(p)
    assert bad in report.changed_orders and set(_saved(p)) == set(ids)
    assert _problems(p) == {}


def test_mixed_currencies_read_through_events_keep_the_last_good_copy(p: Pipeline) -> None:
    _sync(p)
    ids = [p.scenario.create_order()["id"] for _ in range(4)]
    _sync(p)
    bad, fresh = ids[1], [p.scenario.create_order()["id"] for _ in range(2)]
    p.scenario.cancel_as_buyer(bad)
    poisoner = _poisoner(p)
    poisoner.poison(bad, "form", set_at(["delivery", "cost", "currency"], "EUR"))
    cursor = _cursor(p, sync_repo.ORDER_EVENTS)

    report = _sync(p)

    assert poisoner.applied
    assert set(fresh) <= set(report.changed_orders)
    assert _cursor(p, sync_repo.ORDER_EVENTS) != cursor  # moved past the poisoned order
    assert "EUR but the order is in PLN" in _problems(p)[("order", bad)]
    saved = _saved(p)
    assert saved[bad] != "CANCELLED"  # the poisoned copy was not taken
    found = q.find_order(p.db, bad)
    assert found is not None
    detail = q.order_detail(p.db, *found, p.now())
    assert detail is not None and "EUR but the order is in PLN" in detail.sync_error

    poisoner.clear()
    _sync(p)
    assert _saved(p)[bad] == "CANCELLED"
    detail = q.order_detail(p.db, *found, p.now())
    assert detail is not None and detail.sync_error == ""
    assert _problems(p) == {}


def test_an_event_dated_past_9999_does_not_stop_the_feed(p: Pipeline) -> None:
    _sync(p)
    ids = [p.scenario.create_order()["id"] for _ in range(3)]
    poisoner = _poisoner(p)
    # Valid ISO text, but out of range once converted to UTC: it overflowed the sync.
    poisoner.poison(ids[0], "event", set_at(["occurredAt"], "9999-12-31T23:00:00-05:00"))

    report = _sync(p)

    assert poisoner.applied
    assert set(_saved(p)) == set(ids)  # the order is read anyway: its state decides
    assert any("occurredAt" in _said(line) for line in report.problems)
    assert report.changed_orders == set(ids)
    with p.db.sessions() as s:
        last = s.scalar(select(m.OrderEvent.source_id).order_by(m.OrderEvent.id.desc()))
    assert _cursor(p, sync_repo.ORDER_EVENTS) == last
    assert _sync(p).events_read == 0  # the cursor moved past it: not read again and again


def test_a_poisoned_return_is_set_aside_and_the_other_returns_saved(p: Pipeline) -> None:
    ids = [p.scenario.create_order()["id"] for _ in range(3)]
    _sync(p)
    returns = [p.scenario.declare_return(oid)["id"] for oid in ids]
    poisoner = _poisoner(p)
    poisoner.poison(ids[1], "return", set_at(["items", 0, "quantity"], float("nan")))

    report = _sync(p)

    assert poisoner.applied
    with p.db.sessions() as s:
        saved = set(s.scalars(select(m.CustomerReturn.return_id)))
    assert saved == {returns[0], returns[2]}
    problem = _problems(p)[("return", returns[1])]
    assert ids[1] in problem and "not a finite number" in problem
    assert _cursor(p, sync_repo.RETURNS) == returns[2]
    assert any(returns[1] in _said(line) for line in report.problems)

    poisoner.clear()
    _sync(p)  # set-aside returns are read again by id
    with p.db.sessions() as s:
        saved = set(s.scalars(select(m.CustomerReturn.return_id)))
    assert saved == set(returns) and _problems(p) == {}


def test_unreadable_event_stats_still_read_the_history(p: Pipeline) -> None:
    ids = p.scenario.seed(4, days=3)
    poisoner = _poisoner(p)
    poisoner.poison("", "stats", set_at(["latestEvent", "id"], 1e308))

    _sync(p)

    assert set(_saved(p)) == set(ids)
    assert ("feed", "event_stats") in _problems(p)
    assert _cursor(p, sync_repo.ORDER_EVENTS) is None  # no starting point yet: first sync again

    poisoner.clear()
    report = _sync(p)
    assert report.backfilled and _cursor(p, sync_repo.ORDER_EVENTS) is not None
    assert _problems(p) == {}


def test_a_garbled_events_page_is_the_feeds_problem_and_returns_go_on(p: Pipeline) -> None:
    oid = p.scenario.create_order()["id"]
    _sync(p)
    p.scenario.cancel_as_buyer(oid)
    ret = p.scenario.declare_return(oid)["id"]
    p.scenario.add_fault("malformed", path_prefix="/order/events", count=8)

    report = _sync(p)

    assert ("feed", sync_repo.ORDER_EVENTS) in _problems(p)
    assert report.returns_changed == 1, report.problems
    assert _saved(p)[oid] != "CANCELLED"  # not read: the cursor stays for next time

    p.scenario.clear_faults()
    _sync(p)
    assert _saved(p)[oid] == "CANCELLED" and _problems(p) == {}
    with p.db.sessions() as s:
        assert s.scalar(select(m.CustomerReturn.return_id)) == ret


def test_an_events_page_nested_too_deep_to_read_is_the_feeds_problem(p: Pipeline) -> None:
    # Valid JSON, but deeper than any JSON reader here goes: before, the standard library's
    # RecursionError escaped the sync (a "bug" for the shop every round); now it is an answer
    # that cannot be read, like a garbled one.
    oid = p.scenario.create_order()["id"]
    _sync(p)
    p.scenario.cancel_as_buyer(oid)
    deep = b"[" * 100_000 + b"]" * 100_000

    def nest(method: str, path: str, payload: bytes) -> bytes:
        return (
            payload.replace(b"{", b'{"note": ' + deep + b", ", 1) if "events" in path else payload
        )

    p.shop.answer_hook = nest
    _sync(p)
    assert ("feed", sync_repo.ORDER_EVENTS) in _problems(p)
    assert _saved(p)[oid] != "CANCELLED"  # not read: the cursor stays for next time

    p.shop.answer_hook = None
    _sync(p)
    assert _saved(p)[oid] == "CANCELLED" and _problems(p) == {}


def _said(line: Said) -> str:
    """A reported problem as the merchant reads it, with its details (English)."""
    return "\n".join([render(line, "en"), *details(line, "en")])
