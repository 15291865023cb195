"""The Refunds, Review and Orders lists at 1024x768 in English, Polish and Chinese: buyer
logins whole, and every Orders column in sight without scrolling sideways."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from refunddesk.gui.app import GuiOptions, GuiSession
from refunddesk.queries.orders import OrderColumn
from refunddesk.services.context import AppContext
from tests.support.dashboard_data import cancel_one_of_each, save_rules
from tests.support.gui import open_session

LANGUAGES = ("en", "pl", "zh_CN")
# Qt's room around a cell's text: the focus frame's margin and one pixel, on both sides.
TEXT_MARGINS = 8
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def session(
    qapp: QApplication, _private_data_dir: Path, demo_context: AppContext
) -> Iterator[GuiSession]:
    """A shop with refunds, one held for Review, and buyers with logins of ~20 characters."""
    save_rules(demo_context)
    demo_context.demo_shop.scenario.seed(30)
    cancel_one_of_each(demo_context, demo_context.make_worker())
    options = GuiOptions(_private_data_dir, "", demo=True, language="en", context=demo_context,
                         start_worker=False)  # fmt: skip
    yield from open_session(options, show=True, size=(1024, 768))


def _settle(session: GuiSession) -> None:
    assert session.services is not None
    for _ in range(4):
        session.services.wait_idle()
        session.app.processEvents()


def _column(view: QTableView, title: str) -> int:
    model = view.model()
    titles = [model.headerData(c, view.horizontalHeader().orientation()) for c in range(9)]
    return titles.index(title)


def _cut_logins(session: GuiSession, key: str) -> list[str]:
    """The logins the screen's Buyer column is too narrow to show whole."""
    window = session.window
    window.show_screen(key)
    _settle(session)
    table: QTableView = window.screen_widget(key).table
    model = table.model()
    assert model.rowCount() > 0
    buyer = 2  # since/date, order, buyer: the third column on both screens
    room = table.columnWidth(buyer) - TEXT_MARGINS
    metrics = table.fontMetrics()
    logins = {str(model.index(r, buyer).data()) for r in range(model.rowCount())}
    return sorted(x for x in logins if metrics.horizontalAdvance(x) > room)


def test_buyer_logins_are_whole_on_refunds_and_review(session: GuiSession) -> None:
    cut: list[str] = []
    for language in LANGUAGES:
        session.languages.set_language(language)
        for key in ("refunds", "review"):
            cut += [f"{language} {key}: {login}" for login in _cut_logins(session, key)]
    assert not cut, "\n".join(cut)


def _too_narrow(table: QTableView, column: int, texts: list[str]) -> list[str]:
    room = table.columnWidth(column) - TEXT_MARGINS
    metrics = table.fontMetrics()
    return [t for t in texts if metrics.horizontalAdvance(t) > room]


def test_every_orders_column_is_in_sight_with_its_key_texts_whole(session: GuiSession) -> None:
    """At 1024 px the table scrolled sideways (the deadline and refunds were off screen).
    Now each title, status and amount is whole; what is narrowed is whole in its tooltip."""
    problems: list[str] = []
    for language in LANGUAGES:
        session.languages.set_language(language)
        session.window.show_screen("orders")
        _settle(session)
        orders = session.window.screen_widget("orders")
        table, model = orders.table, orders.model
        where = f"{language} orders:"
        if table.horizontalScrollBar().isVisible():
            problems.append(f"{where} scrolls sideways")
        header = table.horizontalHeader()
        for column in range(model.columnCount()):
            title = str(model.headerData(column, header.orientation()))
            if header.fontMetrics().horizontalAdvance(title) > table.columnWidth(column) - 4:
                problems.append(f"{where} the title {title!r} is cut")
            if header.sectionViewportPosition(column) + table.columnWidth(column) > (
                table.viewport().width()
            ):
                problems.append(f"{where} the column {title!r} is out of sight")
        rows = range(model.rowCount())
        for column in (OrderColumn.TOTAL, OrderColumn.STATUS, OrderColumn.REFUNDED):
            texts = [str(model.index(r, column).data() or "") for r in rows]
            problems += [f"{where} {t!r} is cut" for t in _too_narrow(table, column, texts)]
        for column in (OrderColumn.BOUGHT, OrderColumn.DEADLINE, OrderColumn.BUYER):
            for r in rows:
                index = model.index(r, column)
                shown, tip = str(index.data() or ""), str(index.data(TOOLTIP) or "")
                if _too_narrow(table, column, [shown]) and shown not in tip:
                    problems.append(f"{where} {shown!r} is cut and its tooltip says {tip!r}")
        bought = model.index(0, OrderColumn.BOUGHT)
        tip = str(bought.data(TOOLTIP) or "")
        if bought.data() not in tip:  # a day alone: the time is in the tooltip
            problems.append(f"{where} the tooltip {tip!r} lacks the day")
    assert not problems, "\n".join(problems)
