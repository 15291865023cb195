"""The test order's lines in the composer: item, unit price, quantity and units returned."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from refunddesk.domain.scenarios import ReturnedItem, TestItem
from refunddesk.gui.formatting import format_money

_Index = QModelIndex | QPersistentModelIndex
COL_NAME, COL_PRICE, COL_QUANTITY, COL_RETURNED = range(4)


@dataclass(frozen=True, slots=True)
class ComposerLine:
    item: TestItem
    returned: int = 0


class ComposerItemsModel(QAbstractTableModel):
    """Quantity and returned units are editable in place; returned never exceeds quantity."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[ComposerLine] = []

    def lines(self) -> list[ComposerLine]:
        return list(self._lines)

    def items(self) -> tuple[TestItem, ...]:
        return tuple(line.item for line in self._lines)

    def returned(self) -> tuple[ReturnedItem, ...]:
        return tuple(
            ReturnedItem(n, line.returned) for n, line in enumerate(self._lines) if line.returned
        )

    def set_lines(self, lines: list[ComposerLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def add(self, item: TestItem) -> None:
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(ComposerLine(item))
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            self.endRemoveRows()

    def set_returned(self, row: int, units: int) -> None:
        self.setData(self.index(row, COL_RETURNED), units)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, 3))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Item"), self.tr("Unit price"), self.tr("Quantity"), self.tr("Returned"))
        return titles[section] if 0 <= section < 4 else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_NAME:
                return line.item.name
            if col == COL_PRICE:
                return format_money(line.item.price)
            if col == COL_QUANTITY:
                return line.item.quantity
            if col == COL_RETURNED:
                return line.returned
        if role == Qt.ItemDataRole.TextAlignmentRole and col != COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (COL_QUANTITY, COL_RETURNED):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() not in (COL_QUANTITY, COL_RETURNED):
            return False
        try:
            number = int(value)
        except (TypeError, ValueError):
            return False
        line = self._lines[index.row()]
        if index.column() == COL_QUANTITY:
            if number < 1:
                return False
            line = ComposerLine(replace(line.item, quantity=number), min(line.returned, number))
        else:
            if not 0 <= number <= line.item.quantity:
                return False
            line = ComposerLine(line.item, number)
        self._lines[index.row()] = line
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 3))
        return True
