"""A rule's versions: pick two and compare them side by side, with the fields that changed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from refunddesk.gui import i18n
from refunddesk.gui.formatting import format_datetime
from refunddesk.gui.services import GuiServices
from refunddesk.queries.rules import VersionRow, rule_versions, version_diff


class VersionHistoryDialog(QDialog):
    """Loads the versions in the background; the newest two are compared first."""

    loaded = Signal()

    def __init__(self, services: GuiServices, rule_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VersionHistory")
        self.versions: list[VersionRow] = []
        self.left = QComboBox(self)
        self.left.setObjectName("OlderVersion")
        self.right = QComboBox(self)
        self.right.setObjectName("NewerVersion")
        self.compare_label = QLabel(self)
        self.left_text = QLabel(self)
        self.right_text = QLabel(self)
        for label in (self.left_text, self.right_text):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setStyleSheet("background: white; border: 1px solid #d3dbe0; padding: 8px;")
        self.diff = QTableWidget(0, 3, self)
        self.diff.setObjectName("VersionDiff")
        self.diff.verticalHeader().hide()
        self.diff.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.diff.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.no_changes = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        pick = QHBoxLayout()
        pick.addWidget(self.compare_label)
        pick.addWidget(self.left)
        pick.addWidget(self.right)
        pick.addStretch(1)
        sides = QGridLayout()
        sides.addWidget(self.left_text, 0, 0)
        sides.addWidget(self.right_text, 0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addLayout(sides)
        layout.addWidget(self.diff, 1)
        layout.addWidget(self.no_changes)
        layout.addWidget(self.buttons)
        self.left.currentIndexChanged.connect(self._compare)
        self.right.currentIndexChanged.connect(self._compare)
        self.resize(820, 560)
        self.retranslate_ui()
        db, language = services.ctx.db, i18n.current_language()
        services.run(lambda: rule_versions(db, rule_id, language), self._show)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Version history"))
        self.compare_label.setText(self.tr("Compare"))
        self.diff.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.no_changes.setText(self.tr("These versions do the same."))

    def _show(self, versions: list[VersionRow]) -> None:
        self.versions = versions
        for box in (self.left, self.right):
            box.blockSignals(True)
            box.clear()
            for v in versions:
                box.addItem(
                    self.tr("v%1 · %2 · %3")
                    .replace("%1", str(v.version))
                    .replace("%2", format_datetime(v.created_at))
                    .replace("%3", v.name),
                    v.version,
                )
            box.blockSignals(False)
        self.left.setCurrentIndex(max(0, len(versions) - 2))
        self.right.setCurrentIndex(max(0, len(versions) - 1))
        self._compare()
        self.loaded.emit()

    def version_labels(self) -> list[str]:
        return [self.left.itemText(i) for i in range(self.left.count())]

    def _compare(self) -> None:
        if not self.versions:
            return
        old = self.versions[max(0, self.left.currentIndex())]
        new = self.versions[max(0, self.right.currentIndex())]
        self.left_text.setText(f"v{old.version}: {old.summary}")
        self.right_text.setText(f"v{new.version}: {new.summary}")
        changes = version_diff(old.rule, new.rule)
        self.diff.setRowCount(len(changes))
        for row, change in enumerate(changes):
            for col, text in enumerate((change.path, change.old, change.new)):
                self.diff.setItem(row, col, QTableWidgetItem(text))
        self.no_changes.setVisible(not changes)
