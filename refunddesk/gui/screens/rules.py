"""The rules screen: the ordered refund rules (first match wins) beside a point-and-click editor."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refunddesk.domain.cases import Trigger
from refunddesk.domain.messages import render
from refunddesk.domain.preemption import preempting_rule
from refunddesk.domain.rules import Mode, Rule, differs_in_substance
from refunddesk.domain.starter_rules import starter_names, starter_rules
from refunddesk.gui import i18n, msgbox, theme
from refunddesk.gui.models.rules_model import (
    COL_LAST30,
    COL_NAME,
    COL_ON,
    COL_SUMMARY,
    COL_TRIGGER,
    RulesModel,
)
from refunddesk.gui.rules_editor.arming import ArmedChangeDialog, ArmingDialog, SwitchOnDialog
from refunddesk.gui.rules_editor.condition_rows import ProductValue
from refunddesk.gui.rules_editor.form import RuleEditor
from refunddesk.gui.rules_editor.groups import ProductGroupsDialog
from refunddesk.gui.rules_editor.history import VersionHistoryDialog
from refunddesk.gui.rules_editor.policy import PolicyTextDialog
from refunddesk.gui.rules_editor.products import ProductPickerDialog
from refunddesk.gui.screens.rules_actions import RuleListActions
from refunddesk.gui.screens.when_seen import refresh_when_seen
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.gui.widgets.empty_hint import EmptyHint
from refunddesk.gui.widgets.empty_texts import empty_text
from refunddesk.gui.widgets.flow_layout import flow_row
from refunddesk.gui.widgets.form_scroll import FormScrollArea
from refunddesk.gui.widgets.screen_title import screen_title
from refunddesk.gui.widgets.table_fit import (
    PaneFitter,
    RoomyRows,
    fit_columns,
    pane_width,
    text_width,
)
from refunddesk.queries.rules import RuleRow, rule_rows
from refunddesk.services import rules as rule_services
from refunddesk.services import settings as settings_services
from refunddesk.services.rules import ArmingPreview, InvalidRule, ProductGroupInfo

EDITOR_MIN_WIDTH = 470
# Columns a narrow list may leave out, the least needed first.
OPTIONAL_COLUMNS = (COL_LAST30, COL_TRIGGER)
NAME_MIN_WIDTH = 140


class RulesScreen(QWidget):
    """The list on the left, the editor on the right. ``draft_rules()`` is for the simulator."""

    draft_changed = Signal()  # the editor's draft (or the saved list) changed
    open_screen = Signal(str)  # the main window shows that screen ("simulate/draft")
    rules_loaded = Signal()

    def __init__(self, services: GuiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.group_names: list[str] = []
        self.arming_dialog: ArmingDialog | None = None
        self.history_dialog: VersionHistoryDialog | None = None
        self.policy_dialog: PolicyTextDialog | None = None
        self.groups_dialog: ProductGroupsDialog | None = None
        self.picker: ProductPickerDialog | None = None
        self._select_after_load: str | None = None
        self.notify_by_default = True  # the Settings choice for new rules, loaded in refresh()
        self.list_actions = RuleListActions(self)
        self._build()
        self.refresh_when_seen = refresh_when_seen(self, services, self._on_changes)
        self.refresh()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = screen_title(self)
        self.order_hint = QLabel(self)
        self.order_hint.setObjectName("FirstMatchWins")
        self.order_hint.setWordWrap(True)
        self.order_hint.setStyleSheet(f"color: {theme.MUTED};")

        self.new_button = self._button("NewRule", self.new_rule)
        # A push button with a menu leaves room for its arrow (a tool button drew it over
        # the text).
        self.starter_button = QPushButton(self)
        self.starter_button.setObjectName("StarterRules")
        self.starter_menu = QMenu(self)
        self.starter_actions: list[QAction] = []
        for i in range(len(starter_rules())):
            action = self.starter_menu.addAction("")
            action.triggered.connect(lambda _=False, i=i: self.add_starter(i))
            self.starter_actions.append(action)
        self.starter_menu.addSeparator()
        self.all_starters_action = self.starter_menu.addAction("")
        self.all_starters_action.triggered.connect(self.add_all_starters)
        self.starter_button.setMenu(self.starter_menu)
        self.duplicate_button = self._button("DuplicateRule", self.list_actions.duplicate_selected)
        self.delete_button = self._button("DeleteRule", self.list_actions.delete_selected)
        self.history_button = self._button("RuleHistory", self.show_history)
        self.groups_button = self._button("ProductGroupsButton", self.manage_groups)
        self.import_button = self._button("ImportRules", self.list_actions.import_clicked)
        self.export_button = self._button("ExportRules", self.list_actions.export_clicked)
        self.policy_button = self._button("PolicyButton", self.show_policy)
        # One row that wraps onto a second line when the window or the language needs it:
        # squeezed into one row, Polish buttons were cut ("regułę sta").
        bar = flow_row(
            self, self.new_button, self.starter_button, self.duplicate_button,
            self.delete_button, self.history_button, self.groups_button, self.import_button,
            self.export_button, self.policy_button,
        )  # fmt: skip

        self.model = RulesModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("RulesTable")
        self.view.setModel(self.model)
        self.empty_hint = EmptyHint(self.view, lambda: empty_text("rules"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDropIndicatorShown(True)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        # Names wrap onto a second line rather than being cut; the list is short, so rows
        # sized to their contents cost nothing.
        self.view.setWordWrap(True)
        self.view.setItemDelegate(RoomyRows(self.view))
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The editor beside the list shows what the selected rule does, and each name's
        # tooltip says it too: the long "What it does" column would only be squeezed here.
        self.view.setColumnHidden(COL_SUMMARY, True)
        self.view.horizontalHeader().setMinimumSectionSize(30)
        self._column_widths: dict[int, int] = {}
        self._fixed_width = 0
        self._viewport = self.view.viewport()
        self._viewport.installEventFilter(self)  # its size is the room the columns have
        left = QWidget(self)
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        left_col.addWidget(self.view, 1)

        self.editor = RuleEditor(self)
        self.editor_scroll = FormScrollArea(self.editor, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor_scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.pane_fitter = PaneFitter(self.splitter, EDITOR_MIN_WIDTH)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.title_label)
        layout.addWidget(self.order_hint)
        layout.addWidget(bar)
        layout.addWidget(self.splitter, 1)

        self.model.enabled_changed.connect(self._enabled_changed)
        self.model.order_changed.connect(self._order_changed)
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.editor.save_requested.connect(self._save)
        self.editor.arm_requested.connect(self._arm_requested)
        self.editor.choose_products.connect(self._choose_products)
        self.editor.changed.connect(self.draft_changed)
        self.editor.changed.connect(self._check_preemption)
        self.editor.move_up_requested.connect(self.move_draft_up)
        # Simulate opens on the draft and on the event of the rule being tried: else the
        # default (a cancellation) was simulated, and another rule decided.
        self.editor.try_requested.connect(
            lambda: self.open_screen.emit(f"simulate/draft:{self.editor.trigger.currentData()}")
        )
        self.retranslate_ui()

    def _button(self, name: str, slot: object) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Rules"))
        self.order_hint.setText(
            self.tr(
                "Rules are tried from the top: the first enabled rule that matches decides, "
                "and the ones below it are skipped. Drag a rule to change its place."
            )
        )
        self.new_button.setText(self.tr("New rule"))
        self.starter_button.setText(self.tr("Add a starter rule"))
        for action, name in zip(self.starter_actions, self.starter_names(), strict=True):
            action.setText(name)
        self.all_starters_action.setText(self.tr("Add all starter rules"))
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.delete_button.setText(self.tr("Delete"))
        self.history_button.setText(self.tr("Versions…"))
        self.groups_button.setText(self.tr("Product groups…"))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export…"))
        self.policy_button.setText(self.tr("Policy text…"))
        self.model.retranslate()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Short columns as wide as this language's words; the name takes the rest."""
        v = self.view
        samples = self.model.width_samples()
        widths = {col: text_width(v, texts) for col, texts in samples.items()}
        widths[COL_ON] = text_width(v, [""]) + 20  # the check box
        # Triggers wrap onto two lines rather than widening the list.
        widths[COL_TRIGGER] = min(widths[COL_TRIGGER], 115)
        for column in OPTIONAL_COLUMNS:
            v.setColumnHidden(column, False)  # each gets its width, shown or not
        used = fit_columns(v, widths, stretch=COL_NAME)
        self._column_widths = {c: v.columnWidth(c) for c in OPTIONAL_COLUMNS}
        self._fixed_width = used
        self.pane_fitter.want(pane_width(v, used, NAME_MIN_WIDTH))
        self._drop_columns_that_do_not_fit()
        v.resizeRowsToContents()

    def _drop_columns_that_do_not_fit(self) -> None:
        """In a narrow list (Polish at 1024 px) the trigger and the last 30 days step aside,
        last first, rather than the list scrolling sideways: the editor beside it shows
        both for the selected rule."""
        room = self.view.viewport().width()
        if room <= 0 or not self._column_widths:
            return
        needed = self._fixed_width + NAME_MIN_WIDTH
        hide: set[int] = set()
        for column in OPTIONAL_COLUMNS:  # the least needed first
            if needed <= room:
                break
            hide.add(column)
            needed -= self._column_widths[column]
        changed = False
        for column in OPTIONAL_COLUMNS:
            if self.view.isColumnHidden(column) != (column in hide):
                self.view.setColumnHidden(column, column in hide)
                changed = True
        if changed:
            self.view.resizeRowsToContents()
            self.view.updateGeometries()  # the sideways bar's range follows at once

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The event's type first, and nothing else asked of Qt otherwise: while the screen is
        # being destroyed its viewport still sends events here, and asking the half-destroyed
        # view for its viewport (or calling the base class) crashed the process.
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self._drop_columns_that_do_not_fit()
        return False

    def starter_names(self) -> list[str]:
        """The starter templates' names in the current language, in starter_rules() order."""
        return list(starter_names(i18n.current_language()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            # Renames starter rules still called by their default name. Only in a window on
            # screen: a closed one may outlive its database.
            if self.window().isVisible():
                self.refresh()
        super().changeEvent(event)

    # -- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx, language = self.services.ctx, i18n.current_language()
        # A rule with unsaved edits is left alone: renaming it would replace the draft.
        keep = [self.editor.editing_id] if self.editor.is_dirty() else []

        def load() -> tuple[bool, list[RuleRow]]:
            # Starter rules follow the app language unless the merchant renamed them.
            renamed = rule_services.rename_starter_rules(ctx.db, language, ctx.now(), keep)
            return bool(renamed), rule_rows(ctx.db, ctx.now(), language)

        self.services.run(load, self._loaded)
        self.services.run(lambda: rule_services.product_groups(ctx.db), self._show_groups)
        self._load_notice_default()

    def _load_notice_default(self) -> None:
        db = self.services.ctx.db
        self.services.run(
            lambda: settings_services.notify_by_default(db), self._show_notice_default
        )

    def _show_notice_default(self, notify: bool) -> None:
        self.notify_by_default = notify
        # A new rule nobody has typed into yet follows the setting as it is now.
        if not self.editor.editing_id and not self.editor.is_dirty():
            self.editor.set_rule(self.blank_rule())

    def _on_changes(self, changes: Changes) -> None:
        if changes.rules or changes.refunds:
            self.refresh()
        elif changes.settings:
            self._load_notice_default()

    def _show_groups(self, groups: list[ProductGroupInfo]) -> None:
        self.group_names = [g.name for g in groups]

    def _loaded(self, result: tuple[bool, list[RuleRow]]) -> None:
        renamed, rows = result
        self._show_rows(rows)
        if renamed:  # other screens name rules too (filters, the simulator)
            self.services.notify(Changes(rules=True))

    def _show_rows(self, rows: list[RuleRow]) -> None:
        editing = self._select_after_load or self.editor.editing_id
        self._select_after_load = None
        self.model.set_rows(rows)
        row = self.model.row_of(editing) if editing else -1
        if row >= 0:
            self._select_row(row)
            fresh = rows[row].rule
            if not self.editor.is_dirty() or fresh.version != self.editor.base_rule().version:
                self.editor.set_rule(fresh)
        elif editing:
            self.editor.set_rule(self.blank_rule())  # it was deleted
        self._check_preemption()
        self.rules_loaded.emit()
        self.draft_changed.emit()

    def _select_row(self, row: int) -> None:
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(
            self.model.index(row, COL_NAME),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.blockSignals(False)
        self.view.viewport().update()

    def blank_rule(self) -> Rule:
        """A new rule; it notifies the buyer if Settings say new rules do."""
        rule = Rule(id="", name="", trigger=Trigger.BUYER_CANCELLED)
        if not self.notify_by_default:
            return rule
        # The general message fits whatever trigger the merchant picks next.
        notice = replace(rule.action, notify_buyer=True, notice_template="refund_generic")
        return replace(rule, action=notice)

    # -- the draft, for the simulator --------------------------------------------------------

    def draft_rules(self) -> list[Rule]:
        """The saved list with the rule in the editor replaced by its current, unsaved state.

        A new rule being written (not saved yet) comes last, as it would once saved.
        """
        rules = [r.rule for r in self.model.rows()]
        draft = self.editor.current_rule()
        ids = [r.id for r in rules]
        if draft.id and draft.id in ids:
            rules[ids.index(draft.id)] = draft
        elif not draft.id and self.editor.is_dirty():
            rules.append(draft)
        return rules

    def _draft_position(self) -> tuple[list[Rule], int | None]:
        """The draft list and the position of the editor's rule in it (None: not in it)."""
        rules = self.draft_rules()
        draft = self.editor.current_rule()
        ids = [r.id for r in rules]
        if draft.id:
            return rules, ids.index(draft.id) if draft.id in ids else None
        # A new rule is in the draft list (last) once the merchant has typed something.
        return rules, len(rules) - 1 if self.editor.is_dirty() else None

    def preempting_rule(self) -> Rule | None:
        """The earlier rule that always decides before the one in the editor, if any."""
        rules, index = self._draft_position()
        found = preempting_rule(rules, index) if index is not None else None
        return rules[found] if found is not None else None

    def _check_preemption(self) -> None:
        earlier = self.preempting_rule()
        self.editor.show_preemption(earlier.name if earlier is not None else "")

    def move_draft_up(self) -> None:
        """Move the rule in the editor right above the rule that pre-empts it (a new one is
        saved first: only a saved rule has a place in the list)."""
        earlier = self.preempting_rule()
        if earlier is None:
            return
        ctx = self.services.ctx
        draft = self.editor.current_rule()
        if draft.id:
            self.services.run(
                lambda: rule_services.move_before(ctx.db, draft.id, earlier.id),
                lambda _: self.reload(draft.id),
                self.failed,
            )
            return
        if not self.editor.can_save():
            self.editor.save_button.click()  # shows what blocks saving
            return
        now = ctx.now()
        self.services.run(
            lambda: rule_services.save_rule_before(ctx.db, draft, earlier.id, now),
            self._saved,
            self._save_failed,
        )

    # -- choosing and editing ----------------------------------------------------------------

    def selected_rule(self) -> Rule | None:
        index = self.view.currentIndex()
        return self.model.rule_at(index.row()) if index.isValid() else None

    def select_rule(self, rule_id: str) -> None:
        row = self.model.row_of(rule_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, COL_NAME))

    def _row_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        rule = self.model.rule_at(current.row()) if current.isValid() else None
        if rule is None or rule.id == self.editor.editing_id:
            return
        if self.editor.is_dirty() and not msgbox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Your changes to this rule are not saved. Discard them?"),
        ):
            back = self.model.row_of(self.editor.editing_id)
            if back >= 0:
                self._select_row(back)
            else:
                self.view.selectionModel().clearSelection()
            return
        self.editor.set_rule(rule)

    def new_rule(self) -> None:
        if self.editor.is_dirty() and not msgbox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Your changes to this rule are not saved. Discard them?"),
        ):
            return
        self.view.selectionModel().clearSelection()
        self.editor.set_rule(self.blank_rule())
        self.editor.name.setFocus()

    def _save(self, rule: Rule) -> None:
        row = self.model.row_of(rule.id)
        if row >= 0:  # the switch in the list is the truth for on/off
            rule = replace(rule, enabled=self.model.rows()[row].rule.enabled)
        base = self.editor.base_rule()
        if (
            base.id
            and base.mode is Mode.ARMED
            and rule.mode is Mode.ARMED
            # on/off is the list's switch, confirmed there (_enabled_changed)
            and differs_in_substance(replace(base, enabled=rule.enabled), rule)
        ):
            # An armed rule changed (a hold taken off, "only the returned items" made
            # "everything"): the change moves money as arming does, so it is shown first.
            self._confirm_armed_change(base, rule)
            return
        self._store(rule)

    def _store(self, rule: Rule) -> None:
        ctx = self.services.ctx
        now = ctx.now()
        self.services.run(
            lambda: rule_services.save_rule(ctx.db, rule, now), self._saved, self._save_failed
        )

    def _saved(self, rule: Rule) -> None:
        self.editor.mark_saved(rule)
        self._select_after_load = rule.id
        self.services.notify(Changes(rules=True))

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidRule):
            language = i18n.current_language()
            self.editor.show_general_problems(
                "\n".join(render(p.said, language) for p in exc.problems)
            )
            return
        self.failed(exc)

    def failed(self, exc: BaseException) -> None:
        msgbox.error(
            self, self.tr("Rules"), self.tr("That did not work: %1").replace("%1", str(exc))
        )

    def _enabled_changed(self, rule_id: str, on: bool) -> None:
        rules = [r.rule for r in self.model.rows()]
        index = self.model.row_of(rule_id)
        if on and index >= 0 and rules[index].mode is Mode.ARMED:
            # An armed rule switched on moves money from the next sync, as arming does: its
            # figures first. (The list shows it on meanwhile; "leave it off" reloads it.)
            ctx = self.services.ctx
            now = ctx.now()
            self.services.run(
                lambda: rule_services.arming_preview(ctx.db, rules, index, now),
                lambda preview: self._show_switch_on(rules[index], preview),
                self.failed,
            )
            return
        self._set_enabled(rule_id, on)

    def _set_enabled(self, rule_id: str, on: bool) -> None:
        db = self.services.ctx.db
        self.services.run(
            lambda: rule_services.set_enabled(db, rule_id, on), self._notify, self.failed
        )

    def _show_switch_on(self, rule: Rule, preview: ArmingPreview) -> None:
        dialog = SwitchOnDialog(rule.name, preview, self)
        dialog.accepted.connect(lambda: self._set_enabled(rule.id, True))
        dialog.rejected.connect(self._notify)  # the list shows it off again
        self.arming_dialog = dialog
        dialog.open()

    def _order_changed(self, rule_ids: list[str]) -> None:
        db = self.services.ctx.db
        self.services.run(
            lambda: rule_services.reorder_rules(db, rule_ids), self._notify, self.failed
        )

    def _notify(self, _: object = None) -> None:
        self.services.notify(Changes(rules=True))

    # -- list actions (refunddesk/gui/screens/rules_actions.py) ------------------------------

    def add_starter(self, index: int) -> None:
        self.list_actions.add_starters([index])

    def add_all_starters(self) -> None:
        self.list_actions.add_starters(list(range(len(self.starter_actions))))

    def import_from(self, path: Path) -> None:
        """The file's rules replace the list, after the merchant confirms."""
        self.list_actions.import_from(path)

    def export_to(self, path: Path) -> None:
        self.list_actions.export_to(path)

    def reload(self, select: str | None = None) -> None:
        """Reload the list after a change, selecting ``select`` (a rule id) when it lands."""
        if select:
            self._select_after_load = select
        self._notify()

    # -- dialogs -----------------------------------------------------------------------------

    def show_history(self) -> None:
        rule_id = self.editor.editing_id
        if not rule_id:
            return
        self.history_dialog = VersionHistoryDialog(self.services, rule_id, self)
        self.history_dialog.open()

    def show_policy(self) -> None:
        self.policy_dialog = PolicyTextDialog(
            self.services, [r.rule for r in self.model.rows()], self
        )
        self.policy_dialog.open()

    def manage_groups(self) -> None:
        self.groups_dialog = ProductGroupsDialog(self.services, self)
        self.groups_dialog.groups_changed.connect(self._groups_changed)
        self.groups_dialog.open()

    def _groups_changed(self, names: list[str]) -> None:
        self.group_names = list(names)

    def _choose_products(self, value: ProductValue) -> None:
        picker = ProductPickerDialog(self.services, value.choice, self.group_names, self)
        picker.accepted.connect(lambda: value.set_choice(picker.chosen()))
        self.picker = picker
        picker.open()

    def _arm_requested(self) -> None:
        rules = self.draft_rules()
        draft = self.editor.current_rule()
        ids = [r.id for r in rules]
        index = ids.index(draft.id) if draft.id in ids else len(rules)
        if index == len(rules):
            rules.append(draft)
        ctx = self.services.ctx
        now = ctx.now()
        self.services.run(
            lambda: rule_services.arming_preview(ctx.db, rules, index, now),
            lambda preview: self._show_arming(draft.name, preview),
            self.failed,
        )

    def _confirm_armed_change(self, base: Rule, rule: Rule) -> None:
        index = self.model.row_of(rule.id)
        if index < 0:  # deleted meanwhile: saved as it comes
            self._store(rule)
            return
        listed = [r.rule for r in self.model.rows()]
        rules = [*listed[:index], rule, *listed[index + 1 :]]
        saved = [*listed[:index], base, *listed[index + 1 :]]
        ctx = self.services.ctx
        now = ctx.now()

        def previews() -> tuple[ArmingPreview, ArmingPreview]:
            return (
                rule_services.arming_preview(ctx.db, rules, index, now),
                rule_services.arming_preview(ctx.db, saved, index, now),
            )

        self.services.run(previews, lambda both: self._show_armed_change(rule, *both), self.failed)

    def _show_armed_change(self, rule: Rule, preview: ArmingPreview, before: ArmingPreview) -> None:
        earlier = self.preempting_rule()
        dialog = ArmedChangeDialog(
            rule.name, preview, before, self, earlier.name if earlier is not None else ""
        )
        dialog.accepted.connect(lambda: self._store(rule))
        dialog.shadow_requested.connect(lambda: self._save_in_shadow(rule))
        self.arming_dialog = dialog
        dialog.open()

    def _save_in_shadow(self, rule: Rule) -> None:
        self.editor.set_mode(Mode.SHADOW)
        self._store(replace(rule, mode=Mode.SHADOW))

    def _arm_confirmed(self) -> None:
        # The merchant has just said "arm it" after seeing the figures: that is the decision,
        # so it is saved now rather than waiting for a second click on Save.
        self.editor.set_mode(Mode.ARMED)
        self.editor.request_save()

    def _show_arming(self, name: str, preview: ArmingPreview) -> None:
        earlier = self.preempting_rule()
        dialog = ArmingDialog(name, preview, self, earlier.name if earlier is not None else "")
        dialog.accepted.connect(self._arm_confirmed)
        dialog.move_up_requested.connect(self.move_draft_up)
        self.arming_dialog = dialog
        dialog.open()
