"""A table too wide for its view gives up room column by column instead of scrolling sideways."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from refunddesk.gui.widgets.table_fit import FitToWidth, title_width

TITLES = ["Zamówienie", "Kupujący", "Z projektem reguł", "Reguła z projektu"]
ROW = [
    "0a826695",
    "krzysztof_piotrowski96_bardzo_dlugi",
    "Zwrot płatności 165,47 zł",
    "Zwracaj za zamówienia niewysłane w 3 dni po terminie",
]


def _view(qtbot: QtBot, width: int) -> QTableView:
    model = QStandardItemModel(0, len(TITLES))
    model.setHorizontalHeaderLabels(TITLES)
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    FitToWidth(view)
    view.resize(width, 300)
    view.show()
    for _ in range(5):
        model.appendRow([QStandardItem(text) for text in ROW])
    return view


def test_a_narrow_view_wraps_and_cuts_instead_of_scrolling_sideways(qtbot: QtBot) -> None:
    wide, narrow = _view(qtbot, 1400), _view(qtbot, 420)
    qtbot.waitUntil(lambda: narrow.rowHeight(0) > wide.rowHeight(0))  # wrapped onto lines
    columns = range(len(TITLES))
    # Fitted again once the rows' vertical scrollbar took its part of the viewport.
    qtbot.waitUntil(
        lambda: sum(narrow.columnWidth(c) for c in columns) <= narrow.viewport().width(),
        timeout=2000,
    )
    qtbot.waitUntil(lambda: not narrow.horizontalScrollBar().isVisible(), timeout=2000)
    # No title is cut, but the last column's, which gives way last.
    assert all(narrow.columnWidth(c) >= title_width(narrow, c) for c in columns[:-1])

    # Wide enough, each column has its contents on one line.
    assert wide.columnWidth(3) >= wide.fontMetrics().horizontalAdvance(ROW[3])
    assert not wide.horizontalScrollBar().isVisible()
