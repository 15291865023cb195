"""Merchant alerts through Apprise to a JSON webhook on loopback: one each, storms summarised."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from refunddesk.domain.money import Money
from refunddesk.infra.secrets import Secrets, alert_url_key
from refunddesk.notify.alerts import (
    AlertConfig,
    AlertEvent,
    AlertKind,
    new_events,
    save_alert_config,
    save_channel_url,
    send_alerts,
    send_test_alert,
)
from refunddesk.store.database import Database
from tests.unit.notify.builders import NOW, add_refund, add_shop, new_database


class Webhook:
    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        received = self.received

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                received.append(json.loads(self.rfile.read(length)))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"json://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def webhook() -> Iterator[Webhook]:
    hook = Webhook()
    yield hook
    hook.close()


@pytest.fixture
def db(tmp_path: Path, webhook: Webhook) -> Iterator[Database]:
    database = new_database(tmp_path)
    with database.transaction() as s:
        save_alert_config(s, AlertConfig(channels=("team",), language="pl"))
    save_channel_url(Secrets(), "team", webhook.url)
    yield database
    database.dispose()


def _failure(order: str) -> AlertEvent:
    return AlertEvent(AlertKind.FAILURE, "Herbaciarnia Lipowa", order, Money(15998, "PLN"))


def test_one_alert_per_event_in_the_merchants_language(db: Database, webhook: Webhook) -> None:
    report = send_alerts(db, [_failure("order-1")], NOW)

    [got] = webhook.received
    assert report.sent == 1
    assert got["title"] == "Zwrot się nie powiódł"
    assert "order-1" in got["message"] and "159,98 zł" in got["message"].replace("\u00a0", " ")


def test_200_failures_at_once_become_one_summary(db: Database, webhook: Webhook) -> None:
    events = [_failure(f"order-{n}") for n in range(200)]

    report = send_alerts(db, events, NOW)

    [got] = webhook.received
    assert report.summarised and report.sent == 1
    assert got["title"] == "200 zwrotów wymaga Twojej uwagi"
    assert "Zwrot się nie powiódł: 200" in got["message"] and "i 190 więcej" in got["message"]


def test_a_trickle_is_capped_per_hour_then_summarised(db: Database, webhook: Webhook) -> None:
    for n in range(5):
        send_alerts(db, [_failure(f"order-{n}")], NOW + timedelta(minutes=n))
    send_alerts(db, [_failure("order-5"), _failure("order-6")], NOW + timedelta(minutes=6))
    send_alerts(db, [_failure("order-7")], NOW + timedelta(hours=2))

    titles = [g["title"] for g in webhook.received]
    assert titles == ["Zwrot się nie powiódł"] * 5 + ["2 zwroty wymagają Twojej uwagi"] + [
        "Zwrot się nie powiódł"
    ]


def test_alerts_from_the_database_carry_no_buyer_data(db: Database, webhook: Webhook) -> None:
    shop = add_shop(db)
    add_refund(
        db,
        shop,
        state="FAILED",
        login="jan_kowalski",
        email="jan@poczta.example",
        first_name="Jan",
        phone="600700800",
    )
    add_refund(db, shop, state="HELD", login="ewa_nowak", email="ewa@poczta.example")

    events = new_events(db, shop)
    send_alerts(db, events, NOW)
    assert new_events(db, shop) == []  # seen once

    assert len(webhook.received) == 2
    everything = json.dumps(webhook.received, ensure_ascii=False)
    for personal in ("jan_kowalski", "jan@poczta", "Jan", "600700800", "ewa_nowak", "ewa@"):
        assert personal not in everything


def test_the_url_lives_only_in_the_keyring_and_a_test_alert_arrives(
    db: Database, webhook: Webhook
) -> None:
    with db.sessions() as s:
        from refunddesk.store.models import Setting

        stored = json.dumps([r.value for r in s.query(Setting).all()])
    assert "127.0.0.1" not in stored
    assert Secrets().get(alert_url_key("team")) == webhook.url

    assert send_test_alert("team", "zh_CN")
    assert webhook.received[-1]["title"] == "RefundDesk 测试提醒"


def test_an_address_apprise_does_not_know_is_refused() -> None:
    with pytest.raises(ValueError, match="does not understand"):
        save_channel_url(Secrets(), "x", "nonsense-here")
