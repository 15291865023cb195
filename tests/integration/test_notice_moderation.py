"""Allegro message moderation on the demo shop: VERIFYING, then DELIVERED or BLOCKED, followed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest

from refunddesk.demo_shop import DemoShop, ShopClock
from refunddesk.domain.cases import Trigger
from refunddesk.domain.messages import render_text
from refunddesk.domain.rules import Mode, Rule, RuleAction
from refunddesk.infra.secrets import Secrets
from refunddesk.marketplace.allegro.client import AllegroClient
from refunddesk.notify.follow import follow_notices
from refunddesk.notify.service import send_pending_notices
from refunddesk.queries.notices import notice_problems
from refunddesk.services.context import AppContext, _notice_sender
from refunddesk.store import rules_repo
from refunddesk.store.database import Database
from refunddesk.store.models import Order, OrderEvent, RefundIntent
from tests.integration.test_allegro_client import client_for, logged_in
from tests.support.demo_shop import DemoShopFactory
from tests.unit.notify.builders import NOW, add_refund, add_shop, new_database, notices


@pytest.fixture
def shop(demo_shop_factory: DemoShopFactory) -> DemoShop:
    return demo_shop_factory(clock=ShopClock(datetime(2026, 5, 4, 10, 0, tzinfo=UTC), frozen=True))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = new_database(tmp_path)
    yield database
    database.dispose()


def _refund_for_demo_order(db: Database, shop: DemoShop) -> tuple[int, int]:
    form = shop.scenario.create_order([{"name": "Kubek", "price": "40.00", "quantity": 1}])
    order_id = form["id"]
    login = shop.scenario.order(order_id)["buyer"]["login"]
    shop_id = add_shop(db)
    intent = add_refund(db, shop_id, login=login, email="")
    with db.transaction() as s:  # point the test rows at the demo shop's real order
        row = s.get(RefundIntent, intent)
        assert row is not None
        s.query(Order).filter(Order.order_id == row.order_id).update({"order_id": order_id})
        row.order_id = order_id
    return shop_id, intent


@pytest.mark.parametrize("outcome", ["DELIVERED", "BLOCKED"])
def test_a_held_message_is_polled_to_its_end(db: Database, shop: DemoShop, outcome: str) -> None:
    market: AllegroClient = client_for(logged_in(shop))
    shop_id, intent = _refund_for_demo_order(db, shop)
    shop.scenario.moderate_messages(outcome, reads=1)

    send_pending_notices(db, shop_id, market, NOW)
    [row] = notices(db, intent)
    assert (row.status, row.platform_status) == ("sent", "VERIFYING")

    assert follow_notices(db, shop_id, NOW, market=market) == 0  # still in moderation
    assert follow_notices(db, shop_id, NOW, market=market) == 1
    assert follow_notices(db, shop_id, NOW, market=market) == 0  # final: not asked again

    [row] = notices(db, intent)
    assert row.platform_status == outcome
    assert row.status == ("failed" if outcome == "BLOCKED" else "sent")
    with db.sessions() as s:
        types = [e.type for e in s.query(OrderEvent).order_by(OrderEvent.id)]
    assert types[-1] == ("NOTICE_FAILED" if outcome == "BLOCKED" else "NOTICE_DELIVERED")
    if outcome == "BLOCKED":
        assert "moderation blocked" in render_text(row.error, "en")
        assert "Moderacja Allegro" in render_text(row.error, "pl")  # worded per language
        with db.sessions() as s:
            failed = s.query(OrderEvent).order_by(OrderEvent.id.desc()).first()
        assert failed is not None
        # The timeline line names the channel and why, in the merchant's language too.
        polish = render_text(failed.detail, "pl")
        assert polish.startswith("Wiadomość Allegro do ") and "Moderacja Allegro" in polish


def test_the_worker_round_says_when_a_notice_changed_so_review_refreshes(
    db: Database, shop: DemoShop
) -> None:
    """The round's notice step reports a send and a later block, and nothing in between."""
    market: AllegroClient = client_for(logged_in(shop))
    shop_id, intent = _refund_for_demo_order(db, shop)
    shop.scenario.moderate_messages("BLOCKED", reads=2)  # each round reads the status once
    ctx = cast(AppContext, SimpleNamespace(secrets=Secrets()))
    round_notices = _notice_sender(ctx)
    assert round_notices is not None

    assert round_notices(db, shop_id, market, lambda: NOW) is True  # sent (VERIFYING)
    assert round_notices(db, shop_id, market, lambda: NOW) is False  # still in moderation
    assert round_notices(db, shop_id, market, lambda: NOW) is True  # blocked: now in Review
    assert [n.status for n in notices(db, intent)] == ["failed"]


def test_a_worker_round_reports_a_message_blocked_later(demo_context: AppContext) -> None:
    """The real worker on the demo shop: its cycle report names the round a notice failed in,
    which is what the GUI turns into a Review refresh."""
    ctx, scenario = demo_context, demo_context.demo_shop.scenario  # type: ignore[union-attr]
    rule = Rule(
        id="",
        name="Cancellations",
        trigger=Trigger.BUYER_CANCELLED,
        mode=Mode.ARMED,
        action=RuleAction(notify_buyer=True, notice_template="refund_cancelled"),
    )
    rules_repo.save_rule(ctx.db, rule, ctx.now())
    scenario.moderate_messages("BLOCKED", reads=1)
    order_id = scenario.create_order([{"name": "Kubek", "price": "40.00", "quantity": 1}])["id"]
    worker = ctx.make_worker()
    worker.run_once()
    scenario.cancel_as_buyer(order_id)
    assert not worker.run_once().notices_changed  # refund sent, not final: nobody told yet
    scenario.advance_clock(3601)  # the demo shop settles refunds after an hour

    assert worker.run_once().notices_changed  # SUCCESS, the message sent, in moderation
    assert notice_problems(ctx.db) == []
    blocked = worker.run_once()
    assert blocked.notices_changed and not blocked.refunds_changed
    [problem] = notice_problems(ctx.db)
    assert problem.order_id == order_id
    assert "moderation blocked" in render_text(problem.error, "en")
    assert not worker.run_once().notices_changed  # final: nothing new
