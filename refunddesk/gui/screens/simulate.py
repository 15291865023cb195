"""The Simulate screen: a test order against the rules, run for real on the demo shop, backtest."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from refunddesk.automation.backtest import BacktestResult, backtest
from refunddesk.automation.simulate import SimulationResult, simulate
from refunddesk.automation.simulate_demo import DemoRun
from refunddesk.domain.cases import RETURN_TRIGGERS, Trigger
from refunddesk.domain.rules import Rule
from refunddesk.domain.scenarios import TestScenario
from refunddesk.gui.formatting import amount_text, to_qdatetime
from refunddesk.gui.models.simulate_items import ComposerLine
from refunddesk.gui.screens.when_seen import refresh_when_seen
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.gui.simulate.backtest_panel import BacktestPanel
from refunddesk.gui.simulate.composer import OrderComposer, from_qdatetime
from refunddesk.gui.simulate.regression_table import RegressionPanel
from refunddesk.gui.simulate.result_view import ResultView
from refunddesk.gui.simulate.scenario_picker import ScenarioPicker
from refunddesk.gui.widgets.flow_layout import flow_row
from refunddesk.gui.widgets.form_scroll import FormScrollArea
from refunddesk.gui.widgets.screen_title import screen_title
from refunddesk.queries import simulate as queries
from refunddesk.queries.simulate import CatalogueOffer, RegressionRow
from refunddesk.services.demo_sandbox import run_in_sandbox
from refunddesk.store import rules_repo, scenarios_repo

log = logging.getLogger(__name__)

DraftProvider = Callable[[], list[Rule]]
SAVED, DRAFT = "saved", "draft"


class SimulateScreen(QWidget):
    """Three tabs: the test order, saved scenarios (rule regression) and the backtest."""

    def __init__(self, services: GuiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._draft_provider: DraftProvider | None = None
        self.last_result: SimulationResult | None = None
        self.last_demo_run: DemoRun | None = None
        self._build()
        self.retranslate_ui()
        self.composer.set_times(services.ctx.now())
        self.refresh_when_seen = refresh_when_seen(self, services, self._on_changes)
        self.refresh()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = screen_title(self)
        self.tabs = QTabWidget(self)

        self.order_tab = QWidget(self.tabs)
        self.composer = OrderComposer()
        self.picker = ScenarioPicker()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.composer, 1)
        left_layout.addWidget(self.picker)
        scroll = FormScrollArea(left, self.order_tab)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        right = QWidget(self.order_tab)
        self.rules_label = QLabel(right)
        self.rules_combo = QComboBox(right)
        # As wide as its longest choice: squeezed by the buttons it showed "Saved ru…".
        self.rules_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.simulate_button = QPushButton(right)
        self.simulate_button.setDefault(True)
        self.simulate_button.clicked.connect(self.run_simulation)
        self.demo_button = QPushButton(right)
        self.demo_button.clicked.connect(self.run_on_demo)
        self.name_edit = QLineEdit(right)
        self.save_button = QPushButton(right)
        self.save_button.clicked.connect(self.save_scenario)
        self.status_label = QLabel(right)
        self.status_label.setObjectName("SimulateStatus")
        self.status_label.setWordWrap(True)
        self.result_view = ResultView(right)
        # One line when there is room, two in a narrow window (the buttons stay whole).
        row1 = flow_row(
            right, self.rules_label, self.rules_combo, self.simulate_button, self.demo_button
        )
        row2 = QHBoxLayout()
        row2.addWidget(self.name_edit, 1)
        row2.addWidget(self.save_button)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(6, 0, 0, 0)
        rl.addWidget(row1)
        rl.addWidget(self.status_label)
        rl.addWidget(self.result_view, 1)
        rl.addLayout(row2)  # saving the order for later comes after its result
        split = QSplitter(Qt.Orientation.Horizontal, self.order_tab)
        split.addWidget(scroll)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([660, 600])
        QVBoxLayout(self.order_tab).addWidget(split)

        self.regression = RegressionPanel(self.tabs)
        self.regression.rerun_requested.connect(self.rerun_saved)
        self.regression.delete_requested.connect(self._delete_scenario)
        self.regression.load_requested.connect(self._load_scenario)
        self.backtest_panel = BacktestPanel(self.tabs)
        self.backtest_panel.run_requested.connect(self.run_backtest)
        self.tabs.addTab(self.order_tab, "")
        self.tabs.addTab(self.regression, "")
        self.tabs.addTab(self.backtest_panel, "")

        self.composer.items_view.selectionModel().currentRowChanged.connect(self._item_chosen)
        self.picker.returned_units_changed.connect(self._returned_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.title_label)
        layout.addWidget(self.tabs, 1)
        self._fill_rule_sources()

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Simulate"))
        self.tabs.setTabText(0, self.tr("Test order"))
        self.tabs.setTabText(1, self.tr("Saved scenarios"))
        self.tabs.setTabText(2, self.tr("Backtest"))
        self.rules_label.setText(self.tr("Rules:"))
        self.simulate_button.setText(self.tr("Simulate", "button: do it"))
        self.demo_button.setText(self.tr("Run on the demo shop"))
        self.name_edit.setPlaceholderText(self.tr("Name this scenario to save it"))
        self.save_button.setText(self.tr("Save scenario"))
        self._fill_rule_sources()
        self._demo_availability()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_rule_sources(self) -> None:
        for combo in (self.rules_combo, self.backtest_panel.rules_combo):
            wanted = combo.currentData() or SAVED
            combo.clear()
            combo.addItem(self.tr("Saved rules"), SAVED)
            if self._draft_provider is not None:
                combo.addItem(self.tr("Draft from the Rules screen"), DRAFT)
            combo.setCurrentIndex(max(0, combo.findData(wanted)))

    def _demo_availability(self) -> None:
        demo = self.services.ctx.demo_shop is not None
        self.demo_button.setEnabled(demo)
        self.demo_button.setToolTip(
            self.tr(
                "Creates the order on the demo shop, plays what happens and lets the real "
                "worker refund it with your saved rules."
            )
            if demo
            else self.tr("Only in demo mode: start RefundDesk with --demo to use the demo shop.")
        )

    # -- the rules to run against ------------------------------------------------------------

    def set_draft_provider(self, provider: DraftProvider | None) -> None:
        """A callable giving the Rules screen's draft list (called on the GUI thread)."""
        self._draft_provider = provider
        self._fill_rule_sources()

    def show_view(self, view: str) -> None:
        """ "draft": simulate with the Rules screen's draft (the editor's "Try it" button);
        "draft:TRIGGER" also sets what happens to the event of the rule being tried."""
        view, _, trigger = view.partition(":")
        if view == DRAFT and self._draft_provider is not None:
            if trigger in {t.value for t in Trigger}:
                self.picker.set_trigger(Trigger(trigger))
            self.rules_combo.setCurrentIndex(self.rules_combo.findData(DRAFT))
            self.status_label.setText(
                self.tr("Using the draft from the Rules screen, unsaved changes included.")
            )

    def _rules_source(self, combo: QComboBox) -> list[Rule] | None:
        """The draft now (widgets are read on this thread), or None: load the saved rules."""
        if combo.currentData() == DRAFT and self._draft_provider is not None:
            return list(self._draft_provider())
        return None

    def _rules_loader(self, combo: QComboBox) -> Callable[[], list[Rule]]:
        draft = self._rules_source(combo)
        db = self.services.ctx.db
        return (lambda: draft) if draft is not None else (lambda: rules_repo.load_rules(db))

    # -- refresh -----------------------------------------------------------------------------

    def refresh(self) -> None:
        db = self.services.ctx.db
        self.services.run(lambda: queries.catalogue(db), self._show_catalogue, self._failed)
        self._load_regression(self._rules_loader(self.rules_combo))

    def _on_changes(self, changes: Changes) -> None:
        if changes.orders:
            db = self.services.ctx.db
            self.services.run(lambda: queries.catalogue(db), self._show_catalogue, self._failed)

    def _show_catalogue(self, offers: list[CatalogueOffer]) -> None:
        self.composer.set_catalogue(offers)

    def _failed(self, exc: BaseException) -> None:
        log.warning("simulate: background work failed", exc_info=(type(exc), exc, None))
        self.status_label.setText(self.tr("Something went wrong: %1").replace("%1", str(exc)))

    # -- composing ---------------------------------------------------------------------------

    def _item_chosen(self, current: Any, previous: Any) -> None:
        lines = self.composer.model.lines()
        row = current.row()
        if 0 <= row < len(lines):
            self.picker.returned_spin.blockSignals(True)
            self.picker.returned_spin.setMaximum(lines[row].item.quantity)
            self.picker.returned_spin.setValue(lines[row].returned)
            self.picker.returned_spin.blockSignals(False)

    def _returned_changed(self, units: int) -> None:
        row = self.composer.selected_row()
        if row >= 0:
            self.composer.model.set_returned(row, units)

    def scenario(self) -> TestScenario | None:
        """The composed scenario, or None (the problem is shown)."""
        problem = self.composer.problem()
        returned = self.composer.model.returned()
        if not problem and self.picker.trigger() in RETURN_TRIGGERS and not returned:
            problem = self.tr("Choose which items come back: select an item, set its units.")
        if problem:
            self.status_label.setText(problem)
            # The result below was of another scenario; left there it read as this one's.
            self.result_view.clear()
            return None
        c = self.composer
        return TestScenario(
            items=c.model.items(),
            trigger=self.picker.trigger(),
            bought_at=from_qdatetime(c.bought_edit),
            after=self.picker.after(),
            delivery_cost=c.delivery_cost(),
            payment_type=c.payment_type(),
            paid_at=from_qdatetime(c.paid_edit) if c.paid_check.isChecked() else None,
            dispatch_deadline=from_qdatetime(c.deadline_edit),
            buyer_login=c.login_edit.text().strip() or "test_buyer",
            buyer_language=c.language_combo.currentText(),
            buyer_orders=c.buyer_orders(),
            returned=returned,
            return_reason=self.picker.reason(),
        )

    def _load_scenario(self, row: RegressionRow) -> None:
        s = row.scenario
        c = self.composer
        lines = [ComposerLine(item) for item in s.items]
        for r in s.returned:
            if 0 <= r.item < len(lines):
                lines[r.item] = ComposerLine(lines[r.item].item, r.quantity)
        c.model.set_lines(lines)
        if s.delivery_cost is not None:
            c.delivery_edit.setText(amount_text(s.delivery_cost))
        c.payment_combo.setCurrentIndex(max(0, c.payment_combo.findData(s.payment_type)))
        c.bought_edit.setDateTime(to_qdatetime(s.bought_at))
        c.paid_check.setChecked(s.paid_at is not None)
        if s.paid_at is not None:
            c.paid_edit.setDateTime(to_qdatetime(s.paid_at))
        if s.dispatch_deadline is not None:
            c.deadline_edit.setDateTime(to_qdatetime(s.dispatch_deadline))
        c.login_edit.setText(s.buyer_login)
        c.language_combo.setCurrentText(s.buyer_language)
        c.repeat_radio.setChecked(s.buyer_orders > 1)
        c.new_radio.setChecked(s.buyer_orders <= 1)
        if s.buyer_orders > 1:
            c.orders_spin.setValue(s.buyer_orders)
        self.picker.set_trigger(s.trigger)
        self.picker.days_spin.setValue(s.after.days)
        self.picker.hours_spin.setValue(s.after.seconds // 3600)
        self.picker.reason_combo.setCurrentIndex(
            max(0, self.picker.reason_combo.findData(s.return_reason))
        )
        self.name_edit.setText(row.name)
        self.tabs.setCurrentIndex(0)

    # -- simulate ----------------------------------------------------------------------------

    def run_simulation(self) -> None:
        scenario = self.scenario()
        if scenario is None:
            return
        load = self._rules_loader(self.rules_combo)
        db = self.services.ctx.db

        def work() -> SimulationResult:
            return simulate(load(), scenario, product_groups=queries.product_groups(db))

        self.simulate_button.setEnabled(False)
        self.services.run(work, self._simulated, self._simulate_failed)

    def _simulated(self, result: SimulationResult) -> None:
        self.simulate_button.setEnabled(True)
        self.last_result = result
        self.status_label.setText(self.tr("Simulated. Nothing was sent."))
        self.result_view.show_result(result)

    def _simulate_failed(self, exc: BaseException) -> None:
        self.simulate_button.setEnabled(True)
        self._failed(exc)

    def run_on_demo(self) -> None:
        ctx = self.services.ctx
        if ctx.demo_shop is None:
            self.status_label.setText(self.demo_button.toolTip())
            return
        scenario = self.scenario()
        if scenario is None:
            return

        def work() -> tuple[SimulationResult, DemoRun]:
            rules = rules_repo.load_rules(ctx.db)
            predicted = simulate(rules, scenario, product_groups=queries.product_groups(ctx.db))
            # A throwaway copy of the demo shop: the scenario's hours and days pass there, so the
            # app's own demo shop (and its clock, the app's clock in demo mode) stay where they are.
            run = run_in_sandbox(ctx.db, scenario, now=ctx.now(), rules=rules)
            return predicted, run

        self.demo_button.setEnabled(False)
        self.status_label.setText(self.tr("Running on the demo shop with your saved rules…"))
        self.services.run(work, self._demo_done, self._demo_failed)

    def _demo_done(self, done: tuple[SimulationResult, DemoRun]) -> None:
        predicted, run = done
        self._demo_availability()
        self.last_result, self.last_demo_run = predicted, run
        self.result_view.show_result(predicted)
        self.result_view.show_demo_run(run)
        self.status_label.setText(
            self.tr("Ran on a practice copy of the demo shop; your own data is unchanged.")
        )

    def _demo_failed(self, exc: BaseException) -> None:
        self._demo_availability()
        self._failed(exc)

    # -- saved scenarios ---------------------------------------------------------------------

    def save_scenario(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.status_label.setText(self.tr("Give the scenario a name to save it."))
            return
        scenario = self.scenario()
        if scenario is None:
            return
        load = self._rules_loader(self.rules_combo)
        ctx = self.services.ctx

        def work() -> list[RegressionRow]:
            rules = load()
            queries.save_scenario(ctx.db, name, scenario, rules, ctx.now())
            return queries.rerun_saved(ctx.db, rules)

        def done(rows: list[RegressionRow]) -> None:
            self.status_label.setText(self.tr("Saved “%1”.").replace("%1", name))
            self.regression.set_rows(rows)

        self.services.run(work, done, self._failed)

    def rerun_saved(self) -> None:
        self._load_regression(self._rules_loader(self.rules_combo))

    def _load_regression(self, load: Callable[[], list[Rule]]) -> None:
        db = self.services.ctx.db
        self.services.run(
            lambda: queries.rerun_saved(db, load()), self.regression.set_rows, self._failed
        )

    def _delete_scenario(self, name: str) -> None:
        db = self.services.ctx.db
        load = self._rules_loader(self.rules_combo)

        def work() -> list[RegressionRow]:
            scenarios_repo.delete_scenario(db, name)
            return queries.rerun_saved(db, load())

        self.services.run(work, self.regression.set_rows, self._failed)

    # -- backtest ----------------------------------------------------------------------------

    def run_backtest(self) -> None:
        panel = self.backtest_panel
        if panel.is_running():
            return
        panel.begin()
        load = self._rules_loader(panel.rules_combo)
        ctx = self.services.ctx
        days = panel.days_spin.value()

        def work() -> BacktestResult:
            return backtest(
                ctx.db,
                load(),
                days,
                ctx.now(),
                progress=panel.report_progress,
                should_stop=panel.stop_event.is_set,
            )

        def failed(exc: BaseException) -> None:
            panel.failed(self.tr("The backtest failed: %1").replace("%1", str(exc)))

        self.services.run(work, panel.show_result, failed)
