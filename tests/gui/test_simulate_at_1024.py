"""The Simulate screen at 1024x768 in English, Polish and Chinese, with a test order simulated,
a scenario saved and a backtest run: nothing squeezed, cut or scrolled sideways."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from refunddesk.domain.cases import Trigger
from refunddesk.gui.app import GuiOptions, GuiSession
from refunddesk.services.context import AppContext
from tests.support.dashboard_data import cancel_one_of_each, save_rules
from tests.support.gui import open_session
from tests.support.layout_fit import layout_problems, sideways_scrollbars

LANGUAGES = ("en", "pl", "zh_CN")
LONG_ITEM = "Kabel USB-C 2 m w oplocie nylonowym"


@pytest.fixture
def session(
    qapp: QApplication, _private_data_dir: Path, demo_context: AppContext
) -> Iterator[GuiSession]:
    save_rules(demo_context)
    cancel_one_of_each(demo_context, demo_context.make_worker())  # a history to backtest
    options = GuiOptions(_private_data_dir, "", demo=True, language="en", context=demo_context,
                         start_worker=False)  # fmt: skip
    yield from open_session(options, show=True, size=(1024, 768))


def _settle(session: GuiSession) -> None:
    assert session.services is not None
    for _ in range(4):
        session.services.wait_idle()
        session.app.processEvents()


def test_simulate_with_a_result_fits_1024_in_every_language(session: GuiSession) -> None:
    window = session.window
    window.show_screen("simulate")
    _settle(session)
    sim = window.screen_widget("simulate")
    composer = sim.composer
    composer.add_selected_offer()
    composer.name_edit.setText(LONG_ITEM)
    composer.price_edit.setText("29.99")
    composer.quantity_spin.setValue(3)
    composer.add_typed_item()
    sim.picker.set_trigger(Trigger.RETURN_DELIVERED)  # the return's fields show too
    composer.items_view.selectRow(1)
    sim.picker.returned_spin.setValue(2)
    sim.name_edit.setText("Two cables back")
    sim.save_scenario()
    _settle(session)
    problems: list[str] = []
    for language in LANGUAGES:
        session.languages.set_language(language)
        sim.run_simulation()
        sim.run_backtest()
        _settle(session)
        assert sim.last_result is not None
        for tab in range(sim.tabs.count()):
            sim.tabs.setCurrentIndex(tab)
            _settle(session)
            where = f"{language} {sim.tabs.tabText(tab)!r}:"
            found = layout_problems(window) + sideways_scrollbars(sim)
            problems += [f"{where} {p}" for p in found]
        sim.tabs.setCurrentIndex(0)
        table = sim.result_view.breakdown
        line = table.fontMetrics().height()
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if table.rowHeight(row) < line + 4:
                problems.append(f"{language}: the breakdown row {item.text()!r} is cut")
            if item.toolTip() != item.text():
                problems.append(f"{language}: {item.text()!r} is not whole in its tooltip")
    assert not problems, "\n".join(problems)
