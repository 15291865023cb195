"""A table counted and paged in SQL, off the GUI thread, keeping only a window of pages.

The Orders and Refunds tables both use it. Only the pages a view asks for are loaded (through
``services.run``: the query runs in the pool, the rows arrive by signal), at most ``MAX_PAGES``
of them are kept, and the total is counted in the background, so a million rows open as fast as
a hundred. Filtering and sorting are the subclass's query, never done here.

Two ways to load again:
- ``reset()``: the filter or sort changed; the rows mean something else now, so the views are
  reset and page one and the count are asked for.
- ``refresh()``: the data changed underneath (a sync, a refund). No reset: the rows on screen
  stay until their fresh page arrives, only rows whose content differs are announced, and a
  changed total inserts or removes rows at the end. A worker tick during a big sync then costs
  one count and the pages in view, and a repaint only of what changed, not a rebuilt view.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Signal,
)

from refunddesk.gui.services import GuiServices

Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """Subclasses say how to count and read a page (``count_query``, ``page_query``), how many
    columns there are, and what a cell shows (``cell``, from the row alone and the language);
    rows are hashable values (frozen dataclasses): a cell's roles are remembered by row value."""

    PAGE_SIZE = 200
    # Several screens of scrolling back and forth; the least recently used pages are dropped.
    MAX_PAGES = 40
    # Cells remembered (a few screenfuls); past this the memory starts again from empty.
    SHOWN_AT_MOST = 5_000

    count_changed = Signal(int)  # the new total, once counted
    page_loaded = Signal(int)  # the first row of a page that arrived
    loading_changed = Signal(bool)
    load_failed = Signal(object)  # the exception

    def __init__(self, services: GuiServices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._generation = 0  # answers to an older request are dropped
        self._started = False
        self._rows = 0
        self._total: int | None = None
        self._pages: OrderedDict[int, Sequence[Any]] = OrderedDict()
        self._stale: dict[int, Sequence[Any]] = {}  # shown until their fresh page arrives
        self._pending: set[int] = set()
        self._counting = False
        self._was_loading = False
        # What each role of a cell showed, by the row's value and the column. After a refresh
        # most rows come back equal, and a repaint of them is then a look-up instead of
        # formatting money and dates again: a screenful's repaint took 8 ms, ~4 of them here,
        # and a worker round ends in several. A cell shows only its row (and the language:
        # ``announce_all`` forgets everything), so an equal row shows the same.
        self._shown: dict[tuple[Any, int], dict[int, Any]] = {}

    # -- what a subclass provides ------------------------------------------------------------

    def count_query(self) -> Callable[[], int]:
        """A function, run in the pool, that counts the rows of the current filter."""
        raise NotImplementedError

    def page_query(self, offset: int, limit: int) -> Callable[[], Sequence[Any]]:
        """A function, run in the pool, that reads rows ``offset`` … ``offset + limit - 1``."""
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What ``role`` of a cell shows; ``row`` is None while its page is loading."""
        raise NotImplementedError

    # -- loading -------------------------------------------------------------------------

    @property
    def total(self) -> int | None:
        """The counted total, or None while counting after a reset."""
        return self._total

    @property
    def loading(self) -> bool:
        return self._counting or bool(self._pending)

    @property
    def loaded_rows(self) -> int:
        """Rows held in memory (fresh and stale pages): a window, never the whole table."""
        kept = {**self._stale, **self._pages}
        return sum(len(rows) for rows in kept.values())

    def reset(self) -> None:
        """Forget every row and load page one and the count again (the filter or sort changed)."""
        self.beginResetModel()
        self._generation += 1
        self._started = True
        self._rows = 0
        self._total = None
        self._pages.clear()
        self._stale.clear()
        self._pending.clear()
        self._shown.clear()
        self.endResetModel()
        self._request_count()
        self._request_page(0)

    def refresh(self) -> None:
        """The data changed: load again without a reset, keeping what is shown meanwhile."""
        if not self._started:
            return
        self._generation += 1
        # A view touches the pages it shows at every paint: the last two looked at are those
        # in view (a screenful never spans three). They are read again at once; the others
        # when a view looks at them. Announcing every row instead, so that the views would ask,
        # repainted the whole table once more per refresh, each cell a call into Python that
        # waits for the interpreter while the worker runs.
        in_view = list(self._pages)[-2:]
        self._stale.update(self._pages)
        self._pages.clear()
        self._pending.clear()
        self._request_count()
        if not self._rows:
            self._request_page(0)
        for number in in_view:
            self._request_page(number)
        if self._rows and not in_view:  # nothing looked at yet: let the views ask
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._rows - 1, self.columnCount() - 1)
            )

    def row_at(self, row: int) -> Any:
        """The row's value (fresh or still the stale one), or None while its page loads."""
        number, offset = divmod(row, self.PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._stale.get(number)
        return page[offset] if page is not None and offset < len(page) else None

    def loaded(self) -> list[tuple[int, Any]]:
        """Every fresh row in memory with its row number (to find one without a query)."""
        found = [
            (number * self.PAGE_SIZE + offset, value)
            for number, page in self._pages.items()
            for offset, value in enumerate(page)
        ]
        return [(row, value) for row, value in found if row < self._rows]

    def _request_count(self) -> None:
        self._counting = True
        self._services.run(
            self.count_query(),
            partial(self._count_done, self._generation),
            partial(self._failed, self._generation),
            owner=self,
        )
        self._loading_may_have_changed()

    def _request_page(self, number: int) -> None:
        if number in self._pending:
            return
        self._pending.add(number)
        self._services.run(
            self.page_query(number * self.PAGE_SIZE, self.PAGE_SIZE),
            partial(self._page_done, self._generation, number),
            partial(self._failed, self._generation),
            owner=self,
        )
        self._loading_may_have_changed()

    def _page_done(self, generation: int, number: int, rows: Sequence[Any]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(number)
        old = self._stale.pop(number, None)
        self._pages[number] = rows
        self._pages.move_to_end(number)
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        first = number * self.PAGE_SIZE
        if self._total is None and number == 0 and len(rows) > self._rows:
            # Show page one before the count is known; the count adds the rest.
            self.beginInsertRows(QModelIndex(), self._rows, len(rows) - 1)
            self._rows = len(rows)
            self.endInsertRows()
        changed = _changed_span(old, rows)
        if changed is not None:
            top = first + changed[0]
            bottom = min(first + changed[1], self._rows - 1)
            if bottom >= top:
                self.dataChanged.emit(
                    self.index(top, 0), self.index(bottom, self.columnCount() - 1)
                )
        self.page_loaded.emit(first)
        self._loading_may_have_changed()

    def _count_done(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self._counting = False
        before = self._total
        self._total = total
        if total > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, total - 1)
            self._rows = total
            self.endInsertRows()
        elif total < self._rows:
            self.beginRemoveRows(QModelIndex(), total, self._rows - 1)
            self._rows = total
            self.endRemoveRows()
        if total != before:
            self.count_changed.emit(total)
        self._loading_may_have_changed()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._counting = False
            self._pending.clear()
            self._loading_may_have_changed()
        self.load_failed.emit(exc)

    def _loading_may_have_changed(self) -> None:
        # Announced on a change only: a sync's ticks would otherwise repeat it many times.
        if self.loading != self._was_loading:
            self._was_loading = self.loading
            self.loading_changed.emit(self._was_loading)

    # -- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        """Qt's own asks ``rowCount`` and ``columnCount``, both in Python: one call into
        Python per painted cell here instead of two, each a wait for the GIL while the worker
        runs (three calls a cell with ``multiData``, now two)."""
        if parent.isValid() or not (0 <= row < self._rows and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._rows:
            return None
        row = self._looked_at(index.row())
        if row is None:
            return self.cell(None, index.column(), role)
        return self._shown_value(self._shown_roles(row, index.column()), row, index.column(), role)

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role a view asks of a cell (about seven for each painted cell), in one call.

        Each call from Qt into Python needs the GIL; while the worker and the pool are busy the
        GUI thread waits for it at every call, so a repaint through ``data()`` made ~7 times as
        many waits.
        """
        # A span is a sequence (len() and [] work); PySide's type stubs do not say so.
        span: Any = [roleDataSpan] if isinstance(roleDataSpan, QModelRoleData) else roleDataSpan
        valid = index.isValid() and 0 <= index.row() < self._rows
        row = self._looked_at(index.row()) if valid else None
        column = index.column()
        shown = self._shown_roles(row, column) if row is not None else None
        for k in range(len(span)):
            role_data = span[k]
            if not valid:
                value = None
            elif shown is None:  # its page is loading
                value = self.cell(None, column, role_data.role())
            else:
                value = self._shown_value(shown, row, column, role_data.role())
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _shown_roles(self, row: Any, column: int) -> dict[int, Any]:
        key = (row, column)
        shown = self._shown.get(key)
        if shown is None:
            if len(self._shown) >= self.SHOWN_AT_MOST:
                self._shown.clear()
            shown = self._shown[key] = {}
        return shown

    def _shown_value(self, shown: dict[int, Any], row: Any, column: int, role: int) -> Any:
        if role in shown:
            return shown[role]
        value = shown[role] = self.cell(row, column, role)
        return value

    def _looked_at(self, row: int) -> Any:
        """The row's value; its page becomes the most recently used, or is asked for."""
        number = row // self.PAGE_SIZE
        if number in self._pages:
            self._pages.move_to_end(number)
        else:
            self._request_page(number)
        return self.row_at(row)

    def announce_all(self) -> None:
        """Every cell may read differently (the language changed): the views read them again."""
        self._shown.clear()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._rows - 1, self.columnCount() - 1)
            )


def _changed_span(old: Sequence[Any] | None, new: Sequence[Any]) -> tuple[int, int] | None:
    """The first and last offsets where a page's rows differ; None when nothing changed."""
    if old is None:
        return (0, len(new) - 1) if new else None
    differ = [i for i in range(max(len(old), len(new))) if _at(old, i) != _at(new, i)]
    return (differ[0], differ[-1]) if differ else None


def _at(rows: Sequence[Any], i: int) -> Any:
    return rows[i] if i < len(rows) else None
