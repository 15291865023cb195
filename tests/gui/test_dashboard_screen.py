"""The dashboard on the demo shop: a cancellation under an armed rule, waiting refunds, Review."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from refunddesk.automation.states import IntentState
from refunddesk.gui.app import GuiSession
from refunddesk.gui.screens.dashboard import DashboardScreen
from refunddesk.gui.services import GuiServices
from refunddesk.store import models as m
from tests.support.dashboard_data import item, save_rules

WAIT = 15_000


def _dashboard(session: GuiSession) -> DashboardScreen:
    page = session.window.screen_widget("dashboard")
    assert isinstance(page, DashboardScreen)
    return page


def test_a_buyer_cancellation_shows_as_todays_refund_after_a_cycle(
    qtbot: QtBot, live_session: GuiSession
) -> None:
    ctx, bridge = live_session.context, live_session.bridge
    assert ctx is not None and bridge is not None
    save_rules(ctx)
    board = _dashboard(live_session)
    qtbot.waitUntil(lambda: bridge.cycles >= 1, timeout=WAIT)
    order = ctx.demo_shop.scenario.create_order(item("50.00"))["id"]
    n = bridge.cycles
    bridge.wake()
    qtbot.waitUntil(lambda: bridge.cycles > n, timeout=WAIT)
    ctx.demo_shop.scenario.cancel_as_buyer(order)
    n = bridge.cycles
    live_session.window.status_strip.sync_button.click()
    qtbot.waitUntil(lambda: bridge.cycles > n, timeout=WAIT)
    ctx.demo_shop.scenario.settle_refunds()
    n = bridge.cycles
    bridge.wake()
    qtbot.waitUntil(lambda: bridge.cycles > n, timeout=WAIT)
    qtbot.waitUntil(lambda: board.today_tile.value.text() == "1", timeout=WAIT)
    assert "59.99" in board.today_tile.detail.text()
    assert board.board is not None and board.board.per_day[-1].count == 1
    # Last actions in plain words from the event type, with the order id short and the amount.
    feed = "\n".join(board.feed.lines())
    assert f"order {order[:8]}  ·  Refund completed  ·  PLN\u00a059.99" in feed
    assert "SUCCESS" not in feed and "→" not in feed and order not in feed


def test_stop_dismisses_a_refund_waiting_out_its_delay(
    qtbot: QtBot, demo_gui_services: GuiServices
) -> None:
    ctx = demo_gui_services.ctx
    save_rules(ctx)
    worker = ctx.make_worker()
    scenario = ctx.demo_shop.scenario
    order = scenario.create_order(item("300.00"))["id"]
    worker.run_once()
    scenario.cancel_as_buyer(order)
    worker.run_once()
    screen = DashboardScreen(demo_gui_services)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: len(screen.stop_buttons) == 1, timeout=WAIT)
    QTest.mouseClick(screen.stop_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.stop_buttons == [], timeout=WAIT)
    with ctx.db.sessions() as s:
        intent = s.query(m.RefundIntent).one()
        assert intent.state == IntentState.DISMISSED


def test_the_waiting_tile_opens_review(qtbot: QtBot, gui_session: GuiSession) -> None:
    window = gui_session.window
    window.show()
    board = _dashboard(gui_session)
    qtbot.waitUntil(lambda: board.board is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: board.next_step.button.isVisible(), timeout=WAIT)
    assert board.next_step.button.text() == "Connect a shop…"  # no shop yet: the way there
    QTest.mouseClick(board.waiting_tile, Qt.MouseButton.LeftButton)
    assert window.current_screen_key() == "review"
