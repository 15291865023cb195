"""Backtest a rule set on the synced history: progress, cancel, totals, per rule, changed orders."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refunddesk.automation.backtest import BacktestResult, Totals
from refunddesk.gui import counts
from refunddesk.gui.models.simulate_backtest import (
    BacktestChangesModel,
    BacktestRulesModel,
    money_list,
)
from refunddesk.gui.widgets.empty_hint import EmptyHint
from refunddesk.gui.widgets.empty_texts import empty_text
from refunddesk.gui.widgets.table_fit import FitToWidth


class _ProgressRelay(QObject):
    """Carries progress from the pool thread to the GUI thread (a queued signal)."""

    progressed = Signal(int, int)


class BacktestPanel(QWidget):
    """The screen starts the run with ``begin()`` and hands the result to ``show_result()``."""

    run_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stop_event = threading.Event()
        self.relay = _ProgressRelay(self)
        self.relay.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self.result: BacktestResult | None = None
        self.rules_model = BacktestRulesModel(self)
        self.changes_model = BacktestChangesModel(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.days_label = QLabel(self)
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(1, 365)
        self.days_spin.setValue(30)
        self.rules_label = QLabel(self)
        self.rules_combo = QComboBox(self)
        self.run_button = QPushButton(self)
        self.run_button.clicked.connect(self.run_requested)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.totals = QLabel(self)
        self.totals.setObjectName("BacktestTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rules_view = self._table(self.rules_model)
        self.rules_view.horizontalHeader().setStretchLastSection(False)
        self.rules_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.changes_view = self._table(self.changes_model)
        self.changes_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # logins, order ids
        self.changes_fit = FitToWidth(self.changes_view)
        self.rules_hint = EmptyHint(self.rules_view, lambda: empty_text("backtest_rules"))
        self.changes_hint = EmptyHint(self.changes_view, lambda: empty_text("backtest_changes"))
        self.rules_title = QLabel(self)
        self.changes_title = QLabel(self)
        controls = QHBoxLayout()
        for w in (self.days_label, self.days_spin, self.rules_label, self.rules_combo):
            controls.addWidget(w)
        controls.addWidget(self.run_button)
        controls.addWidget(self.cancel_button)
        controls.addStretch(1)
        # The progress beside what it reports: beside the buttons it squeezed the rules
        # choice below its words in Polish at 1024 px.
        progress = QHBoxLayout()
        progress.addWidget(self.status, 1)
        progress.addWidget(self.progress)
        split = QSplitter(Qt.Orientation.Vertical, self)
        upper, lower = QWidget(split), QWidget(split)
        up = QGridLayout(upper)
        up.setContentsMargins(0, 0, 0, 0)
        up.addWidget(self.totals, 0, 0)
        up.addWidget(self.rules_title, 1, 0)
        up.addWidget(self.rules_view, 2, 0)
        low = QVBoxLayout(lower)
        low.setContentsMargins(0, 0, 0, 0)
        low.addWidget(self.changes_title)
        low.addWidget(self.changes_view)
        split.addWidget(upper)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(controls)
        layout.addLayout(progress)
        layout.addWidget(split, 1)
        self.retranslate_ui()

    def _table(self, model: object) -> QTableView:
        view = QTableView(self)
        view.setModel(model)  # type: ignore[arg-type]
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Replay the synced history through a rule set, as if every rule were armed, "
                "and compare with what actually happened. Nothing is sent."
            )
        )
        self.days_label.setText(self.tr("Last days:"))
        self.rules_label.setText(self.tr("Rules:"))
        self.run_button.setText(self.tr("Run backtest"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.rules_title.setText(self.tr("Per rule"))
        self.changes_title.setText(self.tr("Orders whose outcome would change"))
        self.rules_model.retranslate()
        self.changes_model.retranslate()
        self._show_totals()

    # -- running -----------------------------------------------------------------------------

    def begin(self) -> None:
        self.stop_event.clear()
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)  # busy until the cases are counted
        self.status.setText(self.tr("Reading the history…"))

    def report_progress(self, done: int, total: int) -> None:
        """Called on the pool thread."""
        self.relay.progressed.emit(done, total)

    def _progressed(self, done: int, total: int) -> None:
        if not self.cancel_button.isEnabled():
            return  # a late report after the run ended
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(
            self.tr("Replaying case %1 of %2…").replace("%1", str(done)).replace("%2", str(total))
        )

    def cancel(self) -> None:
        self.stop_event.set()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling…"))

    def is_running(self) -> bool:
        return not self.run_button.isEnabled()

    def failed(self, message: str) -> None:
        self._end()
        self.status.setText(message)

    def _end(self) -> None:
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)

    def show_result(self, result: BacktestResult) -> None:
        self._end()
        self.result = result
        self.progress.setRange(0, max(result.cases, 1))
        self.progress.setValue(result.done)
        self.rules_model.set_rows(result.per_rule)
        self.changes_model.set_rows(result.changes)
        self._show_totals()

    def _side(self, label: str, t: Totals) -> str:
        refunds = counts.refunds_amount(t.refunds, money_list(t.refunded_money()))
        holds = counts.holds_amount(t.holds, money_list(t.held_money()))
        return counts.labelled(label, counts.pieces(refunds, holds))

    def _show_totals(self) -> None:
        r = self.result
        if r is None:
            self.totals.clear()
            return
        if r.cancelled:
            self.status.setText(counts.cancelled_after(r.done, r.cases))
        else:
            self.status.setText(
                counts.pieces(counts.cases_replayed(r.done), counts.would_change(len(r.changes)))
            )
        self.totals.setText(
            self._side(self.tr("With these rules"), r.draft)
            + "\n"
            + self._side(self.tr("What actually happened"), r.actual)
        )
