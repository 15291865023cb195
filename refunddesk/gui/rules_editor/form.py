"""The rule editor form: trigger, condition rows, action, cap, delay and mode, with live checks."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from refunddesk.domain.cases import Trigger
from refunddesk.domain.describe import describe
from refunddesk.domain.messages import render
from refunddesk.domain.rules import Mode, OverCap, Rule, validate
from refunddesk.gui import theme
from refunddesk.gui.i18n import current_language
from refunddesk.gui.rules_editor.action_section import ActionSection
from refunddesk.gui.rules_editor.caps import CapsEdit
from refunddesk.gui.rules_editor.condition_rows import (
    ConditionRow,
    build_conditions,
    rows_for,
)
from refunddesk.gui.rules_editor.inputs import DurationEdit, FieldWithProblem, compact
from refunddesk.gui.rules_editor.words import RuleWords
from refunddesk.gui.words import word

DEFAULT_CURRENCY = "PLN"
SECTION_MARGINS = (8, 4, 8, 6)  # tighter than Qt's default: the form should fit without scrolling


def _currency_of(rule: Rule) -> str:
    c = rule.conditions
    for m in (*rule.caps, rule.action.deduction, c.total_at_least, c.total_under):
        if m is not None:
            return m.currency
    return DEFAULT_CURRENCY


class RuleEditor(QWidget):
    """Edit one rule; emits ``save_requested(Rule)`` only when nothing blocks saving."""

    changed = Signal()
    save_requested = Signal(object)  # Rule
    arm_requested = Signal()  # the merchant clicked Armed: the screen shows the warning first
    choose_products = Signal(object)  # a ProductValue whose picker should open
    move_up_requested = Signal()  # move this rule above the one that always decides first
    try_requested = Signal()  # simulate a test order with this draft, saved or not

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = RuleWords(self)
        self._base = Rule(id="", name="", trigger=Trigger.BUYER_CANCELLED)
        self._loading = False
        self._touched = False
        self.currency = DEFAULT_CURRENCY
        self.rows: list[ConditionRow] = []
        self._problem_boxes: dict[str, FieldWithProblem] = {}
        self._build()
        self.set_rule(self._base)

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("EditorHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        # A long heading ("Edycja reguły (wersja 1)") wraps rather than widening the editor.
        self.heading.setWordWrap(True)

        # The heading names what is edited: name and trigger need no framed box of their own.
        self.rule_box = QWidget(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("RuleName")
        self.trigger = compact(QComboBox(self))
        self.trigger.setObjectName("RuleTrigger")
        for t in Trigger:
            self.trigger.addItem("", t.value)
        self.handling_time = DurationEdit(self)
        self.grace = DurationEdit(self)
        form = QFormLayout(self.rule_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(4)
        self.name_label, self.trigger_label = QLabel(self), QLabel(self)
        self.handling_label, self.grace_label = QLabel(self), QLabel(self)
        form.addRow(self.name_label, self._wrap("name", self.name))
        form.addRow(self.trigger_label, self.trigger)
        form.addRow(self.handling_label, self._wrap("handling_time", self.handling_time))
        form.addRow(self.grace_label, self._wrap("grace", self.grace))
        self._late_rows = (self.handling_label, self.handling_time, self.grace_label, self.grace)

        self.conditions_box = QGroupBox(self)
        self.conditions_hint = QLabel(self)
        self.conditions_hint.setWordWrap(True)
        self.rows_layout = QVBoxLayout()
        self.add_condition = QPushButton(self)
        self.add_condition.setObjectName("AddCondition")
        self.add_condition.clicked.connect(lambda: self.add_row())
        col = QVBoxLayout(self.conditions_box)
        col.setContentsMargins(*SECTION_MARGINS)
        col.setSpacing(4)
        col.addLayout(self.rows_layout)
        # With no conditions the hint and the button share a line.
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.conditions_hint, 1)
        hint_row.addWidget(self.add_condition, 0, Qt.AlignmentFlag.AlignTop)
        col.addLayout(hint_row)

        self.action_box = QGroupBox(self)
        self.action = ActionSection(self.words, self.currency, self)
        action_col = QVBoxLayout(self.action_box)
        action_col.setContentsMargins(*SECTION_MARGINS)
        action_col.addWidget(self.action)

        self.limits_box = QGroupBox(self)
        self.cap_on = QCheckBox(self)
        self.cap_on.setObjectName("CapOn")
        self.cap = CapsEdit(self.currency, self)
        self.over_cap = compact(QComboBox(self))
        self.over_cap.setObjectName("OverCap")
        self.over_cap.addItem("", OverCap.HOLD.value)
        self.over_cap.addItem("", OverCap.REFUND_UP_TO_CAP.value)
        self.delay = DurationEdit(self)
        self.shadow = QRadioButton(self)
        self.shadow.setObjectName("ModeShadow")
        self.armed = QRadioButton(self)
        self.armed.setObjectName("ModeArmed")
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.shadow)
        self.modes.addButton(self.armed)
        cap_row = QWidget(self)
        cap_col = QVBoxLayout(cap_row)
        cap_col.setContentsMargins(0, 0, 0, 0)
        cap_col.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(self.cap_on, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.cap, 1)
        cap_col.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.cap.add_button)
        row.addWidget(self.over_cap, 1)
        cap_col.addLayout(row)
        mode_row = QWidget(self)
        # One above the other: side by side the Polish "Armed" radio was cut by a few pixels.
        mode_col = QVBoxLayout(mode_row)
        mode_col.setContentsMargins(0, 0, 0, 0)
        mode_col.addWidget(self.shadow)
        mode_col.addWidget(self.armed)
        self.delay_label, self.mode_label = QLabel(self), QLabel(self)
        limits = QFormLayout(self.limits_box)
        limits.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        limits.setContentsMargins(*SECTION_MARGINS)
        limits.setVerticalSpacing(4)
        limits.addRow("", self._wrap("cap", cap_row))
        limits.addRow(self.delay_label, self._wrap("delay", self.delay))
        limits.addRow(self.mode_label, mode_row)

        self.summary = QLabel(self)
        self.summary.setObjectName("RuleSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet(
            f"background: {theme.ACCENT_SOFT}; border-radius: 6px; padding: 8px;"
        )
        self.general_problems = QLabel(self)
        self.general_problems.setObjectName("GeneralProblems")
        self.general_problems.setWordWrap(True)
        self.general_problems.setStyleSheet(f"color: {theme.ERROR};")
        self.general_problems.hide()  # no empty line under the summary
        # A rule an earlier one always pre-empts never decides anything: say so while editing.
        self.preempted_by = ""
        self.preempt_box = QWidget(self)
        self.preempt_box.setObjectName("PreemptedWarning")
        self.preempt_box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.preempt_box.setStyleSheet(
            f"#PreemptedWarning {{ background: {theme.WARNING_BG}; border-radius: 6px; }}"
            f"#PreemptedWarning QLabel {{ color: {theme.WARNING_TEXT}; }}"
        )
        self.preempt_text = QLabel(self.preempt_box)
        self.preempt_text.setWordWrap(True)
        self.preempt_text.setTextFormat(Qt.TextFormat.PlainText)
        self.move_up_button = QPushButton(self.preempt_box)
        self.move_up_button.setObjectName("MoveRuleUp")
        self.move_up_button.clicked.connect(self.move_up_requested)
        warn_row = QHBoxLayout(self.preempt_box)
        warn_row.setContentsMargins(8, 6, 8, 6)
        warn_row.addWidget(self.preempt_text, 1)
        warn_row.addWidget(self.move_up_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.preempt_box.hide()
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("SaveRule")
        self.save_button.clicked.connect(self._save_clicked)
        self.revert_button = QPushButton(self)
        self.revert_button.setObjectName("RevertRule")
        self.revert_button.clicked.connect(lambda: self.set_rule(self._base))
        self.try_button = QPushButton(self)
        self.try_button.setObjectName("TryRule")
        self.try_button.clicked.connect(self.try_requested)
        # Save beside the heading: always in sight, even when many conditions make the form
        # scroll, and the form is a line shorter.
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.try_button)
        top.addWidget(self.revert_button)
        top.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        # What the rule does, in plain words, first: visible without scrolling however long
        # the form below it grows (at the bottom it was below the fold at 1280x800).
        layout.addWidget(self.summary)
        layout.addWidget(self.preempt_box)
        layout.addWidget(self.general_problems)
        for w in (self.rule_box, self.conditions_box, self.action_box, self.limits_box):
            layout.addWidget(w)
        layout.addStretch(1)

        for signal in (
            self.name.textChanged,
            self.handling_time.changed,
            self.grace.changed,
            self.action.changed,
            self.cap_on.toggled,
            self.cap.changed,
            self.over_cap.currentIndexChanged,
            self.delay.changed,
        ):
            signal.connect(self._changed)
        self.trigger.currentIndexChanged.connect(self._trigger_changed)
        self.armed.clicked.connect(self._armed_clicked)
        self.shadow.clicked.connect(self._changed)
        self.retranslate_ui()

    def _wrap(self, key: str, widget: QWidget) -> FieldWithProblem:
        box = FieldWithProblem(widget, self)
        self._problem_boxes[key] = box
        return box

    def retranslate_ui(self) -> None:
        self._update_heading()
        self.name_label.setText(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("e.g. Refund cancelled orders"))
        self.trigger_label.setText(self.tr("When"))
        for i in range(self.trigger.count()):
            self.trigger.setItemText(i, word("trigger_choice", str(self.trigger.itemData(i))))
        self.handling_label.setText(self.tr("Handling time (orders without a deadline)"))
        self.grace_label.setText(self.tr("Grace period after the deadline"))
        self.conditions_box.setTitle(self.tr("Only if (all of these hold)"))
        self.conditions_hint.setText(
            self.tr("No conditions: the rule applies to every case of its trigger.")
        )
        self.add_condition.setText(self.tr("+ Add condition"))
        self.action_box.setTitle(self.tr("Then"))
        self.limits_box.setTitle(self.tr("Limits, timing and mode"))
        self.cap_on.setText(self.tr("Cap per order"))
        self.over_cap.setItemText(0, self.tr("above it: hold for my approval"))
        self.over_cap.setItemText(1, self.tr("above it: refund up to the cap"))
        self.delay_label.setText(self.tr("Wait before refunding"))
        self.mode_label.setText(self.tr("Mode"))
        self.shadow.setText(self.tr("Shadow"))
        self.shadow.setToolTip(self.tr("Shadow (only record what it would do)"))
        self.armed.setText(self.tr("Armed (moves money)"))
        # The tinted box needs no title line of its own: it says what the rule does.
        self.summary.setToolTip(self.tr("In plain words"))
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Undo changes"))
        self.try_button.setText(self.tr("Try it"))
        self.try_button.setToolTip(
            self.tr("Simulate a test order with this rule as it is now, before you save it.")
        )
        self.move_up_button.setText(self.tr("Move it up"))
        self._update_preemption()
        self._refresh()

    def _update_heading(self) -> None:
        if self._base.id:
            text = self.tr("Edit rule (version %1)").replace("%1", str(self._base.version))
        else:
            text = self.tr("New rule")
        self.heading.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- rows --------------------------------------------------------------------------------

    def add_row(self, field: str | None = None, op: str | None = None) -> ConditionRow:
        row = ConditionRow(self.words, self.currency, self)
        if field is not None:
            row.set_field(field, op)
        row.changed.connect(self._changed)
        row.remove_requested.connect(self._remove_row)
        row.choose_products.connect(self.choose_products)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self._changed()
        return row

    def _remove_row(self, row: ConditionRow) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._changed()

    # -- the rule ----------------------------------------------------------------------------

    @property
    def editing_id(self) -> str:
        return self._base.id

    def base_rule(self) -> Rule:
        return self._base

    def set_rule(self, rule: Rule) -> None:
        """Show ``rule``; its id, version and on/off switch are kept through the edit."""
        self._loading = True
        # A saved rule shows its problems at once; a brand-new one only after the first edit
        # or a click on Save, not in red before the merchant typed anything.
        self._touched = bool(rule.id)
        try:
            self._base = rule
            self.currency = _currency_of(rule)
            self.name.setText(rule.name)
            self.trigger.setCurrentIndex(self.trigger.findData(rule.trigger.value))
            self.handling_time.set_value(rule.handling_time)
            self.grace.set_value(rule.grace)
            for row in list(self.rows):
                self.rows_layout.removeWidget(row)
                row.hide()
                row.deleteLater()
            self.rows = []
            for field, op, value in rows_for(rule.conditions):
                self.add_row(field, op).set_value(value)
            self.action.deduction.set_currency(self.currency)
            self.action.set_action(rule.action, rule.trigger)
            self.cap_on.setChecked(bool(rule.caps))
            self.cap.set_caps(rule.caps, self.currency)
            self.over_cap.setCurrentIndex(self.over_cap.findData(rule.over_cap.value))
            self.delay.set_value(rule.delay)
            (self.armed if rule.mode is Mode.ARMED else self.shadow).setChecked(True)
        finally:
            self._loading = False
        self._update_heading()
        self._refresh()
        self.changed.emit()

    def set_mode(self, mode: Mode) -> None:
        (self.armed if mode is Mode.ARMED else self.shadow).setChecked(True)
        self._changed()

    def current_rule(self) -> Rule:
        """The rule as the form shows it now (the draft, saved or not)."""
        match_all = self._base.conditions.products.match_all
        return replace(
            self._base,
            name=self.name.text(),
            trigger=Trigger(str(self.trigger.currentData())),
            conditions=build_conditions(self.rows, match_all),
            action=self.action.action(),
            caps=self.cap.caps() if self.cap_on.isChecked() else (),
            over_cap=OverCap(str(self.over_cap.currentData())),
            delay=self.delay.value(),
            mode=Mode.ARMED if self.armed.isChecked() else Mode.SHADOW,
            handling_time=self.handling_time.value(),
            grace=self.grace.value(),
        )

    def is_dirty(self) -> bool:
        return self.current_rule() != self._base

    def problems(self) -> dict[str, list[str]]:
        """Everything that blocks saving, by editor field, in the current language."""
        found: dict[str, list[str]] = {}

        def add(key: str, message: str) -> None:
            if message not in found.setdefault(key, []):
                found[key].append(message)

        for p in validate(self.current_rule()):
            add(p.field, self.words.problem(p.field) or render(p.said, current_language()))
        for key, message in self.action.local_problems().items():
            found[key] = [message]
        if self.cap_on.isChecked() and not self.cap.is_valid():
            found["cap"] = [self.words.problem("amount")]
        return found

    def can_save(self) -> bool:
        return not self.problems() and not any(r.local_problem() for r in self.rows)

    # -- reactions ---------------------------------------------------------------------------

    def _trigger_changed(self) -> None:
        self.action.set_trigger(Trigger(str(self.trigger.currentData())))
        self._changed()

    def _armed_clicked(self) -> None:
        if self._loading or self._base.mode is Mode.ARMED:
            self._changed()  # it was armed when loaded: the merchant saw the warning then
            return
        # Arming moves money: stay in shadow until the merchant has seen the 30-day figures.
        self.shadow.setChecked(True)
        self.arm_requested.emit()

    def _changed(self) -> None:
        if self._loading:
            return
        self._touched = True
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        if self._loading:
            return
        late = Trigger(str(self.trigger.currentData())) is Trigger.NOT_SENT_IN_TIME
        for w in self._late_rows:
            w.setVisible(late)
        self.cap.setEnabled(self.cap_on.isChecked())
        self.over_cap.setEnabled(self.cap_on.isChecked())
        self.cap.add_button.setVisible(self.cap_on.isChecked())
        self.conditions_hint.setVisible(not self.rows)
        rule = self.current_rule()
        self.summary.setText(describe(rule, current_language()))
        problems = self.problems()
        placed: set[str] = set()
        shown = self._touched
        for key, box in {**self._problem_boxes, **self.action.problems}.items():
            box.set_problems(problems.get(key, []), shown)
            placed.add(key)
        for row in self.rows:
            keys = row.problem_fields()
            messages = [msg for k in sorted(keys) for msg in problems.get(k, [])]
            local = row.local_problem()
            row.box.set_problems([local] if local else messages, shown)
            placed |= keys
        general = [msg for k, msgs in problems.items() if k not in placed for msg in msgs]
        self.show_general_problems("\n".join(general) if shown else "")
        self.save_button.setEnabled(self.can_save())

    def show_preemption(self, earlier_name: str) -> None:
        """Warn that the rule named ``earlier_name`` always decides first ("" hides it)."""
        self.preempted_by = earlier_name
        self._update_preemption()

    def _update_preemption(self) -> None:
        self.preempt_text.setText(
            self.tr(
                "“%1” comes first and matches every case this rule would, so this rule "
                "never decides anything."
            ).replace("%1", self.preempted_by)
        )
        self.preempt_box.setVisible(bool(self.preempted_by))

    def show_general_problems(self, text: str) -> None:
        """Problems that belong to no one field (shown under the summary; hidden when none)."""
        self.general_problems.setText(text)
        self.general_problems.setVisible(bool(text))

    def request_save(self) -> None:
        """Save as the Save button would: problems are shown instead when there are any."""
        self._save_clicked()

    def _save_clicked(self) -> None:
        self._touched = True
        self._refresh()
        if self.can_save():
            self.save_requested.emit(self.current_rule())

    def mark_saved(self, rule: Rule) -> None:
        """The store saved ``rule``: it becomes the base (new id or version)."""
        self.set_rule(rule)
