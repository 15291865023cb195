"""Refunds screen: lazy paging over 20,000 refunds, filters, SQL sorting, detail and export."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from refunddesk.domain.money import Money
from refunddesk.gui.formatting import format_money
from refunddesk.gui.models.refunds_model import ROW_ID_ROLE, RefundsTableModel
from refunddesk.gui.screens.refunds import EVERYTHING, RefundsScreen
from refunddesk.gui.services import GuiServices
from refunddesk.queries.refunds import RefundFilter, SortColumn

COUNT = 20_000
AMOUNT = list(SortColumn).index(SortColumn.AMOUNT)
STATUS = list(SortColumn).index(SortColumn.STATUS)


def _screen(qtbot: QtBot, services: GuiServices, *, everything: bool = True) -> RefundsScreen:
    screen = RefundsScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.total is not None and not screen.model.loading)
    if everything:  # the fixture's rows include "no action" decisions, hidden by default
        screen.status_combo.setCurrentIndex(screen.status_combo.findData(EVERYTHING))
        qtbot.waitUntil(lambda: screen.model.current_filter.states == ())
        qtbot.waitUntil(lambda: screen.model.total is not None and not screen.model.loading)
    return screen


def _text(model: RefundsTableModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)) or "")


def test_model_passes_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: object,
    gui_services: GuiServices,
    many_refunds: Callable[[int], int],
) -> None:
    many_refunds(450)
    model = RefundsTableModel(gui_services)
    model.set_filter(RefundFilter())
    qtbot.waitUntil(lambda: model.total == 450 and not model.loading)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not model.loading)


def test_twenty_thousand_refunds_load_lazily_and_sort_by_amount(
    qtbot: QtBot, gui_services: GuiServices, many_refunds: Callable[[int], int]
) -> None:
    many_refunds(COUNT)
    screen = _screen(qtbot, gui_services)
    model = screen.model
    assert model.rowCount() == COUNT
    assert screen.total_label.text() == f"Refunds: {QLocale().toString(COUNT)}"
    # Only what was looked at is loaded, never the whole history.
    assert model.row_at(COUNT - 1) is None
    screen.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.row_at(COUNT - 1) is not None)
    # Newest first: the oldest is last (the cell shows a short id, the tooltip the whole one).
    oldest = model.index(COUNT - 1, 1)
    assert model.data(oldest, Qt.ItemDataRole.ToolTipRole) == "order-0000000"
    assert model.data(oldest) == "order-00"
    assert len(model._pages) <= model.MAX_PAGES

    screen.table.horizontalHeader().setSortIndicator(AMOUNT, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model.row_at(0) is not None and model.total == COUNT)
    first = [model.row_at(r) for r in range(50)]
    amounts = [r.amount.minor for r in first if r is not None]
    assert amounts == sorted(amounts) and amounts[0] == 1
    assert _text(model, 0, AMOUNT) == format_money(Money(1, "PLN"))
    assert model.data(model.index(0, AMOUNT), Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight
    )


def test_filter_by_status_and_text(
    qtbot: QtBot, gui_services: GuiServices, many_refunds: Callable[[int], int]
) -> None:
    many_refunds(2000)
    screen = _screen(qtbot, gui_services)
    model = screen.model
    screen.status_combo.setCurrentIndex(screen.status_combo.findText("Held for you"))
    qtbot.waitUntil(lambda: model.total == 400 and not model.loading)
    texts = lambda: {_text(model, r, STATUS) for r in range(model.rowCount())}  # noqa: E731
    qtbot.waitUntil(lambda: "" not in texts())  # the second page loads when asked for
    assert texts() == {"Held"}  # the cell's short word; the tooltip has the whole status
    tip = model.data(model.index(0, STATUS), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Held for you"
    qtbot.keyClicks(screen.search_edit, "buyer001")
    qtbot.waitUntil(lambda: model.total == 4 and not model.loading)  # 1, 501, 1001, 1501
    assert {_text(model, r, 2) for r in range(4)} == {"buyer001"}
    assert screen.total_label.text() == "Refunds: 4"
    screen.search_edit.clear()
    screen.status_combo.setCurrentIndex(screen.status_combo.findData(EVERYTHING))
    qtbot.waitUntil(lambda: model.total == 2000)


def test_the_history_hides_no_action_decisions_until_asked(
    qtbot: QtBot, gui_services: GuiServices, many_refunds: Callable[[int], int]
) -> None:
    many_refunds(500)
    screen = _screen(qtbot, gui_services, everything=False)
    no_action = 100  # every fifth row of the fixture
    assert screen.model.total == 500 - no_action
    screen.status_combo.setCurrentIndex(screen.status_combo.findData(EVERYTHING))
    qtbot.waitUntil(lambda: screen.model.total == 500 and not screen.model.loading)


def test_export_writes_the_filtered_view(
    qtbot: QtBot,
    gui_services: GuiServices,
    many_refunds: Callable[[int], int],
    tmp_path: Path,
) -> None:
    many_refunds(300)
    screen = _screen(qtbot, gui_services)
    screen.status_combo.setCurrentIndex(screen.status_combo.findText("Failed"))
    qtbot.waitUntil(lambda: screen.model.total == 60 and not screen.model.loading)
    out = tmp_path / "export.csv"
    screen.export_to(out)
    qtbot.waitUntil(lambda: screen.last_export is not None)
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 60 and {r["status"] for r in rows} == {"Failed"}
    shown = screen.model.row_at(0)
    assert shown is not None
    assert rows[0]["order"] == shown.order_id
    assert rows[0]["amount"] == shown.amount.amount_str() and rows[0]["currency"] == "PLN"


def test_selecting_a_refund_shows_its_detail(
    qtbot: QtBot, gui_services: GuiServices, many_refunds: Callable[[int], int]
) -> None:
    many_refunds(10)
    screen = _screen(qtbot, gui_services)
    screen.table.selectRow(0)
    intent_id = screen.model.data(screen.model.index(0, 0), ROW_ID_ROLE)
    qtbot.waitUntil(lambda: screen.detail.detail is not None)
    assert screen.detail.detail is not None and screen.detail.detail.row.id == intent_id
    assert "Rule 1 matched order 9." in screen.detail.text()


def test_the_table_fits_its_pane_and_dates_follow_the_app_clock(
    qtbot: QtBot, demo_gui_services: GuiServices
) -> None:
    screen = _screen(qtbot, demo_gui_services)
    qtbot.waitUntil(lambda: screen.table.horizontalScrollBar().maximum() == 0)
    now = demo_gui_services.ctx.now().astimezone()  # the demo shop's clock, not the wall's
    assert screen.to_edit.date().toString("yyyy-MM-dd") == now.strftime("%Y-%m-%d")
    assert screen.search_edit.width() >= 180
