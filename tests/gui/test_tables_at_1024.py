"""The Refunds, Review and Orders lists at 1024x768 in English, Polish and Chinese: buyer
logins whole, and every Orders column in sight without scrolling sideways."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTableView

from refunddesk.gui.app import GuiOptions, GuiSession
from refunddesk.services.context import AppContext
from tests.support.dashboard_data import cancel_one_of_each, save_rules
from tests.support.gui import open_session

LANGUAGES = ("en", "pl", "zh_CN")
# Qt's room around a cell's text: the focus frame's margin and one pixel, on both sides.
TEXT_MARGINS = 8


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
