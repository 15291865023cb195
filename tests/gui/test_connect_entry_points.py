"""The connect dialog opens from the Dashboard's "Connect a shop…" and from Settings → Shops."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from refunddesk.gui.app import GuiSession
from refunddesk.gui.dialogs.connect_shop import ConnectShopDialog
from refunddesk.services import shops
from refunddesk.services.context import AppContext


def _open_dialogs(session: GuiSession) -> list[ConnectShopDialog]:
    return [d for d in session.window.findChildren(ConnectShopDialog) if d.isVisible()]


def test_dashboard_connect_button_opens_the_dialog(qtbot: Any, gui_session: GuiSession) -> None:
    dashboard = gui_session.window.screen_widget("dashboard")
    dashboard.connect_shop_requested.emit()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(_open_dialogs(gui_session)) == 1, timeout=3000)
    [dialog] = _open_dialogs(gui_session)
    assert dialog.reconnect_shop is None and dialog.pages.currentWidget() is dialog.form_page
    dialog.reject()


def test_settings_add_and_reconnect_open_the_dialog(
    qtbot: Any, gui_session: GuiSession, app_context: AppContext
) -> None:
    info = shops.add_shop(
        app_context.db,
        app_context.secrets,
        name="Needs you",
        environment="demo",
        client_id="demo-client",
        client_secret="demo-secret",
        api_url="http://127.0.0.1:9",  # nothing listens: the reconnect fails plainly
    )
    shops.mark_needs_reconnect(app_context.db, info.id)
    # Shown as the merchant sees it: a hidden panel squeezes its buttons to nothing to click.
    gui_session.window.show()
    gui_session.window.show_screen("settings")
    panel = gui_session.window.screen_widget("settings").shops  # type: ignore[attr-defined]
    panel.show_shops(shops.list_shops(app_context.db))
    assert panel.add_button.isEnabled()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_open_dialogs(gui_session)) == 1, timeout=3000)
    _open_dialogs(gui_session)[0].reject()
    qtbot.waitUntil(lambda: not _open_dialogs(gui_session), timeout=3000)

    panel.select_shop(info.id)
    assert panel.reconnect_button.isEnabled()
    qtbot.mouseClick(panel.reconnect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_open_dialogs(gui_session)) == 1, timeout=3000)
    [dialog] = _open_dialogs(gui_session)
    assert dialog.reconnect_shop is not None and dialog.reconnect_shop.id == info.id
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=8000)
    assert dialog.result_title.text() == "Allegro could not be reached"
    assert [s.id for s in shops.list_shops(app_context.db)] == [info.id]  # kept
    dialog.reject()
