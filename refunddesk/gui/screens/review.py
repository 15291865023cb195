"""The Review screen: holds, failures and unconfirmed refunds, buyer notices that did not
arrive, and what a person does with them."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial

from PySide6.QtCore import QEvent, QItemSelection, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refunddesk.domain.messages import render_text
from refunddesk.domain.money import Money
from refunddesk.gui import counts, i18n, msgbox, theme
from refunddesk.gui.dialogs.notice_resend import ResendNoticeDialog, ask_to_resend
from refunddesk.gui.formatting import format_datetime, format_money
from refunddesk.gui.i18n import current_language
from refunddesk.gui.models.notice_words import notice_status_short, notice_why_text
from refunddesk.gui.models.refund_words import failed_text, held_text, unconfirmed_text
from refunddesk.gui.models.review_model import (
    AMOUNT_COLUMN,
    STATUS_COLUMN,
    TRIGGER_COLUMN,
    ReviewTableModel,
)
from refunddesk.gui.screens.when_seen import refresh_when_seen
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.gui.widgets.empty_hint import EmptyHint
from refunddesk.gui.widgets.empty_texts import empty_text
from refunddesk.gui.widgets.note_dialog import NoteDialog
from refunddesk.gui.widgets.order_id import add_copy_id_menu
from refunddesk.gui.widgets.refund_detail import total_text
from refunddesk.gui.widgets.screen_title import screen_title
from refunddesk.gui.widgets.table_fit import (
    PaneFitter,
    fit_columns,
    logins_width,
    pane_width,
    text_width,
)
from refunddesk.gui.widgets.unreadable_banner import UnreadableBanner
from refunddesk.gui.words import codes, word
from refunddesk.queries.notices import NoticeProblem, notice_problems
from refunddesk.queries.review import (
    BankDetails,
    ReviewItem,
    bank_details,
    review_items,
    sending_paused,
)
from refunddesk.services import review
from refunddesk.store.database import Database

log = logging.getLogger(__name__)
NOTICE = ("failed", "unknown")
ID_WIDTH = 100  # order ids elide in the middle; the tooltip has them whole
SIDE_MIN_WIDTH = 300
WIDGET_SIZE_MAX = 16_777_215  # Qt's QWIDGETSIZE_MAX: no maximum


def _open_url(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl(url))


class ReviewScreen(QWidget):
    def __init__(self, services: GuiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = ReviewTableModel(self)
        self.note_dialog: NoteDialog | None = None
        self.resend_dialog: ResendNoticeDialog | None = None
        self.open_url: Callable[[str], bool] = _open_url  # tests look instead of opening
        self.loaded = False
        self._bank: BankDetails | None = None
        self._bank_request = 0
        self._build()
        self.retranslate_ui()
        self.refresh_when_seen = refresh_when_seen(self, services, self._on_changed)
        self.refresh()

    def _build(self) -> None:
        self.title_label = screen_title(self)
        self.count_label = QLabel(self)
        # What the last action did (the row has left the list) and what comes next.
        self.done_label = QLabel(self)
        self.done_label.setObjectName("ReviewDone")
        self.done_label.setWordWrap(True)
        self.done_label.setTextFormat(Qt.TextFormat.PlainText)
        self.done_label.setStyleSheet(
            f"background: {theme.ACCENT_SOFT}; color: {theme.TEXT}; padding: 6px 8px;"
            " border-radius: 6px;"
        )
        self.done_label.hide()
        self.done_kind, self.done_paused = "", False
        # The backlog found at connect (the "ask" choice): all of it approved in one click.
        self.approve_backlog_button = QPushButton(self)
        self.approve_backlog_button.setVisible(False)
        self.approve_backlog_button.clicked.connect(self.approve_found_at_connect)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.empty_hint = EmptyHint(self.table, lambda: empty_text("review"))
        add_copy_id_menu(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reason_label.setObjectName("ReviewReason")
        self.next_label = QLabel(self)
        self.next_label.setWordWrap(True)
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.bank_label = QLabel(self)
        self.bank_label.setWordWrap(True)
        self.bank_label.setTextFormat(Qt.TextFormat.PlainText)
        self.bank_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.approve_button = QPushButton(self)
        self.retry_button = QPushButton(self)
        self.dismiss_button = QPushButton(self)
        self.by_hand_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.resend_button = QPushButton(self)
        self.resend_button.clicked.connect(self.resend_selected_notice)
        self.approve_button.clicked.connect(self.approve_selected)
        self.retry_button.clicked.connect(self.retry_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.by_hand_button.clicked.connect(self.mark_selected_by_hand)
        self.open_button.clicked.connect(self.open_selected)

        # Beside the list: the why above the buttons. Under it (a narrow window): the why on
        # the left, the buttons in a column of their own on the right.
        side = QWidget(self)
        words = QVBoxLayout()
        words.addWidget(self.reason_label)
        words.addWidget(self.next_label)
        words.addWidget(self.bank_label)
        words.addStretch(1)
        self.buttons_box = QWidget(side)
        buttons = QVBoxLayout(self.buttons_box)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.approve_button,
            self.retry_button,
            self.dismiss_button,
            self.by_hand_button,
            self.open_button,
            self.resend_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.side_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, side)
        self.side_layout.setContentsMargins(12, 0, 0, 0)
        self.side_layout.addLayout(words)
        self.side_layout.addWidget(self.buttons_box)
        self.side_layout.setStretch(1, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        self.pane_fitter = PaneFitter(splitter, SIDE_MIN_WIDTH, stack_when_narrow=True)
        self.pane_fitter.stacked_changed.connect(self._side_under_list)
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(self.approve_backlog_button)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(top)
        # Orders set aside as unreadable have no refund case yet: shown here, so nothing hides.
        self.banner = UnreadableBanner(self.services, self)
        layout.addWidget(self.banner)
        layout.addWidget(self.done_label)
        layout.addWidget(splitter, 1)

    def _side_under_list(self, under: bool) -> None:
        if under:
            self.side_layout.setDirection(QBoxLayout.Direction.LeftToRight)
            self.side_layout.setStretch(0, 1)
            self.side_layout.setStretch(1, 0)
            self.buttons_box.setFixedWidth(SIDE_MIN_WIDTH)
        else:
            self.side_layout.setDirection(QBoxLayout.Direction.TopToBottom)
            self.side_layout.setStretch(0, 0)
            self.side_layout.setStretch(1, 1)
            self.buttons_box.setMinimumWidth(0)
            self.buttons_box.setMaximumWidth(WIDGET_SIZE_MAX)

    def retranslate_ui(self) -> None:
        self._show_done()
        self.title_label.setText(self.tr("Review"))
        self.approve_button.setText(self.tr("Approve and refund"))
        self.retry_button.setText(self.tr("Retry"))
        self.dismiss_button.setText(self.tr("Dismiss…"))
        self.by_hand_button.setText(self.tr("Mark refunded by hand…"))
        self.open_button.setText(self.tr("Open in Allegro"))
        self.resend_button.setText(self.tr("Send the notice again…"))
        self.model.retranslate()
        self._update_count()
        self._update_side()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns as wide as this language's words need; the trigger takes what is left."""
        t = self.table
        sample = datetime(2026, 12, 28, 23, 59, tzinfo=UTC)
        widths = {
            0: text_width(t, [format_datetime(sample)]),
            1: ID_WIDTH,
            2: logins_width(t, self._logins()),
            AMOUNT_COLUMN: text_width(t, [format_money(Money(9_999_99, "PLN"))]),
            STATUS_COLUMN: text_width(
                t,
                [
                    *(word("state_short", s) for s in codes("state")),
                    *map(notice_status_short, NOTICE),
                ],
            ),
        }
        used = fit_columns(t, widths, stretch=TRIGGER_COLUMN)
        longest = text_width(t, (word("trigger", g) for g in codes("trigger")))
        self.pane_fitter.want(pane_width(t, used, longest))

    def _logins(self) -> list[str]:
        return [i.buyer_login for i in self.model.items()] + [
            n.buyer_login for n in self.model.notices()
        ]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        db = self.services.ctx.db
        self.services.run(lambda: (review_items(db), notice_problems(db)), self._loaded)

    def _loaded(self, found: tuple[list[ReviewItem], list[NoticeProblem]]) -> None:
        items, notices = found
        keep = set(self.selected_ids())
        keep_notices = {n.id for n in self.selected_notices()}
        self.model.set_items(items, notices)
        self._fit_columns()  # the Buyer column as wide as these logins
        selection = self.table.selectionModel()
        rows = [self.model.row_of(i) for i in keep]
        rows += [self.model.row_of_notice(n) for n in keep_notices]
        for row in rows:
            if row is not None:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        self.loaded = True
        self._update_count()
        self._update_side()

    def _on_changed(self, changes: Changes) -> None:
        if changes.review or changes.refunds:
            self.refresh()

    def found_at_connect(self) -> list[ReviewItem]:
        return [i for i in self.model.items() if i.found_at_connect]

    def _update_count(self) -> None:
        backlog = len(self.found_at_connect())
        self.approve_backlog_button.setVisible(backlog > 0)
        self.approve_backlog_button.setText(
            self.tr("Approve all found at connect (%1)…").replace("%1", str(backlog))
        )
        count = self.model.rowCount()
        self.count_label.setText(
            self.tr("Nothing waits for you.")
            if count == 0
            else self.tr("Waiting for you: %1").replace("%1", str(count))
        )

    # -- selection -----------------------------------------------------------------------

    def selected_items(self) -> list[ReviewItem]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [item for row in rows if (item := self.model.item(row)) is not None]

    def selected_notices(self) -> list[NoticeProblem]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [n for row in rows if (n := self.model.notice(row)) is not None]

    def select_notice(self, notice_id: int) -> None:
        row = self.model.row_of_notice(notice_id)
        if row is not None:
            self.table.selectRow(row)

    def selected_ids(self) -> list[int]:
        return [i.id for i in self.selected_items()]

    def select_order(self, order_id: str) -> None:
        row = next((n for n, i in enumerate(self.model.items()) if i.order_id == order_id), None)
        if row is not None:
            self.table.selectRow(row)

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._bank = None
        self._bank_request += 1
        items = self.selected_items()
        if len(items) == 1 and items[0].cash_on_delivery:
            request, db, item = self._bank_request, self.services.ctx.db, items[0]
            self.services.run(
                lambda: bank_details(db, item.shop_id, item.order_id),
                partial(self._bank_loaded, request),
            )
        self._update_side()

    def _bank_loaded(self, request: int, bank: BankDetails | None) -> None:
        if request == self._bank_request:
            self._bank = bank
            self._update_side()

    def _bank_text(self) -> str:
        b = self._bank
        if b is None:
            return self.tr("The buyer gave no bank account in a return; ask them for one.")
        lines = [self.tr("Buyer's bank account for the transfer:")]
        if b.owner:
            lines.append(self.tr("Owner: %1").replace("%1", b.owner))
        if b.account_number:
            lines.append(self.tr("Account: %1").replace("%1", b.account_number))
        if b.iban:
            lines.append(self.tr("IBAN: %1").replace("%1", b.iban))
        if b.swift:
            lines.append(self.tr("SWIFT: %1").replace("%1", b.swift))
        return "\n".join(lines)

    def explanation(self, item: ReviewItem) -> tuple[str, str]:
        """Why the refund is here, and what to do next, in plain words."""
        if item.state == "UNCONFIRMED":
            return word("state", item.state), unconfirmed_text()
        if item.state == "FAILED":
            why = (
                render_text(item.failure_detail, current_language())
                or item.failure_code
                or self.tr("Allegro refused it.")
            )
            return self.tr("Failed: %1").replace("%1", why), failed_text()
        reason = held_text(item.held_reason) or item.held_detail
        return self.tr("Held for you."), reason or self.tr("Approve it, or dismiss it.")

    def _update_side(self) -> None:
        items = self.selected_items()
        notices = self.selected_notices()
        # A notice row among the selection: refund actions do not apply to it.
        states = {i.state for i in items} | ({"NOTICE"} if notices else set())
        one = items[0] if len(items) == 1 and not notices else None
        one_notice = notices[0] if len(notices) == 1 and not items else None
        if one_notice is not None:
            self.reason_label.setText(notice_why_text(one_notice))
            self.next_label.setText(
                self.tr("Check the buyer's details on the order, then send the notice again.")
            )
        elif one is not None:
            reason, next_step = self.explanation(one)
            self.reason_label.setText(reason)
            self.next_label.setText(next_step)
        elif notices:
            self.reason_label.setText(
                self.tr("%1 buyer notices selected; send them again one by one.").replace(
                    "%1", str(len(notices) + len(items))
                )
            )
            self.next_label.setText("")
        elif items:
            self.reason_label.setText(
                counts.refunds_selected(len(items), total_text([i.amount for i in items]))
            )
            self.next_label.setText("")
        else:
            self.reason_label.setText(self.tr("Choose a refund to see why it waits for you."))
            self.next_label.setText("")
        show_bank = one is not None and one.cash_on_delivery
        self.bank_label.setVisible(show_bank)
        self.bank_label.setText(self._bank_text() if show_bank else "")
        self.approve_button.setEnabled(bool(items) and states <= {"HELD"})
        self.retry_button.setEnabled(bool(items) and states <= {"FAILED"})
        self.dismiss_button.setEnabled(bool(items) and states <= {"HELD", "FAILED"})
        self.by_hand_button.setEnabled(bool(items) and states <= {"HELD", "FAILED"})
        self.open_button.setEnabled(one is not None)
        self.resend_button.setEnabled(one_notice is not None)

    # -- actions -------------------------------------------------------------------------

    def _confirm(self, items: Sequence[ReviewItem], question: Callable[[int, str], str]) -> bool:
        """Ask ``question`` (a count and the total, in the right plural form) about ``items``."""
        text = question(len(items), total_text([i.amount for i in items]))
        return msgbox.question(self, self.tr("Review"), text, default=False)

    def approve_selected(self) -> None:
        items = self.selected_items()
        if not items or not self._confirm(items, counts.approve_question):
            return
        self._act(lambda db, now: review.approve(db, [i.id for i in items], now=now), "approve")

    def approve_found_at_connect(self) -> None:
        items = self.found_at_connect()
        if not items or not self._confirm(items, counts.approve_found_at_connect_question):
            return
        self._act(lambda db, now: review.approve(db, [i.id for i in items], now=now), "approve")

    def retry_selected(self) -> None:
        items = self.selected_items()
        if not items or not self._confirm(items, counts.send_again_question):
            return
        self._act(lambda db, now: review.retry(db, [i.id for i in items], now=now), "retry")

    def dismiss_selected(self) -> None:
        items = self.selected_items()
        if not items:
            return
        dialog = NoteDialog(
            self,
            title=self.tr("Dismiss"),
            text=counts.dismiss_question(len(items), total_text([i.amount for i in items])),
            ok_text=self.tr("Dismiss"),
            required=True,
        )
        ids = [i.id for i in items]
        dialog.accepted.connect(lambda: self._dismiss(ids, dialog.note()))
        self._show_dialog(dialog)

    def mark_selected_by_hand(self) -> None:
        items = self.selected_items()
        if not items:
            return
        one = items[0] if len(items) == 1 else None
        dialog = NoteDialog(
            self,
            title=self.tr("Refunded by hand"),
            text=counts.mark_by_hand_question(len(items), total_text([i.amount for i in items])),
            ok_text=self.tr("Mark refunded"),
            required=False,
            extra=self._bank_text() if one is not None and one.cash_on_delivery else "",
        )
        ids = [i.id for i in items]
        dialog.accepted.connect(lambda: self._mark_by_hand(ids, dialog.note()))
        self._show_dialog(dialog)

    # The note is read here, on the GUI thread: the dialog is gone by the time the action runs.
    def _dismiss(self, ids: list[int], note: str) -> None:
        self._act(lambda db, now: review.dismiss(db, ids, now=now, note=note), "dismiss")

    def _mark_by_hand(self, ids: list[int], note: str) -> None:
        self._act(
            lambda db, now: review.mark_refunded_by_hand(db, ids, now=now, note=note), "by_hand"
        )

    def _show_dialog(self, dialog: NoteDialog) -> None:
        if self.note_dialog is not None:
            self.note_dialog.deleteLater()
        self.note_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _o=None: self._dialog_gone(dialog))
        # open(), not exec(): worker results keep arriving while the merchant types.
        dialog.open()

    def _dialog_gone(self, dialog: NoteDialog) -> None:
        if self.note_dialog is dialog:
            self.note_dialog = None

    def resend_selected_notice(self) -> None:
        """The notice's channel, masked recipient and text first; then one resend."""
        notices = self.selected_notices()
        if len(notices) != 1 or self.selected_items():
            return
        if self.resend_dialog is not None:
            self.resend_dialog.close()
        dialog = ask_to_resend(self, self.services, notices[0])
        self.resend_dialog = dialog
        dialog.destroyed.connect(lambda _o=None: self._resend_dialog_gone(dialog))

    def _resend_dialog_gone(self, dialog: ResendNoticeDialog) -> None:
        if self.resend_dialog is dialog:
            self.resend_dialog = None

    def open_selected(self) -> None:
        items = self.selected_items()
        if len(items) != 1:
            return
        url = items[0].order_url
        if url is None:
            msgbox.information(
                self,
                self.tr("Open in Allegro"),
                self.tr("This is the demo shop: its orders have no page in Allegro."),
            )
            return
        self.open_url(url)

    def _act(self, action: Callable[[Database, datetime], int], kind: str) -> None:
        ctx = self.services.ctx

        def act() -> bool:
            action(ctx.db, ctx.now())
            return sending_paused(ctx.db)

        self.done_label.hide()
        self.services.run(act, lambda paused: self._acted(kind, paused), self._action_failed)

    def _acted(self, kind: str, paused: bool) -> None:
        # The row leaves the list: say what became of it and what comes next.
        self.done_kind, self.done_paused = kind, paused
        self._show_done()
        self.services.notify(Changes(review=True, refunds=True))

    def _show_done(self) -> None:
        kind = self.done_kind
        if not kind:
            self.done_label.hide()
            return
        text = {
            "approve": self.tr("Approved: it is sent to Allegro in the next round."),
            "retry": self.tr("It is sent to Allegro again in the next round."),
            "dismiss": self.tr(
                "Dismissed: no refund is sent. The Refunds screen keeps it, with your note."
            ),
            "by_hand": self.tr("Marked as refunded by hand: RefundDesk will not refund it."),
        }[kind]
        if self.done_paused and kind in ("approve", "retry"):
            text += " " + self.tr("Automation is paused: nothing is sent until you resume it.")
        self.done_label.setText(text)
        self.done_label.show()

    def _action_failed(self, exc: BaseException) -> None:
        if isinstance(exc, review.ReviewError):
            msgbox.warning(self, self.tr("Review"), exc.text(i18n.current_language()))
        else:  # a bug: logged in full; the merchant sees that nothing was changed
            log.error("review action failed", exc_info=(type(exc), exc, exc.__traceback__))
            msgbox.error(self, self.tr("Review"), self.tr("That did not work; nothing changed."))
        self.refresh()
