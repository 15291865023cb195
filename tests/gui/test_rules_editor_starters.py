"""Each starter rule, built by clicking through the editor, is stored exactly as the template."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from refunddesk.domain.cases import Trigger
from refunddesk.domain.rules import RefundScope
from refunddesk.domain.starter_rules import PROMO_GROUP, starter_rules
from refunddesk.gui.rules_editor.form import RuleEditor
from refunddesk.services import settings as settings_services
from refunddesk.services.context import AppContext
from refunddesk.store import rules_repo
from tests.support.rules_ui import click, comparable, pick, settle, type_into


@pytest.fixture(autouse=True)
def _no_notice_by_default(app_context: AppContext) -> None:
    # Each template chooses its own buyer notice: start every new rule without one.
    ctx = app_context
    settings_services.save_notices(ctx.db, ctx.secrets, notify_by_default=False, smtp=None)


def _start(qtbot: QtBot, screen: Any, name: str, trigger: Trigger) -> RuleEditor:
    click(qtbot, screen.new_button)
    editor: RuleEditor = screen.editor
    type_into(qtbot, editor.name, name)
    pick(qtbot, editor.trigger, trigger.value)
    return editor


def _save(qtbot: QtBot, screen: Any, services: Any) -> Any:
    before = {r.id for r in rules_repo.load_rules(services.ctx.db)}
    click(qtbot, screen.editor.save_button)
    settle(qtbot, services)
    added = [r for r in rules_repo.load_rules(services.ctx.db) if r.id not in before]
    assert len(added) == 1
    return added[0]


def test_hold_above_500(qtbot: QtBot, rules_screen: Any, gui_services: Any) -> None:
    template = starter_rules()[0]
    editor = _start(qtbot, rules_screen, template.name, Trigger.BUYER_CANCELLED)
    click(qtbot, editor.add_condition)
    row = editor.rows[0]
    assert (row.field_key, row.op_key) == ("total", "at_least")
    type_into(qtbot, row.value.line, "500")
    click(qtbot, editor.action.require_review)
    assert "Every refund waits for your approval." in editor.summary.text()
    click(qtbot, editor.action.notify)  # approved, the buyer is told as for any cancellation
    pick(qtbot, editor.action.template, "refund_cancelled")
    saved = _save(qtbot, rules_screen, gui_services)
    assert comparable(saved) == comparable(template)


def test_refund_cancellations(qtbot: QtBot, rules_screen: Any, gui_services: Any) -> None:
    template = starter_rules()[1]
    editor = _start(qtbot, rules_screen, template.name, Trigger.BUYER_CANCELLED)
    click(qtbot, editor.action.notify)
    pick(qtbot, editor.action.template, "refund_cancelled")
    saved = _save(qtbot, rules_screen, gui_services)
    assert comparable(saved) == comparable(template)


def test_not_sent_in_time(qtbot: QtBot, rules_screen: Any, gui_services: Any) -> None:
    template = starter_rules()[2]
    editor = _start(qtbot, rules_screen, template.name, Trigger.NOT_SENT_IN_TIME)
    assert editor.grace.isVisible() and editor.handling_time.isVisible()
    for _ in range(3):
        qtbot.keyClick(editor.grace.amount, Qt.Key.Key_Up)
    pick(qtbot, editor.grace.unit, "days")
    click(qtbot, editor.action.mark_cancelled)
    click(qtbot, editor.action.notify)
    pick(qtbot, editor.action.template, "refund_late")
    saved = _save(qtbot, rules_screen, gui_services)
    assert comparable(saved) == comparable(template)


def test_delivered_returns(qtbot: QtBot, rules_screen: Any, gui_services: Any) -> None:
    template = starter_rules()[3]
    editor = _start(qtbot, rules_screen, template.name, Trigger.RETURN_DELIVERED)
    pick(qtbot, editor.action.scope, RefundScope.RETURNED_ITEMS.value)
    click(qtbot, editor.action.include_delivery)
    click(qtbot, editor.action.notify)
    pick(qtbot, editor.action.template, "refund_return")
    saved = _save(qtbot, rules_screen, gui_services)
    assert comparable(saved) == comparable(template)


def test_promo_items_with_a_group_made_on_the_screen(
    qtbot: QtBot, rules_screen: Any, gui_services: Any
) -> None:
    # The group is created in the same screen, then chosen in the product picker.
    click(qtbot, rules_screen.groups_button)
    groups = rules_screen.groups_dialog
    settle(qtbot, gui_services)
    type_into(qtbot, groups.name, PROMO_GROUP)
    click(qtbot, groups.save_button)
    settle(qtbot, gui_services)
    assert [groups.group_list.item(i).text() for i in range(groups.group_list.count())] == [
        PROMO_GROUP
    ]
    groups.reject()

    template = starter_rules()[4]
    editor = _start(qtbot, rules_screen, template.name, Trigger.RETURN_DECLARED)
    click(qtbot, editor.add_condition)
    row = editor.rows[0]
    pick(qtbot, row.field_box, "products")
    assert not editor.save_button.isEnabled()  # no products chosen yet
    click(qtbot, row.value.choose)
    picker = rules_screen.picker
    settle(qtbot, gui_services)
    picker.tabs.setCurrentIndex(2)
    group_list = picker.group_list
    group_list.setCurrentRow(0)
    qtbot.keyClick(group_list, Qt.Key.Key_Space)  # ticks the item, as the keyboard does
    click(qtbot, picker.buttons.button(picker.buttons.StandardButton.Ok))
    assert row.value.choice.groups == [PROMO_GROUP]
    assert f"“{PROMO_GROUP}”" in row.value.summary.text()
    pick(qtbot, editor.action.scope, RefundScope.RETURNED_ITEMS.value)
    click(qtbot, editor.action.include_delivery)
    saved = _save(qtbot, rules_screen, gui_services)
    assert comparable(saved) == comparable(template)
