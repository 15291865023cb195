"""The Orders screen finds an order by its total as a merchant types it, and a cancelled
order's dispatch deadline is not shown as if it were still to be met."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from refunddesk.domain.money import Money
from refunddesk.gui.formatting import format_datetime, format_money
from refunddesk.gui.models.orders_model import ROW_ROLE
from refunddesk.gui.screens.orders import OrdersScreen
from refunddesk.gui.services import GuiServices
from refunddesk.queries.orders import OrderColumn


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


def _search(qtbot: QtBot, screen: OrdersScreen, text: str) -> set[str]:
    """Type ``text`` into the search box; the full ids of the orders the table then lists."""
    screen.search.clear()
    screen.search.insert(text)  # as typed (QTest cannot type "ł"): the search waits, then runs
    qtbot.waitUntil(lambda: screen.model.order_filter.search == text, timeout=5000)
    _settle(qtbot, screen)
    model = screen.model
    return {model.index(r, 0).data(ROW_ROLE).order_id for r in range(model.rowCount())}


@pytest.mark.parametrize("typed", ["129.99", "129,99", "129,99 zł", "PLN 129.99", "129,99zł"])
def test_search_finds_the_orders_of_a_total_typed_as_merchants_write_it(
    qtbot: QtBot, demo_gui_services: GuiServices, typed: str
) -> None:
    ctx = demo_gui_services.ctx
    scenario = ctx.demo_shop.scenario
    scenario.seed(20)
    item = {"name": "Kubek ceramiczny", "price": "120.00", "quantity": 1}
    zloty = scenario.create_order([item], delivery_cost="9.99")["id"]
    koruny = scenario.create_order([item], delivery_cost="9.99", currency="CZK")["id"]
    other = scenario.create_order([item], delivery_cost="12.99")["id"]
    ctx.make_worker().run_once()
    screen = _screen(qtbot, demo_gui_services)

    found = _search(qtbot, screen, typed)

    assert zloty in found
    assert other not in found
    # A currency typed narrows to it; without one, the same amount in any currency is found.
    assert (koruny in found) == ("zł" not in typed and "PLN" not in typed)
    totals = {screen.model.index(r, OrderColumn.TOTAL).data()
              for r in range(screen.model.rowCount())}  # fmt: skip
    assert totals <= {format_money(Money(129_99, c)) for c in ("PLN", "CZK")}


def test_search_by_name_or_login_is_not_mistaken_for_an_amount(
    qtbot: QtBot, demo_gui_services: GuiServices
) -> None:
    ctx = demo_gui_services.ctx
    scenario = ctx.demo_shop.scenario
    mug = scenario.create_order([{"name": "Kubek 350 ml", "price": "35.00", "quantity": 1}])
    priced = scenario.create_order([{"name": "Lampka", "price": "340.01", "quantity": 1}])
    ctx.make_worker().run_once()
    screen = _screen(qtbot, demo_gui_services)

    assert _search(qtbot, screen, "350 ml") == {mug["id"]}
    assert _search(qtbot, screen, "350") == {mug["id"], priced["id"]}  # name, and the total


def test_a_cancelled_order_shows_no_dispatch_deadline_to_meet(
    qtbot: QtBot, demo_gui_services: GuiServices
) -> None:
    ctx = demo_gui_services.ctx
    scenario = ctx.demo_shop.scenario
    deadline = (ctx.now() + timedelta(days=2)).isoformat()
    earlier = (ctx.now() + timedelta(days=1)).isoformat()
    cancelled = scenario.create_order(dispatch_deadline=earlier)["id"]
    waiting = scenario.create_order(dispatch_deadline=deadline)["id"]
    worker = ctx.make_worker()
    worker.run_once()
    scenario.cancel_as_buyer(cancelled)
    worker.run_once()
    screen = _screen(qtbot, demo_gui_services)
    # Soonest deadline first: the order still to send leads, the cancelled one has none.
    screen.table.sortByColumn(OrderColumn.DEADLINE, Qt.SortOrder.AscendingOrder)
    _settle(qtbot, screen)
    rows = {screen.model.index(r, 0).data(ROW_ROLE).order_id: r for r in range(2)}
    assert rows == {waiting: 0, cancelled: 1}

    shown = screen.model.index(rows[waiting], OrderColumn.DEADLINE)
    void = screen.model.index(rows[cancelled], OrderColumn.DEADLINE)
    assert shown.data() == format_datetime(datetime.fromisoformat(deadline))
    assert not any(c.isdigit() for c in void.data())  # no date, as if one were to be met
    assert "no deadline applies" in void.data(Qt.ItemDataRole.ToolTipRole)
