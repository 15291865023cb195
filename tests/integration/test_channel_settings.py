"""SMS and alert settings: secrets only in the keyring, plain problems, a real test alert."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from refunddesk.domain.money import Money
from refunddesk.infra.secrets import Secrets, alert_url_key, sms_token_key
from refunddesk.notify.alerts import AlertEvent, AlertKind, send_alerts
from refunddesk.notify.sms import SmsConfig
from refunddesk.services import channels
from refunddesk.services.settings import SettingsProblem
from refunddesk.store.database import Database
from refunddesk.store.models import Setting
from tests.support.webhook import Webhook
from tests.unit.notify.builders import NOW, add_shop, new_database

TOKEN = "smsapi-token-6f1c2b"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = new_database(tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def webhook() -> Iterator[Webhook]:
    hook = Webhook()
    yield hook
    hook.close()


def _all_settings_text(db: Database) -> str:
    with db.sessions() as s:
        return json.dumps([row.value for row in s.scalars(select(Setting))])


def test_the_sms_token_goes_to_the_keyring_and_never_to_the_database(db: Database) -> None:
    secrets = Secrets()
    shop = add_shop(db)
    with pytest.raises(SettingsProblem, match="token"):
        channels.save_sms(db, secrets, SmsConfig(enabled=True))
    config = SmsConfig(enabled=True, sender="Lipowa", shops_off=(shop,))
    channels.save_sms(db, secrets, config, TOKEN)
    assert secrets.get(sms_token_key()) == TOKEN
    assert TOKEN not in _all_settings_text(db)
    view = channels.load_sms(db, secrets)
    assert view.token_saved and view.config.sender == "Lipowa"
    assert not view.config.on_for(shop)
    # Saving again without typing the token keeps the saved one.
    channels.save_sms(db, secrets, SmsConfig(enabled=True, sender="Lipowa"))
    assert secrets.get(sms_token_key()) == TOKEN
    with pytest.raises(SettingsProblem, match="sender name"):
        channels.save_sms(db, secrets, SmsConfig(enabled=True, sender="Far too long name"))
    # A Polish letter, not the length, is what is wrong here: the message names both.
    with pytest.raises(SettingsProblem) as caught:
        channels.save_sms(db, secrets, SmsConfig(enabled=True, sender="MójSklep"))
    assert "bez polskich znaków" in caught.value.text("pl")


def test_an_alert_channel_is_kept_in_the_keyring_and_tested_for_real(
    db: Database, webhook: Webhook
) -> None:
    secrets = Secrets()
    with pytest.raises(SettingsProblem, match="Apprise does not understand"):
        channels.add_alert_channel(db, secrets, "team", "not-a-url")
    # A webhook's plain web address, as chat tools show it: the Apprise form is offered.
    with pytest.raises(SettingsProblem) as caught:
        channels.add_alert_channel(db, secrets, "team", "https://hooks.example.com/T1/abc")
    assert "write it jsons://hooks.example.com/T1/abc" in str(caught.value)
    assert "jsons://hooks.example.com/T1/abc" in caught.value.text("pl")
    assert secrets.get(alert_url_key("team")) is None
    channels.add_alert_channel(db, secrets, "team", webhook.url)
    channels.save_alerts(db, enabled=True, language="pl", events=list(AlertKind)[:5])
    assert secrets.get(alert_url_key("team")) == webhook.url
    assert webhook.url not in _all_settings_text(db)
    assert channels.load_alerts(db, secrets).saved == ("team",)

    channels.send_alert_test(db, secrets, "team")
    [got] = webhook.received
    assert got["title"] == "Alert testowy RefundDesk"

    # A channel whose service is gone: the merchant reads what to check, not a traceback.
    channels.add_alert_channel(db, secrets, "old", "json://127.0.0.1:9/gone")
    with pytest.raises(channels.AlertTestFailed, match="could not be delivered through old"):
        channels.send_alert_test(db, secrets, "old")
    channels.remove_alert_channel(db, secrets, "old")
    assert secrets.get(alert_url_key("old")) is None
    assert channels.load_alerts(db, secrets).config.channels == ("team",)


def test_only_the_chosen_kinds_of_events_are_alerted(db: Database, webhook: Webhook) -> None:
    secrets = Secrets()
    channels.add_alert_channel(db, secrets, "team", webhook.url)
    channels.save_alerts(db, enabled=True, language="en", events=[AlertKind.FAILURE])
    hold = AlertEvent(AlertKind.HOLD, "Lipowa", "order-1", Money(1000, "PLN"))
    failure = AlertEvent(AlertKind.FAILURE, "Lipowa", "order-2", Money(2000, "PLN"))
    report = send_alerts(db, [hold, failure], NOW, secrets=secrets)
    assert report.sent == 1
    [got] = webhook.received
    assert got["title"] == "A refund failed" and "order-2" in got["message"]
