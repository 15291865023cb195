"""Settings → SMS and Alerts: the token to the keyring, a channel added and tested off-thread."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from refunddesk.gui.services import GuiServices
from refunddesk.gui.widgets.settings_alerts import AlertsPanel
from refunddesk.gui.widgets.settings_sms import SmsPanel
from refunddesk.infra.secrets import sms_token_key
from refunddesk.notify.alerts import AlertKind
from refunddesk.services import channels
from tests.support.webhook import Webhook

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def webhook() -> Iterator[Webhook]:
    hook = Webhook()
    yield hook
    hook.close()


def test_a_channel_is_added_and_a_test_alert_reaches_it(
    qtbot: QtBot, gui_services: GuiServices, webhook: Webhook
) -> None:
    panel = AlertsPanel(gui_services)
    qtbot.addWidget(panel)
    panel.add_button.click()  # nothing typed: a plain problem, nothing saved
    qtbot.waitUntil(lambda: panel.channel_message.isVisibleTo(panel))
    assert "short name" in panel.channel_message.text()

    panel.name.setText("team")
    panel.url.setText(webhook.url)
    qtbot.mouseClick(panel.add_button, CLICK)
    qtbot.waitUntil(lambda: panel.channel_list.count() == 1)
    assert panel.url.text() == ""  # the address is not left on the screen
    assert panel.selected_channel() == "team"
    qtbot.mouseClick(panel.test_button, CLICK)
    qtbot.waitUntil(lambda: "was sent" in panel.channel_message.text())
    assert [m["title"] for m in webhook.received] == ["RefundDesk test alert"]

    panel.digest_hour.setCurrentIndex(panel.digest_hour.findData(7))
    panel.event_checks[AlertKind.HOLD].setChecked(False)
    qtbot.mouseClick(panel.save_button, CLICK)
    qtbot.waitUntil(lambda: panel.message.text() == "Saved.")
    ctx = gui_services.ctx
    config = channels.load_alerts(ctx.db, ctx.secrets).config
    assert config.digest_hour == 7 and AlertKind.HOLD not in config.events


def test_the_sms_token_is_saved_to_the_keyring_not_shown(
    qtbot: QtBot, gui_services: GuiServices
) -> None:
    panel = SmsPanel(gui_services)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: "Not saved" in panel.token.placeholderText())
    panel.enabled.setChecked(True)
    qtbot.mouseClick(panel.save_button, CLICK)
    qtbot.waitUntil(lambda: panel.message.isVisibleTo(panel))
    assert "Enter the SMSAPI token" in panel.message.text()

    panel.token.setText("smsapi-token-6f1c2b")
    qtbot.mouseClick(panel.save_button, CLICK)
    qtbot.waitUntil(lambda: panel.message.text() == "Saved.")
    assert gui_services.ctx.secrets.get(sms_token_key()) == "smsapi-token-6f1c2b"
    qtbot.waitUntil(lambda: "Saved in the keyring" in panel.token.placeholderText())
    assert panel.token.text() == ""


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("pl", "Nadaj kanałowi krótką nazwę (litery, cyfry, spacje, kropki, myślniki). "
         "Wklej adres Apprise kanału."),
        ("zh_CN", "请为渠道起一个简短的名称（字母、数字、空格、点、短横线）。"
         "请粘贴该渠道的 Apprise 地址。"),
    ],
)  # fmt: skip
def test_a_setting_that_cannot_be_saved_is_said_in_the_window_language(
    qtbot: QtBot, gui_services: GuiServices, app_language: Any, language: str, said: str
) -> None:
    assert app_language.set_language(language) == language
    panel = AlertsPanel(gui_services)
    qtbot.addWidget(panel)
    panel.add_button.click()  # nothing typed
    qtbot.waitUntil(lambda: panel.channel_message.isVisibleTo(panel))
    assert panel.channel_message.text() == said
    assert channels.load_alerts(gui_services.ctx.db, gui_services.ctx.secrets).saved == ()


def test_the_sms_shops_name_the_demo_shop_in_the_window_language(
    qtbot: QtBot, demo_gui_services: GuiServices, app_language: Any
) -> None:
    assert app_language.set_language("pl") == "pl"
    panel = SmsPanel(demo_gui_services)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: bool(panel.shop_checks))
    assert [box.text() for box in panel.shop_checks.values()] == ["Sklep demonstracyjny"]
    # Switching the language while the panel is open renames it too.
    assert app_language.set_language("en") == "en"
    qtbot.waitUntil(lambda: [b.text() for b in panel.shop_checks.values()] == ["Demo shop"])


def test_alerts_never_set_up_are_offered_and_saved_in_the_window_language(
    qtbot: QtBot, gui_services: GuiServices, webhook: Webhook, app_language: Any
) -> None:
    assert app_language.set_language("pl") == "pl"
    panel = AlertsPanel(gui_services)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel._view is not None)
    assert panel.language.currentData() == "pl"  # the defaults said English
    panel.name.setText("zespol")
    panel.url.setText(webhook.url)
    qtbot.mouseClick(panel.add_button, CLICK)
    qtbot.waitUntil(lambda: panel.channel_list.count() == 1)
    ctx = gui_services.ctx
    assert channels.load_alerts(ctx.db, ctx.secrets).config.language == "pl"
    # Once set up, adding a channel leaves the saved language alone.
    channels.save_alerts(ctx.db, enabled=True, language="zh_CN", events=())
    channels.add_alert_channel(ctx.db, ctx.secrets, "drugi", webhook.url, language="pl")
    assert channels.load_alerts(ctx.db, ctx.secrets).config.language == "zh_CN"
