"""Arming a rule first shows what it would have done in the last 30 days of synced orders."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode
from refunddesk.gui.formatting import format_money
from refunddesk.gui.models.rules_model import COL_ON
from refunddesk.gui.screens.rules import RulesScreen
from refunddesk.store import rules_repo
from tests.support.rules_ui import click, settle, type_into


@pytest.fixture
def screen(qtbot: QtBot, cancelled_history: Any) -> Any:
    from refunddesk.gui.services import GuiServices

    services = GuiServices(cancelled_history)
    page = RulesScreen(services)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    settle(qtbot, services)
    yield page
    settle(qtbot, services)


def _write_a_capped_rule(qtbot: QtBot, screen: Any) -> None:
    """A new rule, "Cancellations up to 105 PLN", typed in the editor (not saved)."""
    editor = screen.editor
    click(qtbot, screen.new_button)
    type_into(qtbot, editor.name, "Cancellations up to 105 PLN")
    click(qtbot, editor.cap_on)
    type_into(qtbot, editor.cap.rows[0].amount.line, "105")


def test_arming_warns_with_thirty_day_figures(qtbot: QtBot, screen: Any) -> None:
    services, editor = screen.services, screen.editor
    _write_a_capped_rule(qtbot, screen)
    click(qtbot, editor.armed)
    assert editor.shadow.isChecked()  # not armed until the merchant has seen the figures
    settle(qtbot, services)
    dialog = screen.arming_dialog
    assert dialog is not None and dialog.isVisible()
    # Hand-computed: 100.99 + 29.99 refunded; 109.99 above the cap is held.
    assert dialog.refunds.text() == (
        f"• refunded 2 orders automatically, {format_money(Money(13098, 'PLN'))} in total"
    )
    assert dialog.holds.text() == (
        f"• held 1 for your approval ({format_money(Money(10999, 'PLN'))})"
    )
    click(qtbot, dialog.keep_button)
    assert editor.shadow.isChecked()

    click(qtbot, editor.armed)
    settle(qtbot, services)
    click(qtbot, screen.arming_dialog.arm_button)
    assert editor.armed.isChecked()
    assert "Shadow mode" not in editor.summary.text()
    settle(qtbot, services)
    # "Arm" in the dialog is the decision: it is saved without a second click on Save.
    [rule] = rules_repo.load_rules(services.ctx.db)
    assert not editor.is_dirty()
    assert rule.mode is Mode.ARMED
    assert screen.model.data(screen.model.index(0, 3)) == "Armed"


def _arm_a_capped_rule(qtbot: QtBot, screen: Any) -> None:
    """ "Cancellations up to 105 PLN", armed and saved (the cap holds the 109.99 one)."""
    services, editor = screen.services, screen.editor
    _write_a_capped_rule(qtbot, screen)
    click(qtbot, editor.armed)
    settle(qtbot, services)
    click(qtbot, screen.arming_dialog.arm_button)
    settle(qtbot, services)


def test_a_change_to_an_armed_rule_shows_the_figures_before_it_is_saved(
    qtbot: QtBot, screen: Any
) -> None:
    services, editor = screen.services, screen.editor
    _arm_a_capped_rule(qtbot, screen)
    armed = screen.arming_dialog
    click(qtbot, editor.cap_on)  # no cap: the 109.99 one is refunded too, not held
    click(qtbot, editor.save_button)
    settle(qtbot, services)
    dialog = screen.arming_dialog
    assert dialog is not armed and dialog.isVisible()
    # Hand-computed: 100.99 + 29.99 + 109.99 refunded, none held; before: two and one held.
    assert dialog.refunds.text() == (
        f"• refunded 3 orders automatically, {format_money(Money(24097, 'PLN'))} in total"
    )
    assert dialog.holds.text() == f"• held 0 for your approval ({format_money(Money(0, 'PLN'))})"
    assert dialog.was.text() == (
        f"Before this change: refunded 2 ({format_money(Money(13098, 'PLN'))}), held 1"
        f" ({format_money(Money(10999, 'PLN'))})."
    )
    click(qtbot, dialog.keep_button)  # Cancel: nothing saved, the edit stays
    settle(qtbot, services)
    [rule] = rules_repo.load_rules(services.ctx.db)
    assert (rule.version, rule.caps, rule.mode) == (1, (Money(10500, "PLN"),), Mode.ARMED)
    assert editor.is_dirty() and not editor.cap_on.isChecked()

    click(qtbot, editor.save_button)
    settle(qtbot, services)
    click(qtbot, screen.arming_dialog.shadow_button)
    settle(qtbot, services)
    [rule] = rules_repo.load_rules(services.ctx.db)
    assert (rule.version, rule.caps, rule.mode) == (2, (), Mode.SHADOW)
    assert editor.shadow.isChecked() and not editor.is_dirty()


def test_an_armed_rule_saved_armed_after_its_figures_and_renamed_without_them(
    qtbot: QtBot, screen: Any
) -> None:
    services, editor = screen.services, screen.editor
    _arm_a_capped_rule(qtbot, screen)
    armed = screen.arming_dialog
    type_into(qtbot, editor.cap.rows[0].amount.line, "110")
    click(qtbot, editor.save_button)
    settle(qtbot, services)
    assert screen.arming_dialog is not armed
    click(qtbot, screen.arming_dialog.arm_button)
    settle(qtbot, services)
    [rule] = rules_repo.load_rules(services.ctx.db)
    assert (rule.version, rule.caps, rule.mode) == (2, (Money(11000, "PLN"),), Mode.ARMED)

    shown = screen.arming_dialog
    type_into(qtbot, editor.name, "Cancellations up to 110 PLN")  # a name decides nothing
    click(qtbot, editor.save_button)
    settle(qtbot, services)
    assert screen.arming_dialog is shown
    [rule] = rules_repo.load_rules(services.ctx.db)
    assert (rule.name, rule.mode) == ("Cancellations up to 110 PLN", Mode.ARMED)


def test_switching_an_armed_rule_on_shows_its_figures_first(qtbot: QtBot, screen: Any) -> None:
    services = screen.services
    _arm_a_capped_rule(qtbot, screen)
    switch = screen.model.index(0, COL_ON)
    armed = screen.arming_dialog

    screen.model.setData(switch, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    settle(qtbot, services)  # off: nothing to confirm
    assert screen.arming_dialog is armed
    [rule] = rules_repo.load_rules(services.ctx.db)
    assert not rule.enabled

    screen.model.setData(switch, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    settle(qtbot, services)
    dialog = screen.arming_dialog
    assert dialog is not armed and dialog.isVisible()
    assert dialog.refunds.text() == (
        f"• refunded 2 orders automatically, {format_money(Money(13098, 'PLN'))} in total"
    )
    click(qtbot, dialog.keep_button)  # leave it off
    settle(qtbot, services)
    [rule] = rules_repo.load_rules(services.ctx.db)
    assert not rule.enabled
    qtbot.waitUntil(
        lambda: (
            screen.model.data(switch, Qt.ItemDataRole.CheckStateRole)
            in (Qt.CheckState.Unchecked, Qt.CheckState.Unchecked.value)
        )
    )

    screen.model.setData(switch, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    settle(qtbot, services)
    click(qtbot, screen.arming_dialog.arm_button)
    settle(qtbot, services)
    [rule] = rules_repo.load_rules(services.ctx.db)
    assert rule.enabled and rule.mode is Mode.ARMED


def test_the_arming_dialog_names_the_rules_above_that_decide_first(
    qtbot: QtBot, app_language: Any
) -> None:
    # A capped late-order rule under an uncapped one: "0 orders" and no reason made the
    # merchant think big late refunds were now capped.
    from refunddesk.gui.rules_editor.arming import ArmingDialog
    from refunddesk.services.rules import ArmingPreview

    preview = ArmingPreview(
        days=30, cases=5, refunds=0, refund_amounts=(), holds=0, held_amounts=(),
        decided_earlier=(("Late orders", 4), ("Promo items", 1)),
    )  # fmt: skip
    dialog = ArmingDialog("Late orders up to 150 zł", preview)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.preempted.isVisible() and not dialog.move_up_button.isVisible()
    assert dialog.preempted.text().startswith(
        "Rules above it decided 5 of these cases first: “Late orders” (4), “Promo items” (1)."
    )
    assert app_language.set_language("pl") == "pl"
    polish = ArmingDialog("Late orders up to 150 zł", preview)
    qtbot.addWidget(polish)
    assert "„Late orders” (4), „Promo items” (1)" in polish.preempted.text()

    alone = ArmingDialog("Late orders", replace(preview, decided_earlier=()))
    qtbot.addWidget(alone)
    alone.show()
    assert not alone.preempted.isVisible()
