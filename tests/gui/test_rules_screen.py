"""The rules screen: inline checks block saving, order by drag, on/off, versions, import/export."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from refunddesk.domain.cases import Trigger
from refunddesk.domain.describe import policy_text
from refunddesk.domain.rules import Mode
from refunddesk.domain.starter_rules import starter_rules
from refunddesk.gui.models.rules_model import COL_NAME, COL_ON, RulesModel
from refunddesk.gui.msgbox import HeadlessMessages, MessageKind
from refunddesk.gui.services import Changes
from refunddesk.queries.rules import RuleRow, rule_rows
from refunddesk.services import rules as rule_services
from refunddesk.services import settings as settings_services
from refunddesk.store import rules_repo
from tests.support.rules_ui import click, comparable, pick, settle, type_into

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _with_starters(qtbot: QtBot, screen: Any, services: Any) -> list[str]:
    rule_services.add_starter_rules(services.ctx.db, range(5), NOW)
    screen.refresh()
    settle(qtbot, services)
    return [r.rule.id for r in screen.model.rows()]


def _problems(editor: Any) -> list[str]:
    boxes = [*editor._problem_boxes.values(), *editor.action.problems.values()]
    boxes += [row.box for row in editor.rows]
    shown = [b.problem.text() for b in boxes if b.problem.isVisibleTo(editor)]
    return shown + ([editor.general_problems.text()] if editor.general_problems.text() else [])


def test_problems_show_next_to_fields_and_block_saving(
    qtbot: QtBot, rules_screen: Any, gui_services: Any
) -> None:
    editor = rules_screen.editor
    click(qtbot, rules_screen.new_button)
    assert editor._problem_boxes["name"].problem.text() == "Give the rule a name."
    assert not editor.save_button.isEnabled()

    type_into(qtbot, editor.name, "Half back")
    assert _problems(editor) == []
    assert editor.save_button.isEnabled()

    type_into(qtbot, editor.action.percent, "150")
    assert editor.action.problems["action.percent"].problem.text() == (
        "The percentage must be above 0 and at most 100."
    )
    assert not editor.save_button.isEnabled()
    type_into(qtbot, editor.action.percent, "50")

    editor.action.comment.setFocus()
    qtbot.keyClicks(editor.action.comment, "x" * 251)
    assert editor.action.counter.text() == "251 of 250 characters"
    assert editor.action.problems["action.seller_comment"].problem.text() == (
        "The comment to the buyer can be at most 250 characters."
    )
    assert not editor.save_button.isEnabled()
    qtbot.keyClick(editor.action.comment, Qt.Key.Key_Backspace)
    assert editor.save_button.isEnabled()

    # Return reasons on a cancellation rule would never match.
    click(qtbot, editor.add_condition)
    row = editor.rows[0]
    pick(qtbot, row.field_box, "return_reason")
    click(qtbot, row.value.boxes["DAMAGED"])
    assert row.box.problem.text() == (
        "Return reasons only exist on returns; this rule would never match."
    )
    assert not editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # disabled: nothing
    settle(qtbot, gui_services)
    assert rules_repo.load_rules(gui_services.ctx.db) == []

    # Made a return rule, the same condition is fine, and saving works.
    pick(qtbot, editor.trigger, Trigger.RETURN_DELIVERED.value)
    assert _problems(editor) == []
    click(qtbot, editor.save_button)
    settle(qtbot, gui_services)
    [saved] = rules_repo.load_rules(gui_services.ctx.db)
    assert saved.conditions.return_reasons == {"DAMAGED"}
    assert str(saved.action.percent) == "50"
    assert len(saved.action.seller_comment) == 250


def test_a_new_rule_shows_no_problem_until_the_merchant_edits_it(
    qtbot: QtBot, rules_screen: Any
) -> None:
    editor = rules_screen.editor
    click(qtbot, rules_screen.new_button)
    assert _problems(editor) == []  # nothing typed yet: nothing in red
    assert not editor.save_button.isEnabled()
    type_into(qtbot, editor.action.percent, "50")
    assert _problems(editor) == ["Give the rule a name."]


def test_a_new_rule_follows_the_settings_default_for_buyer_notices(
    qtbot: QtBot, rules_screen: Any, gui_services: Any
) -> None:
    editor = rules_screen.editor
    click(qtbot, rules_screen.new_button)
    assert editor.action.notify.isChecked()  # Settings say "notify" until changed
    assert not editor.is_dirty()  # nothing typed yet: no "unsaved changes" question
    ctx = gui_services.ctx
    settings_services.save_notices(ctx.db, ctx.secrets, notify_by_default=False, smtp=None)
    gui_services.notify(Changes(settings=True))
    settle(qtbot, gui_services)
    assert not editor.action.notify.isChecked()  # the untouched new rule follows at once
    click(qtbot, rules_screen.new_button)
    assert not editor.action.notify.isChecked()


def test_money_fields_accept_only_amounts(qtbot: QtBot, rules_screen: Any) -> None:
    editor = rules_screen.editor
    click(qtbot, rules_screen.new_button)
    click(qtbot, editor.cap_on)
    qtbot.keyClicks(
        editor.cap.rows[0].amount.line, "12a,5x9"
    )  # letters refused, a third decimal refused
    assert editor.cap.rows[0].amount.line.text() == "12,59"
    assert editor.current_rule().caps
    assert editor.current_rule().caps[0].minor == 1259


def test_drag_reorders_the_stored_priority(
    qtbot: QtBot, rules_screen: Any, gui_services: Any
) -> None:
    ids = _with_starters(qtbot, rules_screen, gui_services)
    model: RulesModel = rules_screen.model
    # Drag the last rule onto the first row: it goes in front and decides first.
    data = model.mimeData([model.index(4, COL_NAME)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    settle(qtbot, gui_services)
    expected = [ids[4], *ids[:4]]
    assert [r.id for r in rules_repo.load_rules(gui_services.ctx.db)] == expected
    assert [model.data(model.index(i, 0)) for i in range(5)] == ["1", "2", "3", "4", "5"]
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 5)  # and back to the end
    settle(qtbot, gui_services)
    assert [r.id for r in rules_repo.load_rules(gui_services.ctx.db)] == ids


def test_the_switch_turns_a_rule_off(qtbot: QtBot, rules_screen: Any, gui_services: Any) -> None:
    ids = _with_starters(qtbot, rules_screen, gui_services)
    model = rules_screen.model
    index = model.index(1, COL_ON)
    assert model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    settle(qtbot, gui_services)
    stored = {r.id: r.enabled for r in rules_repo.load_rules(gui_services.ctx.db)}
    assert stored[ids[1]] is False and stored[ids[0]] is True
    assert model.data(model.index(1, COL_ON), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )
    # Saving an edit of the rule keeps it off.
    rules_screen.select_rule(ids[1])
    type_into(qtbot, rules_screen.editor.name, "Cancellations, paused")
    click(qtbot, rules_screen.editor.save_button)
    settle(qtbot, gui_services)
    edited = next(r for r in rules_repo.load_rules(gui_services.ctx.db) if r.id == ids[1])
    assert (edited.name, edited.enabled) == ("Cancellations, paused", False)


def test_versions_after_an_edit_can_be_compared(
    qtbot: QtBot, rules_screen: Any, gui_services: Any
) -> None:
    ids = _with_starters(qtbot, rules_screen, gui_services)
    rules_screen.select_rule(ids[1])
    editor = rules_screen.editor
    type_into(qtbot, editor.action.percent, "80")
    click(qtbot, editor.save_button)
    settle(qtbot, gui_services)
    assert editor.heading.text() == "Edit rule (version 2)"
    click(qtbot, rules_screen.history_button)
    dialog = rules_screen.history_dialog
    settle(qtbot, gui_services)
    labels = dialog.version_labels()
    assert [label.split(" · ")[0] for label in labels] == ["v1", "v2"]
    assert dialog.left_text.text().startswith("v1: When a buyer cancels a paid order, refund ")
    assert "refund 80% of everything" in dialog.right_text.text()
    rows = [
        tuple(dialog.diff.item(r, c).text() for c in range(3))
        for r in range(dialog.diff.rowCount())
    ]
    assert rows == [("action.percent", "100", "80")]
    dialog.reject()


def test_duplicate_and_delete(qtbot: QtBot, rules_screen: Any, gui_services: Any,
                              message_log: HeadlessMessages) -> None:  # fmt: skip
    ids = _with_starters(qtbot, rules_screen, gui_services)
    rules_screen.select_rule(ids[0])
    click(qtbot, rules_screen.duplicate_button)
    settle(qtbot, gui_services)
    names = [r.name for r in rules_repo.load_rules(gui_services.ctx.db)]
    assert names[1] == "Hold refunds of 500 PLN or more for approval (copy)"

    rules_screen.select_rule(ids[0])
    click(qtbot, rules_screen.delete_button)  # the question is answered "no" by default
    settle(qtbot, gui_services)
    assert len(rules_repo.load_rules(gui_services.ctx.db)) == 6
    message_log.answer_next(True)
    click(qtbot, rules_screen.delete_button)
    settle(qtbot, gui_services)
    assert ids[0] not in [r.id for r in rules_repo.load_rules(gui_services.ctx.db)]
    assert "Hold refunds of 500 PLN or more" in message_log.of_kind(MessageKind.QUESTION)[-1].text


def test_export_then_import_round_trip(
    qtbot: QtBot,
    rules_screen: Any,
    gui_services: Any,
    tmp_path: Path,
    message_log: HeadlessMessages,
) -> None:
    _with_starters(qtbot, rules_screen, gui_services)
    db = gui_services.ctx.db
    before = [comparable(r) for r in rules_repo.load_rules(db)]
    path = tmp_path / "rules.json"
    rules_screen.export_to(path)
    settle(qtbot, gui_services)
    assert message_log.of_kind(MessageKind.INFORMATION)[-1].text.startswith("5 rules were saved")

    rules_repo.replace_all(db, [replace(starter_rules()[0], name="Something else")], NOW)
    message_log.answer_next(True)
    rules_screen.import_from(path)
    settle(qtbot, gui_services)
    assert [comparable(r) for r in rules_repo.load_rules(db)] == before
    assert rules_screen.model.rowCount() == 5

    path.write_text('{"schema": 7, "rules": []}', encoding="utf-8")
    message_log.answer_next(True)
    rules_screen.import_from(path)
    settle(qtbot, gui_services)
    error = message_log.of_kind(MessageKind.ERROR)[-1]
    assert "schema 7" in error.details
    assert [comparable(r) for r in rules_repo.load_rules(db)] == before


def test_starter_rule_in_one_click_and_policy_text(
    qtbot: QtBot, rules_screen: Any, gui_services: Any
) -> None:
    assert rules_screen.empty_hint.is_showing()
    rules_screen.starter_actions[1].trigger()
    settle(qtbot, gui_services)
    [rule] = rules_repo.load_rules(gui_services.ctx.db)
    assert rule.name == "Refund buyer cancellations" and rule.mode is Mode.SHADOW
    assert rules_screen.editor.editing_id == rule.id
    rules_repo.save_rule(gui_services.ctx.db, replace(rule, mode=Mode.ARMED), NOW)
    rules_screen.refresh()
    settle(qtbot, gui_services)
    click(qtbot, rules_screen.policy_button)
    dialog = rules_screen.policy_dialog
    armed = rules_repo.load_rules(gui_services.ctx.db)
    assert dialog.texts["pl"].toPlainText() == policy_text(armed, "pl")
    assert "Jeśli anulujesz opłacone zamówienie" in dialog.texts["pl"].toPlainText()
    dialog.tabs.setCurrentIndex(1)
    click(qtbot, dialog.copy_button)
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == policy_text(armed, "en")
    dialog.reject()


def test_draft_rules_carry_the_unsaved_edit(
    qtbot: QtBot, rules_screen: Any, gui_services: Any
) -> None:
    ids = _with_starters(qtbot, rules_screen, gui_services)
    rules_screen.select_rule(ids[2])
    with qtbot.waitSignal(rules_screen.draft_changed):
        type_into(qtbot, rules_screen.editor.action.percent, "25")
    draft = rules_screen.draft_rules()
    assert [r.id for r in draft] == ids
    assert str(draft[2].action.percent) == "25"
    assert str(rules_repo.load_rules(gui_services.ctx.db)[2].action.percent) == "100"


def test_rules_model_passes_the_model_tester(qtmodeltester: Any, gui_services: Any) -> None:
    rule_services.add_starter_rules(gui_services.ctx.db, range(5), NOW)
    model = RulesModel()
    rows: list[RuleRow] = rule_rows(gui_services.ctx.db, NOW)
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 5
