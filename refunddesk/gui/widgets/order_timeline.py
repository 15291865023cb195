"""An order's timeline: every event, decision, refund step and notice, oldest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from refunddesk.domain.locale_format import colon
from refunddesk.domain.messages import details, from_text, render_text
from refunddesk.gui.formatting import format_datetime
from refunddesk.gui.i18n import current_language
from refunddesk.gui.widgets import order_words as words
from refunddesk.queries.orders import TimelineEntry

SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_COLUMN = 2


class WrappedDetails(QStyledItemDelegate):
    """The details column wraps onto as many lines as its text needs in the column's width
    (a "no refund" reason is a sentence; cut at the pane's edge it lost its point)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() != DETAIL_COLUMN:
            return size
        width = self._tree.header().sectionSize(DETAIL_COLUMN) - 12
        text = str(index.data() or "")
        if width <= 0 or not text:
            return size
        flags = Qt.TextFlag.TextWordWrap
        needed = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), flags, text)
        return QSize(size.width(), max(size.height(), needed.height() + 6))


class OrderTimeline(QTreeWidget):
    """Three columns: when, what happened (translated), and the recorded detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OrderTimeline")
        self.setColumnCount(3)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setItemDelegateForColumn(DETAIL_COLUMN, WrappedDetails(self))
        # Rows are measured for the column's width: measure again when it changes.
        header.sectionResized.connect(self._column_resized)
        self._entries: tuple[TimelineEntry, ...] = ()
        self.retranslate_ui()

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == DETAIL_COLUMN:
            self.scheduleDelayedItemsLayout()

    def set_entries(self, entries: Sequence[TimelineEntry]) -> None:
        self._entries = tuple(entries)
        self._fill()

    def entries(self) -> tuple[TimelineEntry, ...]:
        return self._entries

    def texts(self) -> list[str]:
        """What a person reads in the "what happened" column, top to bottom."""
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item.text(1) for item in items if item is not None]

    def _fill(self) -> None:
        self.clear()
        language = current_language()
        for entry in self._entries:
            detail = render_text(entry.detail, language)
            what = words.event_words(entry.source, entry.type)
            if not entry.type.startswith("RETURN_"):  # those say "Return: …" themselves
                what = f"{words.word(words.SOURCE, entry.source)}{colon(language)}{what}"
            item = QTreeWidgetItem([format_datetime(entry.occurred_at), what, detail])
            item.setData(0, SOURCE_ROLE, entry.type)
            item.setToolTip(2, "\n".join([detail, *details(from_text(entry.detail), language)]))
            self.addTopLevelItem(item)

    def retranslate_ui(self) -> None:
        self.setHeaderLabels([self.tr("When"), self.tr("What happened"), self.tr("Details")])
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
