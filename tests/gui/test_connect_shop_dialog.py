"""Connect a shop: the device flow against a real demo shop, from the form to each outcome."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage

from refunddesk.demo_shop import DemoShop
from refunddesk.demo_shop.clock import ShopClock
from refunddesk.gui.dialogs import developer_guide
from refunddesk.gui.dialogs.connect_flow import Outcome
from refunddesk.gui.dialogs.connect_shop import ConnectShopDialog
from refunddesk.gui.dialogs.qr import QrCodeWidget, qr_matrix
from refunddesk.gui.services import GuiServices
from refunddesk.marketplace.allegro.auth import OAuthTokens
from refunddesk.services import shops
from refunddesk.services.context import AppContext
from tests.support.demo_shop import DemoShopFactory

WAIT = 8000


@pytest.fixture
def approving_shop(demo_shop_factory: DemoShopFactory) -> DemoShop:
    """A demo shop that waits for a click; a running clock and a 1 s poll interval keep it fast."""
    return demo_shop_factory(auto_approve=False, clock=ShopClock(), device_interval=1)


def _fill_form(qtbot: Any, dialog: ConnectShopDialog, shop: DemoShop, name: str) -> None:
    dialog.show()
    dialog.environment_combo.setCurrentIndex(dialog.environment_combo.findData("demo"))
    dialog.url_edit.setText(shop.url)
    qtbot.keyClicks(dialog.name_edit, name)
    dialog.client_id_edit.setText(shop.options.client_id)
    dialog.secret_edit.setText(shop.options.client_secret)


def _start(qtbot: Any, dialog: ConnectShopDialog) -> str:
    """Click Connect and wait for the code; returns the code as the merchant sees it."""
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.code_label.text()), timeout=WAIT)
    assert dialog.pages.currentWidget() is dialog.code_page
    return dialog.code_label.text()


def _token_entries(ctx: AppContext, keyring: Any, shop_id: int) -> list[str]:
    name = ctx.secrets.entry_name(f"shop/{shop_id}/tokens")
    return [v for (_svc, key), v in keyring.entries.items() if key == name]


def test_approved_in_allegro_connects_the_shop(
    qtbot: Any,
    gui_services: GuiServices,
    app_context: AppContext,
    approving_shop: DemoShop,
    memory_keyring: Any,
) -> None:
    dialog = ConnectShopDialog(gui_services)
    qtbot.addWidget(dialog)
    changes: list[Any] = []
    gui_services.changed.connect(changes.append)
    _fill_form(qtbot, dialog, approving_shop, "Second shop")
    shown = _start(qtbot, dialog)

    assert " " in shown  # grouped for reading; the shop ignores the spaces
    assert dialog.countdown_label.text().endswith(("59:59.", "59:58.", "60:00."))
    assert "Waiting" in dialog.status_label.text()
    # Nothing is stored before Allegro approves: no row, no keyring entry.
    assert shops.list_shops(app_context.db) == [] and memory_keyring.entries == {}
    assert approving_shop.scenario.approve_device(shown)

    qtbot.waitUntil(lambda: dialog.outcome is Outcome.CONNECTED, timeout=WAIT)
    # A new shop ends on what its first sync found (tests/gui/test_connect_backlog_page.py).
    assert dialog.pages.currentWidget() is dialog.backlog_page
    assert "“Second shop” is connected" in dialog.backlog_page.title.text()
    info = shops.find_shop(app_context.db, "Second shop")
    assert info is not None and info.connected_at is not None and not info.needs_reconnect
    assert _token_entries(app_context, memory_keyring, info.id)  # the tokens are in the keyring
    assert any(c.shops for c in changes)
    # The client secret lives in the keyring only and is never shown again.
    secret_name = app_context.secrets.entry_name(f"shop/{info.id}/client_secret")
    assert memory_keyring.entries[("refunddesk", secret_name)] == (
        approving_shop.options.client_secret
    )


def test_denied_in_allegro_leaves_no_shop_behind(
    qtbot: Any,
    gui_services: GuiServices,
    app_context: AppContext,
    approving_shop: DemoShop,
    memory_keyring: Any,
) -> None:
    dialog = ConnectShopDialog(gui_services)
    qtbot.addWidget(dialog)
    _fill_form(qtbot, dialog, approving_shop, "Denied shop")
    shown = _start(qtbot, dialog)
    assert approving_shop.scenario.deny_device(shown)

    qtbot.waitUntil(lambda: dialog.outcome is Outcome.DENIED, timeout=WAIT)
    assert dialog.result_title.text() == "Access was refused"
    assert "not added" in dialog.result_text.text()
    qtbot.waitUntil(lambda: shops.list_shops(app_context.db) == [], timeout=WAIT)
    assert memory_keyring.entries == {}  # the client secret went with it
    # Try again brings back the form as it was filled in.
    qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentWidget() is dialog.form_page
    assert dialog.name_edit.text() == "Denied shop"


def test_expired_code_says_so_and_removes_the_shop(
    qtbot: Any,
    gui_services: GuiServices,
    app_context: AppContext,
    approving_shop: DemoShop,
) -> None:
    dialog = ConnectShopDialog(gui_services)
    qtbot.addWidget(dialog)
    _fill_form(qtbot, dialog, approving_shop, "Slow shop")
    _start(qtbot, dialog)
    approving_shop.clock.advance(approving_shop.options.device_code_seconds + 1)

    qtbot.waitUntil(lambda: dialog.outcome is Outcome.EXPIRED, timeout=WAIT)
    assert dialog.result_title.text() == "The code expired"
    qtbot.waitUntil(lambda: shops.list_shops(app_context.db) == [], timeout=WAIT)


def test_network_down_while_waiting_keeps_waiting_for_the_code(
    qtbot: Any,
    gui_services: GuiServices,
    app_context: AppContext,
    approving_shop: DemoShop,
    memory_keyring: Any,
) -> None:
    dialog = ConnectShopDialog(gui_services)
    qtbot.addWidget(dialog)
    _fill_form(qtbot, dialog, approving_shop, "Offline shop")
    _start(qtbot, dialog)
    # stop() leaves kept-alive connections served: cut ours once, then nothing listens.
    approving_shop.scenario.add_fault("drop_after_commit", "/auth/oauth/token", count=1)
    approving_shop.stop()

    qtbot.waitUntil(lambda: "trying again" in dialog.status_label.text(), timeout=WAIT)
    # Polls go on failing (1 s apart): the code is still valid, so the flow is not over.
    qtbot.wait(4500)
    assert dialog.outcome is None and dialog.pages.currentWidget() is dialog.code_page
    assert "trying again" in dialog.status_label.text()
    qtbot.mouseClick(dialog.wait_cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert shops.list_shops(app_context.db) == [] and memory_keyring.entries == {}


def test_server_errors_while_waiting_do_not_end_the_login(
    qtbot: Any,
    gui_services: GuiServices,
    app_context: AppContext,
    approving_shop: DemoShop,
) -> None:
    dialog = ConnectShopDialog(gui_services)
    qtbot.addWidget(dialog)
    _fill_form(qtbot, dialog, approving_shop, "Flaky shop")
    shown = _start(qtbot, dialog)
    approving_shop.scenario.add_fault(
        "error_rate", "/auth/oauth/token", rate=1.0, status=503, count=4
    )
    assert approving_shop.scenario.approve_device(shown)

    qtbot.waitUntil(lambda: dialog.outcome is Outcome.CONNECTED, timeout=3 * WAIT)
    assert approving_shop.faults.list() == []  # all four 503s were answered to polls
    info = shops.find_shop(app_context.db, "Flaky shop")
    assert info is not None and info.connected_at is not None


def test_shop_unreachable_at_the_start_adds_nothing(
    qtbot: Any, gui_services: GuiServices, app_context: AppContext, approving_shop: DemoShop
) -> None:
    dialog = ConnectShopDialog(gui_services)
    qtbot.addWidget(dialog)
    _fill_form(qtbot, dialog, approving_shop, "Nowhere")
    approving_shop.stop()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is Outcome.NETWORK, timeout=WAIT)
    assert shops.list_shops(app_context.db) == []


def test_form_errors_are_plain_and_store_nothing(
    qtbot: Any, gui_services: GuiServices, app_context: AppContext, approving_shop: DemoShop
) -> None:
    dialog = ConnectShopDialog(gui_services)
    qtbot.addWidget(dialog)
    _fill_form(qtbot, dialog, approving_shop, "")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.form_message.text() == "Give the shop a name."
    qtbot.keyClicks(dialog.name_edit, "Far away")
    dialog.url_edit.setText("http://example.com:8765")  # tokens would cross the network
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form_message.isVisibleTo(dialog), timeout=WAIT)
    assert dialog.form_message.text().startswith("This address cannot be used")
    assert dialog.pages.currentWidget() is dialog.form_page
    assert shops.list_shops(app_context.db) == []


def test_cancel_while_waiting_removes_the_half_added_shop(
    qtbot: Any, gui_services: GuiServices, app_context: AppContext, approving_shop: DemoShop
) -> None:
    dialog = ConnectShopDialog(gui_services)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill_form(qtbot, dialog, approving_shop, "Changed my mind")
    _start(qtbot, dialog)
    qtbot.mouseClick(dialog.wait_cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shops.list_shops(app_context.db) == [], timeout=WAIT)
    assert not dialog.isVisible()


def test_reconnect_clears_needs_reconnect_without_a_new_shop(
    qtbot: Any,
    gui_services: GuiServices,
    app_context: AppContext,
    approving_shop: DemoShop,
    memory_keyring: Any,
) -> None:
    info = shops.add_shop(
        app_context.db,
        app_context.secrets,
        name="Old shop",
        environment="demo",
        client_id=approving_shop.options.client_id,
        client_secret=approving_shop.options.client_secret,
        api_url=approving_shop.url,
    )
    shops.mark_needs_reconnect(app_context.db, info.id)
    info = shops.get_shop(app_context.db, info.id)

    dialog = ConnectShopDialog(gui_services, info)  # starts the flow at once
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.code_label.text()), timeout=WAIT)
    assert dialog.windowTitle() == "Reconnect “Old shop”"
    assert approving_shop.scenario.approve_device(dialog.code_label.text())
    qtbot.waitUntil(lambda: dialog.outcome is Outcome.CONNECTED, timeout=WAIT)

    [after] = shops.list_shops(app_context.db)
    assert after.id == info.id and not after.needs_reconnect and after.connected_at is not None
    assert _token_entries(app_context, memory_keyring, info.id)


def test_failed_reconnect_keeps_the_shop(
    qtbot: Any, gui_services: GuiServices, app_context: AppContext, approving_shop: DemoShop
) -> None:
    info = shops.add_shop(
        app_context.db,
        app_context.secrets,
        name="Kept shop",
        environment="demo",
        client_id=approving_shop.options.client_id,
        client_secret=approving_shop.options.client_secret,
        api_url=approving_shop.url,
    )
    shops.mark_needs_reconnect(app_context.db, info.id)
    dialog = ConnectShopDialog(gui_services, shops.get_shop(app_context.db, info.id))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.code_label.text()), timeout=WAIT)
    approving_shop.scenario.deny_device(dialog.code_label.text())
    qtbot.waitUntil(lambda: dialog.outcome is Outcome.DENIED, timeout=WAIT)
    assert "still needs reconnecting" in dialog.result_text.text()
    [kept] = shops.list_shops(app_context.db)
    assert kept.id == info.id and kept.needs_reconnect


def test_qr_widget_paints_the_urls_matrix(qtbot: Any) -> None:
    url = "http://127.0.0.1:8765/skojarz-aplikacje?code=abc234xyz"
    widget = QrCodeWidget(side=200)
    qtbot.addWidget(widget)
    widget.set_text(url)
    widget.resize(200, 200)
    matrix = qr_matrix(url)
    assert widget.modules() == len(matrix) == len(matrix[0])
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    cell = 200 // len(matrix)
    offset = (200 - cell * len(matrix)) // 2
    # Every module's centre has the module's colour: the picture is the matrix.
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            centre = image.pixelColor(offset + x * cell + cell // 2, offset + y * cell + cell // 2)
            assert centre == (QColor("black") if dark else QColor("white")), (x, y)


def test_a_real_merchant_starts_on_allegro_with_the_steps_to_register_the_app(
    qtbot: Any, gui_services: GuiServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    class Desktop:  # records what would open in the browser
        @staticmethod
        def openUrl(url: QUrl) -> bool:  # Qt's name
            opened.append(url.toString())
            return True

    monkeypatch.setattr(developer_guide, "QDesktopServices", Desktop)
    dialog = ConnectShopDialog(gui_services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.environment() == "production"
    assert dialog.client_id_edit.text() == "" and not dialog.url_edit.isVisible()
    assert dialog.guide.isVisible() and "device type" in dialog.guide.steps.text()
    qtbot.mouseClick(dialog.guide.portal_button, Qt.MouseButton.LeftButton)
    dialog.environment_combo.setCurrentIndex(dialog.environment_combo.findData("sandbox"))
    qtbot.mouseClick(dialog.guide.portal_button, Qt.MouseButton.LeftButton)
    assert opened == [
        "https://apps.developer.allegro.pl",
        "https://apps.developer.allegro.pl.allegrosandbox.pl",
    ]
    # The demo shop stays one click away, with its public key filled in.
    qtbot.mouseClick(dialog.try_demo_button, Qt.MouseButton.LeftButton)
    assert dialog.environment() == "demo" and dialog.url_edit.isVisible()
    assert dialog.client_id_edit.text() == "demo-client"
    assert not dialog.guide.isVisible() and not dialog.try_demo_button.isVisible()


@pytest.mark.parametrize(
    ("language", "taken"),
    [
        ("en", "a shop called 'Sklep Ani' exists already"),
        ("pl", "Sklep o nazwie „Sklep Ani” już istnieje."),
        ("zh_CN", "名为“Sklep Ani”的店铺已存在。"),
    ],
)
def test_a_name_already_taken_is_said_in_the_window_language(
    qtbot: Any,
    gui_services: GuiServices,
    app_context: AppContext,
    approving_shop: DemoShop,
    memory_keyring: Any,
    app_language: Any,
    language: str,
    taken: str,
) -> None:
    shops.add_shop(
        app_context.db,
        app_context.secrets,
        name="Sklep Ani",
        environment="demo",
        client_id="id",
        client_secret="sklep-ani-client-secret-71c2",
        api_url=approving_shop.url,
        tokens=OAuthTokens("access", "refresh", datetime(2030, 1, 1, tzinfo=UTC)),
    )
    assert app_language.set_language(language) == language
    dialog = ConnectShopDialog(gui_services)
    qtbot.addWidget(dialog)
    _fill_form(qtbot, dialog, approving_shop, "Sklep Ani")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form_message.isVisibleTo(dialog), timeout=WAIT)
    assert dialog.form_message.text() == taken
    assert [s.name for s in shops.list_shops(app_context.db)] == ["Sklep Ani"]


@pytest.mark.parametrize(
    ("language", "refused"),
    [
        ("pl", "Tego adresu nie można użyć: zwykłe http jest dozwolone tylko dla tego komputera "
         "(127.0.0.1, ::1, localhost), nie dla 'example.com': użyj https"),
        ("zh_CN", "无法使用此地址：明文 http 只允许用于本机（127.0.0.1、::1、localhost），"
         "不能用于 'example.com'：请使用 https"),
    ],
)  # fmt: skip
def test_an_address_in_clear_text_is_refused_in_the_window_language(
    qtbot: Any,
    gui_services: GuiServices,
    app_context: AppContext,
    approving_shop: DemoShop,
    app_language: Any,
    language: str,
    refused: str,
) -> None:
    assert app_language.set_language(language) == language
    dialog = ConnectShopDialog(gui_services)
    qtbot.addWidget(dialog)
    _fill_form(qtbot, dialog, approving_shop, "Far away")
    dialog.url_edit.setText("http://example.com:8765")  # tokens would cross the network
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form_message.isVisibleTo(dialog), timeout=WAIT)
    assert dialog.form_message.text() == refused
    assert shops.list_shops(app_context.db) == []
