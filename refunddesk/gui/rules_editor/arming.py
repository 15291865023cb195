"""The warning before arming a rule: what it would have done over the last 30 days."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from refunddesk.domain.money import Money
from refunddesk.gui import counts, theme
from refunddesk.gui.formatting import format_money
from refunddesk.gui.i18n import current_language
from refunddesk.services.rules import ArmingPreview


def _amounts(amounts: tuple[Money, ...]) -> str:
    return " + ".join(format_money(a) for a in amounts) or format_money(Money(0, "PLN"))


class ArmingDialog(QDialog):
    """Shows the figures; accepting arms the rule, anything else keeps it in shadow.

    ``preempted_by`` names an earlier rule that always decides first: armed or not, this rule
    would never refund, so the dialog says so and offers to move it up instead.
    """

    move_up_requested = Signal()

    def __init__(
        self,
        rule_name: str,
        preview: ArmingPreview,
        parent: QWidget | None = None,
        preempted_by: str = "",
    ) -> None:
        super().__init__(parent)
        self.preempted_by = preempted_by
        self.setObjectName("ArmingDialog")
        self.preview = preview
        self.rule_name = rule_name
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 600;")
        self.refunds = QLabel(self)
        self.refunds.setObjectName("ArmingRefunds")
        self.holds = QLabel(self)
        self.holds.setObjectName("ArmingHolds")
        self.looked = QLabel(self)
        self.looked.setObjectName("ArmingCases")
        self.looked.setStyleSheet(f"color: {theme.MUTED};")
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            f"background: {theme.WARNING_BG}; color: {theme.WARNING_TEXT}; padding: 8px;"
            " border-radius: 6px;"
        )
        for label in (self.refunds, self.holds, self.looked):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.preempted = QLabel(self)
        self.preempted.setObjectName("ArmingPreempted")
        self.preempted.setWordWrap(True)
        self.preempted.setTextFormat(Qt.TextFormat.PlainText)
        self.preempted.setStyleSheet(
            f"background: {theme.WARNING_BG}; color: {theme.WARNING_TEXT}; padding: 8px;"
            " border-radius: 6px;"
        )
        # A rule that always comes first is named with a way out ("Move it up"); rules that
        # decide only some of the cases first are named too: a capped rule below an uncapped
        # one otherwise showed "0 orders" with no reason, and the merchant thought it capped.
        self.preempted.setVisible(bool(preempted_by or preview.decided_earlier))
        self.buttons = QDialogButtonBox(self)
        self.move_up_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.move_up_button.setObjectName("ArmingMoveUp")
        self.move_up_button.setVisible(bool(preempted_by))
        self.move_up_button.clicked.connect(self._move_up)
        self.arm_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.arm_button.setObjectName("ConfirmArm")
        self.keep_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.setObjectName("KeepShadow")
        self.keep_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.heading, self.refunds, self.holds, self.looked, self.preempted):
            layout.addWidget(w)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        p = self.preview
        self.setWindowTitle(self.tr("Arm this rule?"))
        self.heading.setText(counts.over_the_last_days(p.days, self.rule_name))
        self.refunds.setText(counts.refunded_orders(p.refunds, _amounts(p.refund_amounts)))
        self.holds.setText(
            self.tr("• held %1 for your approval (%2)")
            .replace("%1", str(p.holds))
            .replace("%2", _amounts(p.held_amounts))
        )
        self.looked.setText(counts.cases_looked_at(p.cases))
        self.warning.setText(
            self.tr(
                "Armed, the rule moves real money from your Allegro balance as soon as you "
                "save it. Rules in shadow mode only record what they would do."
            )
        )
        if self.preempted_by:
            self.preempted.setText(
                self.tr(
                    "“%1” comes first and matches every case this rule would, so this rule "
                    "never decides anything, armed or not. Move it up to let it decide."
                ).replace("%1", self.preempted_by)
            )
        else:
            decided = sum(n for _name, n in p.decided_earlier)
            separator = "、" if current_language().startswith("zh") else ", "
            names = separator.join(
                self.tr("“%1” (%2)").replace("%1", name).replace("%2", str(n))
                for name, n in p.decided_earlier[:3]
            )
            self.preempted.setText(
                self.tr(
                    "Rules above it decided %1 of these cases first: %2. Those cases stay "
                    "theirs; move this rule up, or narrow theirs, to let it decide them."
                )
                .replace("%1", str(decided))
                .replace("%2", names)
            )
        self.move_up_button.setText(self.tr("Move it up"))
        self.arm_button.setText(self.tr("Arm the rule"))
        self.keep_button.setText(self.tr("Keep it in shadow"))

    def _move_up(self) -> None:
        # Moving is the answer instead of arming: the rule stays in shadow.
        self.move_up_requested.emit()
        self.reject()


class ArmedChangeDialog(ArmingDialog):
    """Shown before a change to an armed rule is saved: the change moves real money from the
    next sync, as arming does. The figures are the changed rule's over the last 30 days, with
    the saved rule's beside them. Accepting saves it armed; "Save in shadow" saves the change
    and takes the rule out of armed mode; Cancel saves nothing (the edit stays in the editor).
    """

    shadow_requested = Signal()

    def __init__(
        self,
        rule_name: str,
        preview: ArmingPreview,
        before: ArmingPreview,
        parent: QWidget | None = None,
        preempted_by: str = "",
    ) -> None:
        self.before = before
        super().__init__(rule_name, preview, parent, preempted_by)
        self.setObjectName("ArmedChangeDialog")
        self.was = QLabel(self)
        self.was.setObjectName("ArmedChangeBefore")
        self.was.setWordWrap(True)
        self.was.setTextFormat(Qt.TextFormat.PlainText)
        self.was.setStyleSheet(f"color: {theme.MUTED};")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.looked), self.was)
        self.shadow_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.shadow_button.setObjectName("SaveInShadow")
        self.shadow_button.clicked.connect(self._in_shadow)
        self.arm_button.setObjectName("SaveArmed")
        self.keep_button.setObjectName("CancelChange")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if not hasattr(self, "shadow_button"):
            return  # the base class's first call, before this one's widgets
        b = self.before
        self.setWindowTitle(self.tr("Save the change to an armed rule?"))
        self.was.setText(
            self.tr("Before this change: refunded %1 (%2), held %3 (%4).")
            .replace("%1", str(b.refunds))
            .replace("%2", _amounts(b.refund_amounts))
            .replace("%3", str(b.holds))
            .replace("%4", _amounts(b.held_amounts))
        )
        self.warning.setText(
            self.tr(
                "This rule is armed: the change moves real money from your Allegro balance "
                "from the next sync. In shadow mode it only records what it would do."
            )
        )
        self.arm_button.setText(self.tr("Save, keep it armed"))
        self.shadow_button.setText(self.tr("Save in shadow mode"))
        self.keep_button.setText(self.tr("Cancel"))

    def _in_shadow(self) -> None:
        self.shadow_requested.emit()
        self.reject()


class SwitchOnDialog(ArmingDialog):
    """Shown before an armed rule that was off is switched on in the list: from the next sync
    it moves money, as arming does. Accepting switches it on; anything else leaves it off."""

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Switch this armed rule on?"))
        self.warning.setText(
            self.tr(
                "This rule is armed: switched on, it moves real money from your Allegro "
                "balance from the next sync."
            )
        )
        self.arm_button.setText(self.tr("Switch it on"))
        self.keep_button.setText(self.tr("Leave it off"))
