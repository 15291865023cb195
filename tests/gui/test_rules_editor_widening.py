"""The editor never widens a rule silently: empty condition rows, pre-empted rules, caps."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pytestqt.qtbot import QtBot

from refunddesk.domain.cases import Trigger
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Rule
from refunddesk.services import rules as rule_services
from refunddesk.store import rules_repo
from tests.support.rules_ui import click, pick, settle, type_into

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_a_condition_row_with_nothing_chosen_is_an_error_on_the_row(
    qtbot: QtBot, rules_screen: Any, gui_services: Any
) -> None:
    editor = rules_screen.editor
    click(qtbot, rules_screen.new_button)
    type_into(qtbot, editor.name, "Paid online")
    click(qtbot, editor.add_condition)
    row = editor.rows[0]
    pick(qtbot, row.field_box, "payment")
    # Nothing ticked: saving would have dropped the row and refunded every payment type.
    assert row.box.problem.isVisibleTo(editor)
    assert "Tick at least one choice" in row.box.problem.text()
    assert not editor.save_button.isEnabled()
    assert not editor.can_save()

    row.value.boxes["ONLINE"].setChecked(True)
    assert not row.box.problem.isVisibleTo(editor)
    assert editor.save_button.isEnabled()
    click(qtbot, editor.save_button)
    settle(qtbot, gui_services)
    [saved] = rules_repo.load_rules(gui_services.ctx.db)
    assert saved.conditions.payment_types == frozenset({"ONLINE"})


def test_a_rule_an_earlier_one_always_pre_empts_is_warned_and_moved_up(
    qtbot: QtBot, rules_screen: Any, gui_services: Any
) -> None:
    db = gui_services.ctx.db
    every = rule_services.save_rule(
        db, Rule(id="", name="All cancellations", trigger=Trigger.BUYER_CANCELLED), NOW
    )
    rules_screen.refresh()
    settle(qtbot, gui_services)
    editor = rules_screen.editor
    click(qtbot, rules_screen.new_button)
    type_into(qtbot, editor.name, "Cancellations paid online")
    assert editor.preempt_box.isVisibleTo(editor)
    assert "“All cancellations” comes first" in editor.preempt_text.text()
    # A narrower trigger of its own is not pre-empted.
    pick(qtbot, editor.trigger, Trigger.RETURN_DELIVERED.value)
    assert not editor.preempt_box.isVisibleTo(editor)
    pick(qtbot, editor.trigger, Trigger.BUYER_CANCELLED.value)
    assert editor.preempt_box.isVisibleTo(editor)

    click(qtbot, editor.move_up_button)  # a new rule is saved, then placed above
    settle(qtbot, gui_services)
    assert [r.name for r in rules_repo.load_rules(db)] == [
        "Cancellations paid online",
        "All cancellations",
    ]
    assert not editor.preempt_box.isVisibleTo(editor)
    assert rules_repo.load_rules(db)[1].id == every.id


def test_caps_in_two_currencies_are_edited_and_an_empty_cap_row_blocks_saving(
    qtbot: QtBot, rules_screen: Any, gui_services: Any
) -> None:
    editor = rules_screen.editor
    click(qtbot, rules_screen.new_button)
    type_into(qtbot, editor.name, "Two shops")
    editor.cap_on.setChecked(True)
    type_into(qtbot, editor.cap.rows[0].amount.line, "500")
    click(qtbot, editor.cap.add_button)
    second = editor.cap.rows[1]
    assert second.currency.currentData() == "CZK"
    assert not editor.save_button.isEnabled()  # a cap row left empty would drop a limit
    type_into(qtbot, second.amount.line, "2500")
    assert editor.current_rule().caps == (Money(50000, "PLN"), Money(250000, "CZK"))
    assert editor.save_button.isEnabled()
    pick(qtbot, second.currency, "PLN")
    assert "each currency can have only one cap" in editor._problem_boxes["cap"].problem.text()
    assert not editor.save_button.isEnabled()
