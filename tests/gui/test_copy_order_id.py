"""One short form of an order id on every screen, and "Copy full id" wherever an order shows.

Issue 12 saw ids three ways (an elided UUID, an 8-character prefix, the full UUID). Every table
shows the short form, answers the full id for "Copy full id", and the detail panes show the
short form with a button that copies the whole id; the full id appears only in tooltips.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTableView

from refunddesk.gui.app import GuiOptions, GuiSession
from refunddesk.gui.widgets.order_id import ORDER_ID_ROLE, copy_text, short_order_id
from refunddesk.services.context import AppContext
from tests.support.dashboard_data import cancel_one_of_each, save_rules
from tests.support.gui import open_session

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
SCREENS = ("orders", "refunds", "review")


@pytest.fixture
def session(
    qapp: QApplication, _private_data_dir: Path, demo_context: AppContext
) -> Iterator[GuiSession]:
    save_rules(demo_context)
    cancel_one_of_each(demo_context, demo_context.make_worker())
    options = GuiOptions(
        _private_data_dir, "", demo=True, language="en", context=demo_context, start_worker=False
    )
    yield from open_session(options, show=True, size=(1280, 800))


def _settle(session: GuiSession) -> None:
    assert session.services is not None
    for _ in range(3):
        session.services.wait_idle()
        session.app.processEvents()


def _table(session: GuiSession, key: str) -> QTableView:
    screen = session.window.screen_widget(key)
    table = screen.table  # type: ignore[attr-defined]
    assert isinstance(table, QTableView)
    return table


def _visible_texts(session: GuiSession) -> list[str]:
    """What the window shows in words (labels and buttons), not tooltips."""
    widgets = session.window.findChildren(QLabel) + session.window.findChildren(QAbstractButton)
    return [w.text() for w in widgets if w.isVisible()]


@pytest.mark.parametrize("key", SCREENS)
def test_every_table_shows_the_short_id_and_copies_the_full_one(
    session: GuiSession, key: str
) -> None:
    session.window.show_screen(key)
    _settle(session)
    table = _table(session, key)
    model = table.model()
    assert model.rowCount() > 0
    assert table.contextMenuPolicy() is Qt.ContextMenuPolicy.CustomContextMenu
    for row in range(model.rowCount()):
        full = model.index(row, 0).data(ORDER_ID_ROLE)
        assert full and UUID.fullmatch(str(full)), full
        cells = [
            str(model.index(row, c).data(Qt.ItemDataRole.DisplayRole) or "")
            for c in range(model.columnCount())
        ]
        assert short_order_id(str(full)) in cells  # the one short form, in its own column
        assert not any(UUID.search(cell) for cell in cells)  # never the whole UUID

    table.selectRow(0)
    _settle(session)
    full = str(model.index(0, 0).data(ORDER_ID_ROLE))
    shown = _visible_texts(session)
    assert not [t for t in shown if UUID.search(t)], "a full order id is on screen"
    copy = [
        b
        for b in session.window.findChildren(QAbstractButton)
        if b.isVisible() and b.text() == copy_text()
    ]
    if key != "review":  # Review's detail names the order in its sentences, the table copies
        assert copy, f"no {copy_text()!r} button beside the selected order"
        QGuiApplication.clipboard().clear()
        copy[0].click()
        assert QGuiApplication.clipboard().text() == full
