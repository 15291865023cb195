"""The Refunds screen: the whole refund history, filtered and sorted in SQL, with the detail."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QItemSelection, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refunddesk.domain.money import Money
from refunddesk.gui import msgbox
from refunddesk.gui.errors import show_error
from refunddesk.gui.formatting import (
    follow_table_dates,
    format_datetime,
    format_money,
    shop_display_name,
)
from refunddesk.gui.i18n import current_language
from refunddesk.gui.models.refund_words import mode_text
from refunddesk.gui.models.refunds_model import COLUMNS, ROW_ID_ROLE, RefundsTableModel
from refunddesk.gui.screens.when_seen import refresh_when_seen
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.gui.widgets.empty_hint import EmptyHint
from refunddesk.gui.widgets.empty_texts import empty_text
from refunddesk.gui.widgets.note_dialog import NoteDialog
from refunddesk.gui.widgets.order_id import add_copy_id_menu
from refunddesk.gui.widgets.refund_detail import RefundDetailPane
from refunddesk.gui.widgets.screen_title import screen_title
from refunddesk.gui.widgets.table_fit import (
    ElideRight,
    PaneFitter,
    WidestLogin,
    fit_columns,
    pane_width,
    text_width,
)
from refunddesk.gui.words import all_words, codes, word
from refunddesk.queries.refunds import (
    FilterChoices,
    RefundDetail,
    RefundFilter,
    SortColumn,
    filter_choices,
    refund_detail,
)
from refunddesk.services import review
from refunddesk.services.export import CsvStyle, export_refunds_csv

SEARCH_DELAY_MS = 300
SEARCH_MIN_WIDTH = 180
# What the rule's name keeps beside the detail pane; under it, the name takes what the other
# columns leave (logins whole first) and is cut at its end, whole in the tooltip and detail.
RULE_MIN_WIDTH = 110
DETAIL_MIN_WIDTH = 300
log = logging.getLogger(__name__)


def _local_date(moment: datetime) -> QDate:
    """The local calendar day of an aware moment."""
    local = moment.astimezone()
    return QDate(local.year, local.month, local.day)


def _local_midnight_utc(day: QDate) -> datetime:
    """The start of a local calendar day, as the UTC moment the database compares with."""
    return datetime.fromtimestamp(day.startOfDay().toSecsSinceEpoch(), UTC)


EVERYTHING = "*"  # the status filter's "everything, no-action decisions too"
LEFT_TO_YOU = "left_to_you"  # found at connect, and the shop's choice left them to the merchant


class RefundsScreen(QWidget):
    def __init__(self, services: GuiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = RefundsTableModel(services, self)
        self._choices = FilterChoices()
        self._detail_request = 0
        self._shown_id: int | None = None  # the refund whose detail is shown
        self._following = False  # moving the highlight to where that refund is now
        self.last_export: tuple[Path, int] | None = None
        self.reopen_dialog: NoteDialog | None = None
        self._build()
        self.retranslate_ui()
        self.refresh_when_seen = refresh_when_seen(self, services, self._on_changed)
        self.model.total_changed.connect(self._show_total)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.load_failed.connect(lambda exc: show_error(self, exc))
        self._load_choices()
        self.apply_filter()

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = screen_title(self)
        self.total_label = QLabel(self)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export_csv)

        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(SEARCH_MIN_WIDTH)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.status_combo = QComboBox(self)
        self.trigger_combo = QComboBox(self)
        self.rule_combo = QComboBox(self)
        self.shop_combo = QComboBox(self)
        self.dates_check = QCheckBox(self)
        # The app's clock (in demo mode the demo shop's), not the wall clock.
        today = _local_date(self.services.ctx.now())
        self.from_edit = QDateEdit(today.addDays(-30), self)
        self.to_edit = QDateEdit(today, self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.apply_filter())
        self.dates_check.toggled.connect(self._dates_toggled)
        for combo in (self.status_combo, self.trigger_combo, self.rule_combo, self.shop_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for combo in (self.rule_combo, self.shop_combo):
            # Names are the merchant's and can be long: the box stays compact, the list is wide.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        # The status list's longest choice ("everything, decisions without a refund too") made
        # the box as wide as itself and left the search box too narrow for its hint at 1024.
        self.status_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status_combo.setMinimumContentsLength(16)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.empty_hint = EmptyHint(self.table, self._empty_text)
        add_copy_id_menu(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # ids differ at both ends
        self.table.verticalHeader().setVisible(False)
        self.rule_delegate = ElideRight(self.table)
        self.table.setItemDelegateForColumn(COLUMNS.index(SortColumn.RULE), self.rule_delegate)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSortIndicator(COLUMNS.index(SortColumn.DATE), Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        # Only the sorted column's title has the arrow beside it (table_fit.title_width).
        header.sortIndicatorChanged.connect(lambda _c, _o: self._fit_columns())
        self.widest_login = WidestLogin(self.table, self.model, lambda r: r.buyer_login)
        self.widest_login.changed.connect(self._fit_columns)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = RefundDetailPane(self)
        self.detail.reopen_asked.connect(self.reopen)

        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addStretch(1)
        # The dates sit up here: beside four filters they left the search box no room.
        top.addWidget(self.dates_check)
        top.addWidget(self.from_edit)
        top.addWidget(self.to_edit)
        top.addSpacing(16)
        top.addWidget(self.total_label)
        top.addWidget(self.export_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        for w in (self.status_combo, self.trigger_combo, self.rule_combo, self.shop_combo):
            filters.addWidget(w)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.pane_fitter = PaneFitter(self.splitter, DETAIL_MIN_WIDTH, stack_when_narrow=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Refunds"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.search_edit.setPlaceholderText(self.tr("Search order id or buyer"))
        self.dates_check.setText(self.tr("Dates"))
        for edit in (self.from_edit, self.to_edit):
            follow_table_dates(edit)
        self._fill_combos()
        self._show_total(self.model.total)
        self.model.retranslate()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns as wide as this language's words need; the rule name takes what is left."""
        t = self.table
        sample = datetime(2026, 12, 28, 23, 59, tzinfo=UTC)
        widths = {
            COLUMNS.index(SortColumn.DATE): text_width(t, [format_datetime(sample)]),
            COLUMNS.index(SortColumn.ORDER): text_width(t, ["8888dddd"]),  # a short id
            COLUMNS.index(SortColumn.BUYER): self.widest_login.width,
            COLUMNS.index(SortColumn.AMOUNT): text_width(t, [format_money(Money(9_999_99, "PLN"))]),
            COLUMNS.index(SortColumn.STATUS): text_width(
                t, (word("state_short", s) for s in codes("state"))
            ),
            COLUMNS.index(SortColumn.TRIGGER): text_width(
                t, (word("trigger", g) for g in codes("trigger"))
            ),
        }
        # The mode repeats the status (only shadow rules give "Shadow"), and the pane has no
        # room to spare at 1280x800: hidden here, still in the CSV export.
        t.setColumnHidden(COLUMNS.index(SortColumn.MODE), True)
        used = fit_columns(t, widths, stretch=COLUMNS.index(SortColumn.RULE))
        self.pane_fitter.want(pane_width(t, used, RULE_MIN_WIDTH))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_combos(self) -> None:
        def fill(combo: QComboBox, everything: str, entries: Sequence[tuple[str, object]]) -> None:
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, value in entries:
                combo.addItem(text, value)
            found = combo.findData(kept)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

        # By default the history is of refunds; "no rule matched" decisions are one click away.
        fill(
            self.status_combo,
            self.tr("All refunds"),
            [(self.tr("Everything, with no-action decisions"), EVERYTHING)]
            + [(word("state", s), s) for s in codes("state")]
            + [(self.tr("Left to you at connect"), LEFT_TO_YOU)],
        )
        fill(
            self.trigger_combo,
            self.tr("All triggers"),
            [(word("trigger", t), t) for t in codes("trigger")],
        )
        fill(self.rule_combo, self.tr("All rules"), [(c.name, c.id) for c in self._choices.rules])
        shops: list[tuple[str, object]] = [
            (shop_display_name(c.name), c.id) for c in self._choices.shops
        ]
        fill(self.shop_combo, self.tr("All shops"), shops)
        self.shop_combo.setVisible(len(self._choices.shops) > 1)

    # -- filters -------------------------------------------------------------------------

    def current_filter(self) -> RefundFilter:
        state = self.status_combo.currentData()
        if state is None:
            states: tuple[str, ...] = tuple(x for x in codes("state") if x != "NO_ACTION")
        elif state == EVERYTHING:
            states = ()
        elif state == LEFT_TO_YOU:
            states = ("NO_ACTION",)
        else:
            states = (state,)
        since = until = None
        if self.dates_check.isChecked():
            since = _local_midnight_utc(self.from_edit.date())
            until = _local_midnight_utc(self.to_edit.date().addDays(1))
        return RefundFilter(
            states=states,
            since=since,
            until=until,
            rule_id=self.rule_combo.currentData(),
            trigger=self.trigger_combo.currentData() or "",
            shop_id=self.shop_combo.currentData(),
            text=self.search_edit.text().strip(),
            left_to_you=state == LEFT_TO_YOU,
        )

    def _empty_text(self) -> str:
        """Filtered to nothing says so; the first status choice with nothing else set is
        the whole history."""
        narrowed = (
            self.status_combo.currentIndex() > 0
            or self.dates_check.isChecked()
            or self.rule_combo.currentData() is not None
            or bool(self.trigger_combo.currentData())
            or self.shop_combo.currentData() is not None
            or bool(self.search_edit.text().strip())
        )
        return empty_text("refunds_filtered" if narrowed else "refunds")

    def show_view(self, view: str) -> None:
        """Opened from elsewhere on one view: "left_to_you" (the dashboard's backlog line)."""
        if view == LEFT_TO_YOU:
            found = self.status_combo.findData(LEFT_TO_YOU)
            if found < 0:  # the combo fills in the background: add it now, keep it after
                self.status_combo.addItem(self.tr("Left to you at connect"), LEFT_TO_YOU)
                found = self.status_combo.findData(LEFT_TO_YOU)
            self.status_combo.setCurrentIndex(found)
            self.apply_filter()

    def apply_filter(self) -> None:
        """Filter now (typing waits a moment first, so each key does not start a query)."""
        self._search_timer.stop()
        flt = self.current_filter()
        if flt != self.model.current_filter or self.model.total is None:
            self.detail.show_detail(None)
            self._shown_id = None
        self.model.set_filter(flt)
        self.empty_hint.refresh()

    def _dates_toggled(self, on: bool) -> None:
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)
        self.apply_filter()

    def _load_choices(self) -> None:
        db = self.services.ctx.db
        self.services.run(lambda: filter_choices(db), self._choices_loaded)

    def _choices_loaded(self, choices: FilterChoices) -> None:
        self._choices = choices
        self._fill_combos()

    def _show_total(self, total: int | None) -> None:
        if total is None or total < 0:
            self.total_label.setText(self.tr("Counting…"))
        else:
            self.total_label.setText(
                self.tr("Refunds: %1").replace("%1", QLocale().toString(total))
            )

    def _on_changed(self, changes: Changes) -> None:
        if changes.rules or changes.shops:
            self._load_choices()
        if changes.refunds:
            self.model.reload()
            self._load_detail()

    # -- detail --------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ROW_ID_ROLE) if rows else None

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        if not self._following:
            self._load_detail()

    def _page_loaded(self, _first: int) -> None:
        # New refunds push the others down as the rows refresh in place: the highlight follows
        # the refund whose detail is shown, not the row number.
        shown = self._shown_id
        if shown is None or self.selected_id() == shown:
            return
        row = self.model.row_of(shown)
        self._following = True
        try:
            if row is None:
                self.table.clearSelection()  # its page is not loaded: highlight nothing wrong
            else:
                self.table.selectRow(row)
        finally:
            self._following = False

    def _load_detail(self) -> None:
        intent_id = self.selected_id()
        self._shown_id = intent_id
        self._detail_request += 1
        if intent_id is None:
            self.detail.show_detail(None)
            return
        request, db, language = self._detail_request, self.services.ctx.db, current_language()
        self.services.run(
            lambda: refund_detail(db, intent_id, language),
            lambda d: self._detail_loaded(request, d),
        )

    def _detail_loaded(self, request: int, detail: RefundDetail | None) -> None:
        if request == self._detail_request:
            self.detail.show_detail(detail)

    # -- reopening a dismissed refund -------------------------------------------------------

    def reopen(self, intent_id: int) -> None:
        detail = self.detail.detail
        if detail is None or detail.row.id != intent_id:
            return
        dialog = NoteDialog(
            self,
            title=self.tr("Reopen refund"),
            text=self.tr(
                "Reopen this refund of %1? It goes back to Review as held: nothing is sent "
                "until you approve it there. A note is optional."
            ).replace("%1", format_money(detail.row.amount)),
            ok_text=self.tr("Reopen"),
            required=False,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The note is read here, on the GUI thread: the dialog is gone when the action runs.
        dialog.accepted.connect(lambda: self._reopen(intent_id, dialog.note()))
        self.reopen_dialog = dialog
        dialog.open()  # not exec(): worker results keep arriving meanwhile

    def _reopen(self, intent_id: int, note: str) -> None:
        ctx = self.services.ctx
        self.services.run(
            lambda: review.reopen(ctx.db, [intent_id], now=ctx.now(), note=note),
            lambda _count: self._reopened(),
            self._reopen_failed,
        )

    def _reopened(self) -> None:
        # Under a "dismissed" filter the row leaves the list: say where it went.
        self.services.notify(Changes(review=True, refunds=True))
        msgbox.information(
            self,
            self.tr("Reopen refund"),
            self.tr("Reopened: it waits on Review for your approval; nothing is sent before."),
        )

    def _reopen_failed(self, exc: BaseException) -> None:
        if isinstance(exc, review.ReviewError):
            msgbox.warning(self, self.tr("Reopen refund"), exc.text(current_language()))
        else:  # a bug: logged in full; the merchant sees that nothing was changed
            log.error("reopen failed", exc_info=(type(exc), exc, exc.__traceback__))
            msgbox.error(
                self, self.tr("Reopen refund"), self.tr("That did not work; nothing changed.")
            )
        self._load_detail()

    # -- export --------------------------------------------------------------------------

    def export_csv(self) -> None:
        stamp = self.services.ctx.now().strftime("%Y-%m-%d")
        suggested = str(Path.home() / f"refunds-{stamp}.csv")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export refunds"), suggested, self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the refunds the table shows (filter and order) to ``path``, in the background."""
        db, flt, sort = self.services.ctx.db, self.model.current_filter, self.model.current_sort
        statuses, triggers = all_words("state"), all_words("trigger")
        header = (
            self.tr("date"),
            self.tr("order"),
            self.tr("buyer"),
            self.tr("amount"),
            self.tr("currency"),
            self.tr("status"),
            self.tr("trigger"),
            self.tr("rule"),
            self.tr("rule version"),
            self.tr("mode"),
            self.tr("shop"),
            self.tr("refund id"),
        )
        modes = {mode: mode_text(mode) for mode in ("armed", "shadow")}
        style = CsvStyle.for_language(current_language())
        self.export_button.setEnabled(False)
        self.services.run(
            lambda: export_refunds_csv(
                db,
                path,
                flt,
                sort,
                status_words=statuses,
                trigger_words=triggers,
                mode_words=modes,
                header=header,
                style=style,
            ),
            lambda count: self._exported(path, count),
            self._export_failed,
        )

    def _exported(self, path: Path, count: int) -> None:
        self.export_button.setEnabled(True)
        self.last_export = (path, count)
        msgbox.information(
            self,
            self.tr("Export refunds"),
            self.tr("Refunds saved: %1. File: %2")
            .replace("%1", QLocale().toString(count))
            .replace("%2", str(path)),
        )

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(exc, OSError):
            why = exc.strerror or str(exc)
        else:  # a bug, not the merchant's doing: logged in full, summarised here
            log.error("export failed", exc_info=(type(exc), exc, exc.__traceback__))
            why = type(exc).__name__
        msgbox.error(
            self,
            self.tr("Export refunds"),
            self.tr("The file could not be written: %1").replace("%1", why),
        )
