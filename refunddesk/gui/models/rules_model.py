"""The rule list as a table: priority order by drag and drop, the on/off switch, mode badges."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from refunddesk.domain.cases import Trigger
from refunddesk.domain.describe import describe
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode, Rule
from refunddesk.gui.formatting import format_money
from refunddesk.gui.i18n import current_language
from refunddesk.gui.words import word
from refunddesk.queries.rules import RuleRow

MIME_TYPE = "application/x-refunddesk-rule-rows"
_Index = QModelIndex | QPersistentModelIndex

COL_PRIORITY, COL_ON, COL_NAME, COL_MODE, COL_TRIGGER, COL_SUMMARY, COL_LAST30 = range(7)
_ARMED_BG = QColor("#fde2d4")  # warm: this rule moves money
_SHADOW_BG = QColor("#e3e8f0")  # cool: it only records


class RulesModel(QAbstractTableModel):
    """Rows are RuleRow; ``order_changed`` and ``enabled_changed`` ask the screen to save."""

    order_changed = Signal(list)  # rule ids, first decides first
    enabled_changed = Signal(str, bool)  # rule id, on

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RuleRow] = []

    # -- contents ----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[RuleRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RuleRow]:
        return list(self._rows)

    def rule_at(self, row: int) -> Rule | None:
        return self._rows[row].rule if 0 <= row < len(self._rows) else None

    def row_of(self, rule_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.rule.id == rule_id), -1)

    def retranslate(self) -> None:
        # The summaries were written in the language of the last load: say them again.
        language = current_language()
        self._rows = [replace(r, summary=describe(r.rule, language)) for r in self._rows]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("#"),
            self.tr("On"),
            self.tr("Name"),
            self.tr("Mode"),
            self.tr("When"),
            self.tr("What it does"),
            self.tr("Last 30 days"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        rule = row.rule
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), row, col)
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_ON:
            return Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_SUMMARY:
                return row.summary
            if col == COL_NAME:  # the summary column is hidden beside the editor
                return f"{rule.name}\n\n{row.summary}" if row.summary else rule.name
            if col == COL_LAST30:
                return self.tr(
                    "Refunds this rule decided in the last 30 days and their total "
                    "(in shadow mode: what it would have refunded)."
                )
            if col == COL_ON:
                return self.tr("Turn the rule on or off")
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_MODE:
            return QBrush(_ARMED_BG if rule.mode is Mode.ARMED else _SHADOW_BG)
        if role == Qt.ItemDataRole.ForegroundRole and not rule.enabled:
            return QBrush(QColor("#8a8f98"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_PRIORITY, COL_MODE):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return rule.id
        return None

    def _display(self, number: int, row: RuleRow, col: int) -> str | None:
        rule = row.rule
        if col == COL_PRIORITY:
            return str(number + 1)
        if col == COL_NAME:
            return rule.name
        if col == COL_MODE:
            return self.tr("Armed") if rule.mode is Mode.ARMED else self.tr("Shadow")
        if col == COL_TRIGGER:
            return self.trigger_text(rule.trigger)
        if col == COL_SUMMARY:
            return row.summary
        if col == COL_LAST30:
            if not row.stats.fired:
                return self.tr("none")
            amounts = " + ".join(format_money(a) for a in row.stats.amounts)
            return self.tr("%1 × · %2").replace("%1", str(row.stats.fired)).replace("%2", amounts)
        return None

    def width_samples(self) -> dict[int, list[str]]:
        """The widest texts short columns can show, in the current language (for sizing)."""
        last30 = self.tr("%1 × · %2").replace("%1", "99")
        return {
            COL_PRIORITY: ["99"],
            COL_MODE: [self.tr("Armed"), self.tr("Shadow")],
            COL_TRIGGER: [self.trigger_text(t) for t in Trigger],
            COL_LAST30: [last30.replace("%2", format_money(Money(9_999_99, "PLN")))],
        }

    def trigger_text(self, trigger: Trigger) -> str:
        return word("trigger", trigger.value)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows (on the root)
        if not index.isValid():
            return base
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == COL_ON:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COL_ON:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        on = _checked(value)
        row = self._rows[index.row()]
        if row.rule.enabled == on:
            return True
        self._rows[index.row()] = replace(row, rule=replace(row.rule, enabled=on))
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 6))
        self.enabled_changed.emit(row.rule.id, on)
        return True

    # -- drag and drop: the priority order ---------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME_TYPE, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        text = bytes(data.data(MIME_TYPE).data()).decode()
        rows = [int(x) for x in text.split(",") if x]
        if len(rows) != 1:
            return False
        # Dropped onto a row: in front of it; past the end (or on the empty area): last.
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        return self.moveRows(QModelIndex(), rows[0], 1, QModelIndex(), target)

    def moveRows(
        self,
        sourceParent: _Index,
        sourceRow: int,
        count: int,
        destinationParent: _Index,
        destinationChild: int,
    ) -> bool:
        if sourceParent.isValid() or destinationParent.isValid() or count != 1:
            return False
        if not 0 <= sourceRow < len(self._rows) or not 0 <= destinationChild <= len(self._rows):
            return False
        if destinationChild in (sourceRow, sourceRow + 1):
            return False  # already there
        if not self.beginMoveRows(
            QModelIndex(), sourceRow, sourceRow, QModelIndex(), destinationChild
        ):
            return False
        moved = self._rows.pop(sourceRow)
        self._rows.insert(destinationChild - (1 if destinationChild > sourceRow else 0), moved)
        self.endMoveRows()
        # The priority numbers of every row in between changed.
        self.dataChanged.emit(self.index(0, COL_PRIORITY), self.index(len(self._rows) - 1, 0))
        self.order_changed.emit([r.rule.id for r in self._rows])
        return True


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value
