"""The daily digest and the breaker / reconnect alerts, through Apprise to a loopback webhook."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, timedelta
from pathlib import Path

import pytest

from refunddesk.automation import limits
from refunddesk.infra.secrets import Secrets
from refunddesk.notify.alerts import AlertConfig, save_alert_config, save_channel_url, send_alerts
from refunddesk.notify.digest import send_digest_if_due
from refunddesk.notify.needs_you import state_events
from refunddesk.services.context import AppContext
from refunddesk.store.database import Database
from refunddesk.store.models import Shop
from tests.support.webhook import Webhook
from tests.unit.notify.builders import NOW, add_refund, add_shop, new_database

# NOW is 12:00 UTC; the digest is set for 08:00 UTC, so it is due "today" from 08:00 on.
TODAY_8 = NOW.replace(hour=8)


@pytest.fixture
def webhook() -> Iterator[Webhook]:
    hook = Webhook()
    yield hook
    hook.close()


def _alerts_to(db: Database, webhook: Webhook, language: str = "en") -> None:
    with db.transaction() as s:
        save_alert_config(s, AlertConfig(channels=("team",), language=language, digest_hour=8))
    save_channel_url(Secrets(), "team", webhook.url)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = new_database(tmp_path)
    yield database
    database.dispose()


def test_the_digest_goes_once_a_day_at_the_hour_without_buyer_data(
    db: Database, webhook: Webhook
) -> None:
    _alerts_to(db, webhook, "pl")
    shop = add_shop(db)
    yesterday = NOW - timedelta(days=1)
    add_refund(db, shop, finished_at=yesterday, login="jan_kowalski", email="jan@example.com")
    add_refund(db, shop, finished_at=yesterday, login="jan_kowalski", email="jan@example.com")
    add_refund(db, shop, state="HELD", finished_at=None, first_name="Zofia")

    assert send_digest_if_due(db, TODAY_8 - timedelta(minutes=1), zone=UTC) is None
    report = send_digest_if_due(db, TODAY_8, zone=UTC, reminders=lambda _db, _now: ["Anulowania"])
    assert report is not None and report.sent == 1
    assert send_digest_if_due(db, NOW, zone=UTC) is None  # once a day
    [got] = webhook.received
    assert got["title"] == f"Dzienne podsumowanie RefundDesk za {yesterday.date().isoformat()}"
    body = got["message"].replace("\u00a0", " ")  # amounts keep a no-break space
    assert "Zwrócono: 2 (319,96 zł)" in body
    assert "Czeka na Ciebie: 1 (159,98 zł)" in body
    assert "Reguły do przejrzenia: Anulowania" in body
    for personal in ("jan_kowalski", "jan@example.com", "Zofia", "Anna", "kupujacy"):
        assert personal not in body

    # The next day brings the next one.
    assert send_digest_if_due(db, TODAY_8 + timedelta(days=1), zone=UTC) is not None
    assert len(webhook.received) == 2


def test_the_breaker_and_a_shop_to_reconnect_are_alerted_once_each(
    db: Database, webhook: Webhook
) -> None:
    _alerts_to(db, webhook)
    shop_id = add_shop(db)
    assert state_events(db) == []
    with db.transaction() as s:
        limits.update_settings(s, breaker_open=True, consecutive_failures=5)
        shop = s.get(Shop, shop_id)
        assert shop is not None
        shop.needs_reconnect = True
    events = state_events(db)
    send_alerts(db, events, NOW)
    titles = sorted(m["title"] for m in webhook.received)
    assert titles == ["Automation stopped itself after failures", "Reconnect the shop"]
    assert state_events(db) == []  # still broken: not alerted again every round

    with db.transaction() as s:
        limits.update_settings(s, breaker_open=False)
    assert state_events(db) == []
    with db.transaction() as s:
        limits.update_settings(s, breaker_open=True)
    assert [e.kind.value for e in state_events(db)] == ["circuit_breaker"]


def test_the_worker_sends_them_after_its_round(app_context: AppContext, webhook: Webhook) -> None:
    db = app_context.db
    with db.transaction() as s:
        save_alert_config(s, AlertConfig(channels=("team",), digest_hour=None))
        limits.update_settings(s, breaker_open=True, consecutive_failures=5)
    save_channel_url(app_context.secrets, "team", webhook.url)
    worker = app_context.make_worker()
    worker.run_once()
    worker.run_once()
    worker.release()
    assert [m["title"] for m in webhook.received] == ["Automation stopped itself after failures"]
