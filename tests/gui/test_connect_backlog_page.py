"""The connect dialog's backlog page: what the first sync found, counted, and the choice saved."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton

from refunddesk.demo_shop import DemoShop
from refunddesk.demo_shop.clock import ShopClock
from refunddesk.gui.dialogs.connect_flow import Outcome
from refunddesk.gui.dialogs.connect_shop import ConnectShopDialog
from refunddesk.gui.services import GuiServices
from refunddesk.queries.backlog import BacklogKind
from refunddesk.services import shops
from refunddesk.services.context import AppContext
from tests.support.demo_shop import DemoShopFactory

WAIT = 8000
MUG = {"offerId": "17001", "name": "Kubek", "price": "39.99", "quantity": 1}


@pytest.fixture
def shop_with_backlog(demo_shop_factory: DemoShopFactory) -> DemoShop:
    """A shop with a cancelled paid order and two overdue unsent ones, approving by itself."""
    shop = demo_shop_factory(auto_approve=True, clock=ShopClock(), device_interval=1)
    cancelled = shop.scenario.create_order([MUG])
    shop.scenario.cancel_as_buyer(cancelled["id"])
    late = (shop.clock.now() - timedelta(days=3)).isoformat()
    for _ in range(2):
        shop.scenario.create_order([MUG], dispatch_deadline=late)
    return shop


def _pick(qtbot: Any, button: QRadioButton) -> None:
    """Click the round indicator, where the merchant clicks (the row is wider than its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _connect(qtbot: Any, services: GuiServices, shop: DemoShop) -> ConnectShopDialog:
    dialog = ConnectShopDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.environment_combo.setCurrentIndex(dialog.environment_combo.findData("demo"))
    dialog.url_edit.setText(shop.url)
    qtbot.keyClicks(dialog.name_edit, "Backlog shop")
    dialog.client_id_edit.setText(shop.options.client_id)
    dialog.secret_edit.setText(shop.options.client_secret)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is Outcome.CONNECTED, timeout=WAIT)
    return dialog


def test_the_page_shows_what_was_found_and_saves_the_choice(
    qtbot: Any,
    gui_services: GuiServices,
    app_context: AppContext,
    shop_with_backlog: DemoShop,
    memory_keyring: Any,
) -> None:
    dialog = _connect(qtbot, gui_services, shop_with_backlog)
    page = dialog.backlog_page
    assert dialog.pages.currentWidget() is page
    assert page.choice() == "ask"  # the default, nothing moves without the merchant
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    cancelled = BacklogKind.CANCELLED_NOT_REFUNDED
    assert page.count_labels[cancelled].text() == "1"
    assert "49.98" in page.amount_labels[cancelled].text()
    assert page.count_labels[BacklogKind.NOT_SENT_IN_TIME].text() == "2"
    assert "99.96" in page.amount_labels[BacklogKind.NOT_SENT_IN_TIME].text()
    assert page.count_labels[BacklogKind.RETURN_DELIVERED].text() == "0"
    assert page.status.text().startswith("Amounts are")

    _pick(qtbot, page.choice_buttons["ignore"])
    assert page.choice() == "ignore"
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    info = shops.find_shop(app_context.db, "Backlog shop")
    assert info is not None and info.backlog_mode == "ignore"


def test_the_choice_can_be_made_when_the_orders_cannot_be_read(
    qtbot: Any,
    gui_services: GuiServices,
    app_context: AppContext,
    shop_with_backlog: DemoShop,
    memory_keyring: Any,
) -> None:
    dialog = _connect(qtbot, gui_services, shop_with_backlog)
    page = dialog.backlog_page
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    shop_with_backlog.stop()  # the network goes away right after the approval
    page.start(page.shop_id or 0, page.shop_name)  # look again, now without a shop to ask
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT * 3)
    assert "could not be read now" in page.status.text()
    assert page.count_labels[BacklogKind.CANCELLED_NOT_REFUNDED].text() == "…"
    _pick(qtbot, page.choice_buttons["apply"])
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    info = shops.find_shop(app_context.db, "Backlog shop")
    assert info is not None and info.backlog_mode == "apply"
