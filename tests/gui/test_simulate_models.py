"""Simulate table models under qtmodeltester, and the backtest panel run from its button."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from refunddesk.automation.backtest import backtest
from refunddesk.automation.simulate import simulate
from refunddesk.domain.cases import Trigger
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode, Rule
from refunddesk.domain.scenarios import TestItem, TestScenario
from refunddesk.gui.models.simulate_backtest import BacktestChangesModel, BacktestRulesModel
from refunddesk.gui.models.simulate_items import ComposerItemsModel
from refunddesk.gui.models.simulate_regression import RegressionModel
from refunddesk.gui.screens.simulate import SimulateScreen
from refunddesk.gui.services import GuiServices
from refunddesk.queries.simulate import RegressionRow
from refunddesk.store.database import Database
from tests.support.simulate_history import NOW, draft_rules, seed_history


def test_composer_items_model(qtmodeltester: ModelTester) -> None:
    model = ComposerItemsModel()
    model.add(TestItem("Kubek", Money(3999, "PLN"), 2))
    model.add(TestItem("Lampa", Money(12000, "PLN"), 1))
    qtmodeltester.check(model)
    assert model.setData(model.index(0, 3), 2)
    assert not model.setData(model.index(1, 3), 5)  # more than bought
    assert model.setData(model.index(0, 2), 1)  # fewer bought: returned follows
    assert model.returned()[0].quantity == 1


def test_regression_model(qtmodeltester: ModelTester) -> None:
    scenario = TestScenario(
        (TestItem("Kubek", Money(3999, "PLN")),),
        Trigger.BUYER_CANCELLED,
        NOW,
        paid_at=NOW + timedelta(minutes=1),
    )
    rule = Rule("1", "Cancel", Trigger.BUYER_CANCELLED, mode=Mode.ARMED)
    before = simulate([rule], scenario).outcome()
    now = simulate([], scenario).outcome()
    model = RegressionModel()
    model.set_rows(
        [RegressionRow("a", scenario, before, before), RegressionRow("b", scenario, before, now)]
    )
    qtmodeltester.check(model)
    assert model.changed_count() == 1
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None


def test_backtest_models(qtmodeltester: ModelTester, tmp_path: object) -> None:
    from pathlib import Path

    from refunddesk.store.database import open_database, sqlite_url

    db = open_database(sqlite_url(Path(str(tmp_path)) / "h.sqlite3"))
    seed_history(db)
    result = backtest(db, draft_rules(), 30, NOW)
    rules, changes = BacktestRulesModel(), BacktestChangesModel()
    rules.set_rows(result.per_rule)
    changes.set_rows(result.changes)
    qtmodeltester.check(rules)
    qtmodeltester.check(changes)
    assert rules.data(rules.index(2, 0)) == "Late orders (shadow)"
    assert changes.rowCount() == 3


def test_backtest_panel_runs_in_the_background_and_shows_totals(
    qtbot: QtBot, gui_services: GuiServices
) -> None:
    db: Database = gui_services.ctx.db
    seed_history(db)
    gui_services.ctx.now = lambda: NOW
    screen = SimulateScreen(gui_services)
    qtbot.addWidget(screen)
    draft = draft_rules()
    screen.set_draft_provider(lambda: draft)
    panel = screen.backtest_panel
    panel.rules_combo.setCurrentIndex(panel.rules_combo.findData("draft"))
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.result is not None, timeout=10000)
    assert panel.run_button.isEnabled() and not panel.cancel_button.isEnabled()
    assert panel.progress.value() == 6
    assert panel.status.text() == "6 cases replayed, 3 would change"
    assert panel.totals.text().startswith("With these rules: 3 refunds (")
    assert panel.changes_model.rowCount() == 3


def test_cancel_button_stops_the_backtest(qtbot: QtBot, gui_services: GuiServices) -> None:
    db: Database = gui_services.ctx.db
    seed_history(db)
    gui_services.ctx.now = lambda: NOW
    screen = SimulateScreen(gui_services)
    qtbot.addWidget(screen)
    panel = screen.backtest_panel
    # The draft is read when the run starts; pressing Cancel there stops it before case one.
    screen.set_draft_provider(lambda: (panel.cancel_button.click(), draft_rules())[1])
    panel.rules_combo.setCurrentIndex(panel.rules_combo.findData("draft"))
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.result is not None, timeout=10000)
    assert panel.result is not None and panel.result.cancelled
    assert panel.status.text().startswith("Cancelled after 0 of 6 cases")
