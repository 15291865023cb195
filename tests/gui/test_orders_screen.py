"""The Orders screen against a real database fed by the real worker from the demo shop."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from refunddesk.domain.rules import Mode
from refunddesk.gui.models.orders_model import PAGE_SIZE, OrdersModel
from refunddesk.gui.msgbox import HeadlessMessages, MessageKind
from refunddesk.gui.screens.orders import OrdersScreen
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.gui.widgets.order_id import ORDER_ID_ROLE, short_order_id
from refunddesk.services.demo import starter_rules
from refunddesk.store import models as m
from refunddesk.store import rules_repo

BASE = datetime(2026, 1, 1, tzinfo=UTC)


def _screen(qtbot: QtBot, services: GuiServices) -> OrdersScreen:
    screen = OrdersScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    _settle(qtbot, screen)
    return screen


def _settle(qtbot: QtBot, screen: OrdersScreen) -> None:
    qtbot.waitUntil(
        lambda: not screen.model.is_loading and not screen._services.busy, timeout=10_000
    )


def _visible_column(screen: OrdersScreen, column: int) -> list[str]:
    model = screen.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_lists_synced_orders_and_search_narrows_by_buyer(
    qtbot: QtBot, demo_gui_services: GuiServices
) -> None:
    ctx = demo_gui_services.ctx
    ctx.demo_shop.scenario.seed(50)
    ctx.make_worker().run_once()
    screen = _screen(qtbot, demo_gui_services)
    assert screen.model.rowCount() == 50
    assert screen.count_label.text() == "50 orders"
    _settle(qtbot, screen)
    buyers = _visible_column(screen, 2)
    login = buyers[7]
    qtbot.keyClicks(screen.search, login)
    qtbot.waitUntil(lambda: screen.model.rowCount() < 50, timeout=5000)
    _settle(qtbot, screen)
    narrowed = _visible_column(screen, 2)
    assert narrowed and all(login in b for b in narrowed)
    screen.search.clear()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 50, timeout=5000)


def test_overdue_filter_shows_orders_past_their_deadline(
    qtbot: QtBot, demo_gui_services: GuiServices
) -> None:
    ctx = demo_gui_services.ctx
    scenario = ctx.demo_shop.scenario
    late = scenario.create_order(dispatch_deadline="2026-11-21T09:00:00Z")
    on_time = scenario.create_order(dispatch_deadline="2026-11-21T09:00:00Z")
    scenario.mark_sent(on_time["id"])
    worker = ctx.make_worker()
    worker.run_once()
    screen = _screen(qtbot, demo_gui_services)
    qtbot.mouseClick(screen.overdue, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=5000)
    ctx.demo_shop.clock.advance(2 * 24 * 3600)
    worker.run_once()
    demo_gui_services.notify(Changes(orders=True))
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    _settle(qtbot, screen)
    assert _visible_column(screen, 1) == [short_order_id(late["id"])]
    deadline = screen.model.index(0, 7)
    assert deadline.data().startswith("\u26a0")
    assert "deadline has passed" in deadline.data(Qt.ItemDataRole.ToolTipRole)


def test_timeline_tells_cancellation_decision_and_refund_in_order(
    qtbot: QtBot, demo_gui_services: GuiServices
) -> None:
    ctx = demo_gui_services.ctx
    for rule in starter_rules():
        rules_repo.save_rule(ctx.db, dataclasses.replace(rule, mode=Mode.ARMED), ctx.now())
    scenario = ctx.demo_shop.scenario
    scenario.seed(5)
    order = scenario.create_order([{"name": "Lampka nocna", "price": "45.00", "quantity": 1}])
    worker = ctx.make_worker()
    worker.run_once()
    scenario.cancel_as_buyer(order["id"])
    worker.run_once()
    scenario.settle_refunds()
    worker.run_once()
    screen = _screen(qtbot, demo_gui_services)
    with qtbot.waitSignal(screen.order_shown, timeout=5000):
        screen.show_order(order["id"])
    _settle(qtbot, screen)
    texts = screen.detail.timeline.texts()
    cancelled = texts.index("Allegro: Cancelled by the buyer")
    decided = texts.index("Refund: Rule decided: refund")
    refunded = texts.index("Refund: Refund completed")
    assert cancelled < decided < refunded
    assert screen.model.rowCount() == 1
    status = screen.model.index(0, 5)
    assert status.data() == "Buyer cancelled"  # short in the cell, in full in the tooltip
    assert status.data(Qt.ItemDataRole.ToolTipRole) == "Cancelled by buyer"
    assert screen.model.index(0, 8).data()  # refunded so far
    assert screen.detail.refunds.topLevelItemCount() == 1
    assert screen.detail.refunds.topLevelItem(0).text(2) == "Refunded"
    assert screen.detail.items.topLevelItem(0).text(0) == "Lampka nocna"
    assert screen.table.selectionModel().isRowSelected(0)


def test_model_passes_qt_model_checks(
    qtbot: QtBot, qtmodeltester: object, demo_gui_services: GuiServices
) -> None:
    ctx = demo_gui_services.ctx
    ctx.demo_shop.scenario.seed(12)
    ctx.make_worker().run_once()
    model = OrdersModel(demo_gui_services)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 12 and not model.is_loading, timeout=5000)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_fifty_thousand_orders_load_only_the_pages_looked_at(
    qtbot: QtBot, gui_services: GuiServices
) -> None:
    _bulk_orders(gui_services, 50_000)
    screen = _screen(qtbot, gui_services)
    model = screen.model
    assert model.rowCount() == 50_000
    assert model.loaded_rows <= 2 * PAGE_SIZE
    screen.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.index(49_999, 1).data() is not None, timeout=5000)
    oldest = model.index(49_999, 1)  # newest first: the oldest is last
    assert (oldest.data(), oldest.data(ORDER_ID_ROLE)) == ("order-00", "order-000000")
    assert model.loaded_rows <= 4 * PAGE_SIZE
    header = screen.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_header_point(screen, 3))
    _settle(qtbot, screen)
    first_total = model.index(0, 3).data()
    assert first_total is not None and model.rowCount() == 50_000


def test_sync_problems_show_a_banner_with_details(
    qtbot: QtBot, gui_services: GuiServices, message_log: HeadlessMessages
) -> None:
    shop_id = _bulk_orders(gui_services, 3)
    with gui_services.ctx.db.transaction() as s:
        for n in range(2):
            s.add(
                m.SyncProblem(
                    shop_id=shop_id,
                    subject="order",
                    subject_id=f"broken-{n}",
                    message="lineItems is missing",
                    first_seen=BASE,
                    last_seen=BASE,
                )
            )
    screen = _screen(qtbot, gui_services)
    qtbot.waitUntil(lambda: screen.banner.isVisibleTo(screen), timeout=5000)
    assert screen.banner.label.text() == "2 orders could not be read from Allegro."
    qtbot.mouseClick(screen.banner.details, Qt.MouseButton.LeftButton)
    shown = message_log.of_kind(MessageKind.WARNING)
    assert "broken-0" in shown[-1].details and "lineItems is missing" in shown[-1].details


def _header_point(screen: OrdersScreen, section: int) -> QPoint:
    header = screen.table.horizontalHeader()
    return QPoint(header.sectionViewportPosition(section) + 10, header.height() // 2)


def _bulk_orders(services: GuiServices, count: int) -> int:
    with services.ctx.db.transaction() as s:
        shop = m.Shop(
            name="Bulk shop",
            environment="custom",
            api_url="http://127.0.0.1:1",
            auth_url="http://127.0.0.1:1",
            created_at=BASE,
        )
        s.add(shop)
        s.flush()
        shop_id = shop.id
        rows = [
            {
                "shop_id": shop_id,
                "order_id": f"order-{n:06d}",
                "status": "READY_FOR_PROCESSING",
                "buyer_login": f"buyer{n % 997}",
                "currency": "PLN",
                "total_minor": 1000 + n,
                "bought_at": BASE + timedelta(minutes=n),
                "synced_at": BASE,
            }
            for n in range(count)
        ]
        if rows:
            s.execute(insert(m.Order), rows)
    return shop_id
