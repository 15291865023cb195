"""The dashboard counts the backlog the "ignore" choice left to the merchant, and leads there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from refunddesk.gui.app import GuiSession
from refunddesk.gui.screens.dashboard import DashboardScreen
from refunddesk.gui.screens.refunds import RefundsScreen
from refunddesk.services import shops
from tests.support.refund_rows import add_shop, insert_intents, intent_row

WAIT = 15_000


def test_the_older_cases_left_to_you_are_counted_and_open_in_refunds(
    qtbot: QtBot, gui_session: GuiSession
) -> None:
    ctx = gui_session.context
    assert ctx is not None
    ignoring = add_shop(ctx.db, "Sklep Ania")
    asking = add_shop(ctx.db, "Sklep Bartka")
    shops.set_backlog_mode(ctx.db, ignoring, "ignore")
    left = {"state": "NO_ACTION", "backlog": True}
    insert_intents(
        ctx.db,
        [
            intent_row(ignoring, 1, **left),
            intent_row(ignoring, 2, **left),
            intent_row(ignoring, 3, state="NO_ACTION"),  # a new case no rule matched
            intent_row(ignoring, 4, state="HELD", backlog=True),  # decided after all
            intent_row(asking, 5, state="NO_ACTION", backlog=True),  # that shop chose "ask"
        ],
    )
    window = gui_session.window
    window.resize(1024, 768)
    window.show()
    board = window.screen_widget("dashboard")
    assert isinstance(board, DashboardScreen)
    board.refresh()
    button = board.left_to_you_button
    qtbot.waitUntil(lambda: button.isVisible(), timeout=WAIT)
    assert button.text() == "2 older cases left to you (found when the shop was connected)"

    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_screen_key() == "refunds"
    refunds = window.screen_widget("refunds")
    assert isinstance(refunds, RefundsScreen)
    qtbot.waitUntil(lambda: refunds.model.total == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: refunds.model.row_at(1) is not None, timeout=WAIT)
    orders = {refunds.model.row_at(n).order_id for n in range(2)}  # type: ignore[union-attr]
    assert orders == {"order-0000001", "order-0000002"}

    shops.set_backlog_mode(ctx.db, ignoring, "ask")  # the merchant changed their mind
    board.refresh()
    qtbot.waitUntil(lambda: not button.isVisible(), timeout=WAIT)
