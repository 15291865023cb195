"""Settings → Shops: each shop's choice for the cases found at connect, shown and changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from refunddesk.gui import msgbox
from refunddesk.gui.screens.settings import SettingsScreen
from refunddesk.gui.services import GuiServices
from refunddesk.services import shops


def test_the_backlog_choice_is_shown_per_shop_and_saved_when_changed(
    qtbot: QtBot, demo_gui_services: GuiServices
) -> None:
    ctx = demo_gui_services.ctx
    (shop,) = shops.list_shops(ctx.db)
    screen = SettingsScreen(demo_gui_services)
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        pass
    panel = screen.shops
    assert panel.list.topLevelItem(0).text(4) == "Hold for my approval"  # the default
    assert not panel.backlog_combo.isEnabled()  # no shop selected: nothing to change
    panel.select_shop(shop.id)
    assert panel.backlog_combo.isEnabled()
    assert panel.backlog_combo.currentText() == "Hold for my approval"

    index = panel.backlog_combo.findData("ignore")
    with qtbot.waitSignal(demo_gui_services.changed, timeout=5000) as news:
        panel.backlog_combo.setCurrentIndex(index)
        panel.backlog_combo.activated.emit(index)  # what choosing from the list sends
    assert news.args[0].shops
    assert shops.get_shop(ctx.db, shop.id).backlog_mode == "ignore"
    assert panel.list.topLevelItem(0).text(4) == "Leave to me"
    assert panel.selected_shop() is not None  # still selected, for the next change
    assert panel.message.text() == "Saved."


def test_refund_by_my_rules_is_asked_first_and_each_choice_is_explained(
    qtbot: QtBot, demo_gui_services: GuiServices, message_log: msgbox.HeadlessMessages
) -> None:
    ctx = demo_gui_services.ctx
    (shop,) = shops.list_shops(ctx.db)
    screen = SettingsScreen(demo_gui_services)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        pass
    panel = screen.shops
    panel.select_shop(shop.id)
    combo = panel.backlog_combo
    hint = combo.itemData(combo.findData("apply"), Qt.ItemDataRole.ToolTipRole)
    assert "armed rules refund them" in hint

    apply = combo.findData("apply")
    message_log.answer_next(False)  # "no": nothing changes, the choice goes back
    combo.setCurrentIndex(apply)
    combo.activated.emit(apply)
    assert "Let your rules decide" in message_log.of_kind(msgbox.MessageKind.QUESTION)[-1].text
    assert shops.get_shop(ctx.db, shop.id).backlog_mode == "ask"
    assert combo.currentData() == "ask"

    message_log.answer_next(True)
    with qtbot.waitSignal(demo_gui_services.changed, timeout=5000):
        combo.setCurrentIndex(apply)
        combo.activated.emit(apply)
    assert shops.get_shop(ctx.db, shop.id).backlog_mode == "apply"
