"""The paged model of Orders and Refunds: lazy pages, refreshed in place, off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import event, insert, update

from refunddesk.gui.models.orders_model import OrdersModel
from refunddesk.gui.screens.orders import OrdersScreen
from refunddesk.gui.screens.refunds import EVERYTHING, RefundsScreen
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.gui.widgets.order_id import ORDER_ID_ROLE
from refunddesk.queries import orders as q
from refunddesk.store import models as m
from tests.support.refund_rows import insert_intents, intent_row

BASE = datetime(2026, 1, 1, tzinfo=UTC)
BUYER = q.OrderColumn.BUYER


def _add_shop(services: GuiServices) -> int:
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
        return shop.id


def _add_orders(services: GuiServices, shop_id: int, numbers: range) -> None:
    rows = [
        {
            "shop_id": shop_id,
            "order_id": f"order-{n:06d}",
            "status": "READY_FOR_PROCESSING",
            "buyer_login": f"buyer{n}",
            "currency": "PLN",
            "total_minor": 1000 + n,
            "bought_at": BASE + timedelta(minutes=n),
            "synced_at": BASE,
        }
        for n in numbers
    ]
    with services.ctx.db.transaction() as s:
        s.execute(insert(m.Order), rows)


def _settled(qtbot: QtBot, model: OrdersModel) -> None:
    qtbot.waitUntil(lambda: not model.is_loading and not model._services.busy, timeout=5000)


def _look_at(model: OrdersModel, rows: range) -> None:
    """What a view does as it paints: ask for the rows it shows."""
    for row in rows:
        model.index(row, BUYER).data()


@pytest.fixture
def queries_by_thread(gui_services: GuiServices) -> Iterator[list[bool]]:
    """For every SQL statement the database runs: True when it ran on the GUI thread."""
    seen: list[bool] = []

    def record(*_args: Any) -> None:
        seen.append(threading.current_thread() is threading.main_thread())

    engine = gui_services.ctx.db.engine
    event.listen(engine, "before_cursor_execute", record)
    yield seen
    event.remove(engine, "before_cursor_execute", record)


def test_ten_thousand_orders_load_a_page_at_a_time_and_keep_only_a_window(
    qtbot: QtBot, gui_services: GuiServices
) -> None:
    _add_orders(gui_services, _add_shop(gui_services), range(10_000))
    model = OrdersModel(gui_services)
    model.MAX_PAGES = 5
    model.reload()
    _settled(qtbot, model)
    assert model.rowCount() == 10_000
    assert model.loaded_rows == model.PAGE_SIZE  # the count, and page one: nothing else
    assert model.index(9_999, BUYER).data() is None  # not loaded yet: asked for, not read
    _settled(qtbot, model)
    assert model.index(9_999, BUYER).data() == "buyer0"  # newest first
    # Scrolling through every page keeps only the last few looked at, not 10,000 rows.
    for page in range(10_000 // model.PAGE_SIZE):
        _look_at(model, range(page * model.PAGE_SIZE, page * model.PAGE_SIZE + 1))
        _settled(qtbot, model)
    assert model.loaded_rows == 5 * model.PAGE_SIZE
    assert model.index(0, BUYER).data() is None  # dropped long ago: asked for again


def test_a_sync_refreshes_rows_in_place_without_a_reset(
    qtbot: QtBot, gui_services: GuiServices
) -> None:
    shop_id = _add_shop(gui_services)
    _add_orders(gui_services, shop_id, range(100, 400))
    model = OrdersModel(gui_services)
    model.reload()
    _settled(qtbot, model)
    _look_at(model, range(300))
    _settled(qtbot, model)
    resets: list[bool] = []
    inserted: list[tuple[int, int]] = []
    changed: list[tuple[int, int]] = []
    model.modelAboutToBeReset.connect(lambda: resets.append(True))
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    # One order changed (row 3: newest first) and two older ones arrived (they sort last).
    with gui_services.ctx.db.transaction() as s:
        s.execute(update(m.Order).where(m.Order.order_id == "order-000396").values(buyer_login="x"))
    _add_orders(gui_services, shop_id, range(98, 100))

    model.reload(keep_rows=True)  # what the screen does when a sync changed orders
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append((top.row(), bottom.row())))
    assert model.index(3, BUYER).data() == "buyer396"  # shown until the fresh page arrives
    _look_at(model, range(302))
    _settled(qtbot, model)

    assert resets == []
    assert inserted == [(300, 301)]
    assert model.index(3, BUYER).data() == "x"
    assert model.index(301, BUYER).data() == "buyer98"
    # Only what differs is announced: row 3, and the new rows if their page beat the count.
    assert (3, 3) in changed and set(changed) <= {(3, 3), (300, 301)}


def test_a_refresh_reads_the_pages_in_view_again_without_repainting_every_row(
    qtbot: QtBot, gui_services: GuiServices
) -> None:
    # Announcing every row on each refresh (so that views would ask again) repainted the
    # whole table once more per worker round; the pages in view are read again directly.
    shop_id = _add_shop(gui_services)
    _add_orders(gui_services, shop_id, range(100, 600))  # three pages, newest first
    model = OrdersModel(gui_services)
    model.reload()
    _settled(qtbot, model)
    _look_at(model, range(390, 410))  # a screenful across pages 1 and 2
    _settled(qtbot, model)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append((top.row(), bottom.row())))
    with gui_services.ctx.db.transaction() as s:  # row 400 (order 199) changes
        s.execute(update(m.Order).where(m.Order.order_id == "order-000199").values(buyer_login="x"))

    model.refresh()
    assert changed == []  # nothing announced before the fresh rows are known
    _settled(qtbot, model)

    assert model.index(400, BUYER).data() == "x"  # without a view asking for it
    assert changed == [(400, 400)]


def test_the_selected_order_stays_selected_when_new_orders_push_it_down(
    qtbot: QtBot, gui_services: GuiServices
) -> None:
    shop_id = _add_shop(gui_services)
    _add_orders(gui_services, shop_id, range(20))
    screen = OrdersScreen(gui_services)
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 20 and not screen.model.is_loading)
    screen.table.selectRow(2)
    qtbot.waitUntil(lambda: screen._detail_key == (shop_id, "order-000017"))
    _add_orders(gui_services, shop_id, range(20, 23))  # newer: they sort first

    gui_services.notify(Changes(orders=True))
    qtbot.waitUntil(lambda: screen.model.rowCount() == 23 and not gui_services.busy)

    assert screen.table.selectionModel().selectedRows()[0].row() == 5
    assert screen.model.index(5, q.OrderColumn.ORDER_ID).data(ORDER_ID_ROLE) == "order-000017"


def test_no_query_runs_on_the_gui_thread(
    qtbot: QtBot, gui_services: GuiServices, queries_by_thread: list[bool]
) -> None:
    shop_id = _add_shop(gui_services)
    _add_orders(gui_services, shop_id, range(1000))
    queries_by_thread.clear()  # the test's own writes
    view = QTableView()
    qtbot.addWidget(view)
    model = OrdersModel(gui_services, view)  # the view owns it: it must outlive the view
    view.setModel(model)
    view.show()
    model.reload()
    _settled(qtbot, model)
    view.scrollToBottom()  # paints rows of the last page: the view asks, the pool reads
    qtbot.waitUntil(lambda: model.index(999, BUYER).data() == "buyer0", timeout=5000)
    model.sort(BUYER)
    model.set_filter(q.OrderFilter(search="buyer9"))
    _settled(qtbot, model)
    writer = threading.Thread(target=_add_orders, args=(gui_services, shop_id, range(9000, 9010)))
    writer.start()  # the sync's writes, off the GUI thread as the worker's are
    writer.join()
    model.reload(keep_rows=True)  # what the screen does when a sync changed orders
    _settled(qtbot, model)
    assert model.rowCount() == 1 + 10 + 100 + 10  # buyer9, 9x, 9xx, then 9000-9009
    assert queries_by_thread and not any(queries_by_thread)


def test_the_selected_refund_stays_selected_when_new_refunds_push_it_down(
    qtbot: QtBot, gui_services: GuiServices, many_refunds: Callable[[int], int]
) -> None:
    shop_id = many_refunds(10)
    screen = RefundsScreen(gui_services)
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    screen.status_combo.setCurrentIndex(screen.status_combo.findData(EVERYTHING))
    qtbot.waitUntil(lambda: screen.model.total == 10 and not screen.model.loading)
    screen.table.selectRow(2)
    chosen = screen.selected_id()
    qtbot.waitUntil(lambda: screen.detail.detail is not None)
    insert_intents(gui_services.ctx.db, [intent_row(shop_id, n) for n in (10, 11, 12)])

    gui_services.notify(Changes(refunds=True))
    qtbot.waitUntil(lambda: screen.model.total == 13 and not gui_services.busy)

    assert screen.table.selectionModel().selectedRows()[0].row() == 5
    assert screen.selected_id() == chosen
    assert screen.detail.detail is not None and screen.detail.detail.row.id == chosen


def test_a_painted_cell_is_one_call_with_every_role(
    qtbot: QtBot, gui_services: GuiServices
) -> None:
    # A view asks ~7 roles of each cell it paints; through multiData that is one call into
    # Python (one wait for the GIL) instead of seven, and the cell reads the same.
    _add_orders(gui_services, _add_shop(gui_services), range(3))
    model = OrdersModel(gui_services)
    model.reload()
    _settled(qtbot, model)
    delegate = QStyledItemDelegate()
    total = model.index(0, q.OrderColumn.TOTAL)
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, total)
    assert option.text == total.data() and "10.02" in option.text
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
    calls: list[int] = []
    model.data = lambda *args: calls.append(1)  # type: ignore[method-assign]
    delegate.initStyleOption(QStyleOptionViewItem(), model.index(1, BUYER))
    assert calls == []


def test_a_repaint_formats_again_only_rows_that_changed(
    qtbot: QtBot, gui_services: GuiServices
) -> None:
    # A worker round ends in several repaints of the rows in view, most of which came back
    # from the database unchanged: formatting their money and dates again each time was
    # half of a repaint. A changed row, and every row after a language change, read afresh.
    shop_id = _add_shop(gui_services)
    _add_orders(gui_services, shop_id, range(3))
    model = OrdersModel(gui_services)
    model.reload()
    _settled(qtbot, model)
    delegate = QStyledItemDelegate()

    def paint() -> list[str]:
        texts = []
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                option = QStyleOptionViewItem()
                delegate.initStyleOption(option, model.index(row, column))
                texts.append(option.text)
        return texts

    first = paint()
    formatted: list[str] = []
    real_cell = model.cell

    def counting_cell(row: Any, column: int, role: int) -> Any:
        formatted.append(row.order_id)
        return real_cell(row, column, role)

    model.cell = counting_cell  # type: ignore[method-assign]
    with gui_services.ctx.db.transaction() as s:
        s.execute(update(m.Order).where(m.Order.order_id == "order-000001").values(buyer_login="x"))
    model.refresh()  # a worker round changed one order
    _settled(qtbot, model)
    again = paint()

    assert set(formatted) == {"order-000001"}
    assert "x" in again and "x" not in first
    assert [a for a, b in zip(first, again, strict=True) if a != b] == ["buyer1"]
    formatted.clear()
    model.announce_all()  # the language changed: every cell may read differently
    paint()
    assert set(formatted) == {f"order-{n:06d}" for n in range(3)}


def test_a_painted_cell_calls_into_python_twice_not_three_times(
    qtbot: QtBot, gui_services: GuiServices
) -> None:
    # Every call from Qt into Python waits for the GIL while the worker runs; Qt's own
    # index() asks rowCount() and columnCount(), so a repaint made three calls a cell.
    calls = {"rowCount": 0, "multiData": 0}

    class Counted(OrdersModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:
            calls["rowCount"] += 1
            return super().rowCount(parent)

        def multiData(self, index: Any, span: Any) -> None:
            calls["multiData"] += 1
            super().multiData(index, span)

    _add_orders(gui_services, _add_shop(gui_services), range(50))
    model = Counted(gui_services)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 400)
    model.reload()
    _settled(qtbot, model)
    view.show()
    qtbot.waitExposed(view)
    for name in calls:
        calls[name] = 0
    view.grab()  # paints the view as the screen would
    assert calls["multiData"] >= 20  # a screenful of cells was painted
    assert calls["rowCount"] < calls["multiData"] / 4
