"""The Settings screen: limits, sync, SMTP with the keyring, shops, against a real database."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from refunddesk.automation import limits
from refunddesk.domain.money import Money
from refunddesk.gui import i18n
from refunddesk.gui.formatting import shop_display_name
from refunddesk.gui.msgbox import HeadlessMessages, MessageKind
from refunddesk.gui.screens.settings import TRAY_KEY, SettingsScreen, _gui_settings
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.gui.widgets.money_edit import MoneyEdit
from refunddesk.infra.secrets import SERVICE, smtp_password_key
from refunddesk.services import shops
from refunddesk.store import models as m
from tests.support.keyring import MemoryKeyring
from tests.support.smtp import SmtpServerFactory


def _screen(qtbot: QtBot, services: GuiServices) -> SettingsScreen:
    screen = SettingsScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1100, 760)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        pass
    return screen


def _idle(qtbot: QtBot, services: GuiServices) -> None:
    qtbot.waitUntil(lambda: not services.busy, timeout=10_000)


def _saved(services: GuiServices) -> limits.AutomationSettings:
    with services.ctx.db.sessions() as s:
        return limits.load_settings(s)


def _tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box itself: the middle of a wide row is outside the clickable part."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _type(qtbot: QtBot, edit: MoneyEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_typed_limits_are_saved_and_survive_a_reload(
    qtbot: QtBot, gui_services: GuiServices
) -> None:
    screen = _screen(qtbot, gui_services)
    panel = screen.limits
    screen.tabs.setCurrentWidget(panel)
    _type(qtbot, panel.order_cap, "250")
    _type(qtbot, panel.buyer_daily_cap, "1 200,50")
    _type(qtbot, panel.daily_budget, "5000.99")
    panel.daily_count.setValue(40)
    panel.breaker_threshold.setValue(3)
    _tick(qtbot, panel.dry_run)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, gui_services)
    assert panel.message.kind == "ok"
    saved = _saved(gui_services)
    assert saved.order_cap == Money(25000, "PLN")
    assert saved.buyer_daily_cap == Money(120050, "PLN")
    assert saved.daily_budget == Money(500099, "PLN")
    assert (saved.daily_count, saved.breaker_threshold, saved.dry_run) == (40, 3, True)
    again = _screen(qtbot, gui_services)
    assert again.limits.order_cap.text() == "250.00"
    assert again.limits.dry_run.isChecked()
    # Emptying a field removes that limit.
    panel.order_cap.clear()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, gui_services)
    assert _saved(gui_services).order_cap is None


def test_an_invalid_amount_is_explained_and_nothing_is_saved(
    qtbot: QtBot, gui_services: GuiServices
) -> None:
    screen = _screen(qtbot, gui_services)
    panel = screen.limits
    screen.tabs.setCurrentWidget(panel)
    for bad in ("12.345", "abc"):
        _type(qtbot, panel.order_cap, bad)
        _type(qtbot, panel.daily_budget, "100")
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
        _idle(qtbot, gui_services)
        problem = panel.money_problems[panel.order_cap]
        assert problem.isVisibleTo(screen) and "two decimals" in problem.text()
        assert panel.message.kind == "error" and "Nothing was saved" in panel.message.text()
        assert _saved(gui_services) == limits.AutomationSettings()
    _type(qtbot, panel.order_cap, "12.34")
    assert not panel.money_problems[panel.order_cap].isVisibleTo(screen)


def test_open_circuit_breaker_can_be_reset(qtbot: QtBot, gui_services: GuiServices) -> None:
    with gui_services.ctx.db.transaction() as s:
        limits.update_settings(s, breaker_open=True, consecutive_failures=5)
    screen = _screen(qtbot, gui_services)
    screen.tabs.setCurrentWidget(screen.limits)
    box = screen.limits.breaker_box
    assert box.isVisibleTo(screen)
    assert "5 failures" in screen.limits.breaker_label.text()
    with qtbot.waitSignal(gui_services.changed, timeout=5000):
        qtbot.mouseClick(screen.limits.reset_button, Qt.MouseButton.LeftButton)
    assert not box.isVisibleTo(screen)
    saved = _saved(gui_services)
    assert not saved.breaker_open and saved.consecutive_failures == 0


def test_sync_settings_are_saved(qtbot: QtBot, gui_services: GuiServices) -> None:
    screen = _screen(qtbot, gui_services)
    screen.sync.interval.setValue(120)
    screen.sync.backfill.setValue(14)
    with qtbot.waitSignal(gui_services.changed, timeout=5000) as news:
        qtbot.mouseClick(screen.sync.save_button, Qt.MouseButton.LeftButton)
    assert news.args[0].settings
    saved = _saved(gui_services)
    assert (saved.sync_interval_seconds, saved.backfill_days) == (120, 14)


def test_smtp_password_goes_to_the_keyring_only_and_a_test_mail_is_sent(
    qtbot: QtBot,
    gui_services: GuiServices,
    memory_keyring: MemoryKeyring,
    smtp_server_factory: SmtpServerFactory,
) -> None:
    server = smtp_server_factory(credentials=("shop", "s3cret-pass"))
    screen = _screen(qtbot, gui_services)
    panel = screen.notices
    _tick(qtbot, panel.email_enabled)
    qtbot.keyClicks(panel.host, server.host)
    panel.security.setCurrentIndex(0)  # none: the test server has no TLS
    panel.port.setValue(server.port)
    qtbot.keyClicks(panel.user, "shop")
    qtbot.keyClicks(panel.password, "s3cret-pass")
    qtbot.keyClicks(panel.from_address, "sklep@example.com")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, gui_services)
    assert panel.message.kind == "ok", panel.message.text()
    key = gui_services.ctx.secrets.entry_name(smtp_password_key(f"shop@{server.host}"))
    assert key.startswith("db/")  # the password is this database's, not every profile's
    assert memory_keyring.entries[(SERVICE, key)] == "s3cret-pass"
    with gui_services.ctx.db.sessions() as s:
        stored = json.dumps([r.value for r in s.scalars(select(m.Setting))])
    assert "s3cret-pass" not in stored and "sklep@example.com" in stored
    assert panel.password.text() == ""  # never shown again
    assert "keyring" in panel.password.placeholderText()
    qtbot.keyClicks(panel.test_to, "wlasciciel@example.com")
    qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: panel.test_message.text() == "The test e-mail was sent.", timeout=10_000
    )
    assert server.logins == [("shop", "s3cret-pass")]
    assert [mail.rcpt_tos for mail in server.received] == [("wlasciciel@example.com",)]


def test_smtp_settings_with_problems_are_not_saved(
    qtbot: QtBot, gui_services: GuiServices, memory_keyring: MemoryKeyring
) -> None:
    screen = _screen(qtbot, gui_services)
    panel = screen.notices
    _tick(qtbot, panel.email_enabled)
    qtbot.keyClicks(panel.host, "smtp.example.com")
    qtbot.keyClicks(panel.user, "shop")
    qtbot.keyClicks(panel.password, "pw")
    qtbot.keyClicks(panel.from_address, "not an address")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, gui_services)
    assert panel.message.kind == "error" and "not an e-mail address" in panel.message.text()
    assert not memory_keyring.entries
    with gui_services.ctx.db.sessions() as s:
        assert s.get(m.Setting, "smtp") is None


def test_remove_shop_asks_first_and_deletes_its_secrets(
    qtbot: QtBot,
    demo_gui_services: GuiServices,
    memory_keyring: MemoryKeyring,
    message_log: HeadlessMessages,
) -> None:
    ctx = demo_gui_services.ctx
    (shop,) = shops.list_shops(ctx.db)
    prefix = ctx.secrets.entry_name(f"shop/{shop.id}/")
    assert any(user.startswith(prefix) for _, user in memory_keyring.entries)
    screen = _screen(qtbot, demo_gui_services)
    panel = screen.shops
    assert panel.shop_names() == ["Demo shop"]
    assert panel.list.topLevelItem(0).text(2) == "Connected"
    panel.select_shop(shop.id)
    message_log.answer_next(False)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, demo_gui_services)
    assert shops.list_shops(ctx.db) and panel.shop_names() == ["Demo shop"]
    message_log.answer_next(True)
    with qtbot.waitSignal(demo_gui_services.changed, timeout=5000) as news:
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert news.args[0].shops
    questions = message_log.of_kind(MessageKind.QUESTION)
    assert len(questions) == 2 and "Demo shop" in questions[0].text
    assert shops.list_shops(ctx.db) == []
    assert not any(user.startswith(prefix) for _, user in memory_keyring.entries)
    assert panel.shop_names() == []


def test_general_shows_where_things_are_and_remembers_the_tray_choice(
    qtbot: QtBot, gui_services: GuiServices
) -> None:
    screen = _screen(qtbot, gui_services)
    general = screen.general
    screen.tabs.setCurrentWidget(general)
    assert general.data_dir.text() == str(gui_services.ctx.data_dir)
    assert general.database.text().startswith("sqlite:///")
    assert general.keyring.text()  # the in-memory test keyring's name
    assert not general.keyring_warning.isVisibleTo(screen)  # priority 1: not insecure
    _tick(qtbot, general.tray)
    assert _gui_settings(gui_services).value(TRAY_KEY, False, type=bool) is True
    gui_services.notify(Changes(settings=True))
    _idle(qtbot, gui_services)
    assert general.tray.isChecked()


def test_a_demo_shop_at_an_address_of_its_own_is_not_called_embedded(
    qtbot: QtBot, gui_services: GuiServices
) -> None:
    ctx = gui_services.ctx
    shops.add_shop(
        ctx.db,
        ctx.secrets,
        name="Workshop shop",
        environment="demo",
        client_id="demo-client",
        client_secret="demo-secret",
        api_url="http://127.0.0.1:8765",
    )
    screen = _screen(qtbot, gui_services)
    item = screen.shops.list.topLevelItem(0)
    assert item.text(1) == "http://127.0.0.1:8765"
    assert item.toolTip(1) == "Demo shop at its own address"


def test_the_demo_shop_is_named_in_the_language_shown(
    qtbot: QtBot, demo_gui_services: GuiServices, qapp: QApplication, tmp_path: Path
) -> None:
    """Its name is data saved in English when the demo starts; the list translates it."""
    screen = _screen(qtbot, demo_gui_services)
    switcher = i18n.LanguageSwitcher(qapp, tmp_path / "qm")
    try:
        assert switcher.set_language("pl") == "pl"
        assert screen.shops.list.topLevelItem(0).text(0) == "Sklep demonstracyjny"
        assert switcher.set_language("zh_CN") == "zh_CN"
        assert screen.shops.list.topLevelItem(0).text(0) == "演示店铺"
    finally:
        switcher.set_language("en")
    assert screen.shops.list.topLevelItem(0).text(0) == "Demo shop"
    # A merchant's own shop called "Demo shop" keeps the name as typed.
    assert shop_display_name("Demo shop", is_demo=False) == "Demo shop"
