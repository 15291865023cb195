"""Table columns sized from the current font and language, so a table fits the pane it is in."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QHeaderView,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from refunddesk.gui.models.paged_model import PagedTableModel

# Room around a cell's text: Qt's cell margins plus a little air.
CELL_PADDING = 14
# Room around a header's title: Fusion's 2 px margins plus a little air (16 left the Polish
# saved-scenarios table 5 px too wide for 1024 px, its last title cut).
HEADER_PADDING = 10
# A header of a sortable table also draws the sort arrow next to its title.
SORT_ARROW = 16


def text_width(view: QTableView, texts: Iterable[str]) -> int:
    """The width a column needs to show the widest of ``texts`` without eliding."""
    metrics = view.fontMetrics()
    return max((metrics.horizontalAdvance(t) for t in texts), default=0) + CELL_PADDING


def title_width(view: QTableView, column: int) -> int:
    """The width the column's header title needs (with the sort arrow, if sorted by it).

    Only the sorted column draws the arrow: a table that sorts refits on a new sort column."""
    model = view.model()
    header = view.horizontalHeader()
    title = str(model.headerData(column, header.orientation()) or "")
    metrics = header.fontMetrics()
    sorted_here = view.isSortingEnabled() and header.sortIndicatorSection() == column
    arrow = SORT_ARROW if sorted_here else 0
    return metrics.horizontalAdvance(title) + HEADER_PADDING + arrow


# A login longer than this many average characters is cut in the middle (tooltip whole).
LOGIN_CHARS_AT_MOST = 26


def logins_width(view: QTableView, logins: Iterable[str]) -> int:
    """The width a Buyer column needs for the logins it shows, whole: Allegro logins are
    short, and a column of fixed width cut most of them ("agnie…ski87") while the column
    beside it had room to spare. An odd very long one is cut rather than given the room."""
    most = view.fontMetrics().averageCharWidth() * LOGIN_CHARS_AT_MOST + CELL_PADDING
    return min(text_width(view, logins), most)


class WidestLogin(QObject):
    """The width of the widest buyer login a paged table has loaded since its filter or sort
    last changed, measured a page at a time as pages arrive; ``changed`` when it differs."""

    changed = Signal()

    def __init__(
        self, view: QTableView, model: PagedTableModel, login: Callable[[Any], str]
    ) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._login = login
        self._fresh = True  # the next page starts the measure again (a reset)
        self.width = 0
        model.modelReset.connect(self._reset)
        model.page_loaded.connect(self._page_loaded)

    def _reset(self) -> None:
        self._fresh = True

    def _page_loaded(self, first: int) -> None:
        model = self._model
        last = min(first + model.PAGE_SIZE, model.rowCount())
        rows = (model.row_at(n) for n in range(first, last))
        found = logins_width(self._view, (self._login(r) for r in rows if r is not None))
        width = found if self._fresh else max(found, self.width)
        self._fresh = False
        if width != self.width:
            self.width = width
            self.changed.emit()


@dataclass(frozen=True, slots=True)
class ColumnRoom:
    """A column's width with its texts whole (``wanted``) and the least it may be given."""

    column: int
    wanted: int
    least: int


def share_room(columns: Sequence[ColumnRoom], room: int) -> dict[int, int]:
    """Widths for ``columns`` that fit ``room``: each as wanted while they all fit; when they
    do not, the columns give up room in the order given (the least important first), each
    down to its least, until the rest fits. A column may come again later with a lower
    least (cut only when all else is at its least). Past that, all are at their least."""
    widths: dict[int, int] = {}
    for c in columns:
        widths.setdefault(c.column, c.wanted)
    over = sum(widths.values()) - room
    for c in columns:
        if over <= 0:
            break
        given = min(over, max(0, widths[c.column] - c.least))
        widths[c.column] -= given
        over -= given
    return widths


def fit_columns(view: QTableView, widths: Mapping[int, int], stretch: int) -> int:
    """Give each column in ``widths`` that width (at least its title's); ``stretch`` takes the
    rest of the view. Returns the width the fixed columns use, for sizing the pane."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    used = 0
    for column in range(view.model().columnCount()):
        if view.isColumnHidden(column):
            continue
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        width = max(widths.get(column, 0), title_width(view, column))
        view.setColumnWidth(column, width)
        used += width
    return used


# The least a table pane keeps beside a wide form: its first columns stay readable.
FIRST_MIN_WIDTH = 230


class PaneFitter(QObject):
    """Keeps a side-by-side splitter's first pane (a table) as wide as its columns need and
    gives the second pane the rest, until the merchant drags the divider.

    The second pane (a form) gets at least what its layout needs in this language: it is
    measured again on a language change and whenever its layout changes (a rule with more
    conditions), since a form squeezed below its minimum is cut at the side.

    With ``stack_when_narrow``, a window too narrow for the table's columns beside the second
    pane (1024x768) puts that pane under the table instead: every column is seen without
    scrolling sideways (the Review list's reason was off to the right), and the pane gets the
    whole width. Side by side again as soon as both fit."""

    stacked_changed = Signal(bool)  # True: the second pane went under the table

    def __init__(
        self, splitter: QSplitter, second_min_width: int, *, stack_when_narrow: bool = False
    ) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._second_min = second_min_width
        self._stack = stack_when_narrow
        self._wanted = 0
        self._user_sized = False
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        splitter.setChildrenCollapsible(False)
        second = splitter.widget(1)
        if second is not None:
            second.setMinimumWidth(second_min_width)
            second.installEventFilter(self)
        splitter.splitterMoved.connect(self._moved)
        splitter.installEventFilter(self)

    def want(self, first_width: int) -> None:
        """The first pane's ideal width (columns plus frame); applied now and on resizes."""
        self._wanted = first_width
        self.fit()

    def _second_needs(self) -> int:
        """The second pane's minimum: the fixed one, or more if its form needs more in this
        language (a fixed minimum alone squeezed the Polish rule editor's radios)."""
        second = self._splitter.widget(1)
        if second is None:
            return self._second_min
        needed = max(self._second_min, second.minimumSizeHint().width())
        if second.minimumWidth() != needed:
            second.setMinimumWidth(needed)
        return needed

    def fit(self) -> None:
        second_min = self._second_needs()
        if self._wanted <= 0 or self._stacked(second_min):
            return
        total = self._splitter.width() - self._splitter.handleWidth()
        if total <= 0:
            return
        sizes = self._splitter.sizes()
        if self._user_sized:
            if sizes[1] >= second_min:
                return
            first = total - second_min  # the merchant's divider, moved only as far as needed
        else:
            # The table as wide as its columns, but never at the cost of cutting the form.
            first = min(self._wanted, total - second_min)
        first = max(first, min(FIRST_MIN_WIDTH, total // 2))
        if sizes[0] != first:
            self._splitter.setSizes([first, total - first])

    def _stacked(self, second_min: int) -> bool:
        """Puts the second pane under the table when both do not fit side by side, back
        beside it when they do; True while it is under (its divider is then the merchant's)."""
        if not self._stack:
            return False
        width = self._splitter.width()
        if width <= 0:
            return False
        narrow = self._wanted + self._splitter.handleWidth() + second_min > width
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self._splitter.orientation() != wanted:
            self._splitter.setOrientation(wanted)
            self._user_sized = False
            if narrow:
                height = self._splitter.height() - self._splitter.handleWidth()
                self._splitter.setSizes([height * 3 // 5, height - height * 3 // 5])
            self.stacked_changed.emit(narrow)
        return narrow

    def _moved(self, _pos: int, _index: int) -> None:
        self._user_sized = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._splitter and kind in (QEvent.Type.Show, QEvent.Type.Resize):
            self.fit()
        elif kind in (QEvent.Type.LanguageChange, QEvent.Type.LayoutRequest):
            # After every widget has its new words: measure once the event queue has run.
            self._refit.start()
        return False


def pane_width(view: QTableView, columns_width: int, stretch_min: int) -> int:
    """The width a table pane needs: its columns, the stretching one's minimum, frame and bar."""
    frame = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
    return columns_width + stretch_min + frame


class ElideRight(QStyledItemDelegate):
    """Cuts a column's text at its end (names read from the start), whatever the view's mode."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight


class ElideMiddle(QStyledItemDelegate):
    """Cuts a column's text in its middle (logins differ at both ends), whatever the view's."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class RoomyRows(QStyledItemDelegate):
    """Rows sized to their (wrapped) text, with a little air above and below."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)


# A word wider than this is cut rather than given the room (FitToWidth).
LONGEST_UNCUT_WORD = 110
LAST_COLUMN_LEAST = 60


class FitToWidth(QObject):
    """Columns as wide as their contents while they all fit; when they do not, the widest give
    up room (none below its title) and their texts wrap onto more lines. A table that scrolls
    sideways hid its last column at 1024x768 (the backtest's changed orders, in Polish)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        view.setWordWrap(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        model = view.model()
        model.modelReset.connect(self._refit.start)
        model.rowsInserted.connect(self._refit.start)
        model.headerDataChanged.connect(self._refit.start)
        view.viewport().installEventFilter(self)

    def fit(self) -> None:
        view = self._view
        columns = range(view.model().columnCount())
        # The least a column can take: its title, and its longest word (a date or an amount
        # does not wrap) up to a limit past which the word is cut (a long login).
        least = [
            max(title_width(view, c), min(self._longest_word(c), LONGEST_UNCUT_WORD))
            for c in columns
        ]
        wanted = [max(view.sizeHintForColumn(c), n) for c, n in zip(columns, least, strict=True)]
        room = view.viewport().width() - 2
        over = sum(wanted) - room
        slack = [w - n for w, n in zip(wanted, least, strict=True)]
        if over > 0 and sum(slack) > 0:
            # Each column gives up room in proportion to what it has beyond its title.
            share = min(over, sum(slack))
            total = sum(slack)  # rounded up: the columns must end inside the view
            wanted = [
                max(n, w - -(-share * s // total))
                for w, s, n in zip(wanted, slack, least, strict=True)
            ]
        left = sum(wanted) - room
        if left > 0 and wanted:  # still over at the least: the last column wraps or cuts
            wanted[-1] = max(wanted[-1] - left, LAST_COLUMN_LEAST)
        for column, width in zip(columns, wanted, strict=True):
            view.setColumnWidth(column, width)
        view.resizeRowsToContents()

    def _longest_word(self, column: int, rows: int = 200) -> int:
        model = self._view.model()
        words = (
            word
            for row in range(min(rows, model.rowCount()))
            for word in str(model.index(row, column).data() or "").split()
        )
        return text_width(self._view, words)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._refit.start()
        return False
