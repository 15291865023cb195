"""Saved scenarios re-run after a rule change: a rule regression table, changes highlighted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refunddesk.gui import counts
from refunddesk.gui.models.simulate_regression import RegressionModel
from refunddesk.gui.widgets.empty_hint import EmptyHint
from refunddesk.gui.widgets.empty_texts import empty_text
from refunddesk.gui.widgets.table_fit import FitToWidth
from refunddesk.queries.simulate import RegressionRow


class RegressionPanel(QWidget):
    """The screen runs the queries; this shows them and asks for re-runs and deletions."""

    rerun_requested = Signal()
    delete_requested = Signal(str)  # scenario name
    load_requested = Signal(object)  # RegressionRow: put it back in the composer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RegressionModel(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.rerun_button = QPushButton(self)
        self.rerun_button.clicked.connect(self.rerun_requested)
        self.load_button = QPushButton(self)
        self.load_button.clicked.connect(self._load)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self._delete)
        self.summary = QLabel(self)
        self.summary.setObjectName("RegressionSummary")
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        # Eight columns of names and amounts: sized to their words, wrapped when the window
        # is narrow (at 1024 px the rules "now" were off to the right, behind a scrollbar).
        self.view_fit = FitToWidth(self.view)
        self.empty_hint = EmptyHint(self.view, lambda: empty_text("regressions"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.rerun_button)
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Saved scenarios keep the outcome they had when saved. Re-run them after "
                "changing rules: rows whose outcome, amount or rule changed are highlighted."
            )
        )
        self.rerun_button.setText(self.tr("Re-run all with the current rules"))
        self.load_button.setText(self.tr("Open in composer"))
        self.delete_button.setText(self.tr("Delete scenario"))
        self.model.retranslate()
        self._summarise()

    def set_rows(self, rows: list[RegressionRow]) -> None:
        self.model.set_rows(rows)
        self._summarise()

    def _summarise(self) -> None:
        rows = self.model.rowCount()
        if rows == 0:
            self.summary.setText(self.tr("No saved scenarios yet."))
            return
        self.summary.setText(
            counts.pieces(counts.scenarios(rows), counts.changed(self.model.changed_count()))
        )

    def _selected(self) -> RegressionRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows()[rows[0].row()] if rows else None

    def _delete(self) -> None:
        row = self._selected()
        if row is not None:
            self.delete_requested.emit(row.name)

    def _load(self) -> None:
        row = self._selected()
        if row is not None:
            self.load_requested.emit(row)
